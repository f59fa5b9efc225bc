/**
 * Finding where a phrase may start by plain searches for its first words, then trying the phrase's
 * expression there only (a sticky expression): a rationale of a few thousand characters is read by
 * the string search, not by an expression tried at every position.
 */

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** A word to look for: its first letter (either case) and the rest, in lower case or in capitals. */
export interface Word {
  readonly first: number;
  readonly rest: string;
}

/** The words to look for, as lower-case words (found also capitalised, and in capitals). */
export function words(list: readonly string[]): readonly Word[] {
  return list.flatMap((w) => {
    const first = w.charCodeAt(0) | 32;
    const rest = w.slice(1);
    return [{ first, rest }, { first, rest: rest.toUpperCase() }];
  });
}

/**
 * Calls `at` with the start of each occurrence of the words that begins a word, until it returns
 * true (then returns true). Occurrences come word by word, not in text order.
 */
export function someWordStart(text: string, list: readonly Word[], at: (start: number) => boolean): boolean {
  for (const { first, rest } of list) {
    for (let i = text.indexOf(rest, 1); i >= 0; i = text.indexOf(rest, i + 1)) {
      const start = i - 1;
      if ((text.charCodeAt(start) | 32) !== first || (start > 0 && isLetter(text.charCodeAt(start - 1)))) continue;
      if (at(start)) return true;
    }
  }
  return false;
}

/** The match of a sticky expression at a position, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
