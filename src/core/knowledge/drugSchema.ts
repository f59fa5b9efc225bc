import * as z from 'zod/mini';
import { described, Id, VerificationStatus } from './schemaParts';

/** The classes a medication request is sorted into (the list; `other` for the rest). */
export const DRUG_CLASSES = [
  'opioid',
  'nsaid',
  'muscle-relaxant',
  'ppi',
  'h2-blocker',
  'anticonvulsant',
  'antidepressant',
  'benzodiazepine',
  'sedative-hypnotic',
  'local-anesthetic',
  'topical-other',
  'other',
] as const;
export const DrugClass = z.enum(DRUG_CLASSES);

export const ROUTES = ['oral', 'topical', 'transdermal', 'injection', 'nasal', 'buccal'] as const;
export const Route = z.enum(ROUTES);

const Name = z.string().check(z.minLength(2), z.regex(/^[A-Za-z][A-Za-z0-9 .#/-]*$/, 'letters first, then letters, digits, spaces and . # / -'));
const Positive = z.number().check(z.positive());

/** A morphine milligram equivalent factor and the published table it comes from. */
export const MmeSchema = z.strictObject({
  factor: described(Positive, 'MME per mg of the opioid (per mcg/hr for a transdermal patch)'),
  unit: described(z._default(z.enum(['mg', 'mcg/hr']), 'mg'), 'What the factor multiplies: mg a day, or the patch strength in mcg/hr'),
  bands: z.optional(
    described(
      z.array(z.strictObject({ upToMgPerDay: Positive, factor: Positive })),
      'Factors that depend on the daily dose (methadone): the first band whose upToMgPerDay is not below the dose applies; above the last band no figure is given',
    ),
  ),
  table: described(z.string().check(z.minLength(1)), 'The conversion table, e.g. "CDC 2016"'),
  source: described(z.string().check(z.minLength(1)), 'Where the table is published'),
});

/** What the guidelines say about a drug as an ingredient of a topical product. */
export const TopicalSchema = z.strictObject({
  recommended: z.enum(['no', 'conditional', 'yes']),
  /** A form in which it is recommended after all (lidocaine: the patch). */
  exceptForm: z.optional(described(z.string(), 'A dosage form to which "no" does not apply, e.g. "patch"')),
  summary: z.string().check(z.minLength(1)),
  status: VerificationStatus,
  sources: z.optional(z.string()),
});

export const IngredientSchema = z.strictObject({
  drug: described(Id, 'The id of the ingredient drug in the lexicon'),
  percent: z.optional(described(Positive, 'Strength as a percentage (topicals)')),
});

export const DrugSchema = z.strictObject({
  id: Id,
  generic: described(z.string().check(z.minLength(2), z.regex(/^[a-z][a-z0-9 /-]*$/, 'lower case')), 'The generic name in lower case; combinations joined by "/" in the order of their strengths'),
  kind: described(z._default(z.enum(['drug', 'product', 'compound', 'kit', 'medical-food']), 'drug'), 'product: a branded topical; compound and kit: compounded or kit products of the kind billed in workers\' compensation'),
  drugClass: DrugClass,
  names: described(z._default(z.array(Name), []), 'Other generic names and spellings (salts, abbreviations such as "APAP" combinations)'),
  brands: described(z._default(z.array(Name), []), 'Brand names'),
  routes: described(z._default(z.array(Route), []), 'The routes it comes in; a single one is taken as the route of a request that names none'),
  strengths: described(z._default(z.array(z.string()), []), 'Usual strengths, as written on a prescription'),
  principal: described(z._default(z.int().check(z.minimum(0)), 0), 'Which figure of a combination strength ("5/325") belongs to the drug that sets the class and the MME'),
  maxDailyMg: z.optional(described(Positive, 'The labelled maximum dose a day of the principal drug, in mg: the fewest days a quantity can last')),
  mme: z.optional(MmeSchema),
  ingredients: z.optional(described(z.array(IngredientSchema), 'The ingredients of a compound or kit')),
  topical: z.optional(TopicalSchema),
});

export const DrugPositionSchema = z.strictObject({
  id: Id,
  drugClass: z.optional(DrugClass),
  drugs: z.optional(described(z.array(Id), 'Drug ids this position is about (it then comes before the class position)')),
  route: z.optional(described(Route, 'Only for requests by this route (topical NSAIDs)')),
  context: z.optional(described(z.enum(['post-operative']), 'Only for requests in this context')),
  source: z.enum(['MTUS', 'ACOEM', 'ODG', 'Other']),
  guideline: described(z.string().check(z.minLength(1)), 'The guideline document'),
  section: z.optional(described(z.string(), 'Regulation section, e.g. "8 CCR 9792.24.2"')),
  citation: described(z.string().check(z.minLength(1)), 'The citation as a reviewer writes it after "Decision based on"'),
  summary: described(z.string().check(z.minLength(1)), 'The position a reviewer quotes, in one or two sentences'),
  maxDays: z.optional(described(z.int().check(z.positive()), 'The longest course the guideline allows, in days')),
  durationText: z.optional(described(z.string(), 'The duration as the guideline words it, e.g. "2 to 3 weeks"')),
  status: VerificationStatus,
  sources: z.optional(described(z.string(), 'Where the position was read')),
});

export type DrugClassId = (typeof DRUG_CLASSES)[number];
export type RouteId = (typeof ROUTES)[number];
export type Drug = z.output<typeof DrugSchema>;
export type DrugInput = z.input<typeof DrugSchema>;
export type DrugPosition = z.output<typeof DrugPositionSchema>;
export type DrugPositionInput = z.input<typeof DrugPositionSchema>;
export type Mme = z.output<typeof MmeSchema>;
