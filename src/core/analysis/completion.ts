import type { Analysis } from './analyze';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { matchFieldLabel } from '../parser/lineKinds';
import type { Item } from '../model';
import type { Position, Range } from '../text';
import { comparePositions, rangeContains } from '../text';
import { statementCompletions } from './statementCompletion';
import { rationaleFor, rationaleSnippet } from './writing';

export interface Completion {
  readonly label: string;
  readonly kind: 'citation' | 'decision' | 'paragraph';
  /** A snippet (VS Code snippet syntax) when `snippet` is set, else plain text. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly detail: string;
  /** Lower sorts first: citations that fit the item's treatment come before the others. */
  readonly sortText: string;
  readonly range: Range;
}

const NO_EVIDENCE = {
  claimsAdministrator: 'The Claims Administrator did not cite any medical evidence for its decision.',
  maximus: 'The Expert Reviewer did not cite any medical evidence for its decision.',
};
const NON_MTUS = {
  claimsAdministrator: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ${1:Official Disability Guidelines (ODG)}.',
  maximus: 'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation ${1:Official Disability Guidelines (ODG)}.',
};

/**
 * What to offer at a position: citations after a guideline label, the decision at the end of an
 * item heading, the standard paragraph in a rationale. `explicit` is false when typing triggered
 * the request (a space, a colon): then only what fits right there is offered, so that the list
 * does not open on every space of a paragraph.
 */
export function completionsAt(a: Analysis, kb: KnowledgeBase, p: Position, explicit = true): Completion[] {
  const line = p.line >= 0 && p.line < a.doc.index.lineCount ? a.doc.index.line(p.line) : '';
  const before = line.slice(0, p.character);
  const label = matchFieldLabel(line);
  // The item the position is in: past the end of its last line still counts (where text is typed next).
  let item: Item | undefined;
  for (const i of a.doc.items) if (comparePositions(i.range.start, p) <= 0 && p.line <= Math.max(i.range.end.line, i.headingRange.end.line + 1)) item = i;

  // After "Claims Administrator guideline:" or "MAXIMUS guideline:", on the label's line.
  if (label && label.kind !== 'rationale' && p.character >= label.end && (explicit || before.slice(label.end).trim() === '')) {
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
      out.push({
        label: text,
        kind: 'citation',
        insertText: text,
        snippet: false,
        detail: `${g.guideline}${g.condition ? ` (${g.condition})` : ''}${fits ? ` — fits ${treatment.name.toLowerCase()}` : ''}`,
        sortText: `${fits ? (g.preferred ? '0' : '1') : '3'}-${g.citation}`,
        range,
      });
    }
    out.push(
      { label: NO_EVIDENCE[label.kind], kind: 'citation', insertText: NO_EVIDENCE[label.kind], snippet: false, detail: 'No medical evidence cited', sortText: '2-a', range },
      { label: NON_MTUS[label.kind].replace(/\$\{1:([^}]*)\}/, '$1'), kind: 'citation', insertText: NON_MTUS[label.kind], snippet: true, detail: 'A source outside the MTUS', sortText: '2-b', range },
    );
    return out;
  }

  // At the end of an item heading: "...: " -> Upheld / Overturned.
  if (/:\s*[A-Za-z]{0,10}$/.test(before) && !label && (!item || !item.decision || p.line < item.headingRange.end.line + 1)) {
    const inIssues = a.doc.sections.find((s) => s.kind === 'issues');
    const afterIssues = !inIssues || p.line > inIssues.headingRange.end.line;
    const wordStart = before.length - (/[A-Za-z]*$/.exec(before)?.[0].length ?? 0);
    if (afterIssues && !/set forth below:\s*$/i.test(before)) {
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
  }

  // In a rationale, after "The MTUS states": the guideline's statements about the item's treatment.
  const quotes = statementCompletions(a, kb, p, before, item);
  if (quotes.length) return quotes;

  // In a rationale: the standard paragraph for the item's treatment.
  const r = item?.fields.rationale;
  const atLabel = label?.kind === 'rationale' && p.line === r?.labelRange.start.line && before.slice(label.end).trim() === '';
  const inRationale = r !== undefined && (rangeContains(r.range, p) || p.line === r.labelRange.start.line);
  if (item && r && inRationale && (!label || p.character >= label.end) && (explicit || atLabel)) {
    const spec = rationaleFor(item, a);
    const body = spec ? rationaleSnippet(spec, kb, item.title) : null;
    if (spec && body) {
      const wordStart = before.length - (/\S*$/.exec(before)?.[0].length ?? 0);
      return [
        {
          label: `Standard rationale: ${spec.description}`,
          kind: 'paragraph',
          insertText: body,
          snippet: true,
          detail: kb.guidelines.find((g) => g.id === spec.guideline)?.citation ?? '',
          sortText: '0',
          range: { start: { line: p.line, character: wordStart }, end: p },
        },
      ];
    }
  }
  return [];
}
