/**
 * Sentences of a rationale as written (line breaks and all): a rationale is never folded as a
 * whole, only the sentences that hold a figure or a statement's words are read.
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

/** How far from an offset its sentence's ends are looked for. */
const REACH = 1200;

/**
 * The sentences of a text, found around an offset with native searches for a full stop: one that
 * a closing quote, white space (line breaks too) and a capital, a digit, a quotation mark or a
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

  /** The sentence that holds the offset. */
  at(offset: number): Span {
    const text = this.text;
    let start = 0;
    for (let dot = text.lastIndexOf('.', offset - 1); dot >= 0 && dot > offset - REACH; dot = text.lastIndexOf('.', dot - 1)) {
      const next = this.nextStart(dot);
      if (next >= 0 && next <= offset) {
        start = next;
        break;
      }
    }
    const known = this.#byStart.get(start);
    if (known) return known;
    let end = Math.min(text.length, offset + REACH);
    for (let dot = text.indexOf('.', Math.max(offset, start)); dot >= 0 && dot < end; dot = text.indexOf('.', dot + 1)) {
      if (this.nextStart(dot) >= 0) {
        end = text.charCodeAt(dot + 1) === 34 || text.charCodeAt(dot + 1) === 0x201d ? dot + 2 : dot + 1;
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

/** A sentence as written, its white space folded to single spaces, and the way back to its offsets. */
export interface FoldedSentence {
  readonly text: string;
  /** The offset in the sentence as written of character i of `text` (i may be its length). */
  written(i: number): number;
  /** The offset in `text` of the character at offset `at` of the sentence as written. */
  folded(at: number): number;
}

// White space other than a single space: runs, line breaks, tabs, no-break spaces.
const RUNS = /\s{2,}|[\t\n\r\f\v\u00a0]/g;

export function foldSentence(raw: string): FoldedSentence {
  // Offsets where each folded run of white space starts in `text` and in `raw`, and how long it was.
  const at: number[] = [];
  const from: number[] = [];
  const length: number[] = [];
  let text = '';
  let last = 0;
  RUNS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUNS.exec(raw)) !== null) {
    text += raw.slice(last, m.index) + ' ';
    at.push(text.length - 1);
    from.push(m.index);
    length.push(m[0].length);
    last = m.index + m[0].length;
  }
  if (!at.length) return { text: raw, written: (i) => i, folded: (i) => i };
  text += raw.slice(last);
  return {
    text,
    written(i: number): number {
      let shift = 0;
      for (let k = 0; k < at.length && at[k] < i; k++) shift += length[k] - 1;
      return i + shift;
    },
    folded(w: number): number {
      let shift = 0;
      for (let k = 0; k < from.length && from[k] < w; k++) shift += Math.min(length[k], w - from[k]) - (w - from[k] >= length[k] ? 1 : 0);
      return w - shift;
    },
  };
}

const WHITE = /\s+/g;

/** A text with its white space folded to single spaces, copied only when it has other white space. */
export function foldWhite(text: string): string {
  RUNS.lastIndex = 0;
  return RUNS.test(text) ? text.replace(WHITE, ' ') : text;
}
