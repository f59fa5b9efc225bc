/**
 * Whether a place in a text lies inside a quotation ("..." or “...”): the guideline quoted, not
 * the reviewer's own words. One reading of the marks for every rule that asks.
 */

/** Where a text's quotation marks stand: straight ones, and curly ones (+1 opening, -1 closing). */
interface QuotationMarks {
  readonly text: string;
  readonly straight: readonly number[];
  readonly curly: ReadonlyArray<{ at: number; step: number }>;
}

const QUOTATION_MARK = /["\u201c\u201d]/g;

/**
 * The marks of the text read last. Rules ask about one rationale many times in a row (each
 * mention, each count), and reading its marks again each time would make them quadratic.
 */
let last: QuotationMarks | undefined;

function marksOf(text: string): QuotationMarks {
  if (last?.text === text) return last;
  const straight: number[] = [];
  const curly: Array<{ at: number; step: number }> = [];
  QUOTATION_MARK.lastIndex = 0;
  for (let m = QUOTATION_MARK.exec(text); m !== null; m = QUOTATION_MARK.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c === 34) straight.push(m.index);
    else curly.push({ at: m.index, step: c === 0x201c ? 1 : -1 });
  }
  last = { text, straight, curly };
  return last;
}

/** How many of the sorted positions lie in [from, at). */
function countBetween(sorted: readonly number[], from: number, at: number): number {
  return firstAtOrAfter(sorted, at) - firstAtOrAfter(sorted, from);
}

function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether offset `at` lies inside a quotation of the text, counting the marks from `from` on. */
export function insideQuotation(text: string, at: number, from = 0): boolean {
  const q = marksOf(text);
  if (countBetween(q.straight, from, at) % 2 === 1) return true;
  let depth = 0;
  for (const c of q.curly) {
    if (c.at >= at) break;
    if (c.at >= from) depth = Math.max(0, depth + c.step);
  }
  return depth > 0;
}
