import type { Analysis } from './analyze';

const HEADER = ['Disputed item', 'Decision', 'Treatment', 'Requested visits'] as const;

function rows(a: Analysis): string[][] {
  return a.doc.items.map((item) => {
    const r = a.requests[item.index];
    return [item.title, item.decision ?? '(none)', r.treatment?.name ?? '', r.visits !== null ? String(r.visits) : ''];
  });
}

/** A Markdown table cell: one line, its pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

/** The items of a letter as a Markdown table: title, decision, treatment, requested visits (right-aligned). */
export function decisionSummaryMarkdown(a: Analysis): string {
  const body = [[...HEADER], ...rows(a)].map((r) => r.map(cell));
  const widths = HEADER.map((_, k) => Math.max(3, ...body.map((r) => r[k].length)));
  const line = (r: string[]) => `| ${r.map((c, k) => (k === 3 ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, k) => (k === 3 ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
  return [line(body[0]), rule, ...body.slice(1).map(line)].join('\n') + '\n';
}

/** The same table as plain text in aligned columns, for an e-mail or a note. */
export function decisionSummaryText(a: Analysis): string {
  const body = [[...HEADER], ...rows(a)].map((r) => r.map((c) => c.replace(/\s+/g, ' ')));
  const widths = HEADER.map((_, k) => Math.max(...body.map((r) => r[k].length)));
  return body.map((r) => r.map((c, k) => (k === 3 ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ').trimEnd()).join('\n') + '\n';
}
