import { firstNonBlank, isBlankCode, lastNonBlank } from './chars';
import type { LineIndex } from './lineIndex';
import { isPageNoise } from './pageNoise';

/** Where text on a line lies in the document: the line, and the offsets of its first and past its last character. */
export interface LineText {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Part of a document, from a line and column to a line and column (the end column excluded). */
export interface Span {
  readonly startLine: number;
  readonly startChar: number;
  readonly endLine: number;
  readonly endChar: number;
}

/**
 * How the lines of one document fold: the text of each line within a span (page footers are no
 * text), and the runs of words that folding keeps, with the one table it keeps for the document:
 * which lines have white space to fold. FoldedText reads lines through it.
 */
export class LineFolding {
  /** Per line, 1 when it has white space to fold; made on first use, for the whole document. */
  #spaced: Uint8Array | undefined;

  constructor(readonly index: LineIndex) {}

  /**
   * The text of line `l` within a span: its part in the span without the blanks around it. Null
   * when that is empty, or when the line is a page footer or a running case number (those are
   * not part of the text they interrupt).
   */
  textOf(l: number, span: Span): LineText | null {
    const start = this.textStart(l, span);
    const end = this.textEnd(l, span, start);
    return end > start ? { line: l, start, end } : null;
  }

  /** The text of line `l` within a span (see textOf), folded: as written, or its runs joined by single spaces; '' for none. */
  foldedTextOf(l: number, span: Span): string {
    const start = this.textStart(l, span);
    const end = this.textEnd(l, span, start);
    if (end <= start) return '';
    const text = this.index.text;
    if (!this.hasSpaceToFold(l)) return text.slice(start, end);
    const parts: string[] = [];
    for (let at = start; at < end; ) {
      const runEnds = runEnd(text, at, end);
      parts.push(text.slice(at, runEnds));
      at = firstNonBlank(text, runEnds, end);
    }
    return parts.join(' ');
  }

  /** Where the text of line `l` within a span starts: past the blanks of its part in the span. */
  private textStart(l: number, span: Span): number {
    const { text, starts, ends } = this.index;
    return firstNonBlank(text, l === span.startLine ? Math.min(starts[l] + span.startChar, ends[l]) : starts[l], this.partEnd(l, span));
  }

  /** Where the text of line `l` within a span ends, from its start: `start` when it has none (blank, or a page footer). */
  private textEnd(l: number, span: Span, start: number): number {
    const { text, starts, ends } = this.index;
    const end = lastNonBlank(text, start, this.partEnd(l, span));
    return end > start && !isPageNoise(text, starts[l], ends[l]) ? end : start;
  }

  /** Where the part of line `l` within a span ends. */
  private partEnd(l: number, span: Span): number {
    const { starts, ends } = this.index;
    return l === span.endLine ? Math.min(starts[l] + span.endChar, ends[l]) : ends[l];
  }

  /**
   * Whether a line has white space to fold run by run: a tab, form feed, vertical tab or no-break
   * space (some PDFs write every space as one), or two spaces between its words. Other lines fold
   * to themselves once trimmed; zero-width spaces and byte order marks inside them are kept, as
   * they join words rather than part them.
   */
  hasSpaceToFold(l: number): boolean {
    this.#spaced ??= linesWithSpaceToFold(this.index);
    return this.#spaced[l] === 1;
  }

  /**
   * The runs of a line's text that folding keeps as written: stretches of words one space apart,
   * parted by any other white space; the whole text when the line has none to fold.
   */
  runsOf(t: LineText): LineText[] {
    if (!this.hasSpaceToFold(t.line)) return [t];
    const text = this.index.text;
    const runs: LineText[] = [];
    for (let start = t.start; start < t.end; ) {
      const end = runEnd(text, start, t.end);
      runs.push({ line: t.line, start, end });
      start = firstNonBlank(text, end, t.end);
    }
    return runs;
  }
}

/**
 * Where the run of text that starts at s[start] ends: at the first white space other than one
 * space between two words, or at `end`. (A loop, not an expression: an expression that repeats a
 * group once per word runs out of stack on a long line.)
 */
function runEnd(s: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    if (!isBlankCode(s.charCodeAt(i))) i++;
    else if (s.charCodeAt(i) === 32 /* space */ && i + 1 < end && !isBlankCode(s.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

/**
 * The lines of a document with white space to fold (see LineFolding.hasSpaceToFold): the rare
 * tabs, form feeds, vertical tabs and no-break spaces anywhere on a line, and two spaces or more
 * between its words, each found by one search of the whole text.
 */
function linesWithSpaceToFold(index: LineIndex): Uint8Array {
  const { text, starts, ends } = index;
  const spaced = new Uint8Array(starts.length);
  // The searches go forwards, so each hit's line is found by moving a cursor on.
  for (const c of ['\t', '\f', '\v', '\u00a0']) {
    let l = 0;
    for (let at = text.indexOf(c); at !== -1; at = text.indexOf(c, at + 1)) {
      while (l + 1 < starts.length && starts[l + 1] <= at) l++;
      spaced[l] = 1;
    }
  }
  let l = 0;
  for (let at = text.indexOf('  '); at !== -1; ) {
    let end = at + 2;
    while (text.charCodeAt(end) === 32 /* space */) end++;
    while (l + 1 < starts.length && starts[l + 1] <= at) l++;
    // Only between words: the spaces that end or start a line are trimmed anyway.
    if (firstNonBlank(text, starts[l], ends[l]) < at && lastNonBlank(text, starts[l], ends[l]) > end) spaced[l] = 1;
    at = text.indexOf('  ', end);
  }
  return spaced;
}

