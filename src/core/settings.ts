import * as z from 'zod/mini';
import { described } from './knowledge/schema'; // also configures the English messages of zod/mini
import { RULE_IDS } from './rules';
import { SEVERITIES } from './rules/types';

export const RuleSetting = z.enum([...SEVERITIES, 'off']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** A schema of settings: an object of independent keys, each with its default. */
type SettingsShape = Record<string, z.ZodMiniType>;

/**
 * The engine's settings (`imr.rules`, `imr.maxProblems`), which the editor and the CLI share: the
 * one source of their types, of their validation, and (by scripts/generate.ts, with the editor's
 * own in src/vscode) of `contributes.configuration` in package.json.
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
  maxProblems: described(z._default(z.int().check(z.minimum(1), z.maximum(100000)), 1000), 'The most problems reported for one letter.'),
});

export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Validates raw settings against a schema; a wrong value is reported and replaced by its default,
 * setting by setting, so one mistake never disables the rest. Keys the schema does not name are
 * left out (the editor's configuration holds other extensions' keys too).
 */
export function parseSettingsWith<S extends SettingsShape>(schema: z.ZodMiniObject<S>, raw: unknown): { settings: z.output<z.ZodMiniObject<S>>; problems: string[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const r = field.safeParse(input[key]);
    if (r.success) {
      settings[key] = r.data;
      continue;
    }
    settings[key] = field.safeParse(undefined).data;
    for (const issue of r.error.issues) problems.push(`${['imr', key, ...issue.path.map(String)].join('.')}: ${issue.message}`);
  }
  // Valid rule entries survive an invalid neighbour.
  if ('rules' in schema.shape && problems.some((p) => p.startsWith('imr.rules.')) && isPlainObject(input.rules)) {
    const kept: Record<string, RuleSetting> = {};
    for (const [id, v] of Object.entries(input.rules)) {
      const s = RuleSetting.safeParse(v);
      if (RULE_IDS.includes(id) && s.success) kept[id] = s.data;
    }
    settings.rules = kept;
  }
  return { settings: settings as z.output<z.ZodMiniObject<S>>, problems };
}

/** The engine's settings from raw values (see parseSettingsWith). */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  return parseSettingsWith(SettingsSchema, raw);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
