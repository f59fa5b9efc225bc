import { isPageNoise } from './parser/lineKinds';
import { isBlankCode } from './text';
import type { LineIndex, Position, Range } from './text';

const RUN = /[^ \t\f\v\u00a0\ufeff\u200b]+(?: [^ \t\f\v\u00a0\ufeff\u200b]+)*/g;
/**
 * How many characters of field text are joined into one string. V8 gives a string past about
 * 64 KB pages of its own (a cost per page); below that it is allocated like any small object.
 */
const CHUNK = 32 * 1024;

/** A stretch of the document to fold: from (startLine, startChar) to (endLine, endChar). */
export interface FoldSpan {
  readonly startLine: number;
  readonly startChar: number;
  readonly endLine: number;
  readonly endChar: number;
}

/** The map from folded text back to the document: for segment k, its start in the text and its source. */
interface Segments {
  readonly outStart: number[];
  readonly srcLine: number[];
  readonly srcChar: number[];
  readonly segLength: number[];
}

/**
 * Text joined over lines with every run of white space (line breaks included) folded to one
 * space, page footers left out, and the way back from an offset in it to a position in the
 * document. Runs copied verbatim are kept as segments, so the map costs a few numbers per line,
 * not per character; it is built when a position is first asked for, as most texts never need one.
 */
export class FoldedText {
  private segments: Segments | undefined;
  private extent: Range | null | undefined;
  /** Where the text starts and ends in the document: line and character, -1 when the text is empty. */
  readonly firstLine: number;
  readonly firstChar: number;
  readonly lastLine: number;
  readonly lastEnd: number;

  private constructor(
    private folded: string,
    private readonly index: LineIndex,
    private readonly startLine: number,
    private readonly startChar: number,
    private readonly endLine: number,
    private readonly endChar: number,
  ) {
    this.firstLine = EXTENT.firstLine;
    this.firstChar = EXTENT.firstChar;
    this.lastLine = EXTENT.lastLine;
    this.lastEnd = EXTENT.lastEnd;
  }

  static fold(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number): FoldedText {
    const parts: string[] = [];
    collect(index, startLine, startChar, endLine, endChar, parts);
    // One join builds a flat string; concatenating would leave a rope to flatten later.
    return new FoldedText(parts.join(' '), index, startLine, startChar, endLine, endChar);
  }

  /**
   * Folds many spans at once (all the fields of a letter). Their texts are cut from strings joined
   * a few kilobytes at a time: one join per field would leave thousands of small strings for the
   * garbage collector to copy, and one join for the whole letter builds a string so large that V8
   * gives it fresh pages of its own, which costs more than the copy itself.
   */
  static foldAll(index: LineIndex, spans: readonly FoldSpan[]): FoldedText[] {
    const folds: FoldedText[] = [];
    let parts: string[] = [];
    let chunkFirst = 0;
    let chunkLength = 0;
    const starts: number[] = [];
    const lengths: number[] = [];
    const flush = (): void => {
      const all = parts.join(' ');
      for (let k = chunkFirst; k < folds.length; k++) folds[k].folded = lengths[k] ? all.slice(starts[k], starts[k] + lengths[k]) : '';
      parts = [];
      chunkFirst = folds.length;
      chunkLength = 0;
    };
    for (const { startLine, startChar, endLine, endChar } of spans) {
      const before = parts.length;
      const length = collect(index, startLine, startChar, endLine, endChar, parts);
      folds.push(new FoldedText('', index, startLine, startChar, endLine, endChar));
      // join() puts one space between this fold's first run and the last one before it.
      if (length > 0 && before > 0) chunkLength++;
      starts.push(chunkLength);
      lengths.push(length);
      chunkLength += length;
      if (chunkLength >= CHUNK) flush();
    }
    flush();
    return folds;
  }

  get text(): string {
    return this.folded;
  }

  /** Where the text starts and ends in the document; null when it is empty. */
  get range(): Range | null {
    if (this.extent === undefined) {
      this.extent = this.firstLine < 0 ? null : { start: { line: this.firstLine, character: this.firstChar }, end: { line: this.lastLine, character: this.lastEnd } };
    }
    return this.extent;
  }

