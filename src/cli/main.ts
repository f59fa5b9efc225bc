import * as fs from 'fs';
import * as path from 'path';
import {
  analyze,
  applyEdits,
  builtinKnowledgeBase,
  fixAllEdits,
  formatProblem,
  KnowledgeBase,
  parseSettings,
  Settings,
} from '../core';
import { CliOptions, parseArgs, USAGE, UsageError } from './args';
import { collectFiles } from './files';
import { formatSarif, formatSummaryCsv, formatSummaryTable, formatText } from './output';
import { readLetter } from './read';
import { buildFileReport, FileReport } from './report';

function ruleDoc(dir: string | undefined, id: string): string | undefined {
  if (!dir) return undefined;
  try {
    return fs.readFileSync(path.join(dir, `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  /** Colours and a progress line only on a terminal (and never with NO_COLOR). */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  noColor?: boolean;
  /** The folder of the rule docs (for SARIF), and the version to report. */
  docsDir?: string;
  version?: string;
}

/** Files before the progress line shows, on a terminal. */
const PROGRESS_AFTER = 20;

const FIX_PASSES = 5;

function loadSettings(o: CliOptions, io: Io): Settings | null {
  let raw: Record<string, unknown> = {};
  if (o.config) {
    try {
      raw = JSON.parse(fs.readFileSync(o.config, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      io.stderr(`imr-lint: cannot read config ${o.config}: ${e instanceof Error ? e.message : String(e)}\n`);
      return null;
    }
  }
  const rules = { ...((raw.rules as Record<string, unknown> | undefined) ?? {}), ...o.rules };
  const { settings, problems } = parseSettings({ ...raw, rules });
  for (const p of problems) io.stderr(`imr-lint: ${p}\n`);
  return problems.length ? null : settings;
}

function loadGuidelines(file: string | undefined, io: Io): KnowledgeBase | null {
  const base = builtinKnowledgeBase();
  if (!file) return base;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    io.stderr(`imr-lint: cannot read guidelines ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  const { base: merged, problems } = base.withOverrides(data, file);
  for (const p of problems) io.stderr(`imr-lint: ${formatProblem(p)}\n`);
  return problems.length ? null : merged;
}

function writeAtomically(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.imr-lint-${process.pid}.tmp`);
  fs.writeFileSync(tmp, text, 'utf8');
  fs.renameSync(tmp, file);
}

/** Runs imr-lint and returns its exit code; all output goes through `io`. */
export function run(argv: readonly string[], io: Io): number {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) io.stderr(`imr-lint: ${e.message}\n\n`);
      (e.message ? io.stderr : io.stdout)(USAGE + '\n');
      return e.message ? 2 : 0;
    }
    throw e;
  }
  const settings = loadSettings(o, io);
  const kb = loadGuidelines(o.guidelines, io);
  if (!settings || !kb) return 2;

  let ioError = false;
  const reports: FileReport[] = [];
  const { files, problems } = collectFiles(o.files);
  for (const p of problems) {
    io.stderr(`imr-lint: ${p}\n`);
    ioError = true;
  }
  const checkFile = (file: string): void => {
    const letter = readLetter(file, o.maxSize, io.readStdin);
    if (letter.error) {
      io.stderr(`imr-lint: ${file}: ${letter.error}\n`);
      ioError = true;
      return;
    }
    if (letter.warning) io.stderr(`imr-lint: ${file}: ${letter.warning}\n`);
    let text = letter.text;
    let a = analyze(text, { kb, settings });
    if (o.fix && file !== '-') {
      // Only a letter the parser recognises is rewritten; fixes that were dropped for overlapping
      // come back on the next pass.
      let changed = false;
      for (let pass = 0; pass < FIX_PASSES && a.doc.isDetermination && a.internalErrors.length === 0; pass++) {
        const edits = fixAllEdits(a.findings);
        if (!edits.length) break;
        text = applyEdits(text, edits);
        a = analyze(text, { kb, settings });
        changed = true;
      }
      if (changed) {
        try {
          writeAtomically(file, (letter.bom ? '\ufeff' : '') + text);
        } catch (e) {
          io.stderr(`imr-lint: ${file}: cannot write fixes: ${e instanceof Error ? e.message : String(e)}\n`);
          ioError = true;
        }
      }
    }
    for (const err of a.internalErrors) io.stderr(`imr-lint: ${file}: internal error: ${err}\n`);
    const report = buildFileReport(file, a);
    if (o.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
    reports.push(report);
  };
  const progress = io.stderrIsTTY && files.length > PROGRESS_AFTER;
  files.forEach((file, n) => {
    if (progress && n % 10 === 0) io.stderr(`\rimr-lint: ${n}/${files.length} letters checked`);
    checkFile(file);
  });
  if (progress) io.stderr(`\r${' '.repeat(40)}\r`);


  const style = { color: Boolean(io.stdoutIsTTY) && !io.noColor };
  if (o.summary) io.stdout(o.format === 'csv' ? formatSummaryCsv(reports) : o.format === 'json' ? JSON.stringify(reports, null, 2) + '\n' : formatSummaryTable(reports));
  else if (o.format === 'json') io.stdout(JSON.stringify(reports, null, 2) + '\n');
  else if (o.format === 'sarif') io.stdout(formatSarif(reports, io.version ?? '0.0.0', o.helpUriBase, (id) => ruleDoc(io.docsDir, id)));
  else io.stdout(formatText(reports, o.items, style));
  if (ioError) return 2;
  const all = reports.flatMap((r) => r.diagnostics);
  if (all.some((d) => d.severity === 'error')) return 1;
  if (o.maxWarnings !== null && all.filter((d) => d.severity === 'warning').length > o.maxWarnings) return 1;
  return 0;
}
