import type { CaseSummary, Sex } from '../summary/caseSummary';
import { pronounFor, PronounUse, wrongWorkerPronouns } from '../summary/pronouns';
import type { LocatedText } from '../summary/reading';
import type { Range } from '../text';
import { replace } from '../wording/edits';
import { defineRule, Report } from './types';

function line(r: Range): string {
  return `line ${r.start.line + 1}`;
}

/** One finding per text (the summary, or one rationale): at its first wrong pronoun, with a fix for them all. */
function pronounReport(summary: CaseSummary, sex: Sex, where: LocatedText, label: string, uses: readonly PronounUse[]): Report {
  const statement = summary.sex!;
  const sexRange = summary.rangeOf(statement.start, statement.end);
  const first = uses[0];
  const range = where.rangeOf(first.start, first.end);
  const more = uses.length > 1 ? ` (and ${uses.length - 1} more in this ${label})` : '';
  const edits = uses.map((u) => replace(where.rangeOf(u.start, u.end), pronounFor(u.word, sex, where.text.slice(u.end, u.end + 12))));
  const words = [...new Set(uses.map((u) => u.word.toLowerCase()))].map((w) => `"${w}"`).join(', ');
  return {
    range,
    message: `The worker is referred to as "${first.word}"${more}, but the case summary says ${statement.word}: case summary: ${statement.word} (${line(sexRange)}); ${label}: ${first.word} (${line(range)}).`,
    related: [{ range: sexRange, message: `case summary: ${statement.word}` }],
    fixes: [{ title: `Refer to the worker as the case summary does (${words} -> ${sex === 'male' ? 'he/his/him' : 'she/her'})`, edits, safe: false }],
  };
}

export const pronounMismatch = defineRule({
  id: 'pronoun-mismatch',
  description: 'The case summary gives the worker\'s sex and the summary or a rationale refers to the worker with the other pronoun.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['consistency'],
  check({ doc, reading }, report) {
    if (doc.items.length === 0 && !doc.sections.some((s) => s.kind === 'caseSummary')) return;
    // The cheap test first: a sex stated in the summary.
    const summary = reading.summary;
    const sex = summary?.sex?.sex;
    if (!summary || !sex) return;
    const inSummary = wrongWorkerPronouns(summary.text, sex, summary.sex!.end);
    if (inSummary.length) report(pronounReport(summary, sex, { text: summary.text, rangeOf: (s, e) => summary.rangeOf(s, e) }, 'case summary', inSummary));
    for (const item of doc.items) {
      const field = item.fields.rationale;
      if (!field) continue;
      const uses = wrongWorkerPronouns(field.text, sex);
      if (uses.length) report(pronounReport(summary, sex, reading.rationale(item)!, 'rationale', uses));
    }
  },
});
