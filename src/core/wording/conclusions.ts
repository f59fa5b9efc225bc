import type { Field, FoldedPart, Item } from '../model';
import type { Range } from '../text';
import { Conclusion, CONCLUSION_CONTEXT, findConclusion } from './language';
import { fillPlaceholders, hasPlaceholder } from './placeholders';

/** A conclusion, with the text its offsets count in: the rationale's last lines, or all of it. */
export interface FoundConclusion extends Conclusion {
  readonly in: FoldedPart;
}

export interface LocatedConclusion extends FoundConclusion {
  readonly range: Range;
  readonly negationRange?: Range;
}

/** The conclusion of each item's rationale, found once per analysis however many rules ask. */
export class ConclusionCache {
  private readonly found: Array<FoundConclusion | null | undefined> = [];

  of(item: Item): FoundConclusion | null {
    let c = this.found[item.index];
    if (c === undefined) {
      const r = item.fields.rationale;
      c = r ? conclusionIn(r) : null;
      this.found[item.index] = c;
    }
    return c;
  }
}

/**
 * The conclusion of a rationale: read in its last lines when it stands far enough from their
 * start that the whole text would give the same reading, otherwise in the whole text.
 */
function conclusionIn(rationale: Field): FoundConclusion | null {
  const tail = rationale.tail();
  if (!tail.whole) {
    const c = findConclusion(tail.text, CONCLUSION_CONTEXT);
    if (c) return foundIn(c, tail);
  }
  const all: FoldedPart = tail.whole ? tail : { text: rationale.text, whole: true, rangeOf: (start, end) => rationale.textRangeOf(start, end) };
  const c = findConclusion(all.text);
  return c ? foundIn(c, all) : null;
}

// Written out rather than spread: conclusions with and without a negation differ in shape, and
// V8 spreads objects of several shapes slowly (a microsecond each here).
function foundIn(c: Conclusion, part: FoldedPart): FoundConclusion {
  return { polarity: c.polarity, start: c.start, end: c.end, negation: c.negation, in: part };
}

/** A conclusion found in a rationale field, located in the document. */
export function locateConclusion(c: FoundConclusion): LocatedConclusion {
  return {
    ...c,
    range: c.in.rangeOf(c.start, c.end),
    negationRange: c.negation ? c.in.rangeOf(c.negation.start, c.negation.end) : undefined,
  };
}

/**
 * The closing sentence for an item's decision. The title is copied with its placeholders filled
 * as their fixes fill them; a title with a placeholder that holds no value is left out.
 */
export function conclusionSentence(item: Item): string {
  const title = item.title ? fillPlaceholders(item.title, false) : null;
  const what = title && !hasPlaceholder(title) ? `the request for ${title.replace(/[.:\s]+$/, '')}` : 'the request';
  return item.decision === 'Overturned' ? `Therefore, ${what} is medically necessary.` : `Therefore, ${what} is not medically necessary.`;
}
