import * as z from 'zod/mini';

/**
 * The body-part vocabulary of a guidelines file: body parts as letters name them, and the guideline
 * chapters that cover each. Built from the primitives of schema.ts (its kebab-case id and its
 * checked regular expression), which it is handed rather than imports: schema.ts includes these.
 */
export function anatomySchemas<I extends z.ZodMiniType<string>, P extends z.ZodMiniType<string>>(Id: I, Pattern: P) {
  const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

  const BodyPartSchema = z.strictObject({
    id: Id,
    name: describe(z.string().check(z.minLength(1)), 'How messages name it: "knee", "lumbar spine", "upper extremity"'),
    kind: describe(
      z._default(z.enum(['part', 'group']), 'part'),
      'part: one body part; group: a name for several ("upper extremity", "back"), which agrees with each of its members',
    ),
    terms: describe(
      z.array(Pattern).check(z.minLength(1)),
      'Phrases that name it, matched case-insensitively as whole words, each starting with a letter ("knees?", "low(?:er)? back", "lumbosacral")',
    ),
    caseSensitive: describe(
      z._default(z.array(Pattern), []),
      'Patterns matched case-sensitively as whole words: abbreviations and spine levels ("LS", "L[1-5]\\s*-\\s*(?:L?[1-5]|S1)")',
    ),
    sidePrefix: describe(
      z._default(z.boolean(), false),
      'Its case-sensitive abbreviations may start with the side: R, L or B ("RUE" is the right upper extremity)',
    ),
    sided: describe(z._default(z.boolean(), true), 'Whether it has a left and a right (a knee has; the lumbar spine has not)'),
    within: describe(
      z._default(z.array(Id), []),
      'The body parts and groups it belongs to: a finger within the hand, the knee within the lower extremity',
    ),
  });

  const GuidelineChapterSchema = z.strictObject({
    id: Id,
    source: z.enum(['MTUS', 'ODG']),
    name: describe(z.string().check(z.minLength(1)), 'The chapter as letters name it: "Knee Complaints", "Knee & Leg"'),
    citation: describe(z.string().check(z.minLength(1)), 'How a MAXIMUS line cites it: "MTUS Knee Complaints 2004"'),
    patterns: describe(
      z.array(Pattern).check(z.minLength(1)),
      'How a citation names it (case-insensitive); for ODG chapters, read after "ODG" or "Official Disability Guidelines"',
    ),
    covers: describe(z.array(Id).check(z.minLength(1)), 'The body parts and groups whose items it governs'),
    acoemChapter: z.optional(describe(z.int().check(z.positive()), 'The ACOEM (2nd edition) chapter number, for citations of the 2009 style')),
    sections: describe(
      z._default(z.array(z.string().check(z.minLength(1))), []),
      'Its usual sections as MAXIMUS lines name them ("Special Studies", "Surgical Considerations")',
    ),
    pages: z.optional(describe(z.string(), 'The pages letters cite for its special studies, when seen in letters')),
  });

  return { BodyPartSchema, GuidelineChapterSchema };
}
