import { firstNonBlank } from './chars';

const DIGIT = '[0-9]';

/**
 * The forms of the lines PDF pages add: "Page 2 of 5", "2 of 5", a lone case number. Each starts
 * with a word (matched in any case) or with a digit; the rest is a pattern.
 */
const FORMS: ReadonlyArray<{ readonly start: string; readonly rest: string }> = [
  { start: 'Page', rest: '\\s+\\d+\\s*(?:of\\s+\\d+)?' },
  { start: DIGIT, rest: '\\d*\\s*(?:of|/)\\s*\\d+' },
  { start: 'CM', rest: '\\d{2}-\\d{5,8}' },
  { start: 'Case Number', rest: ':?\\s*CM\\d{2}-\\d{5,8}' },
];

const PAGE_NOISE = new RegExp(`^[\\s\\f]*(?:${FORMS.map((f) => f.start + f.rest).join('|')})[\\s\\f]*$`, 'i');

/** What a line of page noise can start with (after white space): a flag per ASCII character, in lower case. */
const FIRST_CHARACTERS = new Uint8Array(128);
for (const f of FORMS) for (const c of f.start === DIGIT ? '0123456789' : f.start[0].toLowerCase()) FIRST_CHARACTERS[c.charCodeAt(0)] = 1;

/**
 * Lines that PDF pages add around the text: "Page 2 of 5", a lone case number, a form feed. They
 * belong to no heading.
 */
export function isPageNoise(line: string, from = 0, to = line.length): boolean {
  if (to - from > 60) return false;
  // Beyond ASCII the first character may be a space that only the pattern knows.
  const c = line.charCodeAt(firstNonBlank(line, from, to)) | 32;
  if (c < 128 && FIRST_CHARACTERS[c] === 0) return false;
  return PAGE_NOISE.test(from === 0 && to === line.length ? line : line.slice(from, to));
}
