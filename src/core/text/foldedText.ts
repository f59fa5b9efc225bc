import { isPageNoise } from './pageNoise';
import { isBlankCode } from './chars';
import type { LineIndex } from './lineIndex';
import type { Position, Range } from './positions';

const RUN = /[^ \t\f\v\u00a0\ufeff\u200b]+(?: [^ \t\f\v\u00a0\ufeff\u200b]+)*/g;
/**
 * How many characters of folded text are joined into one string. V8 gives a string past about
 * 64 KB pages of its own (a cost per page); below that it is allocated like any small object.
 */
const CHUNK = 32 * 1024;
/** Texts fewer lines apart than this have their white space searched in one go. */
const NEAR = 4;

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
 * not per character.
 *
 * Nothing is folded until it is asked for: the text, its extent and the map are each built on
 * first use. Most of a letter is rationale text that the rules read only the end of (see tail()).
 */
export class FoldedText {
  #text: string | undefined;
  #segments: Segments | undefined;
  /** Where the text starts and where it ends in the document; null when it is empty. */
  #start: Position | null | undefined;
  #end: Position | null | undefined;
  #range: Range | null | undefined;
  /** For a tail, the text it is the end of: where the tail ends, so does that. */
  #full: FoldedText | undefined;

  private constructor(
    private readonly index: LineIndex,
    private readonly startLine: number,
    private readonly startChar: number,
    private readonly endLine: number,
    private readonly endChar: number,
    /** False for the last lines of a longer text (see tail()). */
    readonly whole: boolean,
  ) {}

  /** The text between two document positions, folded when first asked for. */
  static fold(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number): FoldedText {
    return new FoldedText(index, startLine, startChar, endLine, endChar, true);
  }

  /**
   * Folds many texts of one document now, in document order (the texts a parse knows will be
   * read: headings, and the fields' last lines). Their white space is searched once per stretch
   * of neighbouring lines, and their texts are cut from strings joined a few kilobytes at a time:
   * one join per text costs more, for the garbage collector above all, and one join for the
   * whole letter builds a string so large that V8 gives it fresh pages of its own.
   */
  static foldTogether(folds: readonly FoldedText[]): void {
    if (folds.length === 0) return;
    const index = folds[0].index;
    // Lines between two texts are searched too when they are few (blank lines, a footer). (Out of
    // document order, a line left out here is searched on its own when folded: only slower.)
    let from = folds[0].startLine;
    let to = folds[0].endLine;
    for (const f of folds) {
      if (f.startLine > to + NEAR) {
        index.findSpaceToFold(from, to);
        from = f.startLine;
      }
      to = Math.max(to, f.endLine);
    }
    index.findSpaceToFold(from, to);

    let parts: string[] = [];
    let chunkFirst = 0;
    let chunkLength = 0;
    // Where each text lies in its chunk (-1: it was not joined); made to size.
    const starts = new Array<number>(folds.length);
    const lengths = new Array<number>(folds.length);
    const flush = (last: number): void => {
      const all = parts.join(' ');
      for (let k = chunkFirst; k < last; k++) if (starts[k] >= 0) folds[k].#text = lengths[k] ? all.slice(starts[k], starts[k] + lengths[k]) : '';
      parts = [];
      chunkFirst = last;
      chunkLength = 0;
    };
    folds.forEach((f, k) => {
      const before = parts.length;
      const length = f.collect(parts);
      if (parts.length === before + 1) {
        // Text of one line (most headings): that line's, as it is, with nothing to copy.
        f.#text = parts.pop()!;
        starts[k] = -1;
        lengths[k] = 0;
        return;
      }
      // join() puts one space between this text's first run and the last one before it.
      if (length > 0 && before > 0) chunkLength++;
      starts[k] = chunkLength;
      lengths[k] = length;
      chunkLength += length;
      if (chunkLength >= CHUNK) flush(k + 1);
    });
    flush(folds.length);
  }

