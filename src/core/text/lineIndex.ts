import { pos, Position } from './positions';
import { firstNonBlank, lastNonBlank } from './chars';

/**
 * The lines of a text, as offsets into it: where each line starts and where its content ends
 * (before its line break), so that positions and edits are exact for LF, CRLF and lone CR. The
 * parser reads the text through these offsets; the lines as strings are built only when asked for.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: Int32Array;
  /** Offset just past the last character of each line, before its line break. */
  readonly ends: Int32Array;
  /** Whether the text has a CR: otherwise every break is one LF (the common case, kept cheap). */
  private readonly hasCr: boolean;
  private lineStrings: readonly string[] | undefined;
  private spaceLines: Uint8Array | undefined;

  constructor(readonly text: string) {
    // Typed arrays grown by doubling: pushing to plain arrays costs several times more per line.
    let starts: Int32Array<ArrayBuffer> = new Int32Array(1 + (text.length >> 6));
    let ends = new Int32Array(starts.length);
    let count = 0;
    const n = text.length;
    // The native search skips from break to break; a loop over the characters would cost several
    // nanoseconds each. With CRs, the next CR and the next LF are each looked for once.
    let cr = text.indexOf('\r');
    this.hasCr = cr !== -1;
    let lf = text.indexOf('\n');
    while (lf !== -1 || cr !== -1) {
      let end: number;
      let next: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        end = lf;
        next = lf + 1;
      } else {
        end = cr;
        next = cr + 1 < n && text.charCodeAt(cr + 1) === 10 /* \n */ ? cr + 2 : cr + 1;
      }
      if (count + 1 >= starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      ends[count] = end;
      starts[++count] = next;
      if (lf !== -1 && lf < next) lf = text.indexOf('\n', next);
      if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
    }
    ends[count] = n;
    this.starts = starts.subarray(0, count + 1);
    this.ends = ends.subarray(0, count + 1);
  }

  /** Each line as a string, without its line break (built on first use). */
  get lines(): readonly string[] {
    if (!this.lineStrings) {
      const out = new Array<string>(this.starts.length);
      for (let l = 0; l < out.length; l++) out[l] = this.text.slice(this.starts[l], this.ends[l]);
      this.lineStrings = out;
    }
    return this.lineStrings;
  }

  /** One line as a string, without its line break. */
  line(l: number): string {
    return this.lineStrings ? this.lineStrings[l] : this.text.slice(this.starts[l], this.ends[l]);
  }

  lineLength(l: number): number {
    return this.ends[l] - this.starts[l];
  }

  /** The line break after each line ('' after the last). */
  get eols(): readonly string[] {
    const e = new Array<string>(this.starts.length);
    for (let l = 0; l + 1 < e.length; l++) e[l] = this.text.slice(this.ends[l], this.starts[l + 1]);
    e[e.length - 1] = '';
    return e;
  }

  /**
   * Whether a line has white space to fold run by run: a tab, form feed, vertical tab or no-break
   * space (some PDFs write every space as one), or two spaces between its words. Other lines fold
   * to themselves once trimmed; zero-width spaces and byte order marks inside them are kept, as
   * they join words rather than part them. Known for the lines findSpaceToFold has searched, and
   * otherwise searched for this line alone.
   */
  hasSpaceToFold(line: number): boolean {
    const state = this.spaceState();
    if (state[line] === UNKNOWN) this.findSpaceToFold(line, line);
    return state[line] === FOLD;
  }

  /**
   * Searches lines [fromLine, toLine] for two spaces between words, once: only the lines that are
   * folded are searched, and most of a letter's lines never are.
   */
  findSpaceToFold(fromLine: number, toLine: number): void {
    const state = this.spaceState();
    while (fromLine <= toLine && state[fromLine] !== UNKNOWN) fromLine++;
    while (toLine >= fromLine && state[toLine] !== UNKNOWN) toLine--;
    if (fromLine > toLine) return;
    const { text, starts, ends } = this;
    const lo = starts[fromLine];
    // A slice bounds the search: on the whole text it would run on to the next hit past the range.
    const part = text.slice(lo, ends[toLine]);
    let l = fromLine;
    DOUBLE_SPACES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOUBLE_SPACES.exec(part)) !== null) {
      const at = lo + m.index;
      while (l < toLine && starts[l + 1] <= at) l++;
      // Only between words: the spaces that end or start a line are trimmed anyway.
      if (state[l] === FOLD || (firstNonBlank(text, starts[l], ends[l]) < at && lastNonBlank(text, starts[l], ends[l]) > at + m[0].length)) {
        state[l] = FOLD;
        // The line is settled: the search goes on from the next one.
        if (l >= toLine) break;
        DOUBLE_SPACES.lastIndex = Math.max(DOUBLE_SPACES.lastIndex, starts[l + 1] - lo);
      }
    }
    for (let k = fromLine; k <= toLine; k++) if (state[k] === UNKNOWN) state[k] = PLAIN;
  }

  /** Each line's state; the rare white space other than spaces is found in the whole text at once. */
  private spaceState(): Uint8Array {
    if (!this.spaceLines) {
      const { text, starts } = this;
      const state = new Uint8Array(starts.length);
      // Each search goes forwards, so the line of each hit is found by moving a cursor on.
      for (const c of ['\t', '\f', '\v', '\u00a0']) {
        let l = 0;
        for (let at = text.indexOf(c); at !== -1; at = text.indexOf(c, at + 1)) {
          while (l + 1 < starts.length && starts[l + 1] <= at) l++;
          state[l] = FOLD;
        }
      }
      this.spaceLines = state;
    }
    return this.spaceLines;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line break the document mostly uses, for text that fixes insert. */
  get preferredEol(): string {
    if (!this.hasCr) return '\n';
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    for (let l = 0; l + 1 < this.starts.length; l++) {
      const width = this.starts[l + 1] - this.ends[l];
      if (width === 2) crlf++;
      else if (this.text.charCodeAt(this.ends[l]) === 10) lf++;
      else cr++;
    }
    // A file of old Mac line breaks (CR alone) gets CR in what fixes insert.
    if (cr > crlf && cr > lf) return '\r';
    return crlf > lf ? '\r\n' : '\n';
  }

  lineEnd(line: number): Position {
    return pos(line, line >= 0 && line < this.starts.length ? this.lineLength(line) : 0);
  }

  endPosition(): Position {
    return this.lineEnd(this.starts.length - 1);
  }

  positionAt(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    const o = Math.max(0, Math.min(offset, this.text.length));
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return pos(lo, Math.min(o - starts[lo], this.lineLength(lo)));
  }

  offsetAt(p: Position): number {
    const line = Math.max(0, Math.min(p.line, this.starts.length - 1));
    const ch = Math.max(0, Math.min(p.character, this.lineLength(line)));
    return this.starts[line] + ch;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Runs of two spaces or more. Written with a quantifier so that V8 compiles it to a scan that skips
 * ahead; the plain string search for '  ' stops at every space.
 */
const DOUBLE_SPACES = / {2,}/g;

/** The states of a line for hasSpaceToFold: not searched yet, nothing to fold, something to fold. */
const UNKNOWN = 0;
const PLAIN = 1;
const FOLD = 2;
