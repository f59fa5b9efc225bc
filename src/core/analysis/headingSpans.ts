import type { Determination } from '../model';

/** Part of one line, for highlighting. */
export interface LineSpan {
  readonly line: number;
  readonly start: number;
  readonly length: number;
}

/**
 * The parts of item headings a line-by-line grammar cannot colour: the lines of a title wrapped
 * over several lines, but for the one that ends in the decision (the grammar colours that one),
 * and every line of a title whose decision stands on a line of its own.
 */
export function headingSpans(doc: Determination): LineSpan[] {
  const spans: LineSpan[] = [];
  for (const item of doc.items) {
    if (item.form !== 'item' || !item.title) continue;
    const t = item.titleRange;
    const decisionLine = item.decisionRange?.start.line;
    for (let l = t.start.line; l <= t.end.line; l++) {
      if (l === decisionLine) continue;
      const text = doc.index.line(l);
      const from = l === t.start.line ? t.start.character : text.length - text.trimStart().length;
      const to = l === t.end.line ? t.end.character : text.trimEnd().length;
      if (to > from) spans.push({ line: l, start: from, length: to - from });
    }
  }
  return spans;
}
