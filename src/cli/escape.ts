/**
 * Characters of a letter that must not reach a terminal as they are: C0 and C1 controls (ESC starts
 * the sequences that move the cursor, retitle the window or write to the clipboard), DEL, and the
 * bidirectional overrides that reorder what is shown. Tab stays.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a letter made safe for one line of a terminal: unsafe characters written as \uXXXX. */
export function visible(s: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s) ? s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}

/**
 * A CSV cell. One that starts like a formula (=, +, -, @, or a tab or carriage return before one)
 * is prefixed with an apostrophe, so that a spreadsheet shows it rather than runs it.
 */
export function csvCell(s: string): string {
  const cell = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
