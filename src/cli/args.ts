export type Format = 'text' | 'json';

export interface CliOptions {
  format: Format;
  fix: boolean;
  items: boolean;
  quiet: boolean;
  config?: string;
  guidelines?: string;
  rules: Record<string, string>;
  maxWarnings: number | null;
  maxSize: number;
  files: string[];
}

export const USAGE = `Usage: imr-lint [options] FILE...

Checks IMR final determination letters and reports their disputed items and problems.

Options:
  --format text|json     output format (default: text)
  --items                with text output, list each letter's items and decisions too
  --fix                  write the safe fixes back to the files
  --config FILE          settings file (JSON: {"rules": {"rule-id": "off"}, ...})
  --guidelines FILE      guidelines file adding to or overriding the built-in limits
  --rule ID=SEVERITY     set a rule's severity (error, warning, information, hint, off); repeatable
  --max-warnings N       exit 1 when there are more than N warnings
  --max-size MB          skip files larger than this (default: 20)
  --quiet                report errors only
  -h, --help             show this help

Exit code: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O error.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { format: 'text', fix: false, items: false, quiet: false, rules: {}, maxWarnings: null, maxSize: 20, files: [] };
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
        if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (text or json)`);
        o.format = f;
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
  return o;
}
