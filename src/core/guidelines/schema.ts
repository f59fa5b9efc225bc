import { z } from 'zod';

/** How far a figure can be trusted, carried from the research notes into hovers and messages. */
export const VerificationStatus = z
  .enum(['verified', 'verified-secondary', 'partly-verified', 'unverified'])
  .describe('verified: seen in guideline text or quoted in letters; verified-secondary: ODG as quoted in letters; unverified: background knowledge, not yet seen in a source');

const Id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens')
  .describe('Stable kebab-case identifier');

const Pattern = z
  .string()
  .min(1)
  .refine((p) => {
    try {
      new RegExp(p, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression')
  .describe('A JavaScript regular expression, matched case-insensitively against the item heading');

export const TreatmentSchema = z
  .object({
    id: Id,
    name: z.string().min(1).describe('Name shown to the reviewer'),
    visitBased: z.boolean().describe('Whether the quantity of a request counts visits or sessions'),
    patterns: z.array(Pattern).min(1).describe('Phrases that name this treatment in a heading (case-insensitive)'),
    abbreviations: z
      .array(z.string().regex(/^[A-Za-z0-9/-]+$/))
      .default([])
      .describe('Abbreviations matched as whole words, case-sensitively (PT, ESI, TPI)'),
    specificity: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Higher wins when several treatments are named in overlapping words (electro-acupuncture over acupuncture)'),
    requires: z.array(Pattern).default([]).describe('Every one of these must also match (post-surgical categories)'),
  })
  .strict();

export const LimitSchema = z
  .object({
    trialVisits: z.number().int().positive().optional().describe('Visits allowed for an initial trial'),
    maxVisits: z.number().int().positive().optional().describe('Visits allowed in all (with documented functional improvement where the guideline requires it)'),
    perWeek: z.number().positive().optional().describe('Highest frequency per week'),
    weeks: z.number().positive().optional().describe('Duration of the course in weeks'),
    extendable: z.boolean().default(false).describe('The guideline allows more with documented functional improvement'),
  })
  .strict();

export const GuidelineSchema = z
  .object({
    id: Id,
    treatment: Id.describe('The treatment id this guideline entry governs'),
    source: z.enum(['MTUS', 'ACOEM', 'ODG', 'Labor Code', 'Medicare', 'Other']),
    guideline: z.string().min(1).describe('The guideline document, e.g. "MTUS Chronic Pain Medical Treatment Guidelines"'),
    section: z.string().optional().describe('Regulation section, e.g. "8 CCR 9792.24.1"'),
    condition: z.string().optional().describe('The condition or body part the figures apply to'),
    citation: z.string().min(1).describe('The citation as a reviewer writes it after "Decision based on"'),
    summary: z.string().min(1).describe('What the guideline says, in one or two sentences'),
    limit: LimitSchema.optional().describe('Visit figures; absent where the guideline sets criteria instead of a count'),
    preferred: z.boolean().default(false).describe('The entry used for the visit-limit check of its treatment'),
    status: VerificationStatus,
    sources: z.string().optional().describe('Where the figures were read'),
  })
  .strict();

export const GuidelinesFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    treatments: z.array(TreatmentSchema).default([]),
    guidelines: z.array(GuidelineSchema).default([]),
  })
  .strict()
  .describe('IMR guideline limits: treatments recognised in item headings and the guideline figures that apply to them');

export type Treatment = z.output<typeof TreatmentSchema>;
export type Limit = z.output<typeof LimitSchema>;
export type Guideline = z.output<typeof GuidelineSchema>;
export type GuidelinesFile = z.output<typeof GuidelinesFileSchema>;
export type GuidelinesFileInput = z.input<typeof GuidelinesFileSchema>;
