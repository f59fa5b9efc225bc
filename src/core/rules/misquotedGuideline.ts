import type { Statement } from '../knowledge/statementSchema';
import type { Field } from '../model';
import { findQuotations, Quotation } from '../quotes/quotations';
import { describeSource, quotationFix, statusNote } from '../quotes/statementText';
import { replace } from '../wording/edits';
import { defineRule, Report } from './types';

/** The misquotations of one sentence and statement, as one finding: the figures joined. */
function merge(group: readonly Quotation[]): Quotation {
  const first = group[0];
  if (group.length === 1) return first;
  return {
    ...first,
    start: Math.min(...group.map((q) => q.start)),
    end: Math.max(...group.map((q) => q.end)),
    written: group.map((q) => q.written).join('; '),
    expected: group.map((q) => q.expected).join('; '),
  };
}

function message(q: Quotation, s: Statement): string {
  const source = describeSource(s);
  const words = `"${s.text}"${statusNote(s)}`;
  switch (q.kind) {
    case 'figures':
      return `Misquoted guideline figures: ${q.written}, where the ${source} gives ${q.expected}: ${words}.`;
    case 'reversed':
      return `Guideline statement reversed: the ${source} says ${words}.`;
    default:
      return `Guideline statement quoted without "${q.expected}", which changes its meaning: the ${source} says ${words}.`;
  }
}

function toReport(field: Field, q: Quotation): Report {
  const s = q.statement;
  const fix = quotationFix(field.text, q);
  return {
    range: field.textRangeOf(q.start, q.end),
    message: message(q, s),
    fixes: [{ title: `Quote the ${s.source} as it is worded`, edits: [replace(field.textRangeOf(fix.start, fix.end), fix.text)], safe: false, preferred: true }],
  };
}

export const misquotedGuideline = defineRule({
  id: 'misquoted-guideline',
  description: 'A rationale attributes to a guideline figures it does not give, the opposite of what it says, or a statement without the clause that gives it its meaning.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['quotation'],
  check({ doc, kb, requests }, report) {
    for (const item of doc.items) {
      const rationale = item.fields.rationale;
      if (!rationale) continue;
      const found = findQuotations(rationale, kb, { title: item.title, treatment: requests[item.index].treatment });
      if (!found.length) continue;
      const groups = new Map<string, Quotation[]>();
      for (const q of found) {
        if (q.kind === 'faithful') continue;
        const key = `${q.sentenceStart} ${q.statement.id} ${q.kind}`;
        const g = groups.get(key);
        if (g) g.push(q);
        else groups.set(key, [q]);
      }
      for (const g of groups.values()) report(toReport(rationale, merge(g)));
    }
  },
});
