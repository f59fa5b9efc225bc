import { isPageNoise } from './parser/lineKinds';
import { isBlankCode } from './text';
import type { LineIndex, Position, Range } from './text';

const RUN = /[^ \t\f\v\u00a0\ufeff\u200b]+(?: [^ \t\f\v\u00a0\ufeff\u200b]+)*/g;
/**
 * Whether a trimmed line folds to itself: no double space and no tab, form feed or vertical tab
 * (looked for only when the document holds one). No-break and zero-width spaces inside a line are
 * kept as they are: \s in the rules' patterns matches them, and scanning every line for them would
 * cost more than all the rest of the fold.
 */
function foldsToItself(s: string, controlSpace: boolean): boolean {
  return s.indexOf('  ') === -1 && !(controlSpace && (s.indexOf('\t') !== -1 || s.indexOf('\f') !== -1 || s.indexOf('\v') !== -1));
}

/**
 * Text joined over lines with every run of white space (line breaks included) folded to one
 * space, page footers left out, and the way back from an offset in it to a position in the document. Runs copied
 * verbatim are kept as segments, so the map costs a few numbers per line, not per character.
 */
export class FoldedText {
  private constructor(
    readonly text: string,
    /** For segment k: its start in `text`, and the document line and character it was copied from. */
    private readonly outStart: number[],
    private readonly srcLine: number[],
    private readonly srcChar: number[],
    private readonly segLength: number[],
  ) {}

  static fold(index: LineIndex, startLine: number, startChar: number, endLine: number, endChar: number): FoldedText {
    // The runs are joined once at the end: concatenating would leave a rope to flatten later.
    const parts: string[] = [];
    const outStart: number[] = [];
    const srcLine: number[] = [];
    const srcChar: number[] = [];
    const segLength: number[] = [];
    let length = 0;
    const controlSpace = index.hasControlSpace;
    for (let l = startLine; l <= endLine; l++) {
      const line = index.lines[l];
      const s = l === startLine ? startChar : 0;
      const e = l === endLine ? Math.min(endChar, line.length) : line.length;
      // Page footers and running case numbers are not part of the text they interrupt.
      if (e <= s || isPageNoise(line)) continue;
      // Most lines are words and single spaces: trimmed, they are copied as one segment.
      let a = s;
      let b = e;
      while (a < b && isBlankCode(line.charCodeAt(a))) a++;
      while (b > a && isBlankCode(line.charCodeAt(b - 1))) b--;
      if (a === b) continue;
      const trimmed = a === 0 && b === line.length ? line : line.slice(a, b);
      if (foldsToItself(trimmed, controlSpace)) {
        if (length > 0) length++;
        outStart.push(length);
        srcLine.push(l);
        srcChar.push(a);
        segLength.push(trimmed.length);
        parts.push(trimmed);
        length += trimmed.length;
        continue;
      }
      const slice = trimmed;
      const sliceStart = a;
      RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RUN.exec(slice)) !== null) {
        if (length > 0) length++;
        outStart.push(length);
        srcLine.push(l);
        srcChar.push(sliceStart + m.index);
        segLength.push(m[0].length);
        parts.push(m[0]);
        length += m[0].length;
      }
    }
    return new FoldedText(parts.join(' '), outStart, srcLine, srcChar, segLength);
  }

  get length(): number {
    return this.text.length;
  }

  private segmentAt(o: number): number {
    let lo = 0;
    let hi = this.outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.outStart[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The document position of the character at `offset`. A folded space stands for white space
   * that may be a line break: it maps to the end of the text before it.
   */
  positionAt(offset: number): Position {
    if (this.outStart.length === 0) return { line: 0, character: 0 };
    const o = Math.max(0, Math.min(offset, this.text.length - 1));
    const k = this.segmentAt(o);
    return { line: this.srcLine[k], character: this.srcChar[k] + Math.min(o - this.outStart[k], this.segLength[k]) };
  }

  /** The document range of the folded text's characters [start, end). */
  rangeOf(start: number, end: number): Range {
    if (this.outStart.length === 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const last = Math.max(0, Math.min(Math.max(start, end - 1), this.text.length - 1));
    const k = this.segmentAt(last);
    const within = last - this.outStart[k];
    const endChar = this.srcChar[k] + Math.min(within + 1, this.segLength[k]);
    return { start: this.positionAt(start), end: { line: this.srcLine[k], character: endChar } };
  }
}
