export const FORMATS = ['text', 'json', 'sarif', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  fix: boolean;
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

export const USAGE = `Usage: imr-lint [options] FILE|FOLDER|GLOB|- ...

Checks IMR final determination letters and reports their disputed items and problems. A folder is
searched for *.imr files and for *.txt files that start like a letter; "-" reads standard input.

Options:
  --format FORMAT        text (file:line:col: severity rule message), json, sarif (SARIF 2.1.0),
                         or csv (with --summary); default: text
  --summary              items and decisions per file, as a table (CSV with --format csv)
  --items                with text output, list each letter's items and decisions too
  --fix                  write the safe fixes back to the files
  --config FILE          settings file (JSON: {"rules": {"rule-id": "off"}, ...})
  --guidelines FILE      guidelines file adding to or overriding the built-in limits
  --rule ID=SEVERITY     set a rule's severity (error, warning, information, hint, off); repeatable
  --max-warnings N       exit 1 when there are more than N warnings
  --max-size MB          skip files larger than this (default: 20)
  --quiet                report errors only
  --help-uri-base URL    in SARIF, link each rule to URL/<rule-id>.md
  -h, --help             show this help

Exit code: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O error.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { format: 'text', fix: false, items: false, summary: false, quiet: false, rules: {}, maxWarnings: null, maxSize: 20, files: [] };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = (): string => {
      if (inline !== undefined) return inline;
      return value(i++, flag);
    };
    switch (flag) {
      case '--format': {
        const f = take();
        const known = FORMATS.find((x) => x === f);
        if (!known) throw new UsageError(`unknown format "${f}" (${FORMATS.join(', ')})`);
        o.format = known;
        break;
      }
      case '--fix':
        o.fix = true;
        break;
      case '--items':
        o.items = true;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '--summary':
        o.summary = true;
        break;
      case '--help-uri-base':
        o.helpUriBase = take().replace(/\/+$/, '');
        break;
      case '--config':
        o.config = take();
        break;
      case '--guidelines':
        o.guidelines = take();
        break;
      case '--rule': {
        const r = take();
        const m = /^([a-z-]+)=([a-z]+)$/.exec(r);
        if (!m) throw new UsageError(`--rule takes ID=SEVERITY, not "${r}"`);
        o.rules[m[1]] = m[2];
        break;
      }
      case '--max-warnings': {
        const n = Number(take());
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-warnings takes a whole number');
        o.maxWarnings = n;
        break;
      }
      case '--max-size': {
        const n = Number(take());
        if (!(n > 0)) throw new UsageError('--max-size takes a number of megabytes');
        o.maxSize = n;
        break;
      }
      case '-h':
      case '--help':
        throw new UsageError('');
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.files.push(a);
    }
  }
  if (o.files.length === 0) throw new UsageError('no files given');
  if (o.format === 'csv' && !o.summary) throw new UsageError('--format csv goes with --summary');
  return o;
}
