import type { Field } from '../model';
import { Position, Range, TextEdit } from '../text';

/** Inserts text at a position. */
export function insertAt(p: Position, newText: string): TextEdit {
  return { range: { start: p, end: p }, newText };
}

export function replace(range: Range, newText: string): TextEdit {
  return { range, newText };
}

/** Appends a sentence at the end of a field's text (or after its label when it is empty). */
export function appendToField(field: Field, sentence: string): TextEdit {
  const at = field.textRange ? field.textRange.end : field.labelRange.end;
  return insertAt(at, ' ' + sentence);
}

/** Keeps the case style of the word being replaced (UPHELD, Upheld, upheld). */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return word;
}
