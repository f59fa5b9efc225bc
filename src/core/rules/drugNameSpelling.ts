import type { DrugLexicon } from '../knowledge/drugLexicon';
import type { Misspelling } from '../knowledge/drugSpelling';
import type { Range } from '../text';
import { replace } from '../wording/edits';
import type { Fix, Report, Rule } from './types';

/** The name in the case style of the word written: NORCO, Norco; a generic in lower case stays so in running text. */
function inCaseOf(written: string, name: string): string {
  if (written === written.toUpperCase()) return name.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return name[0].toUpperCase() + name.slice(1);
  return name;
}

function toReport(m: Misspelling, lex: DrugLexicon, rangeOf: (start: number, end: number) => Range): Report {
  const range = rangeOf(m.start, m.end);
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

export const drugNameSpelling: Rule = {
  id: 'drug-name-spelling',
  description: 'A word in an item heading, a rationale or the case summary is one or two letters away from a drug name and is not itself a known word.',
  defaultSeverity: 'warning',
  check({ doc, kb }, report) {
    const lex = kb.drugLexicon;
    // The case summary lists the medications taken: its words are read line by line.
    for (const section of doc.sections) {
      if (section.kind !== 'caseSummary') continue;
      for (let line = section.headingRange.end.line + 1; line <= section.range.end.line; line++) {
        lex.spelling.scan(doc.index.line(line), (m) => report(toReport(m, lex, (s, e) => ({ start: { line, character: s }, end: { line, character: e } }))));
      }
    }
    for (const item of doc.items) {
      if (item.title) lex.spelling.scan(item.title, (m) => report(toReport(m, lex, (s, e) => item.titleRangeOf(s, e))));
      const r = item.fields.rationale;
      if (r?.textRange) lex.spelling.scan(r.text, (m) => report(toReport(m, lex, (s, e) => r.textRangeOf(s, e))));
    }
  },
};
