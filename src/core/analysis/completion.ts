import type { Analysis } from './analyze';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Guideline } from '../knowledge/schema';
import { LabelMatch, matchFieldLabel } from '../parser/lineKinds';
import type { Item } from '../model';
import type { Position, Range } from '../text';
import { comparePositions, rangeContains } from '../text';
import type { Completion } from './completionItem';
import { drugCompletionsAt } from './drugCompletion';
import { statementCompletions } from './statementCompletion';
import { standardRationale } from './standardRationale';
import { mayCiteNoEvidence } from '../wording/dependence';

export type { Completion } from './completionItem';

const NO_EVIDENCE = {
  claimsAdministrator: 'The Claims Administrator did not cite any medical evidence for its decision.',
  maximus: 'The Expert Reviewer did not cite any medical evidence for its decision.',
};
const NON_MTUS = {
  claimsAdministrator: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ${1:Official Disability Guidelines (ODG)}.',
  maximus: 'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation ${1:Official Disability Guidelines (ODG)}.',
};

/** Where completion is asked for: the analysis, the position, its line and what stands before it. */
interface Place {
  readonly a: Analysis;
  readonly kb: KnowledgeBase;
  readonly p: Position;
  readonly line: string;
  readonly before: string;
  /** The field label the line starts with, if any. */
  readonly label: LabelMatch | null;
  /** The item the position is in: past the end of its last line still counts (where text is typed next). */
  readonly item: Item | undefined;
}

function placeOf(a: Analysis, p: Position): Place {
  const line = p.line >= 0 && p.line < a.doc.index.lineCount ? a.doc.index.line(p.line) : '';
  let item: Item | undefined;
  for (const i of a.doc.items) if (comparePositions(i.range.start, p) <= 0 && p.line <= Math.max(i.range.end.line, i.headingRange.end.line + 1)) item = i;
  return { a, kb: a.kb, p, line, before: line.slice(0, p.character), label: matchFieldLabel(line), item };
}

/**
 * What to offer at a position: citations after a guideline label, the decision at the end of an
 * item heading, a guideline's statements after "The MTUS states", the standard paragraph in a
 * rationale. `explicit` is false when typing triggered
 * the request (a space, a colon): then only what fits right there is offered, so that the list
 * does not open on every space of a paragraph.
 */
export function completionsAt(a: Analysis, p: Position, explicit = true): Completion[] {
  const at = placeOf(a, p);
  return citationCompletions(at, explicit) ?? drugCompletions(at, explicit) ?? decisionCompletions(at) ?? quoteCompletions(at) ?? paragraphCompletions(at, explicit) ?? [];
}

/** A drug name being typed in an item heading. */
function drugCompletions({ kb, p, before, label, item }: Place, explicit: boolean): Completion[] | null {
  return label ? null : drugCompletionsAt(kb, item, p, before, explicit);
}

/** In a rationale, after "The MTUS states": the guideline's statements about the item's treatment. */
function quoteCompletions({ a, p, before, item }: Place): Completion[] | null {
  return statementCompletions(a, p, before, item);
}

/** After "Claims Administrator guideline:" or "MAXIMUS guideline:", on the label's line: the citations. */
function citationCompletions({ a, kb, p, line, before, label, item }: Place, explicit: boolean): Completion[] | null {
  if (!label || label.kind === 'rationale' || p.character < label.end || !(explicit || before.slice(label.end).trim() === '')) return null;
  const typed = before.slice(label.end);
  const start = label.end + (typed.length - typed.trimStart().length);
  const range: Range = { start: { line: p.line, character: start }, end: { line: p.line, character: line.length } };
  const treatment = item ? a.requests[item.index].treatment : undefined;
  const seen = new Set<string>();
  const out: Completion[] = [];
  for (const g of kb.guidelines) {
    const text = `Decision based on ${g.citation}.`;
    if (seen.has(text)) continue;
    seen.add(text);
    const fits = treatment !== undefined && g.treatment === treatment.id;
    const topic = citationTopic(g, kb);
    out.push({
      label: topic,
      description: citationSource(g),
      filterText: `${text} ${topic}`,
      kind: 'citation',
      insertText: text,
      snippet: false,
      detail: text,
      documentation: `${g.guideline}${g.section ? ` (${g.section})` : ''}: ${g.summary}`,
      sortText: `${fits ? (g.preferred ? '0' : '1') : '3'}-${topic}`,
      range,
    });
  }
  // The expert reviewer cites no evidence only for an ancillary service decided with its surgery.
  if (label.kind === 'claimsAdministrator' || (item && mayCiteNoEvidence(item.title, item.fields.rationale?.text ?? ''))) {
    out.push({ label: 'No medical evidence cited', kind: 'citation', insertText: NO_EVIDENCE[label.kind], filterText: NO_EVIDENCE[label.kind], snippet: false, detail: NO_EVIDENCE[label.kind], sortText: '2-a', range });
  }
  const nonMtus = NON_MTUS[label.kind].replace(/\$\{1:([^}]*)\}/, '$1');
  out.push({ label: 'A source outside the MTUS', kind: 'citation', insertText: NON_MTUS[label.kind], filterText: nonMtus, snippet: true, detail: nonMtus, sortText: '2-b', range });
  return out;
}

