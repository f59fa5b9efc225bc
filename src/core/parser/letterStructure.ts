import type { Item, Section } from '../model';

/** An item block: its heading, then at least two of its labels (Claims Administrator, MAXIMUS, rationale). */
function isItemBlock(item: Item): boolean {
  const f = item.fields;
  return (f.claimsAdministrator ? 1 : 0) + (f.maximus ? 1 : 0) + (f.rationale ? 1 : 0) >= 2;
}

/** A line opening a Markdown code block: a text that quotes letters in them (a rule's documentation, a README) is about letters, not one. */
const CODE_FENCE = /^ {0,3}(?:```|~~~)/m;

/**
 * Whether a text has the structure of a determination: a section heading of the letter (or the
 * numbered decisions of the 2013 notice), or an item block with its labels. One line ending in
 * "Upheld" is not a letter, and neither is a document with letters quoted in code blocks: nothing
 * that is not a letter is ever rewritten by fix-all.
 */
export function hasLetterStructure(text: string, sections: readonly Section[], items: readonly Item[]): boolean {
  if (sections.length === 0 && !items.some(isItemBlock)) return false;
  // The plain searches first: they cost little on a letter, which has neither.
  return !((text.includes('```') || text.includes('~~~')) && CODE_FENCE.test(text));
}
