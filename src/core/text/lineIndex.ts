import { pos, Position } from './positions';

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