  private map(): Segments {
    if (!this.segments) {
      this.segments = { outStart: [], srcLine: [], srcChar: [], segLength: [] };
      mapRuns(this.index, this.startLine, this.startChar, this.endLine, this.endChar, this.segments);
    }
    return this.segments;
  }

  get length(): number {
    return this.text.length;
  }

  private static segmentAt(outStart: readonly number[], o: number): number {
    let lo = 0;
    let hi = outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outStart[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The document position of the character at `offset`. A folded space stands for white space
   * that may be a line break: it maps to the end of the text before it.
   */
  positionAt(offset: number): Position {
    const { outStart, srcLine, srcChar, segLength } = this.map();
    if (outStart.length === 0) return { line: 0, character: 0 };
    const o = Math.max(0, Math.min(offset, this.text.length - 1));
    const k = FoldedText.segmentAt(outStart, o);
    return { line: srcLine[k], character: srcChar[k] + Math.min(o - outStart[k], segLength[k]) };
  }

  /** The document range of the folded text's characters [start, end). */
  rangeOf(start: number, end: number): Range {
    const { outStart, srcLine, srcChar, segLength } = this.map();
    if (outStart.length === 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const last = Math.max(0, Math.min(Math.max(start, end - 1), this.text.length - 1));
    const k = FoldedText.segmentAt(outStart, last);
    const within = last - outStart[k];
    const endChar = srcChar[k] + Math.min(within + 1, segLength[k]);
    return { start: this.positionAt(start), end: { line: srcLine[k], character: endChar } };
  }
}

/** The extent of the runs last collected (collecting never nests), read by the FoldedText it builds. */
const EXTENT = { firstLine: -1, firstChar: 0, lastLine: 0, lastEnd: 0 };

/**
 * Calls `run` for each run of folded text between two document positions, in order: the words of
 * each line between its blanks, or, where the line has other white space to fold, each stretch of
 * words between single spaces. Page footers and running case numbers are left out: they are not
 * part of the text they interrupt.
 */
function forEachRun(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number, run: (line: number, char: number, text: string) => void): void {
  const { text, starts, ends } = index;
  for (let l = startLine; l <= endLine; l++) {
    const from = starts[l];
    const to = ends[l];
    let a = l === startLine ? Math.min(from + startChar, to) : from;
    let b = l === endLine ? Math.min(from + endChar, to) : to;
    while (a < b && isBlankCode(text.charCodeAt(a))) a++;
    while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--;
    // From column 0, `a` is where the line's first word starts, which isPageNoise would look for.
    if (a >= b || isPageNoise(text, from, to, l === startLine && startChar > 0 ? undefined : a)) continue;
    // Most lines are words and single spaces: trimmed, they are one run.
    const trimmed = text.slice(a, b);
    if (!index.hasSpaceToFold(l)) {
      run(l, a - from, trimmed);
      continue;
    }
    RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN.exec(trimmed)) !== null) run(l, a - from + m.index, m[0]);
  }
}

/**
 * Pushes the runs of folded text of a span to `parts`, to be joined by single spaces, and returns
 * their length so joined. Leaves their extent in EXTENT.
 */
function collect(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number, parts: string[]): number {
  let length = -1;
  EXTENT.firstLine = -1;
  forEachRun(index, startLine, startChar, endLine, endChar, (line, char, text) => {
    if (EXTENT.firstLine < 0) {
      EXTENT.firstLine = line;
      EXTENT.firstChar = char;
    }
    EXTENT.lastLine = line;
    EXTENT.lastEnd = char + text.length;
    parts.push(text);
    length += 1 + text.length;
  });
  return Math.max(length, 0);
}

/** Adds the runs of folded text of a span to `map`: where each run starts in the text, and where it comes from. */
function mapRuns(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number, map: Segments): void {
  let length = 0;
  forEachRun(index, startLine, startChar, endLine, endChar, (line, char, text) => {
    if (length > 0) length++;
    map.outStart.push(length);
    map.srcLine.push(line);
    map.srcChar.push(char);
    map.segLength.push(text.length);
    length += text.length;
  });
}
