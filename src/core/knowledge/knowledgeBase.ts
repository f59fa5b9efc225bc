import type * as z from 'zod/mini';
import { BUILTIN_GUIDELINES } from './builtinGuidelines';
import { BUILTIN_TREATMENTS } from './builtinTreatments';
import { MIN_RUN, requiredLiterals } from './requiredLiterals';
import { Guideline, GuidelinesFile, GuidelinesFileSchema, Treatment } from './schema';
import { BUILTIN_STATEMENTS } from './builtinStatements';
import { Statement, statementProblems } from './statementSchema';
import { trigramKeys, WordGate } from './trigrams';

/**
 * A regular expression, and the gate of the words it cannot match without (see WordGate): a
 * heading that holds none of them is passed over without running the expression. -1 when the
 * words cannot be told.
 */
interface Search {
  readonly re: RegExp;
  readonly gate: number;
}

interface CompiledTreatment {
  readonly treatment: Treatment;
  readonly patterns: readonly Search[];
  readonly requires: readonly Search[];
}

/** The trigram keys of the words, or null when one is too short to have a trigram. */
function wordKeys(words: readonly (readonly string[] | null)[]): Int32Array[] | null {
  const all: string[] = [];
  for (const w of words) {
    if (!w || w.some((x) => x.length < MIN_RUN)) return null;
    all.push(...w);
  }
  return all.map(trigramKeys);
}

/**
 * A treatment's phrases as the expressions to run: one for all of them; or, when the first ones
 * have no words to look for (a dose such as "50mg"), one for those and one, gated, for the rest.
 * Either way the first match of the treatment is the same: at a tie, the earlier phrase wins.
 */
function phraseGroups(patterns: readonly string[]): string[][] {
  let ungated = 0;
  while (ungated < patterns.length && wordKeys([requiredLiterals(patterns[ungated])]) === null) ungated++;
  if (ungated === 0 || ungated === patterns.length || wordKeys(patterns.slice(ungated).map(requiredLiterals)) === null) return [[...patterns]];
  return [patterns.slice(0, ungated), patterns.slice(ungated)];
}
/** A problem in a guidelines file, located by its JSON path. */
export interface GuidelinesProblem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

export function formatProblem(p: GuidelinesProblem): string {
  return `${p.file}: ${p.path ? p.path + ': ' : ''}${p.message}`;
}

