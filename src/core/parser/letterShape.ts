/**
 * How a letter starts: the heading of the first section, or the `Case Number:` header block of the
 * 2016-2017 letters. The one test of "does this text start like a determination", shared by the
 * editor (a `.txt` file opened as a letter), the CLI (a folder scanned for letters) and
 * package.json's `firstLine` (written from LETTER_FIRST_LINE by scripts/generate.ts).
 */
export const LETTER_FIRST_LINE = /^\s*(?:HOW THE IMR FINAL DETERMINATION WAS MADE|Case Number:\s*(?:CM\d{2}-\d+)?\s*$)/;

/** Whether a text (or its first few hundred characters) starts like a determination letter. */
export function startsLikeLetter(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = /^[^\r\n]*/.exec(body.replace(/^(?:[ \t\f\u00a0]*(?:\r\n|\r|\n))+/, ''))![0];
  return LETTER_FIRST_LINE.test(firstLine);
}
