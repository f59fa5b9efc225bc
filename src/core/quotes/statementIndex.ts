import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { requiredLiterals } from '../knowledge/requiredLiterals';
import type { Span, Statement, StatementFigure } from '../knowledge/statementSchema';
import type { Pair } from './figures';
import { foldWhite } from './sentences';
import type { Spot, SpotCourse } from './figureSpots';

/** How much around a treatment's word its phrase may reach ("aquatic therapy" around "therapy"). */
const TOPIC_WINDOW = 24;
/** How far from a figure a condition it applies to may be named. */
const NEAR = 120;

/** A statement's expressions, compiled once per knowledge base. */
export interface CompiledStatement {
  readonly statement: Statement;
  readonly anchor: RegExp | null;
  readonly predicate: RegExp | null;
  readonly qualifiers: ReadonlyArray<{ readonly text: string; readonly re: RegExp }>;
  readonly figures: readonly CompiledFigure[];
}

export interface CompiledFigure {
  readonly statement: CompiledStatement;
  readonly figure: StatementFigure;
  readonly visits?: Pair;
  readonly perWeek?: Pair;
  readonly weeks?: Pair;
  readonly months?: Pair;
  /** Words that name its condition; null when it applies whatever the condition. */
  readonly condition: RegExp | null;
}

function toPair(s: Span | undefined): Pair | undefined {
  if (s === undefined) return undefined;
  return typeof s === 'number' ? [s, s] : [s[0], s[1]];
}

/** What names a condition in a text, searched once per text and condition. */
export class NamedConditions {
  readonly #written: string;
  /** The text with its white space folded, made when a condition is first looked for. */
  #folded: string | undefined;
  readonly #any: boolean;
  readonly #memo = new Map<RegExp, boolean>();

  /** `words`: the conditions' words (without their first letter), one of which any condition needs; null: always look. */
  constructor(written: string, words: readonly string[] | null) {
    this.#written = written;
    this.#any = words === null || words.some((w) => written.includes(w));
  }

