import * as z from 'zod/mini';
import { unsafePatternReason } from './patternSafety';

/** How far a figure can be trusted, carried from the research notes into hovers and messages. */
export const VerificationStatus = z.enum(['verified', 'verified-secondary', 'partly-verified', 'unverified']).check(
  z.describe(
    'verified: seen in guideline text or quoted in letters; verified-secondary: ODG as quoted in letters; unverified: background knowledge, not yet seen in a source',
  ),
);

export const Id = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens'), z.describe('Stable kebab-case identifier'));

export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

/** A JavaScript regular expression from the data or a guidelines file, matched case-insensitively against `against`; forms that can backtrack without end are refused. */
export function patternSchema(against: string) {
  return z.string().check(
    z.minLength(1),
    z.refine((p) => {
      try {
        new RegExp(p, 'i');
        return true;
      } catch {
        return false;
      }
    }, 'is not a valid regular expression'),
    z.superRefine((p, ctx) => {
      const reason = unsafePatternReason(p);
      if (reason) ctx.addIssue({ code: 'custom', message: `the pattern "${p}" is refused: ${reason}`, input: p });
    }),
    z.describe(`A JavaScript regular expression, matched case-insensitively against ${against} (forms that can backtrack without end are refused)`),
  );
}
