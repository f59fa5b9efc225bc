import type { Field, Item } from '../model';
import type { Range } from '../text';
import { Conclusion, findConclusion } from './language';
import { fillPlaceholders, hasPlaceholder } from './unfilledPlaceholder';

export interface LocatedConclusion extends Conclusion {
  readonly range: Range;
  readonly negationRange?: Range;
}

/** The conclusion of each item's rationale, found once per analysis however many rules ask. */
export class ConclusionCache {
  private readonly found: Array<Conclusion | null | undefined> = [];

  of(item: Item): Conclusion | null {
    let c = this.found[item.index];
    if (c === undefined) {
      const r = item.fields.rationale;
      c = r ? findConclusion(r.text) : null;
      this.found[item.index] = c;
    }
    return c;
  }
}

/** A conclusion found in a rationale field, located in the document. */
export function locateConclusion(rationale: Field, c: Conclusion): LocatedConclusion {
  return {
    ...c,
    range: rationale.textRangeOf(c.start, c.end),
    negationRange: c.negation ? rationale.textRangeOf(c.negation.start, c.negation.end) : undefined,
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
