import type { Determination } from '../model';
import { LineFolding, LineIndex } from '../text';
import { parseItems } from './items';
import { hasLetterStructure } from './letterStructure';
import { parseNoticeDecisions } from './notice';
import { buildSections, findSectionHeadings } from './sections';

/**
 * Parses the text of a determination letter. Never throws: text that is not a determination
 * yields a model with no sections and no items.
 */
export function parseDetermination(text: string): Determination {
  const index = new LineIndex(text);
  const folding = new LineFolding(index);
  const headings = findSectionHeadings(index);
  const sections = buildSections(index, headings);
  const stops = new Set<number>();
  for (const h of headings) for (let l = h.startLine; l <= h.endLine; l++) stops.add(l);

  // Items live in the issues section; without one, anywhere after the last other heading.
  const issues = headings.findIndex((h) => h.kind === 'issues');
  let from: number;
  let to: number;
  if (issues >= 0) {
    from = headings[issues].endLine;
    to = issues + 1 < headings.length ? headings[issues + 1].startLine : index.lineCount;
  } else {
    from = headings.length ? headings[headings.length - 1].endLine : -1;
    to = index.lineCount;
  }
  let items = parseItems(index, folding, from, to, stops);
  // The 2013 layout states its decisions as a numbered list in the notice.
  const notice = headings.findIndex((h) => h.kind === 'notice');
  if (notice >= 0 && items.length === 0) {
    const end = notice + 1 < headings.length ? headings[notice + 1].startLine : index.lineCount;
    items = parseNoticeDecisions(folding, headings[notice].endLine + 1, end, 0);
  }
  return { isDetermination: hasLetterStructure(text, sections, items), sections, items, index };
}
