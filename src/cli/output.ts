import type * as Sarif from 'sarif';
import { Analysis, KnowledgeBase, RULES } from '../core';
import { csvCell, visible } from './escape';
import { ReportedDiagnostic, reportItem, ReportedItem } from './report';

export interface Style {
  color: boolean;
}

/** One letter checked: its analysis (of the text on disk) and the diagnostics to report. */
export interface Checked {
  file: string;
  analysis: Analysis;
  kb: KnowledgeBase;
  diagnostics: readonly ReportedDiagnostic[];
}

export interface Totals {
  files: number;
  /** Files that are not recognised as determinations. */
  notLetters: number;
  errors: number;
  warnings: number;
  others: number;
}

/** Writes a report as the letters are checked, one at a time, so that no output is held whole. */
export interface Formatter {
  begin(): void;
  file(c: Checked): void;
  end(t: Totals): void;
}

type Write = (s: string) => void;

const COLORS: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '90' };
const paint = (style: Style, code: string, s: string) => (style.color ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Severity as compilers print it, so that editors' problem matchers read it ("info", not "information"). */
function shortSeverity(s: string): string {
  return s === 'information' ? 'info' : s;
}

export function diagnosticLine(file: string, d: ReportedDiagnostic, style: Style): string {
  const sev = shortSeverity(d.severity);
  return `${visible(file)}:${d.line}:${d.column}: ${paint(style, COLORS[d.severity] ?? '0', sev)} ${paint(style, '2', d.rule)} ${visible(d.message)}`;
}

function* itemsOf(c: Checked): Generator<ReportedItem> {
  for (const item of c.analysis.doc.items) yield reportItem(c.analysis, item);
}

function itemLines(c: Checked): string[] {
  const n = c.analysis.doc.items.length;
  const out = [`${visible(c.file)}: ${c.analysis.doc.isDetermination ? `${n} disputed item${n === 1 ? '' : 's'}` : 'not an IMR determination'}`];
  for (const it of itemsOf(c)) {
    const req = it.request;
    const what = [req.treatment ?? 'treatment unknown', req.visits !== null ? `${req.visits} visits` : null, it.limit ? `limit ${it.limit.maxVisits}` : null].filter(Boolean).join(', ');
    out.push(`  line ${String(it.line).padEnd(5)} ${visible(it.decision ?? 'NO DECISION').padEnd(12)} ${visible(it.title)}  [${what}]`);
  }
  return out;
}

function totalsLine(t: Totals): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const which = t.notLetters ? ` (${t.files === 1 ? 'it is' : `${t.notLetters} ${t.notLetters === 1 ? 'is' : 'are'}`} not an IMR determination)` : '';
  return `${plural(t.files, 'file')} checked${which}: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.others} other`;
}

export function textFormatter(write: Write, withItems: boolean, style: Style): Formatter {
  return {
    begin() {},
    file(c) {
      const lines = withItems ? itemLines(c) : [];
      if (!withItems && !c.analysis.doc.isDetermination) lines.push(`${visible(c.file)}: not an IMR determination (no section heading or disputed item): not checked as a letter`);
      for (const d of c.diagnostics) lines.push(diagnosticLine(c.file, d, style));
      if (lines.length) write(lines.join('\n') + '\n');
    },
    end(t) {
      write(totalsLine(t) + '\n');
    },
  };
}

const SUMMARY_COLUMNS = ['file', 'line', 'item', 'decision', 'treatment', 'visits', 'limit', 'problems'] as const;

/** A letter's summary rows: the problems of each item counted in one pass over its sorted diagnostics. */
function summaryRows(c: Checked): string[][] {
  const rows: string[][] = [];
  const { doc } = c.analysis;
  const lines = c.diagnostics.map((d) => d.line).sort((a, b) => a - b);
  let next = 0;
  const items = [...itemsOf(c)];
  items.forEach((it, n) => {
    const end = n + 1 < items.length ? items[n + 1].line : Infinity;
    while (next < lines.length && lines[next] < it.line) next++;
    let count = 0;
    while (next < lines.length && lines[next] < end) {
      count++;
      next++;
    }
    rows.push([c.file, String(it.line), it.title, it.decision ?? '', it.request.treatment ?? '', it.request.visits === null ? '' : String(it.request.visits), it.limit ? String(it.limit.maxVisits) : '', String(count)]);
  });
  if (!items.length) rows.push([c.file, '', doc.isDetermination ? '(no items)' : '(not a determination)', '', '', '', '', String(c.diagnostics.length)]);
  return rows;
}