/** At the end of an item heading: "...: " -> Upheld / Overturned. */
function decisionCompletions({ a, p, before, label, item }: Place): Completion[] | null {
  if (!/:\s*[A-Za-z]{0,10}$/.test(before) || label || (item && item.decision && p.line >= item.headingRange.end.line + 1)) return null;
  const inIssues = a.doc.sections.find((s) => s.kind === 'issues');
  const afterIssues = !inIssues || p.line > inIssues.headingRange.end.line;
  if (!afterIssues || /set forth below:\s*$/i.test(before)) return null;
  const wordStart = before.length - (/[A-Za-z]*$/.exec(before)?.[0].length ?? 0);
  const range: Range = { start: { line: p.line, character: wordStart }, end: { line: p.line, character: p.character } };
  const space = before.endsWith(':') ? ' ' : '';
  return (['Upheld', 'Overturned'] as const).map((d, n) => ({
    label: d,
    kind: 'decision' as const,
    insertText: space + d,
    snippet: false,
    detail: d === 'Upheld' ? 'The request is not medically necessary' : 'The request is medically necessary',
    sortText: String(n),
    range,
  }));
}

/**
 * In an empty rationale: the standard paragraph for the item's treatment. A rationale with text
 * is left alone (IMR: Insert Rationale for This Item replaces it on request).
 */
function paragraphCompletions({ a, p, before, label, item }: Place, explicit: boolean): Completion[] | null {
  const r = item?.fields.rationale;
  const inRationale = r !== undefined && (rangeContains(r.range, p) || p.line === r.labelRange.start.line);
  if (!item || !r || !inRationale || (label && p.character < label.end) || !onlyTypedWord(r.text, before)) return null;
  if (!explicit && p.line !== r.labelRange.start.line) return null;
  const paragraph = standardRationale(item, a);
  if (!paragraph) return null;
  const wordStart = before.length - (/\S*$/.exec(before)?.[0].length ?? 0);
  return [
    {
      label: `Standard rationale: ${paragraph.description}`,
      filterText: `${before.slice(wordStart)}Standard rationale: ${paragraph.description}`,
      kind: 'paragraph',
      insertText: paragraph.body,
      snippet: true,
      detail: paragraph.citation,
      sortText: '0',
      range: { start: { line: p.line, character: wordStart }, end: p },
    },
  ];
}

/** Whether a rationale's text is at most the word being typed where the cursor is. */
function onlyTypedWord(text: string, before: string): boolean {
  const t = text.trim();
  return t === '' || (!/\s/.test(t) && before.trimEnd().endsWith(t));
}

/** A citation's row in the list: the treatment it is for (and the condition), not its common opening words. */
function citationTopic(g: Guideline, kb: KnowledgeBase): string {
  const name = kb.treatment(g.treatment)?.name;
  if (!name) return g.citation.replace(/^Non-MTUS Citation\s+/, '');
  return g.condition && !name.toLowerCase().includes(g.condition.toLowerCase()) ? `${name} (${g.condition})` : name;
}

/** The source and pages of a citation, shown beside its topic: "MTUS, pages 98-99", "ODG". */
function citationSource(g: Guideline): string {
  const pages = /Page\(s\):\s*([\d\s,-]+\d)/.exec(g.citation);
  return pages ? `${g.source}, page(s) ${pages[1]}` : g.source;
}