  names(condition: RegExp): boolean {
    if (!this.#any) return false;
    let named = this.#memo.get(condition);
    if (named === undefined) {
      this.#folded ??= foldWhite(this.#written);
      named = condition.test(this.#folded);
      this.#memo.set(condition, named);
    }
    return named;
  }
}

/** The condition expressions, one per set of patterns (figures of one condition share it). */
type ConditionCache = Map<string, RegExp>;

function conditionOf(f: StatementFigure, cache: ConditionCache): RegExp | null {
  if (!f.condition) return null;
  const source = f.condition.patterns.map((p) => `(?:${p})`).join('|');
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    cache.set(source, re);
  }
  return re;
}

/**
 * A literal's longest word as searched for in a text as written: an acronym as it is (CRPS), a
 * word without its first letter (so that a capital does not hide it); null when too short to tell.
 */
function searchToken(literal: string, pattern: string): string | null {
  // requiredLiterals gives its runs in lower case: the pattern says how they are written.
  const at = pattern.toLowerCase().indexOf(literal);
  const written = at >= 0 ? pattern.slice(at, at + literal.length) : literal;
  const word = written.split(/[^A-Za-z0-9]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (word.length >= 3 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word;
  return word.length >= 5 ? word.toLowerCase().slice(1) : null;
}

/** One word each condition cannot be named without (see searchToken); null when one has none. */
function conditionWords(statements: readonly Statement[]): string[] | null {
  const words = new Set<string>();
  for (const s of statements) {
    for (const f of s.figures) {
      for (const p of f.condition?.patterns ?? []) {
        const lits = requiredLiterals(p);
        if (!lits) return null;
        for (const lit of lits) {
          const token = searchToken(lit, p);
          if (!token) return null;
          words.add(token);
        }
      }
    }
  }
  return [...words];
}

function compile(statement: Statement, conditions: ConditionCache): CompiledStatement {
  const figures: CompiledFigure[] = [];
  const compiled: CompiledStatement = {
    statement,
    anchor: statement.anchor ? new RegExp(statement.anchor, 'i') : null,
    predicate: statement.predicate ? new RegExp(statement.predicate, 'gi') : null,
    qualifiers: statement.qualifiers.map((q) => ({ text: q.text, re: new RegExp(q.pattern, 'i') })),
    figures,
  };
  for (const f of statement.figures) {
    figures.push({
      statement: compiled,
      figure: f,
      visits: toPair(f.visits),
      perWeek: toPair(f.perWeek),
      weeks: toPair(f.weeks),
      months: toPair(f.months),
      condition: conditionOf(f, conditions),
    });
  }
  return compiled;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One word each anchor cannot match without (its longest), as a case-sensitive search for the
 * word in lower case or capitalised: a literal search is many times faster than the anchors
 * themselves. Null when an anchor has no such word: then always look.
 */
/** Words in most rationales: a gate on them would let nearly every rationale through. */
const COMMON_WORDS = new Set(['improvement', 'functional', 'treatment', 'treatments', 'recommended', 'guidelines', 'guideline', 'therapy', 'physical', 'medical', 'patient', 'chronic']);

function anchorGate(statements: readonly CompiledStatement[]): RegExp | null {
  const words = new Set<string>();
  for (const s of statements) {
    const lits = requiredLiterals(s.statement.anchor!);
    if (!lits) return null;
    for (const lit of lits) {
      const word = lit
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => !COMMON_WORDS.has(w))
        .reduce((a, b) => (b.length > a.length ? b : a), '');
      if (word.length < 4) return null;
      words.add(word).add(word[0].toUpperCase() + word.slice(1));
    }
  }
  return new RegExp([...words].map(escape).join('|'));
}

/** The statements an item of one treatment may quote by their words, and how to find them. */
export interface AnchoredGroup {
  readonly statements: readonly CompiledStatement[];
  /**
   * A word (without its first letter, so that a capital does not hide it) one of which each anchor
   * cannot match without, found with native searches; empty when an anchor has none.
   */
  readonly gateWords: readonly string[];
  /** The anchors themselves (global), to find them where there is no gate. */
  readonly scan: RegExp;
}

function gateWordsOf(anchored: readonly CompiledStatement[]): string[] {
  const gate = anchorGate(anchored);
  if (!gate) return [];
  const words = new Set<string>();
  for (const w of gate.source.split('|')) words.add(w.replace(/\\(.)/g, '$1').toLowerCase().slice(1));
  // A word that holds another found already adds nothing ("odalities" after "odalit").
  return [...words].filter((w) => ![...words].some((o) => o !== w && w.includes(o)));
}

function group(statements: readonly CompiledStatement[]): AnchoredGroup | null {
  const anchored = statements.filter((s) => s.anchor);
  if (!anchored.length) return null;
  return { statements: anchored, gateWords: gateWordsOf(anchored), scan: new RegExp(anchored.map((s) => `(?:${s.statement.anchor})`).join('|'), 'gi') };
}

/**
 * The words that name the treatments with figures, without their first letter (so that a capital
 * does not hide them), as one literal search (global), and the treatment each names; their
 * abbreviations (PT, OT) as written.
 */
interface TopicWords {
  readonly words: RegExp | null;
  readonly byWord: ReadonlyMap<string, string>;
  /** Each treatment's phrases: a word found is the treatment's only where they match around it ("therapy" is not aquatic therapy). */
  readonly phrases: ReadonlyMap<string, RegExp>;
  readonly abbreviations: RegExp | null;
  readonly byAbbreviation: ReadonlyMap<string, string>;
}

function topicWords(kb: KnowledgeBase, ids: Iterable<string>): TopicWords {
  const byWord = new Map<string, string>();
  const byAbbreviation = new Map<string, string>();
  const phrases = new Map<string, RegExp>();
  for (const id of ids) {
    const t = kb.treatment(id);
    if (!t) continue;
    phrases.set(id, new RegExp(t.patterns.map((p) => `(?:${p})`).join('|'), 'i'));
    for (const p of t.patterns) {
      for (const lit of requiredLiterals(p) ?? []) {
        const word = lit.trim().toLowerCase().slice(1);
        if (word.length >= 4 && !byWord.has(word)) byWord.set(word, id);
      }
    }
    for (const a of t.abbreviations) if (!byAbbreviation.has(a)) byAbbreviation.set(a, id);
  }
  const longestFirst = (xs: Iterable<string>): string[] => [...xs].sort((a, b) => b.length - a.length).map(escape);
  return {
    words: byWord.size ? new RegExp(longestFirst(byWord.keys()).join('|'), 'g') : null,
    byWord,
    phrases,
    abbreviations: byAbbreviation.size ? new RegExp(`(?<![A-Za-z0-9/])(?:${longestFirst(byAbbreviation.keys()).join('|')})(?![A-Za-z0-9/])`, 'g') : null,
    byAbbreviation,
  };
}

export class StatementIndex {
  readonly all: readonly CompiledStatement[];
  readonly #byTreatment = new Map<string, CompiledStatement[]>();
  readonly #anchored = new Map<string, AnchoredGroup | null>();
  /** The treatments some statement gives figures for. */
  readonly #withFigures = new Set<string>();
  readonly #topics: TopicWords;
  readonly #anyAnchored: AnchoredGroup | null;
  readonly #figures = new Map<string, readonly CompiledFigure[]>();
  readonly #valueSets = new Map<string, Readonly<Record<SpotCourse | 'perWeek', ReadonlySet<number>>>>();
  readonly #conditionWordsBy = new Map<string, RegExp | null>();

  /** The conditions' words, for NamedConditions. */
  readonly conditionGate: readonly string[] | null;

  constructor(kb: KnowledgeBase) {
    const conditions: ConditionCache = new Map();
    this.all = kb.statements.map((s) => compile(s, conditions));
    this.conditionGate = conditionWords(kb.statements);

    for (const s of this.all) {
      for (const t of s.statement.treatments) {
        const list = this.#byTreatment.get(t) ?? [];
        list.push(s);
        this.#byTreatment.set(t, list);
        if (s.figures.length) this.#withFigures.add(t);
      }
    }
    for (const [t, list] of this.#byTreatment) this.#anchored.set(t, group(list));
    // A heading no treatment is recognised in is most often a medication of an unlisted name.
    this.#anyAnchored = group(this.#byTreatment.get('medication') ?? []);
    this.#topics = topicWords(kb, this.#withFigures);
  }

  /** The figures of the statements about a treatment, whatever their guideline or condition. */
  figuresOf(treatmentId: string): readonly CompiledFigure[] {
    let figures = this.#figures.get(treatmentId);
    if (!figures) {
      figures = this.forTreatment(treatmentId).flatMap((s) => s.figures);
      this.#figures.set(treatmentId, figures);
    }
    return figures;
  }

  /**
   * Whether a figure found at a spot is plainly one the guidelines give for the treatment: its
   * numbers are among the visits (or visits a week) of the treatment's figures of that course, and
   * no condition is named near it (where a figure of another condition would be a misquote). Such a
   * figure needs no further reading to be found faithful, whatever guideline it is put to.
   */
  plainlyFaithful(treatmentId: string, spot: Spot, text: string): boolean {
    const values = this.#values(treatmentId, spot.perWeek ? 'perWeek' : spot.course);
    if (!values.has(spot.lo) || !values.has(spot.hi)) return false;
    const words = this.#conditionWordsOf(treatmentId);
    return !words || !words.test(text.slice(Math.max(0, spot.first - NEAR), spot.unit + NEAR));
  }

  /** The numbers of the treatment's figures: visits of a course (any for 'unmarked'), or visits a week. */
  #values(treatmentId: string, kind: SpotCourse | 'perWeek'): ReadonlySet<number> {
    let sets = this.#valueSets.get(treatmentId);
    if (!sets) {
      sets = { trial: this.#numbers(treatmentId, 'trial'), total: this.#numbers(treatmentId, 'total'), unmarked: this.#numbers(treatmentId, 'unmarked'), perWeek: this.#numbers(treatmentId, 'perWeek') };
      this.#valueSets.set(treatmentId, sets);
    }
    return sets[kind];
  }

  #numbers(treatmentId: string, kind: SpotCourse | 'perWeek'): ReadonlySet<number> {
    const set = new Set<number>();
    for (const f of this.figuresOf(treatmentId)) {
      const c = f.figure.course;
      const p = kind === 'perWeek' ? f.perWeek : f.visits;
      if (!p || (kind !== 'unmarked' && kind !== 'perWeek' && c !== kind && c !== 'any')) continue;
      for (let n = p[0]; n <= p[1]; n++) set.add(n);
    }
    return set;
  }

  /** The words that name the conditions of the treatment's figures, as one search; null when none does. */
  #conditionWordsOf(treatmentId: string): RegExp | null {
    let words = this.#conditionWordsBy.get(treatmentId);
    if (words === undefined) {
      const set = new Set<string>();
      for (const s of this.forTreatment(treatmentId)) {
        for (const f of s.figures) {
          for (const p of f.figure.condition?.patterns ?? []) {
            for (const lit of requiredLiterals(p) ?? [p]) {
              const token = searchToken(lit, p);
              if (token) set.add(token);
            }
          }
        }
      }
      words = set.size ? new RegExp([...set].map(escape).join('|')) : null;
      this.#conditionWordsBy.set(treatmentId, words);
    }
    return words;
  }

  forTreatment(id: string): readonly CompiledStatement[] {
    return this.#byTreatment.get(id) ?? [];
  }

  /** Whether a statement about the treatment gives figures. */
  hasFigures(treatmentId: string): boolean {
    return this.#withFigures.has(treatmentId);
  }

  /**
   * The statements about the treatment that a sentence can be seen to quote by their words; for an
   * item whose treatment is not recognised (a compounded cream of unlisted drugs), the medications'.
   */
  anchoredFor(treatmentId: string | undefined): AnchoredGroup | null {
    return treatmentId === undefined ? this.#anyAnchored : (this.#anchored.get(treatmentId) ?? null);
  }

  /** The treatment with figures a text names last (by its words in lower case, or its abbreviations as written); undefined when none. */
  lastTopicIn(text: string): string | undefined {
    const t = this.#topics;
    let at = -1;
    let id: string | undefined;
    let m: RegExpExecArray | null;
    if (t.words) {
      t.words.lastIndex = 0;
      while ((m = t.words.exec(text)) !== null) {
        const named = t.byWord.get(m[0])!;
        if (t.phrases.get(named)!.test(text.slice(Math.max(0, m.index - TOPIC_WINDOW), m.index + m[0].length + TOPIC_WINDOW))) {
          at = m.index;
          id = named;
        }
      }
    }
    if (t.abbreviations) {
      t.abbreviations.lastIndex = 0;
      // At the same offset as a word, the abbreviation is the one named last.
      while ((m = t.abbreviations.exec(text)) !== null) {
        if (m.index >= at) {
          at = m.index;
          id = t.byAbbreviation.get(m[0])!;
        }
      }
    }
    return id;
  }

  byId(id: string): CompiledStatement | undefined {
    return this.all.find((s) => s.statement.id === id);
  }
}

const cache = new WeakMap<KnowledgeBase, StatementIndex>();

export function statementIndex(kb: KnowledgeBase): StatementIndex {
  let index = cache.get(kb);
  if (!index) {
    index = new StatementIndex(kb);
    cache.set(kb, index);
  }
  return index;
}
