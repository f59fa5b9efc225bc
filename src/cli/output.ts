import { FileReport, RULES } from '../core';
import type { ReportedDiagnostic } from './report';

export interface Style {
  color: boolean;
}

const COLORS: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '90' };
const paint = (style: Style, code: string, s: string) => (style.color ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Severity as compilers print it, so that editors' problem matchers read it ("info", not "information"). */
function shortSeverity(s: string): string {
  return s === 'information' ? 'info' : s;
}

export function diagnosticLine(file: string, d: ReportedDiagnostic, style: Style): string {
  const sev = shortSeverity(d.severity);
  return `${file}:${d.line}:${d.column}: ${paint(style, COLORS[d.severity] ?? '0', sev)} ${paint(style, '2', d.rule)} ${d.message}`;
}

function itemLines(r: FileReport): string[] {
  const out = [`${r.file}: ${r.isDetermination ? `${r.items.length} disputed item${r.items.length === 1 ? '' : 's'}` : 'not an IMR determination'}`];
  for (const it of r.items) {
    const req = it.request;
    const what = [req.treatment ?? 'treatment unknown', req.visits !== null ? `${req.visits} visits` : null, it.limit ? `limit ${it.limit.maxVisits}` : null].filter(Boolean).join(', ');
    out.push(`  line ${String(it.line).padEnd(5)} ${(it.decision ?? 'NO DECISION').padEnd(12)} ${it.title}  [${what}]`);
  }
  return out;
}

function totals(reports: readonly FileReport[]): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const notLetters = reports.filter((r) => !r.isDetermination).length;
  const which = notLetters ? ` (${notLetters === reports.length && notLetters === 1 ? 'it is' : `${notLetters} ${notLetters === 1 ? 'is' : 'are'}`} not an IMR determination)` : '';
  return `${plural(reports.length, 'file')} checked${which}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${all.length - errors - warnings} other`;
}

export function formatText(reports: readonly FileReport[], withItems: boolean, style: Style): string {
  const lines: string[] = [];
  for (const r of reports) {
    if (withItems) lines.push(...itemLines(r));
    else if (!r.isDetermination) lines.push(`${r.file}: not an IMR determination (no section heading or disputed item): not checked as a letter`);
    for (const d of r.diagnostics) lines.push(diagnosticLine(r.file, d, style));
  }
  lines.push(totals(reports));
  return lines.join('\n') + '\n';
}

const SUMMARY_COLUMNS = ['file', 'line', 'item', 'decision', 'treatment', 'visits', 'limit', 'problems'] as const;

function summaryRows(reports: readonly FileReport[]): string[][] {
  const rows: string[][] = [];
  for (const r of reports) {
    for (const it of r.items) {
      const inItem = r.diagnostics.filter((d) => d.line >= it.line && (r.items.find((x) => x.line > it.line)?.line ?? Infinity) > d.line).length;
      rows.push([r.file, String(it.line), it.title, it.decision ?? '', it.request.treatment ?? '', it.request.visits === null ? '' : String(it.request.visits), it.limit ? String(it.limit.maxVisits) : '', String(inItem)]);
    }
    if (!r.items.length) rows.push([r.file, '', r.isDetermination ? '(no items)' : '(not a determination)', '', '', '', '', String(r.diagnostics.length)]);
  }
  return rows;
}

export function formatSummaryTable(reports: readonly FileReport[]): string {
  const rows = [SUMMARY_COLUMNS.map((c) => c.toUpperCase()), ...summaryRows(reports)];
  const widths = SUMMARY_COLUMNS.map((_, i) => Math.min(60, Math.max(...rows.map((r) => r[i].length))));
  const cell = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const decisions = reports.flatMap((r) => r.items.map((i) => i.decision ?? 'none'));
  const count = (d: string) => decisions.filter((x) => x === d).length;
  return (
    rows.map((r) => r.map((c, i) => cell(c, widths[i])).join('  ').trimEnd()).join('\n') +
    `\n${reports.length} files, ${decisions.length} items: ${count('Upheld')} upheld, ${count('Overturned')} overturned, ${decisions.length - count('Upheld') - count('Overturned')} other\n`
  );
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatSummaryCsv(reports: readonly FileReport[]): string {
  return [SUMMARY_COLUMNS as readonly string[], ...summaryRows(reports)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, as GitHub code scanning reads it: rule metadata, one result per diagnostic, 1-based regions. */
export function formatSarif(reports: readonly FileReport[], version: string, helpUriBase: string | undefined, docs: (id: string) => string | undefined): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'imr-lint',
            version,
            rules: RULES.map((r) => {
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
            }),
          },
        },
        results: reports.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: ruleIndex.get(d.rule) ?? -1,
            level: SARIF_LEVEL[d.severity] ?? 'note',
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file === '-' ? 'stdin' : r.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