/** The table is written at the end (its columns fit the widest cell); it holds one short row per item. */
export function summaryTableFormatter(write: Write): Formatter {
  const rows: string[][] = [SUMMARY_COLUMNS.map((c) => c.toUpperCase())];
  const decisions = { upheld: 0, overturned: 0, other: 0 };
  return {
    begin() {},
    file(c) {
      for (const r of summaryRows(c)) rows.push(r.map(visible));
      for (const it of c.analysis.doc.items) {
        if (it.decision === 'Upheld') decisions.upheld++;
        else if (it.decision === 'Overturned') decisions.overturned++;
        else decisions.other++;
      }
    },
    end(t) {
      const widths = SUMMARY_COLUMNS.map((_, i) => Math.min(60, rows.reduce((w, r) => Math.max(w, r[i].length), 0)));
      const cell = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
      for (const r of rows) write(r.map((c, i) => cell(c, widths[i])).join('  ').trimEnd() + '\n');
      const items = decisions.upheld + decisions.overturned + decisions.other;
      write(`${t.files} files, ${items} items: ${decisions.upheld} upheld, ${decisions.overturned} overturned, ${decisions.other} other\n`);
    },
  };
}

export function summaryCsvFormatter(write: Write): Formatter {
  const row = (r: readonly string[]) => write(r.map((s) => csvCell(visible(s))).join(',') + '\r\n');
  return {
    begin: () => row(SUMMARY_COLUMNS),
    file: (c) => summaryRows(c).forEach(row),
    end() {},
  };
}

/** JSON.stringify(value, null, 2), for a value written at an indentation of `indent` spaces. */
function jsonAt(value: unknown, indent: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + ' '.repeat(indent));
}

/** An array written element by element, as JSON.stringify(array, null, 2) at that indentation writes it. */
function writeArray(write: Write, elements: Iterable<unknown>, indent: number): void {
  const pad = ' '.repeat(indent + 2);
  let first = true;
  for (const e of elements) {
    write(`${first ? '[\n' : ',\n'}${pad}${jsonAt(e, indent + 2)}`);
    first = false;
  }
  write(first ? '[]' : `\n${' '.repeat(indent)}]`);
}

/** The JSON report (an array of FileReport), written file by file and item by item: the same text as JSON.stringify(reports, null, 2). */
export function jsonFormatter(write: Write): Formatter {
  let files = 0;
  return {
    begin() {},
    file(c) {
      write(`${files++ ? ',\n' : '[\n'}  {\n    "file": ${JSON.stringify(c.file)},\n    "isDetermination": ${c.analysis.doc.isDetermination},\n    "items": `);
      writeArray(write, itemsOf(c), 4);
      write(',\n    "diagnostics": ');
      writeArray(write, c.diagnostics, 4);
      write('\n  }');
    },
    end() {
      write(files ? '\n]\n' : '[]\n');
    },
  };
}

const SARIF_LEVEL: Record<string, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function sarifRules(helpUriBase: string | undefined, docs: (id: string) => string | undefined): Sarif.ReportingDescriptor[] {
  return RULES.map((r) => {
    const markdown = docs(r.id);
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
      ...(helpUriBase ? { helpUri: `${helpUriBase}/${r.id}.md` } : {}),
      ...(markdown ? { help: { text: r.description, markdown } } : {}),
    };
  });
}

function sarifResult(file: string, d: ReportedDiagnostic, ruleIndex: ReadonlyMap<string, number>): Sarif.Result {
  return {
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule) ?? -1,
    level: SARIF_LEVEL[d.severity] ?? 'note',
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file === '-' ? 'stdin' : file.split(/[\\/]/).map(encodeURIComponent).join('/') },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
  };
}

/** SARIF 2.1.0, as GitHub code scanning reads it: rule metadata, one result per diagnostic (written as the letters are checked), 1-based regions. */
export function sarifFormatter(write: Write, version: string, helpUriBase: string | undefined, docs: (id: string) => string | undefined): Formatter {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'imr-lint', version, rules: sarifRules(helpUriBase, docs) } }, results: [] }],
  };
  const whole = JSON.stringify(log, null, 2);
  const at = whole.lastIndexOf('"results": []');
  let results = 0;
  return {
    begin: () => write(whole.slice(0, at) + '"results": '),
    file(c) {
      for (const d of c.diagnostics) write(`${results++ ? ',\n' : '[\n'}        ${jsonAt(sarifResult(c.file, d, ruleIndex), 8)}`);
    },
    end: () => write((results ? '\n      ]' : '[]') + whole.slice(at + '"results": []'.length) + '\n'),
  };
}
