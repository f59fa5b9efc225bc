import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { requiredLiterals } from '../knowledge/requiredLiterals';
import type { Span, Statement, StatementFigure } from '../knowledge/statementSchema';
import type { Pair } from './figures';

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

function compile(statement: Statement): CompiledStatement {
  const figures: CompiledFigure[] = [];
  const compiled: CompiledStatement = {
    statement,
    anchor: statement.anchor ? new RegExp(statement.anchor, 'i') : null,
    predicate: statement.predicate ? new RegExp(statement.predicate, 'i') : null,
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
      condition: f.condition ? new RegExp(f.condition.patterns.map((p) => `(?:${p})`).join('|'), 'i') : null,
    });
  }
  return compiled;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** The words one of the anchors cannot match without, as one expression for a field's source; null: always look. */
function anchorGate(statements: readonly CompiledStatement[]): RegExp | null {
  const words: string[] = [];
  for (const s of statements) {
    if (!s.statement.anchor) continue;
    const lits = requiredLiterals(s.statement.anchor);
    if (!lits) return null;
    words.push(...lits);
  }
  return new RegExp(words.length ? words.map(escape).join('|') : '(?!)', 'i');
}

export class StatementIndex {
  readonly all: readonly CompiledStatement[];
  /** The statements a sentence can be seen to quote by its words (those with an anchor). */
  readonly anchored: readonly CompiledStatement[];
  /** Run on a rationale as written: when it fails, no anchor can match. */
  readonly anchorGate: RegExp | null;
  readonly #byTreatment = new Map<string, CompiledStatement[]>();

  constructor(statements: readonly Statement[]) {
    this.all = statements.map(compile);
    this.anchored = this.all.filter((s) => s.anchor);
    this.anchorGate = anchorGate(this.anchored);
    for (const s of this.all) {
      for (const t of s.statement.treatments) {
        const list = this.#byTreatment.get(t) ?? [];
        list.push(s);
        this.#byTreatment.set(t, list);
      }
    }
  }

  forTreatment(id: string): readonly CompiledStatement[] {
    return this.#byTreatment.get(id) ?? [];
  }

  byId(id: string): CompiledStatement | undefined {
    return this.all.find((s) => s.statement.id === id);
  }
}

const cache = new WeakMap<KnowledgeBase, StatementIndex>();

export function statementIndex(kb: KnowledgeBase): StatementIndex {
  let index = cache.get(kb);
  if (!index) {
    index = new StatementIndex(kb.statements);
    cache.set(kb, index);
  }
  return index;
}