  get text(): string {
    if (this.#text === undefined) {
      this.index.findSpaceToFold(this.startLine, this.endLine);
      const parts: string[] = [];
      this.collect(parts);
      // One join builds a flat string; concatenating would leave a rope to flatten later.
      this.#text = parts.join(' ');
    }
    return this.#text;
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * Pushes the runs of the text to `parts`, to be joined by single spaces, and returns their
   * length so joined. Notes where the text ends on the way.
   */
  private collect(parts: string[]): number {
    const { index, startLine, startChar, endLine, endChar } = this;
    const { text, starts } = index;
    let length = -1;
    let firstLine = -1;
    let lastLine = 0;
    let lastEnd = 0;
    for (let l = startLine; l <= endLine; l++) {
      if (!lineRun(index, l, startLine, startChar, endLine, endChar)) continue;
      const { start, end } = RUN_BOUNDS;
      if (firstLine < 0) firstLine = l;
      lastLine = l;
      lastEnd = end - starts[l];
      const trimmed = text.slice(start, end);
      // A line with white space to fold: its runs in one call, joined in another (no match object
      // per run, no loop over them).
      const line = index.hasSpaceToFold(l) ? trimmed.match(RUN)!.join(' ') : trimmed;
      parts.push(line);
      length += 1 + line.length;
    }
    // Where the text ends is asked of most texts (an item ends where its last field does); where
    // it starts, of few, and that is found again cheaply (see start()).
    if (firstLine < 0) this.#start = null;
    this.#end = firstLine < 0 ? null : { line: lastLine, character: lastEnd };
    if (this.#full && this.#end) this.#full.#end ??= this.#end;
    return Math.max(length, 0);
  }

  /**
   * The text of the document the folded text comes from, as written (line breaks, page footers
   * and all). Every run of non-white characters of the folded text is in it, and no other: a
   * search for a word without spaces may read it instead, without folding.
   */
  get source(): string {
    const { starts, ends } = this.index;
    const from = Math.min(starts[this.startLine] + this.startChar, ends[this.startLine]);
    const to = Math.min(starts[this.endLine] + this.endChar, ends[this.endLine]);
    return this.index.text.slice(from, Math.max(from, to));
  }

  /**
   * The last lines of this text, folded alike, from the line where at least `minSource`
   * characters of the document remain: its text is the end of this one. This text itself when it
   * is no longer than that.
   */
  tail(minSource: number): FoldedText {
    const { starts, ends } = this.index;
    let l = this.endLine;
    let length = Math.min(this.endChar, ends[l] - starts[l]);
    while (l > this.startLine && length < minSource) {
      l--;
      length += ends[l] - starts[l] + 1;
    }
    if (l <= this.startLine) return this;
    const tail = new FoldedText(this.index, l, 0, this.endLine, this.endChar, false);
    tail.#full = this;
    return tail;
  }

  /** Where the text starts in the document: its first run, found without folding it. */
  private start(): Position | null {
    if (this.#start === undefined) {
      this.#start = null;
      for (let l = this.startLine; l <= this.endLine; l++) {
        if (this.lineRun(l)) {
          this.#start = { line: l, character: RUN_BOUNDS.start - this.index.starts[l] };
          break;
        }
      }
    }
    return this.#start;
  }

  /** Where the text ends in the document: the end of its last run, found without folding it. */
  get end(): Position | null {
    if (this.#end === undefined) {
      this.#end = null;
      for (let l = this.endLine; l >= this.startLine; l--) {
        if (this.lineRun(l)) {
          this.#end = { line: l, character: RUN_BOUNDS.end - this.index.starts[l] };
          break;
        }
      }
      if (this.#full && this.#end) this.#full.#end ??= this.#end;
    }
    return this.#end;
  }

  private lineRun(l: number): boolean {
    return lineRun(this.index, l, this.startLine, this.startChar, this.endLine, this.endChar);
  }

  /** Where the text starts and ends in the document; null when it is empty. */
  get range(): Range | null {
    if (this.#range === undefined) {
      const end = this.end;
      this.#range = end ? { start: this.start()!, end } : null;
    }
    return this.#range;
  }

  private map(): Segments {
    if (!this.#segments) {
      this.index.findSpaceToFold(this.startLine, this.endLine);
      const map: Segments = { outStart: [], srcLine: [], srcChar: [], segLength: [] };
      let length = 0;
      forEachRun(this.index, this.startLine, this.startChar, this.endLine, this.endChar, (line, char, run) => {
        if (length > 0) length++;
        map.outStart.push(length);
        map.srcLine.push(line);
        map.srcChar.push(char);
        map.segLength.push(run.length);
        length += run.length;
      });
      this.#segments = map;
    }
    return this.#segments;
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

/** Where the text of the line last given to lineRun starts and ends, as offsets in the document. */
const RUN_BOUNDS = { start: 0, end: 0 };

/**
 * Whether line `l` of a span contributes text: its part within the span, trimmed, is not empty
 * and is not a page footer or running case number (those are not part of the text they
 * interrupt). Its bounds are left in RUN_BOUNDS.
 */
function lineRun(index: LineIndex, l: number, startLine: number, startChar: number, endLine: number, endChar: number): boolean {
  const { text, starts, ends } = index;
  const from = starts[l];
  const to = ends[l];
  let a = l === startLine ? Math.min(from + startChar, to) : from;
  let b = l === endLine ? Math.min(from + endChar, to) : to;
  while (a < b && isBlankCode(text.charCodeAt(a))) a++;
  while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--;
  // From column 0, `a` is where the line's first word starts, which isPageNoise would look for.
  if (a >= b || isPageNoise(text, from, to, l === startLine && startChar > 0 ? undefined : a)) return false;
  RUN_BOUNDS.start = a;
  RUN_BOUNDS.end = b;
  return true;
}

/**
 * Calls `run` for each run of folded text between two document positions, in order: the words of
 * each line between its blanks, or, where the line has other white space to fold, each stretch of
 * words between single spaces.
 */
function forEachRun(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number, run: (line: number, char: number, text: string) => void): void {
  const { text, starts } = index;
  for (let l = startLine; l <= endLine; l++) {
    if (!lineRun(index, l, startLine, startChar, endLine, endChar)) continue;
    const from = starts[l];
    const a = RUN_BOUNDS.start;
    // Most lines are words and single spaces: trimmed, they are one run.
    const trimmed = text.slice(a, RUN_BOUNDS.end);
    if (!index.hasSpaceToFold(l)) {
      run(l, a - from, trimmed);
      continue;
    }
    RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN.exec(trimmed)) !== null) run(l, a - from + m.index, m[0]);
  }
}
