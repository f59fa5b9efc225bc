import * as z from 'zod/mini';

/** How far a figure can be trusted, carried from the research notes into hovers and messages. */
export const VerificationStatus = z.enum(['verified', 'verified-secondary', 'partly-verified', 'unverified']).check(
  z.describe(
    'verified: seen in guideline text or quoted in letters; verified-secondary: ODG as quoted in letters; unverified: background knowledge, not yet seen in a source',
  ),
);

export const Id = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens'), z.describe('Stable kebab-case identifier'));

export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));
