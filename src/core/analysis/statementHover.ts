import type { Analysis } from './analyze';
import type { HoverInfo } from './hoverInfo';
import type { Statement } from '../knowledge/statementSchema';
import { findQuotations, Quotation } from '../quotes/quotations';
import { describeSource, statusLine } from '../quotes/statementText';
import { Position, rangeContains } from '../text';

const VERDICT: Readonly<Record<Quotation['kind'], string>> = {
  faithful: '',
  figures: 'This sentence gives other figures',
  reversed: 'This sentence says the opposite',
  'dropped-qualifier': 'This sentence drops a clause that gives the statement its meaning',
};

function describe(s: Statement, quotations: readonly Quotation[]): string {
  const wrong = quotations.find((q) => q.statement.id === s.id && q.kind !== 'faithful');
  const verdict = wrong ? `\n\n**${VERDICT[wrong.kind]}**${wrong.written ? `: ${wrong.written}, where the guideline gives ${wrong.expected}` : wrong.expected ? `: "${wrong.expected}"` : ''}.` : '';
  return `**${s.source}:** ${describeSource(s)}\n\n> ${s.text}${verdict}\n\n${statusLine(s)}`;
}

/** On a sentence of a rationale that quotes a guideline statement: the statement as the guideline words it, its source and status. */
export function statementHoverAt(a: Analysis, p: Position): HoverInfo | null {
  for (const item of a.doc.items) {
    const r = item.fields.rationale;
    if (!r?.textRange || !rangeContains(r.textRange, p)) continue;
    const quotations = findQuotations(r, a.kb, { title: item.title, treatment: a.requests[item.index].treatment, thorough: true });
    const here = quotations.filter((q) => rangeContains(r.textRangeOf(q.sentenceStart, q.sentenceEnd), p));
    if (!here.length) return null;
    const statements = [...new Map(here.map((q) => [q.statement.id, q.statement])).values()];
    return {
      markdown: statements.map((s) => describe(s, here)).join('\n\n---\n\n'),
      range: r.textRangeOf(Math.min(...here.map((q) => q.sentenceStart)), Math.max(...here.map((q) => q.sentenceEnd))),
    };
  }
  return null;
}
