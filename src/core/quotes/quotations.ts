import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Treatment } from '../knowledge/schema';
import type { Statement } from '../knowledge/statementSchema';
import type { Field } from '../model';
import { aboutTheCase, Attribution, attributionOf, namesGuideline } from './attribution';
import { ClaimedFigure, readFigures } from './figures';
import { Dimension, judgeFigure } from './judgeFigures';
import { polarityOf } from './polarity';
import { Sentences } from './sentences';
import { CompiledFigure, CompiledStatement, StatementIndex, statementIndex } from './statementIndex';

/**
 * The guideline statements a rationale quotes, and how: faithfully, with other figures, reversed,
 * or without a clause that gives the statement its meaning. Read only where the rationale as
 * written names a guideline and holds a figure's unit or a statement's words.
 */

export type QuotationKind = 'faithful' | 'figures' | 'reversed' | 'dropped-qualifier';

export interface Quotation {
  readonly kind: QuotationKind;
  readonly statement: Statement;
  /** Offsets in the field's text: the sentence, and the words found wanting (the sentence for a faithful one). */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly start: number;
  readonly end: number;
  /** What differs, for the message: the figures as written and as the guideline gives them, or the clause dropped. */
  readonly written?: string;
  readonly expected?: string;
}

export interface QuotationContext {
  /** The item's title: the body part a duration applies to when the sentence names none. */
  readonly title: string;
  /** The item's treatment: the topic of a figure when the sentence and those before it name none. */
  readonly treatment: Treatment | undefined;
}

const NAMES_A_GUIDELINE = /MTUS|ODG|ACOEM|guideline|Official|Chronic Pain/i;
const HAS_UNIT = /visit|session|treatment|week|month/i;
const FIGURE_SCAN = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)\b/gi;
const UNIT_NEAR = /^[^.;]{0,60}?\b(?:visits?|sessions?|treatments?|appointments?|weeks?|months?|x|times)\b/i;

function fmt(p: readonly [number, number]): string {
  return p[0] === p[1] ? String(p[0]) : `${p[0]}-${p[1]}`;
}

const UNIT_WORDS: Readonly<Record<Dimension, string>> = { visits: 'visits', perWeek: 'a week', weeks: 'weeks', months: 'months' };

function describeFigures(f: ClaimedFigure | CompiledFigure, dims: readonly Dimension[]): string {
  return dims.map((d) => `${fmt(f[d]!)} ${UNIT_WORDS[d]}`).join(' over ');
}

/** The sentences that may hold a figure: a number with a unit soon after it. */
function figureSentences(text: string, sentences: Sentences, into: Set<number>): void {
  FIGURE_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE_SCAN.exec(text)) !== null) {
    if (UNIT_NEAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 70))) into.add(sentences.indexAt(m.index));
  }
}

function anchorSentences(text: string, sentences: Sentences, index: StatementIndex, into: Set<number>): void {
  for (const s of index.anchored) {
    const re = new RegExp(s.anchor!.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) into.add(sentences.indexAt(m.index));
  }
}

/** The treatment a quoted sentence speaks of: named in it, or in the sentences of its run, else the item's. */
function topicOf(sentences: Sentences, i: number, attribution: Attribution, kb: KnowledgeBase, ctx: QuotationContext): Treatment | undefined {
  for (let k = i; k >= 0; k--) {
    if (k < attribution.from && !namesGuideline(sentences.sentence(k))) continue;
    const t = kb.recognize(sentences.sentence(k));
    if (t) return t;
  }
  return ctx.treatment;
}

function sourceFits(s: CompiledStatement, attribution: Attribution): boolean {
  if (!attribution.sources.size || attribution.sources.has(s.statement.source)) return true;
  // The ACOEM chapters of 2004 are part of the MTUS: letters cite them as "MTUS/ACOEM".
  return s.statement.source === 'ACOEM' && attribution.sources.has('MTUS');
}

function candidateFigures(statements: readonly CompiledStatement[], attribution: Attribution, named: string): CompiledFigure[] {
  const out: CompiledFigure[] = [];
  for (const s of statements) {
    if (!sourceFits(s, attribution)) continue;
    for (const f of s.figures) if (!f.condition || f.condition.test(named)) out.push(f);
  }
  return out;
}

const ANY_GUIDELINE: Attribution = { from: 0, sources: new Set() };

interface SentenceScope {
  readonly sentence: string;
  readonly offset: number;
  readonly attribution: Attribution;
  /** The sentences of its run, joined: where a condition is named. */
  readonly named: string;
  /** The statements whose words it holds, with where. */
  readonly anchored: ReadonlyArray<{ readonly s: CompiledStatement; readonly start: number; readonly end: number }>;
}

