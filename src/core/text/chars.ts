/** The characters PDF text uses as white space inside lines: space, tab, form feed, vertical tab, NBSP, BOM, zero-width space. */
export function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x200b;
}

/**
 * True for nothing but white space in s[from, to) (PDF text has lines of one space, form feeds,
 * NBSP). Like the two below, it reads a line in place: the whole string, or a line's offsets in
 * the text.
 */
export function isBlank(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (!isBlankCode(s.charCodeAt(i))) return false;
  return true;
}

/** Offset of the first non-white character in s[from, to), or `to`. */
export function firstNonBlank(s: string, from = 0, to = s.length): number {
  let i = from;
  while (i < to && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

/** Offset just past the last non-white character in s[from, to), or `from`. */
export function lastNonBlank(s: string, from = 0, to = s.length): number {
  let i = to;
  while (i > from && isBlankCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Whether `word` (lower case) stands at `at` in s, before `to`: ASCII letters in any case, as a
 * case-insensitive expression matches them; any other character, a space included, as itself.
 */
export function wordAt(s: string, at: number, word: string, to = s.length): boolean {
  if (at + word.length > to) return false;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = s.charCodeAt(at + k);
    // Only a letter matches in the other case (`| 32` makes an ASCII capital small).
    if (c !== w && !(w >= 97 /* a */ && w <= 122 /* z */ && (c | 32) === w)) return false;
  }
  return true;
}

/** Collapse runs of white space to one space and trim: how headings and field texts are compared. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\ufeff\u200b]+/g, ' ').trim();
}
