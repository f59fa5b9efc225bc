import * as fs from 'fs';
import { builtinKnowledgeBase, formatProblem, KnowledgeBase, loadGuidelinesFile, parseSettings, Settings, SettingsSchema } from '../core';

/** A file's text as UTF-8, without a byte order mark. */
function readText(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a file';
  return e instanceof Error ? e.message : String(e);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v;
}

const KNOWN = Object.keys(SettingsSchema.shape);

/** Why a key of a --config file is refused: imr-lint reads the engine's settings only. */
function unknownKey(key: string): string {
  if (key === 'guidelinesFile') return '"guidelinesFile" is an editor setting: give the file to imr-lint with --guidelines FILE';
  if (['run', 'detectTxtLetters', 'largeFileThreshold'].includes(key)) return `"${key}" is an editor setting, which imr-lint does not use (it reads: ${KNOWN.join(', ')})`;
  return `unknown setting "${key}" (imr-lint reads: ${KNOWN.join(', ')})`;
}

/**
 * The settings from --config and --rule, or the reasons they are refused: a config is a JSON object
 * of the engine's settings (`rules`, `maxProblems`), a byte order mark allowed; anything else in it
 * is an error rather than silently ignored.
 */
export function loadSettings(config: string | undefined, cliRules: Record<string, string>): { settings?: Settings; problems: string[] } {
  let raw: Record<string, unknown> = {};
  if (config !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(readText(config));
    } catch (e) {
      return { problems: [`cannot read config ${config}: ${e instanceof SyntaxError ? `not valid JSON: ${e.message}` : reason(e)}`] };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { problems: [`config ${config}: must be a JSON object such as {"rules": {"missing-section": "off"}}, not ${kindOf(data)}`] };
    }
    raw = data as Record<string, unknown>;
    const unknown = Object.keys(raw).filter((k) => !KNOWN.includes(k) && k !== '$schema');
    if (unknown.length) return { problems: unknown.map((k) => `config ${config}: ${unknownKey(k)}`) };
  }
  const fromFile = parseSettings(raw);
  const where = config === undefined ? '' : `config ${config}: `;
  const problems = fromFile.problems.map((p) => where + p.replace(/^imr\./, ''));
  const rules = parseSettings({ rules: cliRules });
  problems.push(...rules.problems.map((p) => `--rule: ${p.replace(/^imr\.rules\./, '')}`));
  if (problems.length) return { problems };
  return { settings: { ...fromFile.settings, rules: { ...fromFile.settings.rules, ...rules.settings.rules } }, problems: [] };
}

/** The built-in guidelines, with a --guidelines file laid over them (the editor's loader, shared). */
export function loadGuidelines(file: string | undefined): { kb?: KnowledgeBase; problems: string[] } {
  const base = builtinKnowledgeBase();
  if (file === undefined) return { kb: base, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [`cannot read guidelines ${file}: ${reason(e)}`] };
  }
  const { kb, problems } = loadGuidelinesFile(base, text, file);
  return problems.length ? { problems: problems.map(formatProblem) } : { kb, problems: [] };
}
