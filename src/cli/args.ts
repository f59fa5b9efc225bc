import { parseArgs as parseNodeArgs } from 'node:util';

export const FORMATS = ['text', 'json', 'sarif', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  fix: boolean;
  /** With --fix: also rewrite files that have no write permission. */
  fixReadOnly: boolean;
  items: boolean;
  summary: boolean;
  quiet: boolean;
  helpUriBase?: string;
  config?: string;
  guidelines?: string;
  rules: Record<string, string>;
  maxWarnings: number | null;
  maxSize: number;
  files: string[];
}

export const USAGE = `Usage: imr-lint [options] [--] FILE|FOLDER|GLOB|- ...

Checks IMR final determination letters and reports their disputed items and problems. A folder is
searched for *.imr files and for *.txt files that start like a letter; "-" reads standard input.

Options:
  --format FORMAT        text (file:line:col: severity rule message), json, sarif (SARIF 2.1.0),
                         or csv (with --summary); default: text
  --summary              items and decisions per file, as a table (CSV with --format csv)
  --items                with text output, list each letter's items and decisions too
  --fix                  write the safe fixes back to the files (see docs/fix.md)
  --fix-read-only        with --fix, also rewrite files without write permission (keeping their mode)
  --config FILE          settings file (JSON: {"rules": {"rule-id": "off"}, "maxProblems": 1000})
  --guidelines FILE      guidelines file adding to or overriding the built-in limits
  --rule ID=SEVERITY     set a rule's severity (error, warning, information, hint, off); repeatable
  --max-warnings N       exit 1 when there are more than N warnings
  --max-size MB          skip files (and standard input) larger than this (default: 20)
  --quiet                report errors only
  --help-uri-base URL    in SARIF, link each rule to URL/<rule-id>.md
  -h, --help             show this help
  --                     end of options: what follows are files, even if they start with "-"

Exit code: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O error.`;

export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-read-only': { type: 'boolean' },
  items: { type: 'boolean' },
  quiet: { type: 'boolean' },
  summary: { type: 'boolean' },
  'help-uri-base': { type: 'string' },
  config: { type: 'string' },
  guidelines: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** node:util's messages name the option in quotes; ours keep the CLI's wording. */
function usageErrorOf(e: unknown): UsageError {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option} (a file whose name starts with "-" goes after --)`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return new UsageError(`${option} needs a value`);
    if (/does not take an argument/.test(message)) return new UsageError(`${option} takes no value`);
    if (/ambiguous/.test(message)) return new UsageError(`${option} needs a value (write ${option}=VALUE for a value starting with "-")`);
  }
  return new UsageError(message);
}

function wholeNumber(s: string | undefined, flag: string, check: (n: number) => boolean, what: string): number | undefined {
  if (s === undefined) return undefined;
  const n = s.trim() === '' ? NaN : Number(s);
  if (!check(n)) throw new UsageError(`${flag} takes ${what}, not "${s}"`);
  return n;
}

function tokens(argv: readonly string[]) {
  try {
    return parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageErrorOf(e);
  }
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const parsed = tokens(argv);
  const v = parsed.values;
  if (v.help) throw new UsageError('');
  const format = v.format ?? 'text';
  const known = FORMATS.find((x) => x === format);
  if (!known) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const rules: Record<string, string> = {};
  for (const r of v.rule ?? []) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(r);
    if (!m) throw new UsageError(`--rule takes ID=SEVERITY, not "${r}"`);
    rules[m[1]] = m[2];
  }
  const o: CliOptions = {
    format: known,
    fix: v.fix ?? false,
    fixReadOnly: v['fix-read-only'] ?? false,
    items: v.items ?? false,
    summary: v.summary ?? false,
    quiet: v.quiet ?? false,
    helpUriBase: v['help-uri-base']?.replace(/\/+$/, ''),
    config: v.config,
    guidelines: v.guidelines,
    rules,
    maxWarnings: wholeNumber(v['max-warnings'], '--max-warnings', (n) => Number.isInteger(n) && n >= 0, 'a whole number') ?? null,
    maxSize: wholeNumber(v['max-size'], '--max-size', (n) => Number.isFinite(n) && n > 0, 'a number of megabytes') ?? 20,
    files: parsed.positionals,
  };
  if (o.fixReadOnly && !o.fix) throw new UsageError('--fix-read-only goes with --fix');
  if (o.files.length === 0) throw new UsageError('no files given');
  if (o.format === 'csv' && !o.summary) throw new UsageError('--format csv goes with --summary');
  return o;
}
