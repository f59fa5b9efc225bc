import type { Field, Item } from '../model';
import type { Range } from '../text';
import { Conclusion, findConclusion } from './language';

export interface LocatedConclusion extends Conclusion {
  readonly range: Range;
  readonly negationRange?: Range;
}

/** The rationale's conclusion, located in the document. */
export function conclusionOf(rationale: Field): LocatedConclusion | null {
  const c = findConclusion(rationale.text);
  if (!c) return null;
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
