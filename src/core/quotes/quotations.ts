import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Treatment } from '../knowledge/schema';
import type { Statement } from '../knowledge/statementSchema';
import type { Field } from '../model';
import { aboutTheCase } from './attribution';
import { ClaimedFigure, readFigures } from './figures';
import { figureSpots, spotAt } from './figureSpots';
import { Dimension, judgeFigure } from './judgeFigures';
import { polarityOf } from './polarity';
import { ANY_GUIDELINE, Attribution, Reading } from './reading';
import type { Span } from './sentences';
import { AnchoredGroup, CompiledFigure, CompiledStatement, NamedConditions, StatementIndex, statementIndex } from './statementIndex';
import type { Spot } from './figureSpots';

/**
 * The guideline statements a rationale quotes, and how: faithfully, with other figures, reversed,
 * or without a clause that gives the statement its meaning. Read only where the rationale names a
 * guideline and holds a figure's unit or a statement's words.
 */

export type QuotationKind = 'faithful' | 'figures' | 'reversed' | 'dropped-qualifier';

export interface Quotation {
  readonly kind: QuotationKind;
  readonly statement: Statement;
  /** Offsets in the field's (folded) text: the sentence, and the words found wanting (the sentence for a faithful one). */
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
  /** Every quotation, faithful ones too (a hover): no sentence is passed over for being plainly faithful. */
  readonly thorough?: boolean;
}


function fmt(p: readonly [number, number]): string {
  return p[0] === p[1] ? String(p[0]) : `${p[0]}-${p[1]}`;
}

const UNIT_WORDS: Readonly<Record<Dimension, string>> = { visits: 'visits', perWeek: 'a week', weeks: 'weeks', months: 'months' };

function describeFigures(f: ClaimedFigure | CompiledFigure, dims: readonly Dimension[]): string {
  return dims.map((d) => `${fmt(f[d]!)} ${UNIT_WORDS[d]}`).join(' over ');
}

function sourceFits(s: CompiledStatement, attribution: Attribution): boolean {
  if (!attribution.sources.size || attribution.sources.has(s.statement.source)) return true;
  // The ACOEM chapters of 2004 are part of the MTUS: letters cite them as "MTUS/ACOEM".
  return s.statement.source === 'ACOEM' && attribution.sources.has('MTUS');
}

function candidateFigures(statements: readonly CompiledStatement[], attribution: Attribution, named: NamedConditions): CompiledFigure[] {
  const out: CompiledFigure[] = [];
  for (const s of statements) {
    if (!sourceFits(s, attribution)) continue;
    for (const f of s.figures) if (!f.condition || named.names(f.condition)) out.push(f);
  }
  return out;
}

interface SentenceScope {
  readonly sentence: string;
  /** Where the sentence starts in the field's text. */
  readonly start: number;
  readonly attribution: Attribution;
  /** The conditions named in the sentences of its run; with the item's title, for a duration. */
  readonly named: NamedConditions;
  readonly namedWithTitle: () => NamedConditions;
  /** The statements whose words it holds, with where. */
  readonly anchored: ReadonlyArray<{ readonly s: CompiledStatement; readonly start: number; readonly end: number }>;
}

function figureQuotations(scope: SentenceScope, claims: readonly ClaimedFigure[], index: StatementIndex, topicOfSentence: () => string | undefined, out: Quotation[]): void {
  if (!claims.length) return;
  let topical: readonly CompiledStatement[] | undefined;
  let visitCandidates: CompiledFigure[] | undefined;
  const visitFigures = (): CompiledFigure[] => {
    if (!visitCandidates) {
      const topic = topicOfSentence();
      topical = topic ? index.forTreatment(topic) : [];
      visitCandidates = candidateFigures(topical, scope.attribution, scope.named);
    }
    return visitCandidates;
  };
  // Another guideline's figure for the same treatment and condition is not a misquote: the 2016
  // MTUS refers to the ODG's tables for physical medicine, and letters cite them as the MTUS's.
  // Read only for a figure found misquoted, after visitFigures.
  const anyGuideline = (): CompiledFigure[] => candidateFigures(topical ?? [], ANY_GUIDELINE, scope.named);
  // The statements whose words the sentence holds: their figures are the ones it quotes.
  const quoted = scope.anchored.length ? candidateFigures(scope.anchored.map((a) => a.s), scope.attribution, scope.namedWithTitle()) : [];
  const sentenceStart = scope.start;
  const sentenceEnd = scope.start + scope.sentence.length;
  for (const c of claims) {
    let v = judgeFigure(c, quoted);
    if (v.kind === 'unknown' && (c.visits || c.perWeek)) {
      v = judgeFigure(c, visitFigures());
      if (v.kind === 'misquoted' && judgeFigure(c, anyGuideline()).kind === 'faithful') continue;
    }
    if (v.kind === 'unknown') continue;
    const start = scope.start + c.start;
    const end = scope.start + c.end;
    if (v.kind === 'faithful') {
      out.push({ kind: 'faithful', statement: v.figure.statement.statement, sentenceStart, sentenceEnd, start, end });
      continue;
    }
    const dims = (['visits', 'perWeek', 'weeks', 'months'] as const).filter((d) => c[d] && v.closest[d]);
    out.push({
      kind: 'figures',
      statement: v.closest.statement.statement,
      sentenceStart,
      sentenceEnd,
      start,
      end,
      written: describeFigures(c, dims),
      expected: describeFigures(v.closest, dims),
    });
  }
}

