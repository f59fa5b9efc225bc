import type { Field, Item } from '../model';
import { fieldTextPositions } from '../parser/items';
import { LineIndex, pos, Range } from '../text';
import { Conclusion, findConclusion } from './language';

export interface LocatedConclusion extends Conclusion {
  readonly range: Range;
  readonly negationRange?: Range;
}

function toRange(positions: readonly { line: number; character: number }[], start: number, end: number): Range {
  const last = positions[end - 1];
  return { start: positions[start], end: pos(last.line, last.character + 1) };
}

/** The rationale's conclusion, located in the document. */
export function conclusionOf(index: LineIndex, rationale: Field): LocatedConclusion | null {
  const c = findConclusion(rationale.text);
  if (!c) return null;
  const positions = fieldTextPositions(index, rationale);
  return {
    ...c,
    range: toRange(positions, c.start, c.end),
    negationRange: c.negation ? toRange(positions, c.negation.start, c.negation.end) : undefined,
  };
}

/** The closing sentence for an item's decision. */
export function conclusionSentence(item: Item): string {
  const what = item.title ? `the request for ${item.title.replace(/[.:\s]+$/, '')}` : 'the request';
  return item.decision === 'Overturned' ? `Therefore, ${what} is medically necessary.` : `Therefore, ${what} is not medically necessary.`;
}
