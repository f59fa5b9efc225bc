import { FoldedText, type LineFolding } from '../text';
import type { Item } from '../model';

// "1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional restoration
// program is not medically necessary and appropriate."
// Numbered "1)" or "1.", the request "for X" or "requested X".
const NOTICE_DECISION =
  /\b\d{1,2}[).]\s*MAXIMUS Federal Services,? Inc\.? has determined (?:that )?the (?:request for|requested) (.{1,300}?) (?:is|are|was|were) (not )?medically nec{1,2}e?s{1,2}a?ry(?: and appropriate)?/gi;

/**
 * The numbered decisions of the 2013 layout, as items without fields: the title is what was
 * requested, the decision follows from "is (not) medically necessary".
 */
export function parseNoticeDecisions(folding: LineFolding, from: number, to: number, firstIndex: number): Item[] {
  if (to <= from) return [];
  const text = new FoldedText(folding, { startLine: from, startChar: 0, endLine: to - 1, endChar: folding.index.lineLength(to - 1) });
  const items: Item[] = [];
  NOTICE_DECISION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOTICE_DECISION.exec(text.text)) !== null) {
    const titleStart = m.index + m[0].indexOf(m[1]);
    const titleEnd = titleStart + m[1].length;
    const whole = text.rangeOf(m.index, m.index + m[0].length);
    const tail = /medically\s+\S+(?: and appropriate)?$/i.exec(m[0]);
    const decisionStart = m.index + (tail ? tail.index : m[0].length);
    items.push({
      index: firstIndex + items.length,
      title: m[1],
      heading: m[0],
      headingRange: whole,
      titleRange: text.rangeOf(titleStart, titleEnd),
      titleRangeOf: (start: number, end: number) => text.rangeOf(titleStart + start, titleStart + end),
      decision: m[2] ? 'Upheld' : 'Overturned',
      decisionText: tail ? tail[0] : null,
      decisionRange: text.rangeOf(decisionStart, m.index + m[0].length),
      range: whole,
      fields: {},
      extraFields: [],
      form: 'notice',
    });
  }
  return items;
}
