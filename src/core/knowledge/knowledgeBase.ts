import type * as z from 'zod/mini';
import { Anatomy, anatomyProblems } from './anatomy';
import { BUILTIN_BODY_PARTS, BUILTIN_CHAPTERS } from './builtinBodyParts';
import { BUILTIN_DRUG_POSITIONS } from './builtinDrugPositions';
import { BUILTIN_DRUGS } from './builtinDrugs';
import { BUILTIN_GUIDELINES } from './builtinGuidelines';
import { crossCheckDrugs } from './drugCrossCheck';
import { DrugLexicon } from './drugLexicon';
import type { Drug, DrugPosition } from './drugSchema';
import { BUILTIN_TREATMENTS } from './builtinTreatments';
import { BodyPart, Guideline, GuidelineChapter, GuidelinesFile, GuidelinesFileSchema, Treatment } from './schema';
import { BUILTIN_STATEMENTS } from './builtinStatements';
import { Statement, statementProblems } from './statementSchema';

/** A treatment with its expressions compiled: its names (shared with the treatments named alike), and the words it requires besides. */
interface CompiledTreatment {
  readonly treatment: Treatment;
  /** Which of the knowledge base's names expressions are this treatment's. */
  readonly names: number;
  readonly requires: readonly RegExp[];
}

/** A treatment's names: one expression for its phrases, and one for its abbreviations when it has any. */
function namesOf(t: Treatment): RegExp[] {
  const names = [new RegExp(t.patterns.map((p) => `(?:${p})`).join('|'), 'i')];
  if (t.abbreviations.length) {
    // Whole words, as written (PT, not "pt" in "patient").
    names.push(new RegExp(`(?<![A-Za-z0-9/])(?:${t.abbreviations.map((a) => a.replace(/[/-]/g, '\\$&')).join('|')})(?![A-Za-z0-9/])`));
  }
  return names;
}

/**
 * The treatments compiled, and their names expressions, each once: treatments named alike (the
 * post-surgical courses, told apart by the words they require) share one, run once per heading.
 */
function compileAll(treatments: readonly Treatment[]): { compiled: CompiledTreatment[]; names: RegExp[][] } {
  const names: RegExp[][] = [];
  const bySource = new Map<string, number>();
  const compiled = treatments.map((t) => {
    const own = namesOf(t);
    const source = own.map((re) => `${re.source}/${re.flags}`).join(' ');
    let n = bySource.get(source);
    if (n === undefined) bySource.set(source, (n = names.push(own) - 1));
    return { treatment: t, names: n, requires: t.requires.map((p) => new RegExp(p, 'i')) };
  });
  return { compiled, names };
}

interface Named {
  readonly start: number;
  readonly end: number;
}

