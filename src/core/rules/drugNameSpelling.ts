import type { DrugLexicon } from '../knowledge/drugLexicon';
import type { Misspelling } from '../knowledge/drugSpelling';
import type { Position, Range } from '../text';
import { replace } from '../wording/edits';
import { defineRule, Fix, Report } from './types';

/** The name in the case style of the word written: NORCO, Norco; a generic in lower case stays so in running text. */
function inCaseOf(written: string, name: string): string {
  if (written === written.toUpperCase()) return name.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return name[0].toUpperCase() + name.slice(1);
  return name;
}

function toReport(m: Misspelling, lex: DrugLexicon, range: Range): Report {
  const names = m.suggestions.map((s) => lex.displayName(s)).filter((n): n is NonNullable<typeof n> => n !== undefined);
  const described = names.map((n) => (n.name.toLowerCase() === n.drug.generic ? n.name : `${n.name} (${n.drug.generic})`));
  const fixes: Fix[] = names.map((n, k) => ({
    title: `Change to "${inCaseOf(m.word, n.name)}"`,
    edits: [replace(range, inCaseOf(m.word, n.name))],
    safe: false,
    preferred: names.length === 1 && k === 0,
  }));
  return { range, message: `"${m.word}" is not a drug name: did you mean ${described.join(' or ')}?`, fixes };
}

export const drugNameSpelling = defineRule({
  id: 'drug-name-spelling',
  description: 'A word of the heading or rationale of a medication item, or of the case summary, is one or two letters away from a drug name and is not itself a known word.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['medication'],
  check({ doc, kb, requests }, report) {
    const lex = kb.drugLexicon;
    const { index } = doc;
    // The document's text as written between two positions: words hold no spaces, so nothing needs folding.
    const scanDocument = (from: Position, to: Position) =>
      lex.spelling.scan(index.text, (m) => report(toReport(m, lex, { start: index.positionAt(m.start), end: index.positionAt(m.end) })), index.offsetAt(from), index.offsetAt(to));
    for (const section of doc.sections) if (section.kind === 'caseSummary') scanDocument(section.headingRange.end, section.range.end);
    for (const item of doc.items) {
      // Medication items only (a heading that names another treatment, an MRI, therapy, is passed
      // over): the others seldom name a drug, and reading every rationale of a long letter would
      // cost as much as the rest of the analysis.
      const r = requests[item.index];
      if (r.treatment && r.treatment.id !== 'medication' && !r.medication) continue;
      if (item.title) lex.spelling.scan(item.title, (m) => report(toReport(m, lex, item.titleRangeOf(m.start, m.end))));
      const rationale = item.fields.rationale;
      if (rationale && (r.medication || r.treatment?.id === 'medication')) scanDocument(rationale.labelRange.end, rationale.range.end);
    }
  },
});
