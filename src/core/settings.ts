import * as z from 'zod/mini';
import './knowledge/schema'; // the English messages of zod/mini are configured there
import { RULE_IDS } from './rules';
import { SEVERITIES } from './rules/types';

export const RuleSetting = z.enum([...SEVERITIES, 'off']);
export type RuleSetting = z.infer<typeof RuleSetting>;

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

/**
 * The `imr.*` settings: the one source of their types, of their validation, and (by
 * scripts/generate.ts) of `contributes.configuration` in package.json.
 */
export const SettingsSchema = z.object({
  rules: described(
    z._default(
      z.record(z.string(), RuleSetting).check(
        z.superRefine((rules, ctx) => {
          for (const id of Object.keys(rules)) {
            if (!RULE_IDS.includes(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule "${id}" (known: ${RULE_IDS.join(', ')})`, input: rules });
          }
        }),
      ),
      {},
    ),
    'Severity of each rule by id: error, warning, information, hint, or off.',
  ),
  run: described(z._default(z.enum(['onType', 'onSave']), 'onType'), 'Check letters as you type, or only when they are saved.'),
  maxProblems: described(z._default(z.int().check(z.minimum(1), z.maximum(100000)), 1000), 'The most problems reported for one letter.'),
  guidelinesFile: described(
    z._default(z.string(), ''),
    'A JSON file, relative to the workspace folder, that adds to or overrides the built-in guideline limits (see schemas/guidelines.schema.json).',
  ),
  detectTxtLetters: described(z._default(z.boolean(), true), 'Open plain-text files (.txt) whose first line is "HOW THE IMR FINAL DETERMINATION WAS MADE" as IMR letters.'),
  largeFileThreshold: described(z._default(z.int().check(z.minimum(0)), 5_000_000), 'Letters larger than this many characters are checked on save only.'),
});

export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Validates raw settings; a wrong value is reported and replaced by its default, setting by
 * setting, so one mistake never disables the rest.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  const shape = SettingsSchema.shape;
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    const r = shape[key].safeParse(input[key]);
    if (r.success) {
      settings[key] = r.data;
    } else {
      settings[key] = DEFAULT_SETTINGS[key];
      for (const issue of r.error.issues) {
        const path = ['imr', key, ...issue.path.map(String)].join('.');
        problems.push(`${path}: ${issue.message}`);
      }
    }
  }
  // Valid rule entries survive an invalid neighbour.
  if (problems.some((p) => p.startsWith('imr.rules')) && input.rules && typeof input.rules === 'object') {
    const kept: Record<string, RuleSetting> = {};
    for (const [id, v] of Object.entries(input.rules as Record<string, unknown>)) {
      const s = RuleSetting.safeParse(v);
      if (RULE_IDS.includes(id) && s.success) kept[id] = s.data;
    }
    settings.rules = kept;
  }
  return { settings: settings as Settings, problems };
}
