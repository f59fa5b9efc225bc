import * as fs from 'fs';
import * as path from 'path';
import { analyze, KnowledgeBase, Settings } from '../core';
import { CliOptions, parseArgs, USAGE, UsageError } from './args';
import { loadGuidelines, loadSettings } from './config';
import { collectFiles } from './files';
import { fixText } from './fix';
import { Output } from './io';
import { Checked, Formatter, jsonFormatter, sarifFormatter, summaryCsvFormatter, summaryTableFormatter, textFormatter, Totals } from './output';
import { Letter, readLetter } from './read';
import { reportDiagnostic } from './report';
import { leftovers, writeBack, WriteRefused } from './write';

function ruleDoc(dir: string | undefined, id: string): string | undefined {
  if (!dir) return undefined;
  try {
    return fs.readFileSync(path.join(dir, `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

export interface Io {
  /** Standard output; it may throw (EPIPE when the reader is gone, ENOSPC on a full disk). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, read up to `limit` bytes (more tells that it is over the limit). */
  readStdin: (limit: number) => Buffer | string;
  /** Colours and a progress line only on a terminal (and never with NO_COLOR). */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  noColor?: boolean;
  /** The folder of the rule docs (for SARIF), and the version to report. */
  docsDir?: string;
  version?: string;
  /** The signal that asked the run to stop (checked between letters), if any. */
  interrupted?: () => NodeJS.Signals | undefined;
}

/** Files before the progress line shows, on a terminal. */
const PROGRESS_AFTER = 20;

const EXIT_BY_SIGNAL: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function message(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  if (code === 'ENOSPC') return 'no space left on the device';
  return e instanceof Error ? e.message : String(e);
}

/** One run: the options, what was loaded, and what went wrong so far. */
class Run {
  ioError = false;
  readonly totals: Totals = { files: 0, notLetters: 0, errors: 0, warnings: 0, others: 0 };
  private stdinNoted = false;

  constructor(
    readonly o: CliOptions,
    readonly io: Io,
    readonly settings: Settings,
    readonly kb: KnowledgeBase,
  ) {}

  problem(s: string): void {
    this.io.stderr(`imr-lint: ${s}\n`);
    this.ioError = true;
  }

  note(s: string): void {
    this.io.stderr(`imr-lint: ${s}\n`);
  }

  /** Reads, fixes (with --fix) and analyses one letter; null when it could not be read. */
  check(file: string): Checked | null {
    const letter = readLetter(file, this.o.maxSize, this.io.readStdin);
    if (letter.error) {
      this.problem(`${file}: ${letter.error}`);
      return null;
    }
    if (letter.warning) this.note(`${file}: ${letter.warning}`);
    const text = this.o.fix ? this.fix(file, letter) : letter.text;
    if (text === null) return null;
    const analysis = analyze(text, { kb: this.kb, settings: this.settings });
    for (const err of analysis.internalErrors) this.note(`${file}: internal error: ${err}`);
    let diagnostics = analysis.findings.map(reportDiagnostic);
    if (this.o.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    return { file, analysis, kb: this.kb, diagnostics };
  }

  /** Applies the safe fixes and writes them back; returns the text now on disk (null when it cannot be read). */
  private fix(file: string, letter: Letter): string | null {
    if (file === '-') {
      if (!this.stdinNoted) this.note('-: standard input is checked, not fixed (--fix writes files)');
      this.stdinNoted = true;
      return letter.text;
    }
    const fixed = fixText(letter.text, this.kb, this.settings);
    if (fixed.refused) this.note(`${file}: not fixed: ${fixed.refused}`);
    if (fixed.left) this.note(`${file}: ${fixed.left} safe fix${fixed.left === 1 ? ' is' : 'es are'} still offered after ${fixed.applied} applied: run --fix again`);
    if (fixed.text === letter.text) return letter.text;
    if (!letter.validUtf8) {
      this.problem(`${file}: not fixed: it is not valid UTF-8, and writing it back would change bytes the fixes do not touch (save it as UTF-8 first)`);
      return letter.text;
    }
    const left = leftovers(file);
    for (const p of left.removed) this.note(`${file}: removed ${p}, left by an interrupted run`);
    for (const p of left.kept) this.note(`${file}: ${p} was left by an interrupted run: it may hold the letter's original text`);
    try {
      writeBack(file, Buffer.from((letter.bom ? '\ufeff' : '') + fixed.text, 'utf8'), { allowReadOnly: this.o.fixReadOnly });
      return fixed.text;
    } catch (e) {
      if (e instanceof WriteRefused) {
        this.problem(`${file}: not fixed: ${e.message}`);
        return letter.text;
      }
      this.problem(`${file}: cannot write the fixes: ${message(e)}; the report is of the file as it is on disk`);
      const now = readLetter(file, this.o.maxSize, this.io.readStdin);
      if (now.error) this.problem(`${file}: ${now.error}`);
      return now.error ? null : now.text;
    }
  }

  count(c: Checked): void {
    this.totals.files++;
    if (!c.analysis.doc.isDetermination) this.totals.notLetters++;
    for (const d of c.diagnostics) {
      if (d.severity === 'error') this.totals.errors++;
      else if (d.severity === 'warning') this.totals.warnings++;
      else this.totals.others++;
    }
  }

  exitCode(): number {
    if (this.ioError) return 2;
    if (this.totals.errors) return 1;
    if (this.o.maxWarnings !== null && this.totals.warnings > this.o.maxWarnings) return 1;
    return 0;
  }
}

function formatterFor(o: CliOptions, io: Io, write: (s: string) => void): Formatter {
  if (o.summary && o.format === 'csv') return summaryCsvFormatter(write);
  if (o.format === 'json') return jsonFormatter(write);
  if (o.summary) return summaryTableFormatter(write);
  if (o.format === 'sarif') return sarifFormatter(write, io.version ?? '0.0.0', o.helpUriBase, (id) => ruleDoc(io.docsDir, id));
  return textFormatter(write, o.items, { color: Boolean(io.stdoutIsTTY) && !io.noColor });
}

function options(argv: readonly string[], io: Io): CliOptions | number {
  try {
    return parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) io.stderr(`imr-lint: ${e.message}\n\n`);
    (e.message ? io.stderr : io.stdout)(USAGE + '\n');
    return e.message ? 2 : 0;
  }
}

/** Lets signals in between letters: a letter being written is always finished or cleaned up first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs imr-lint and returns its exit code; all output goes through `io`. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const o = options(argv, io);
  if (typeof o === 'number') return o;
  const settings = loadSettings(o.config, o.rules);
  const guidelines = loadGuidelines(o.guidelines);
  for (const p of [...settings.problems, ...guidelines.problems]) io.stderr(`imr-lint: ${p}\n`);
  if (!settings.settings || !guidelines.kb) return 2;
  const r = new Run(o, io, settings.settings, guidelines.kb);

  const { files, problems, notes } = collectFiles(o.files);
  for (const p of problems) r.problem(p);
  for (const n of notes) r.note(n);
  const progress = Boolean(io.stderrIsTTY) && files.length > PROGRESS_AFTER;
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) io.stderr(`\r${' '.repeat(40)}\r`);
    progressShown = false;
  };
  const out = new Output(io.stdout, clearProgress);
  const formatter = formatterFor(o, io, (s) => out.write(s));
  formatter.begin();
  for (let n = 0; n < files.length; n++) {
    await nextTurn();
    const signal = io.interrupted?.();
    if (signal) return EXIT_BY_SIGNAL[signal] ?? 130;
    // When the reader of the report has gone, only --fix has work left to do.
    if (out.state.kind !== 'open' && !o.fix) break;
    if (progress && n % 10 === 0) {
      io.stderr(`\rimr-lint: ${n}/${files.length} letters checked`);
      progressShown = true;
    }
    let checked: Checked | null = null;
    try {
      checked = r.check(files[n]);
    } catch (e) {
      r.problem(`${files[n]}: internal error, the letter is skipped: ${message(e)}`);
    }
    if (!checked) continue;
    r.count(checked);
    formatter.file(checked);
  }
  formatter.end(r.totals);
  out.flush();
  clearProgress();
  if (out.state.kind === 'failed') {
    io.stderr(`imr-lint: cannot write the report: ${out.state.reason}\n`);
    return 2;
  }
  return r.exitCode();
}