function issuesToProblems(file: string, error: z.core.$ZodError): GuidelinesProblem[] {
  return error.issues.map((i) => ({
    file,
    path: i.path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`)).join('').replace(/^\./, ''),
    message: i.message,
  }));
}

/**
 * Treatments and guideline figures, validated. Immutable: overriding returns a new base, so a
 * broken workspace file can never damage the built-in data.
 */
export class KnowledgeBase {
  readonly treatments: readonly Treatment[];
  readonly guidelines: readonly Guideline[];
  /** Guideline statements as the guidelines word them (misquoted-guideline, hovers, completion). */
  readonly statements: readonly Statement[];
  private readonly compiled: readonly CompiledTreatment[];
  private readonly byTreatment = new Map<string, Guideline[]>();
  /** Which expressions' words a heading may hold; reused by recognize() for each heading (it never runs twice at once). */
  private readonly gate: WordGate;

  private constructor(data: GuidelinesFile) {
    this.treatments = data.treatments;
    this.guidelines = data.guidelines;
    this.statements = data.statements ?? [];
    // Treatments with the same phrases (the post-surgical ones) share one expression object, which
    // recognize() then runs once for all of them.
    const interned = new Map<string, Search>();
    const gates: Int32Array[][] = [];
    const search = (source: string, flags: string, words: () => Int32Array[] | null): Search => {
      const key = `${flags}/${source}`;
      let found = interned.get(key);
      if (!found) {
        const w = words();
        found = { re: new RegExp(source, flags), gate: w ? gates.push(w) - 1 : -1 };
        interned.set(key, found);
      }
      return found;
    };
    this.compiled = data.treatments.map((t) => ({
      treatment: t,
      // One regular expression for its phrases (or two, see phraseGroups), one for its abbreviations.
      patterns: [
        ...phraseGroups(t.patterns).map((group) =>
          search(
            group.map((p) => `(?:${p})`).join('|'),
            'i',
            () => wordKeys(group.map(requiredLiterals)),
          ),
        ),
        ...(t.abbreviations.length
          ? [
              search(
                `(?<![A-Za-z0-9/])(?:${t.abbreviations.map((a) => a.replace(/[/-]/g, '\\$&')).join('|')})(?![A-Za-z0-9/])`,
                '',
                () => wordKeys([t.abbreviations.map((a) => a.toLowerCase())]),
              ),
            ]
          : []),
      ],
      requires: t.requires.map((p) => search(p, 'i', () => wordKeys([requiredLiterals(p)]))),
    }));
    this.gate = new WordGate(gates);
    for (const g of data.guidelines) {
      const list = this.byTreatment.get(g.treatment) ?? [];
      list.push(g);
      this.byTreatment.set(g.treatment, list);
    }
  }

  /** Validates raw data (for example a parsed JSON file); problems name the file and the path inside it. */
  static fromData(data: unknown, file: string): { base?: KnowledgeBase; problems: GuidelinesProblem[] } {
    const parsed = GuidelinesFileSchema.safeParse(data);
    if (!parsed.success) return { problems: issuesToProblems(file, parsed.error) };
    const problems = crossCheck(parsed.data, file);
    return problems.length ? { problems } : { base: new KnowledgeBase(parsed.data), problems };
  }

  /** This base with a workspace file's entries added; an entry with an existing id replaces it. */
  withOverrides(data: unknown, file: string): { base: KnowledgeBase; problems: GuidelinesProblem[] } {
    const parsed = GuidelinesFileSchema.safeParse(data);
    if (!parsed.success) return { base: this, problems: issuesToProblems(file, parsed.error) };
    const merged: GuidelinesFile = {
      version: 1,
      treatments: mergeById(this.treatments, parsed.data.treatments),
      guidelines: mergeById(this.guidelines, parsed.data.guidelines),
      statements: mergeById(this.statements, parsed.data.statements ?? []),
    };
    // An override that marks an entry preferred takes the place of the built-in preferred one.
    for (const g of parsed.data.guidelines) {
      if (!g.preferred) continue;
      merged.guidelines = merged.guidelines.map((o) => (o.treatment === g.treatment && o.id !== g.id && o.preferred ? { ...o, preferred: false } : o));
    }
    // Problems are located in the file being read, so its own entries are checked (against all treatments).
    const problems = crossCheck(parsed.data, file, new Set(merged.treatments.map((t) => t.id)));
    if (problems.length) return { base: this, problems };
    return { base: new KnowledgeBase(merged), problems: [] };
  }

  treatment(id: string): Treatment | undefined {
    return this.treatments.find((t) => t.id === id);
  }

  guidelinesFor(treatmentId: string): readonly Guideline[] {
    return this.byTreatment.get(treatmentId) ?? [];
  }

  /** The entry the visit-limit check uses for a treatment. */
  preferredGuideline(treatmentId: string): Guideline | undefined {
    const list = this.guidelinesFor(treatmentId);
    return list.find((g) => g.preferred) ?? list[0];
  }

  private mayMatch(s: Search): boolean {
    return s.gate < 0 || this.gate.isOpen(s.gate);
  }

  /** Whether the heading loaded in the gate holds every word a treatment requires. */
  private requiresHold(c: CompiledTreatment, text: string): boolean {
    for (const r of c.requires) if (!this.mayMatch(r) || !r.re.test(text)) return false;
    return true;
  }

  /**
   * The treatment a heading names. Among the treatments named, the most specific wins where their
   * words overlap, and otherwise the one named first. Unknown rather than a guess.
   */
  recognize(text: string): Treatment | undefined {
    this.gate.load(text);
    // The best treatment so far and where its first phrase lies (numbers, not an object per match).
    let best: Treatment | undefined;
    let bestStart = 0;
    let bestEnd = 0;
    // The last expression run and its result: treatments that share phrases come one after another.
    let last: Search | undefined;
    let lastMatch: RegExpExecArray | null = null;
    for (const c of this.compiled) {
      let start = -1;
      let end = 0;
      for (const p of c.patterns) {
        if (p !== last) {
          last = p;
          lastMatch = this.mayMatch(p) ? p.re.exec(text) : null;
        }
        const m = lastMatch;
        if (m && (start < 0 || m.index < start)) {
          start = m.index;
          end = m.index + m[0].length;
        }
      }
      // The phrases first: they seldom match, and then the required words need no search.
      if (start < 0 || !this.requiresHold(c, text)) continue;
      const t = c.treatment;
      let wins: boolean;
      if (!best) wins = true;
      else if (start < bestEnd && bestStart < end) wins = t.specificity > best.specificity;
      else if (t.specificity >= 3 || best.specificity >= 3) wins = t.specificity > best.specificity;
      else wins = start < bestStart;
      if (wins) {
        best = t;
        bestStart = start;
        bestEnd = end;
      }
    }
    return best;
  }
}

function mergeById<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const out = new Map<string, T>(base.map((x) => [x.id, x]));
  for (const x of extra) out.set(x.id, x);
  return [...out.values()];
}

function crossCheck(data: GuidelinesFile, file: string, ids = new Set(data.treatments.map((t) => t.id))): GuidelinesProblem[] {
  const problems: GuidelinesProblem[] = [];
  data.guidelines.forEach((g, i) => {
    if (!ids.has(g.treatment)) problems.push({ file, path: `guidelines[${i}].treatment`, message: `unknown treatment "${g.treatment}"` });
    const l = g.limit;
    if (l?.trialVisits !== undefined && l.maxVisits !== undefined && l.trialVisits > l.maxVisits) {
      problems.push({ file, path: `guidelines[${i}].limit`, message: 'trialVisits is larger than maxVisits' });
    }
  });
  for (const p of statementProblems(data.statements ?? [], ids)) problems.push({ file, ...p });
  const seen = new Set<string>();
  data.treatments.forEach((t, i) => {
    if (seen.has(t.id)) problems.push({ file, path: `treatments[${i}].id`, message: `duplicate id "${t.id}"` });
    seen.add(t.id);
  });
  return problems;
}

let builtin: KnowledgeBase | undefined;

/** The built-in data, validated once; a defect in it is a programming error and throws. */
export function builtinKnowledgeBase(): KnowledgeBase {
  if (!builtin) {
    const { base, problems } = KnowledgeBase.fromData({ version: 1, treatments: BUILTIN_TREATMENTS, guidelines: BUILTIN_GUIDELINES, statements: BUILTIN_STATEMENTS }, 'built-in guidelines');
    if (!base) throw new Error(problems.map(formatProblem).join('\n'));
    builtin = base;
  }
  return builtin;
}
