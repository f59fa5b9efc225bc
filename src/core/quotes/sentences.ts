/**
 * Sentences of a rationale's folded text (`Field.text`, white space folded to single spaces): a
 * rationale is never split as a whole, only the sentences that hold a figure or a statement's
 * words are found, each within a bounded reach of the offset asked for.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 160;
}

/** Whether a sentence may start with this character: a capital, a digit, a quotation mark or a bracket. */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 40;
}

/**
 * How far from an offset its sentence's ends are looked for. A "sentence" without a stop within
 * reach is cut at a stretch of the text of this length, so that a page of text without a full stop
 * is read in pieces, each once, rather than whole for every figure in it.
 */
const REACH = 1200;

/**
 * The sentences of a text, found around an offset with native searches for a full stop within
 * reach: one that a closing quote, white space and a capital, a digit, a quotation mark or a
 * bracket follow ends a sentence ("e.g. exercise" and "729.1" do not). Only the sentences asked
 * for are found; the text is never split as a whole.
 */
export class Sentences {
  readonly #byStart = new Map<number, Span>();

  constructor(readonly text: string) {}

  /** Where the sentence after the full stop at `dot` starts, or -1 when the stop ends none. */
  private nextStart(dot: number): number {
    const text = this.text;
    let i = dot + 1;
    if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 0x201d) i++;
    if (i >= text.length) return text.length;
    if (!isSpace(text.charCodeAt(i))) return -1;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i >= text.length || opensSentence(text.charCodeAt(i)) ? i : -1;
  }

  /** Where the sentence that holds the offset starts: after the last stop before it within reach, else where its stretch starts. */
  private startOf(offset: number): number {
    const from = Math.max(0, offset - REACH);
    // Searched in a slice (a view of the text, not a copy): a search of the text itself would run back to its start.
    const window = this.text.slice(from, offset);
    for (let dot = window.lastIndexOf('.'); dot >= 0; dot = window.lastIndexOf('.', dot - 1)) {
      const next = this.nextStart(from + dot);
      if (next >= 0 && next <= offset) return next;
      if (dot === 0) break;
    }
    return from === 0 ? 0 : offset - (offset % REACH);
  }

  /** The sentence that holds the offset. */
  at(offset: number): Span {
    const text = this.text;
    const start = this.startOf(offset);
    const known = this.#byStart.get(start);
    if (known && offset < known.end) return known;
    const from = Math.max(offset, start);
    const limit = Math.min(text.length, offset + REACH);
    const window = text.slice(from, limit);
    let end = limit;
    for (let dot = window.indexOf('.'); dot >= 0; dot = window.indexOf('.', dot + 1)) {
      const at = from + dot;
      if (this.nextStart(at) >= 0) {
        end = text.charCodeAt(at + 1) === 34 || text.charCodeAt(at + 1) === 0x201d ? at + 2 : at + 1;
        break;
      }
    }
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const span = { start, end };
    this.#byStart.set(start, span);
    return span;
  }

  /** The sentence before one, or null for the first. */
  before(span: Span): Span | null {
    let i = span.start;
    while (i > 0 && isSpace(this.text.charCodeAt(i - 1))) i--;
    return i > 0 ? this.at(i - 1) : null;
  }
}

// White space other than a single space: runs, line breaks, tabs, no-break spaces.
const RUNS = /\s{2,}|[\t\n\r\f\v\u00a0]/;
const WHITE = /\s+/g;

/** A text with its white space folded to single spaces, copied only when it has other white space. */
export function foldWhite(text: string): string {
  return RUNS.test(text) ? text.replace(WHITE, ' ') : text;
}
