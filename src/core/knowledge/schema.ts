import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { anatomySchemas } from './bodyPartSchema';
import { DrugPositionSchema, DrugSchema } from './drugSchema';
import { described, Id, patternSchema, VerificationStatus } from './schemaParts';
import { StatementSchema } from './statementSchema';

// zod/mini keeps the bundle small (the extension loads faster); its messages come from the English locale.
z.config(en());

// The parts shared with the drug schema live in schemaParts.ts (no import cycle); exported here as before.
export { described, VerificationStatus };

const Pattern = patternSchema('the item heading');

export const TreatmentSchema = z.strictObject({
  id: Id,
  name: described(z.string().check(z.minLength(1)), 'Name shown to the reviewer'),
  visitBased: described(z.boolean(), 'Whether the quantity of a request counts visits or sessions'),
  patterns: described(z.array(Pattern).check(z.minLength(1)), 'Phrases that name this treatment in a heading (case-insensitive)'),
  abbreviations: described(z._default(z.array(z.string().check(z.regex(/^[A-Za-z0-9/-]+$/))), []), 'Abbreviations matched as whole words, case-sensitively (PT, ESI, TPI)'),
  specificity: described(
    z._default(z.int().check(z.minimum(0)), 0),
    'Higher wins when several treatments are named in overlapping words (electro-acupuncture over acupuncture)',
  ),
  requires: described(z._default(z.array(Pattern), []), 'Every one of these must also match (post-surgical categories)'),
});

const PositiveInt = z.int().check(z.positive());

export const LimitSchema = z.strictObject({
  trialVisits: z.optional(described(PositiveInt, 'Visits allowed for an initial trial')),
  maxVisits: z.optional(described(PositiveInt, 'Visits allowed in all (with documented functional improvement where the guideline requires it)')),
  perWeek: z.optional(described(z.number().check(z.positive()), 'Highest frequency per week')),
  weeks: z.optional(described(z.number().check(z.positive()), 'Duration of the course in weeks')),
  extendable: described(z._default(z.boolean(), false), 'The guideline allows more with documented functional improvement'),
});

export const GuidelineSchema = z.strictObject({
  id: Id,
  treatment: described(Id, 'The treatment id this guideline entry governs'),
  source: z.enum(['MTUS', 'ACOEM', 'ODG', 'Labor Code', 'Medicare', 'Other']),
  guideline: described(z.string().check(z.minLength(1)), 'The guideline document, e.g. "MTUS Chronic Pain Medical Treatment Guidelines"'),
  section: z.optional(described(z.string(), 'Regulation section, e.g. "8 CCR 9792.24.1"')),
  condition: z.optional(described(z.string(), 'The condition or body part the figures apply to')),
  citation: described(z.string().check(z.minLength(1)), 'The citation as a reviewer writes it after "Decision based on"'),
  summary: described(z.string().check(z.minLength(1)), 'What the guideline says, in one or two sentences'),
  limit: z.optional(described(LimitSchema, 'Visit figures; absent where the guideline sets criteria instead of a count')),
  preferred: described(z._default(z.boolean(), false), 'The entry used for the visit-limit check of its treatment'),
  status: VerificationStatus,
  sources: z.optional(described(z.string(), 'Where the figures were read')),
});

export const { BodyPartSchema, GuidelineChapterSchema } = anatomySchemas(Id, Pattern);

export const GuidelinesFileSchema = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    version: z._default(z.literal(1), 1),
    treatments: z._default(z.array(TreatmentSchema), []),
    guidelines: z._default(z.array(GuidelineSchema), []),
    drugs: z.optional(described(z.array(DrugSchema), 'Drugs recognised in medication requests, added to the built-in lexicon or replacing an entry by id')),
    drugPositions: z.optional(described(z.array(DrugPositionSchema), "What the guidelines say about a drug class (or one drug), added or replacing an entry by id")),
    statements: z.optional(described(z.array(StatementSchema), 'Guideline statements as the guideline words them, by id (see misquoted-guideline)')),
    bodyParts: z._default(z.array(BodyPartSchema), []),
    chapters: z._default(z.array(GuidelineChapterSchema), []),
  }),
  'IMR guideline limits: treatments recognised in item headings and the guideline figures that apply to them',
);

export type Treatment = z.output<typeof TreatmentSchema>;
export type Limit = z.output<typeof LimitSchema>;
export type Guideline = z.output<typeof GuidelineSchema>;
export type BodyPart = z.output<typeof BodyPartSchema>;
export type GuidelineChapter = z.output<typeof GuidelineChapterSchema>;
export type GuidelinesFile = z.output<typeof GuidelinesFileSchema>;
export type GuidelinesFileInput = z.input<typeof GuidelinesFileSchema>;