/** Where a text first names what an expression list names: the earliest match of them, or null. */
function firstNamed(names: readonly RegExp[], text: string): Named | null {
  let found: Named | null = null;
  for (const re of names) {
    const m = re.exec(text);
    if (m && (!found || m.index < found.start)) found = { start: m.index, end: m.index + m[0].length };
  }
  return found;
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
  readonly drugs: readonly Drug[];
  readonly drugPositions: readonly DrugPosition[];
  #drugLexicon: DrugLexicon | undefined;
  readonly bodyParts: readonly BodyPart[];
  readonly chapters: readonly GuidelineChapter[];
  #anatomy: Anatomy | undefined;
  private readonly compiled: readonly CompiledTreatment[];
  /** The names expressions of the treatments, each once (see compileAll). */
  private readonly names: readonly (readonly RegExp[])[];
  private readonly byTreatment = new Map<string, Guideline[]>();

  private constructor(data: GuidelinesFile) {
    this.treatments = data.treatments;
    this.guidelines = data.guidelines;
    this.statements = data.statements ?? [];
    this.drugs = data.drugs ?? [];
    this.drugPositions = data.drugPositions ?? [];
    this.bodyParts = data.bodyParts;
    this.chapters = data.chapters;
    ({ compiled: this.compiled, names: this.names } = compileAll(data.treatments));
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
    const problems = [...crossCheck(parsed.data, file), ...anatomyProblems(parsed.data).map((p) => ({ file, ...p }))];
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
      drugs: mergeById(this.drugs, parsed.data.drugs ?? []),
      drugPositions: mergeById(this.drugPositions, parsed.data.drugPositions ?? []),
      bodyParts: mergeById(this.bodyParts, parsed.data.bodyParts),
      chapters: mergeById(this.chapters, parsed.data.chapters),
    };
    // An override that marks an entry preferred takes the place of the built-in preferred one.
    for (const g of parsed.data.guidelines) {
      if (!g.preferred) continue;
      merged.guidelines = merged.guidelines.map((o) => (o.treatment === g.treatment && o.id !== g.id && o.preferred ? { ...o, preferred: false } : o));
    }
    // Problems are located in the file being read, so its own entries are checked (against all treatments).
    const problems = [
      ...crossCheck(parsed.data, file, new Set(merged.treatments.map((t) => t.id)), new Set((merged.drugs ?? []).map((d) => d.id))),
      ...anatomyProblems(parsed.data, new Set(merged.bodyParts.map((p) => p.id))).map((p) => ({ file, ...p })),
    ];
    if (problems.length) return { base: this, problems };
    return { base: new KnowledgeBase(merged), problems: [] };
  }

  /** The drugs and their guideline positions, indexed (built when first asked for). */
  get drugLexicon(): DrugLexicon {
    return (this.#drugLexicon ??= new DrugLexicon(this.drugs, this.drugPositions));
  }

  /** The body-part vocabulary and the chapters that cover each part, compiled when first asked for. */
  get anatomy(): Anatomy {
    return (this.#anatomy ??= new Anatomy(this.bodyParts, this.chapters));
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

  /**
   * The treatment a heading names. Among the treatments named, the most specific wins where their
   * words overlap, and otherwise the one named first. Unknown rather than a guess.
   */
  recognize(heading: string): Treatment | undefined {
    // Patterns from a guidelines file run here: a bounded text bounds their time (see patternSafety.ts).
    const text = heading.length > MAX_HEADING ? heading.slice(0, MAX_HEADING) : heading;
    // Each names expression once, whatever number of treatments share it.
    const namedBy = new Array<Named | null>(this.names.length);
    for (let n = 0; n < this.names.length; n++) namedBy[n] = firstNamed(this.names[n], text);
    let best: { treatment: Treatment; start: number; end: number } | undefined;
    for (const c of this.compiled) {
      // The names first: they seldom match, and then the required words need no search.
      const named = namedBy[c.names];
      if (!named || !c.requires.every((re) => re.test(text))) continue;
      if (!best || wins(c.treatment, named, best)) best = { treatment: c.treatment, ...named };
    }
    return best?.treatment;
  }
}

/** Whether a treatment named at `at` wins over the best one so far. */
function wins(t: Treatment, at: { start: number; end: number }, best: { treatment: Treatment; start: number; end: number }): boolean {
  const other = best.treatment;
  if (at.start < best.end && best.start < at.end) return t.specificity > other.specificity;
  if (t.specificity >= 3 || other.specificity >= 3) return t.specificity > other.specificity;
  return at.start < best.start;
}

function mergeById<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const out = new Map<string, T>(base.map((x) => [x.id, x]));
  for (const x of extra) out.set(x.id, x);
  return [...out.values()];
}

function crossCheck(data: GuidelinesFile, file: string, ids = new Set(data.treatments.map((t) => t.id)), drugIds = new Set((data.drugs ?? []).map((d) => d.id))): GuidelinesProblem[] {
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
  problems.push(...crossCheckDrugs(data, file, drugIds));
  return problems;
}

/** The longest heading read for a treatment: a real one is under 300 characters. */
const MAX_HEADING = 1000;

let builtin: KnowledgeBase | undefined;

/** The built-in data, validated once; a defect in it is a programming error and throws. */
export function builtinKnowledgeBase(): KnowledgeBase {
  if (!builtin) {
    const { base, problems } = KnowledgeBase.fromData(
      {
        version: 1,
        treatments: BUILTIN_TREATMENTS,
        guidelines: BUILTIN_GUIDELINES,
        drugs: BUILTIN_DRUGS,
        drugPositions: BUILTIN_DRUG_POSITIONS,
        statements: BUILTIN_STATEMENTS,
        bodyParts: BUILTIN_BODY_PARTS,
        chapters: BUILTIN_CHAPTERS,
      },
      'built-in guidelines',
    );
    if (!base) throw new Error(problems.map(formatProblem).join('\n'));
    builtin = base;
  }
  return builtin;
}
