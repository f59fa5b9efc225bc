import * as z from 'zod/mini';
import { described, Id, patternSchema } from './schemaParts';

/**
 * Guideline statements: the sentences reviewers quote from the MTUS, ACOEM and ODG, as the
 * guideline words them, with their figures as data. The rule misquoted-guideline compares what a
 * rationale attributes to a guideline with them; hovers and completion show them.
 */

const Pattern = patternSchema('a sentence of a rationale');

const Positive = z.number().check(z.positive());

/** A figure as the guideline gives it: one number, or a range [low, high]. */
export const SpanSchema = described(
  z.union([Positive, z.tuple([Positive, Positive]).check(z.refine(([a, b]) => a <= b, 'the low end is larger than the high end'))]),
  'A number, or a range [low, high] ("9-10 visits" is [9, 10])',
);

export const ConditionSchema = z.strictObject({
  name: described(z.string().check(z.minLength(1)), 'The condition or body part, as the guideline names it'),
  patterns: described(z.array(Pattern).check(z.minLength(1)), 'Words that name the condition in a rationale'),
});

export const FigureSchema = z.strictObject({
  course: described(
    z.enum(['trial', 'total', 'repeat', 'any']),
    'trial: an initial trial or the time to produce an effect; total: the whole course; repeat: visits for a flare-up; any: a figure that is neither (a frequency, a duration, a course the guideline does not split)',
  ),
  visits: z.optional(described(SpanSchema, 'Visits, sessions or treatments')),
  perWeek: z.optional(described(SpanSchema, 'Visits a week')),
  weeks: z.optional(described(SpanSchema, 'Weeks the course lasts')),
  months: z.optional(described(SpanSchema, 'Months the course lasts (or between repeat visits)')),
  condition: z.optional(described(ConditionSchema, 'The condition the figure applies to; a figure with one is compared only where the letter names it')),
});

export const QualifierSchema = z.strictObject({
  text: described(z.string().check(z.minLength(1)), 'The clause as the guideline words it'),
  pattern: described(Pattern, 'What a quotation that keeps the clause (in any wording) holds'),
});

export const StatementStatusSchema = z.strictObject({
  // The values of the guidelines' VerificationStatus, described for statements.
  verification: described(
    z.enum(['verified', 'verified-secondary', 'partly-verified', 'unverified']),
    'verified: the words and figures as the guideline gives them (../shared/reference or the guideline text); verified-secondary: ODG as quoted in letters; partly-verified: the figures verified, the wording not; unverified: background knowledge, not yet checked against a source',
  ),
  seenIn: described(z._default(z.array(z.string()), []), 'The real letters (../shared, by name) that quote the statement word for word; their number is the count shown'),
  sources: described(z.string().check(z.minLength(1)), 'Where the words and figures were read'),
});

export const StatementSchema = z.strictObject({
  id: Id,
  treatments: described(z.array(Id).check(z.minLength(1)), 'The treatment ids whose items the statement speaks of (completion offers it for them)'),
  source: z.enum(['MTUS', 'ACOEM', 'ODG']),
  guideline: described(z.string().check(z.minLength(1)), 'The guideline document, e.g. "MTUS Chronic Pain Medical Treatment Guidelines"'),
  section: described(z.string().check(z.minLength(1)), 'The section name, e.g. "Manual therapy & manipulation"'),
  page: z.optional(described(z.string(), 'Page or pages, e.g. "58-59"')),
  text: described(z.string().check(z.minLength(1)), 'The statement as the guideline words it'),
  figures: described(z._default(z.array(FigureSchema), []), 'Its figures, with the course and condition each applies to'),
  polarity: described(z.enum(['positive', 'negative']), 'Whether the statement affirms or denies its predicate ("no proven efficacy" is negative)'),
  anchor: z.optional(described(Pattern, 'Words that show a sentence quotes this statement (its subject); without them only its figures are compared')),
  predicate: z.optional(described(Pattern, 'The words whose negation gives the statement its polarity (after the anchor)')),
  qualifiers: described(z._default(z.array(QualifierSchema), []), 'Clauses without which a quotation changes the meaning of the statement'),
  status: StatementStatusSchema,
});

export type Span = z.output<typeof SpanSchema>;
export type StatementFigure = z.output<typeof FigureSchema>;
export type Statement = z.output<typeof StatementSchema>;
export type StatementInput = z.input<typeof StatementSchema>;

/** Problems a statement can have that its schema does not see: a treatment unknown to the base. */
export function statementProblems(statements: readonly Statement[], treatmentIds: ReadonlySet<string>): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  statements.forEach((s, i) => {
    s.treatments.forEach((t, j) => {
      if (!treatmentIds.has(t)) out.push({ path: `statements[${i}].treatments[${j}]`, message: `unknown treatment "${t}"` });
    });
  });
  return out;
}
