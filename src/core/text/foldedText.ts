import type { LineFolding, LineText, Span } from './lineFolding';
import type { Position, Range } from './positions';

/**
 * A stretch of the folded text copied from the document as written: where it starts in the folded
 * text, where in the document, and its length.
 */
interface Segment {
  readonly at: number;
  readonly line: number;
  readonly character: number;
  readonly length: number;
}

/**
 * Text joined over lines with every run of white space (line breaks included) folded to one
 * space and page footers left out, and the way back from an offset in it to a position in the
 * document. The text, where it lies and the way back are each worked out when first asked for.
 * It is the span of the document it folds.
 */
export class FoldedText implements Span {
  readonly startLine: number;
  readonly startChar: number;
  readonly endLine: number;
  readonly endChar: number;
  #text: string | undefined;
  #range: Range | null | undefined;
  #segments: readonly Segment[] | undefined;

  constructor(
    private readonly lines: LineFolding,
    span: Span,
  ) {
    this.startLine = span.startLine;
    this.startChar = span.startChar;
    this.endLine = span.endLine;
    this.endChar = span.endChar;
  }

  get text(): string {
    if (this.#text === undefined) {
      const parts: string[] = [];
      for (let l = this.startLine; l <= this.endLine; l++) {
        const line = this.lines.foldedTextOf(l, this);
        if (line) parts.push(line);
      }
      // One join builds a flat string; concatenating would leave a rope to flatten later.
      this.#text = parts.join(' ');
    }
    return this.#text;
  }

  /** Where the text starts and ends in the document; null when it is empty. Found without folding it. */
  get range(): Range | null {
    if (this.#range === undefined) {
      const first = this.firstLine();
      const last = this.lastLine();
      this.#range = first && last ? { start: this.position(first.line, first.start), end: this.position(last.line, last.end) } : null;
    }
    return this.#range;
  }

  /** Where the text ends in the document; null when it is empty. */
  get end(): Position | null {
    return this.range?.end ?? null;
  }

  /**
   * The document position of the character at `offset`. A folded space stands for white space
   * that may be a line break: it maps to the end of the text before it.
   */
  positionAt(offset: number): Position {
    const segments = this.segments();
    if (segments.length === 0) return { line: 0, character: 0 };
    const o = Math.max(0, Math.min(offset, this.text.length - 1));
    const s = segmentAt(segments, o);
    return { line: s.line, character: s.character + Math.min(o - s.at, s.length) };
  }

  /** The document range of the folded text's characters [start, end). */
  rangeOf(start: number, end: number): Range {
    const segments = this.segments();
    if (segments.length === 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const last = Math.max(0, Math.min(Math.max(start, end - 1), this.text.length - 1));
    const s = segmentAt(segments, last);
    return { start: this.positionAt(start), end: { line: s.line, character: s.character + Math.min(last - s.at + 1, s.length) } };
  }

  /** The runs of the text, in order, each a stretch copied as written: the text is them joined by single spaces. */
  private segments(): readonly Segment[] {
    if (!this.#segments) {
      const segments: Segment[] = [];
      const starts = this.lines.index.starts;
      let at = 0;
      for (let l = this.startLine; l <= this.endLine; l++) {
        const t = this.lines.textOf(l, this);
        if (!t) continue;
        for (const run of this.lines.runsOf(t)) {
          if (segments.length > 0) at++;
          segments.push({ at, line: l, character: run.start - starts[l], length: run.end - run.start });
          at += run.end - run.start;
        }
      }
      this.#segments = segments;
    }
    return this.#segments;
  }

  /** The text of the first line that has any. */
  private firstLine(): LineText | null {
    for (let l = this.startLine; l <= this.endLine; l++) {
      const t = this.lines.textOf(l, this);
      if (t) return t;
    }
    return null;
  }

  /** The text of the last line that has any. */
  private lastLine(): LineText | null {
    for (let l = this.endLine; l >= this.startLine; l--) {
      const t = this.lines.textOf(l, this);
      if (t) return t;
    }
    return null;
  }

  private position(line: number, offset: number): Position {
    return { line, character: offset - this.lines.index.starts[line] };
  }
}

/** The segment that holds the character at `offset` of the folded text (a binary search). */
function segmentAt(segments: readonly Segment[], offset: number): Segment {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo];
}