type Anchored = SentenceScope['anchored'][number];

/** What a sentence that holds a statement's words does with it: keeps it, reverses it, or drops a clause of it. Sentence-local. */
function wordedVerdict(sentence: string, a: Anchored): { kind: QuotationKind; start: number; end: number; expected?: string } | null {
  const { s, start, end } = a;
  if (s.predicate) {
    const p = polarityOf(sentence, { start, end }, s.predicate);
    if (p && p.polarity !== s.statement.polarity) return { kind: 'reversed', start: p.start, end: p.end };
  }
  const dropped = s.qualifiers.find((q) => !q.re.test(sentence));
  if (dropped) return { kind: 'dropped-qualifier', start, end: sentence.length, expected: dropped.text };
  return s.predicate || s.qualifiers.length ? { kind: 'faithful', start: 0, end: sentence.length } : null;
}

function wordedQuotations(scope: SentenceScope, verdicts: ReadonlyArray<{ a: Anchored; v: NonNullable<ReturnType<typeof wordedVerdict>> }>, out: Quotation[]): void {
  // "The patient's care is maintenance care, which the guidelines ...": the reviewer's own words.
  if (!verdicts.length || aboutTheCase(scope.sentence)) return;
  const sentenceStart = scope.start;
  const sentenceEnd = scope.start + scope.sentence.length;
  for (const { a, v } of verdicts) {
    out.push({ kind: v.kind, statement: a.s.statement, sentenceStart, sentenceEnd, start: sentenceStart + v.start, end: sentenceStart + v.end, expected: v.expected });
  }
}