function figureQuotations(scope: SentenceScope, index: StatementIndex, topic: Treatment | undefined, title: string, out: Quotation[]): void {
  const claims = readFigures(scope.sentence, scope.anchored.length > 0);
  if (!claims.length) return;
  const topical = topic ? index.forTreatment(topic.id) : [];
  const visitCandidates = candidateFigures(topical, scope.attribution, scope.named);
  // Another guideline's figure for the same treatment and condition is not a misquote: the 2016
  // MTUS refers to the ODG's tables for physical medicine, and letters cite them as the MTUS's.
  const anyGuideline = candidateFigures(topical, ANY_GUIDELINE, scope.named);
  // The statements whose words the sentence holds: their figures are the ones it quotes.
  const quoted = candidateFigures(
    scope.anchored.map((a) => a.s),
    scope.attribution,
    `${scope.named} ${title}`,
  );
  const sentenceEnd = scope.offset + scope.sentence.length;
  for (const c of claims) {
    let v = judgeFigure(c, quoted);
    if (v.kind === 'unknown' && (c.visits || c.perWeek)) {
      v = judgeFigure(c, visitCandidates);
      if (v.kind === 'misquoted' && judgeFigure(c, anyGuideline).kind === 'faithful') continue;
    }
    if (v.kind === 'unknown') continue;
    const start = scope.offset + c.start;
    const end = scope.offset + c.end;
    if (v.kind === 'faithful') {
      out.push({ kind: 'faithful', statement: v.figure.statement.statement, sentenceStart: scope.offset, sentenceEnd, start, end });
      continue;
    }
    const dims = (['visits', 'perWeek', 'weeks', 'months'] as const).filter((d) => c[d] && v.closest[d]);
    out.push({
      kind: 'figures',
      statement: v.closest.statement.statement,
      sentenceStart: scope.offset,
      sentenceEnd,
      start,
      end,
      written: describeFigures(c, dims),
      expected: describeFigures(v.closest, dims),
    });
  }
}

function wordedQuotations(scope: SentenceScope, out: Quotation[]): void {
  // "The patient's care is maintenance care, which the guidelines ...": the reviewer's own words.
  if (!scope.anchored.length || aboutTheCase(scope.sentence)) return;
  const sentenceEnd = scope.offset + scope.sentence.length;
  for (const { s, start, end } of scope.anchored) {
    const at = { sentenceStart: scope.offset, sentenceEnd, statement: s.statement };
    if (s.predicate) {
      const p = polarityOf(scope.sentence, { start, end }, s.predicate);
      if (p && p.polarity !== s.statement.polarity) {
        out.push({ ...at, kind: 'reversed', start: scope.offset + p.start, end: scope.offset + p.end });
        continue;
      }
    }
    const dropped = s.qualifiers.find((q) => !q.re.test(scope.sentence));
    if (dropped) {
      out.push({ ...at, kind: 'dropped-qualifier', start: scope.offset + start, end: sentenceEnd, expected: dropped.text });
      continue;
    }
    if (s.predicate || s.qualifiers.length) out.push({ ...at, kind: 'faithful', start: scope.offset, end: sentenceEnd });
  }
}

function anchoredIn(sentence: string, index: StatementIndex): SentenceScope['anchored'] {
  const out: Array<{ s: CompiledStatement; start: number; end: number }> = [];
  for (const s of index.anchored) {
    const m = s.anchor!.exec(sentence);
    if (m) out.push({ s, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The quotations of a rationale (or any field that speaks for a guideline). */
export function findQuotations(field: Field, kb: KnowledgeBase, ctx: QuotationContext): Quotation[] {
  const source = field.source;
  if (!NAMES_A_GUIDELINE.test(source)) return [];
  const index = statementIndex(kb);
  if (!index.all.length) return [];
  const figures = HAS_UNIT.test(source);
  const anchors = index.anchored.length > 0 && (index.anchorGate === null || index.anchorGate.test(source));
  if (!figures && !anchors) return [];
  const text = field.text;
  const sentences = new Sentences(text);
  const wanted = new Set<number>();
  if (figures) figureSentences(text, sentences, wanted);
  if (anchors) anchorSentences(text, sentences, index, wanted);
  const out: Quotation[] = [];
  for (const i of [...wanted].sort((a, b) => a - b)) {
    const attribution = attributionOf(sentences, i);
    if (!attribution) continue;
    const sentence = sentences.sentence(i);
    let named = '';
    for (let k = attribution.from; k <= i; k++) named += sentences.sentence(k) + ' ';
    const scope: SentenceScope = { sentence, offset: sentences.start(i), attribution, named, anchored: anchors ? anchoredIn(sentence, index) : [] };
    if (figures) figureQuotations(scope, index, topicOf(sentences, i, attribution, kb, ctx), ctx.title, out);
    wordedQuotations(scope, out);
  }
  return out;
}
