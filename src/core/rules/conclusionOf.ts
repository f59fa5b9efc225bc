import type { Field, Item } from '../model';
import type { Range } from '../text';
import { Conclusion, findConclusion } from './language';

export interface LocatedConclusion extends Conclusion {
  readonly range: Range;
  readonly negationRange?: Range;
}

// Three rules ask for the conclusion of the same rationale: it is found once per field.
const cache = new WeakMap<Field, Conclusion | null>();

/** The conclusion of a rationale field (computed once per field). */
export function fieldConclusion(rationale: Field): Conclusion | null {
  let c = cache.get(rationale);
  if (c === undefined) {
    c = findConclusion(rationale.text);
    cache.set(rationale, c);
  }
  return c;
}

/** The rationale's conclusion, located in the document. */
export function conclusionOf(rationale: Field): LocatedConclusion | null {
  const c = fieldConclusion(rationale);
  return c && locateConclusion(rationale, c);
}

/** A conclusion found in a rationale field, located in the document. */
export function locateConclusion(rationale: Field, c: Conclusion): LocatedConclusion {
  return {
    ...c,
    range: rationale.textRangeOf(c.start, c.end),
    negationRange: c.negation ? rationale.textRangeOf(c.negation.start, c.negation.end) : undefined,
  };
}

/** The closing sentence for an item's decision. */
export function conclusionSentence(item: Item): string {
  const what = item.title ? `the request for ${item.title.replace(/[.:\s]+$/, '')}` : 'the request';
  return item.decision === 'Overturned' ? `Therefore, ${what} is medically necessary.` : `Therefore, ${what} is not medically necessary.`;
}