function anchoredIn(sentence: string, group: AnchoredGroup): SentenceScope['anchored'] {
  const out: Array<{ s: CompiledStatement; start: number; end: number }> = [];
  for (const s of group.statements) {
    const m = s.anchor!.exec(sentence);
    if (m) out.push({ s, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Where a figure is written as guidelines write theirs, found with native searches: visits spread
// over a time ("6 visits over 2 weeks"), or a limit ("up to 18 visits", "limited to 4-6 visits").
// Each is a search through every rationale of a treatment with figures: they are kept few.
const TRIGGERS = [' over ', 'up to ', 'limited to '];
const UNIT_BEFORE = ['visits', 'sessions', 'treatments', 'visit', 'session'];
/** How far after "up to" its unit may stand ("up to 10 supervised physical therapy visits"). */
const UNIT_REACH = 48;

/** The unit that ends just before `at`, if any. */
function unitEndingAt(text: string, at: number): string | undefined {
  for (const u of UNIT_BEFORE) if (text.startsWith(u, at - u.length)) return u;
  return undefined;
}

/** Whether the trigger at `at` stands by a figure: " over " just after a unit, the others just before a number. */
function triggersFigure(text: string, at: number, trigger: string): boolean {
  if (trigger === ' over ') return unitEndingAt(text, at) !== undefined;
  const c = text.charCodeAt(at + trigger.length);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** The unit a trigger stands by, [start, end): the one before " over ", the first within a few words after the others; null when none. */
function unitOf(text: string, at: number, trigger: string): readonly [number, number] | null {
  if (trigger === ' over ') {
    const u = unitEndingAt(text, at);
    return u === undefined ? null : [at - u.length, at];
  }
  const window = text.slice(at, at + UNIT_REACH);
  let best: readonly [number, number] | null = null;
  for (const u of UNIT_BEFORE) {
    const i = window.indexOf(u);
    if (i >= 0 && (!best || at + i < best[0])) best = [at + i, at + i + u.length];
  }
  return best;
}

/**
 * Where a text holds what is looked for: figures written as guidelines write theirs (those plainly
 * the guidelines' own for the item's treatment passed over, unless `thorough`), a statement's words.
 */
function found(text: string, index: StatementIndex, figuresOf: string | undefined, words: readonly string[], thorough: boolean): { figures: number[]; words: number[] } {
  const out = { figures: [] as number[], words: [] as number[] };
  if (figuresOf !== undefined) {
    for (const t of TRIGGERS) {
      // " over " is searched for as "over ", then its space: a search for a space stops at every space.
      const word = t.trimStart();
      const lead = t.length - word.length;
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
        const at = i - lead;
        if ((lead && text.charCodeAt(at) !== 32) || !triggersFigure(text, at, t)) continue;
        const unit = unitOf(text, at, t);
        const spot = unit ? spotAt(text, unit[0], unit[1]) : null;
        if (spot && (thorough || !index.plainlyFaithful(figuresOf, spot, text))) out.figures.push(at);
      }
    }
  }
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) out.words.push(at);
  return out;
}

/** The figures of a sentence to read: not those plainly the guidelines' own for the item's treatment, unless near a statement's words. */
function figuresToRead(sentence: string, spots: readonly Spot[], anchored: SentenceScope['anchored'], index: StatementIndex, ctx: QuotationContext): number[] {
  const t = ctx.treatment?.id;
  return spots.filter((sp) => ctx.thorough || anchored.length > 0 || t === undefined || !index.plainlyFaithful(t, sp, sentence)).map((sp) => sp.unit);
}

/** What was found in a sentence: a figure's trigger, a statement's words. */
interface Hits {
  readonly span: Span;
  figure: boolean;
  word: boolean;
}

const DURATION_WORDS = /week|month/;

function readSentence(reading: Reading, hits: Hits, group: AnchoredGroup | null, ctx: QuotationContext, index: StatementIndex, out: Quotation[]): void {
  const { span } = hits;
  const sentence = reading.text.slice(span.start, span.end);
  const anchored = hits.word && group ? anchoredIn(sentence, group) : [];
  // The statements' words first, read in the sentence alone: a faithful quotation needs no more.
  const verdicts = anchored.flatMap((a) => {
    const v = wordedVerdict(sentence, a);
    return v && (v.kind !== 'faithful' || ctx.thorough) ? [{ a, v }] : [];
  });
  // The statements whose figures the sentence quotes by their words (a duration: "special studies ... 3-4 weeks").
  const withFigures = anchored.filter((a) => a.s.figures.length);
  const durations = withFigures.length > 0 && DURATION_WORDS.test(sentence);
  const units = hits.figure || withFigures.length ? figuresToRead(sentence, figureSpots(sentence), withFigures, index, ctx) : [];
  const claims = units.length || durations ? readFigures(sentence, units, durations) : [];
  if (!claims.length && !verdicts.length) return;
  const attribution = reading.attribution(span);
  if (!attribution) return;
  const run = reading.text.slice(attribution.from, span.end);
  const named = new NamedConditions(run, index.conditionGate);
  const namedWithTitle = (): NamedConditions => new NamedConditions(`${run} ${ctx.title}`, index.conditionGate);
  const scope: SentenceScope = { sentence, start: span.start, attribution, named, namedWithTitle, anchored: withFigures };
  const topic = (): string | undefined => reading.topicAt(span.start + (claims[0]?.start ?? 0), attribution) ?? ctx.treatment?.id;
  figureQuotations(scope, claims, index, topic, out);
  wordedQuotations(scope, verdicts, out);
}

/** The sentences that hold what was found, each once, in order; offsets in order mostly fall in the sentence found last. */
function sentencesOf(reading: Reading, at: { figures: number[]; words: number[] }): Hits[] {
  const offsets = [...at.figures.map((o) => ({ o, figure: true })), ...at.words.map((o) => ({ o, figure: false }))].sort((x, y) => x.o - y.o);
  const byStart = new Map<number, Hits>();
  let last: Hits | undefined;
  for (const { o, figure } of offsets) {
    if (!last || o < last.span.start || o >= last.span.end) {
      const span = reading.sentences.at(o);
      last = byStart.get(span.start);
      if (!last) byStart.set(span.start, (last = { span, figure: false, word: false }));
    }
    if (figure) last.figure = true;
    else last.word = true;
  }
  return [...byStart.values()].sort((x, y) => x.span.start - y.span.start);
}

/**
 * The quotations of a rationale (or any field that speaks for a guideline), with offsets in the
 * field's folded text (`field.text`, whose `textRangeOf` places them). The item's treatment
 * decides what is looked for before anything is read: the figures of its statements, where a
 * figure is written as guidelines write theirs ("visits over", "up to"); the words of its
 * statements. Both are found with native string searches; only the sentences that hold them are
 * read, each within a bounded reach, and the rationale is never split as a whole. A figure that is
 * plainly one the guidelines give for the treatment is not read further (unless `thorough`).
 */
export function findQuotations(field: Field, kb: KnowledgeBase, ctx: QuotationContext): Quotation[] {
  const treatment = ctx.treatment?.id;
  const index = statementIndex(kb);
  const figures = treatment !== undefined && index.hasFigures(treatment);
  const group = index.anchoredFor(treatment);
  if (!figures && !group) return [];
  const text = field.text;
  const at = found(text, index, figures ? treatment : undefined, group?.gateWords ?? [], ctx.thorough === true);
  if (group && !group.gateWords.length) {
    group.scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = group.scan.exec(text)) !== null) {
      at.words.push(m.index);
      if (m[0].length === 0) group.scan.lastIndex++;
    }
  }
  if (!at.figures.length && !at.words.length) return [];
  const reading = new Reading(text, index);
  const out: Quotation[] = [];
  for (const h of sentencesOf(reading, at)) readSentence(reading, h, group, ctx, index, out);
  return out;
}
