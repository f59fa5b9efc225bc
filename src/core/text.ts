/** Zero-based line and UTF-16 character offset, as VS Code and LSP count them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Replace `range` by `newText`; an empty range inserts. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: pos(startLine, startChar), end: pos(endLine, endChar) };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function rangeContains(outer: Range, p: Position): boolean {
  return comparePositions(outer.start, p) <= 0 && comparePositions(p, outer.end) <= 0;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/**
 * The text split into lines, keeping what a position needs: each line without its line break, and
 * the break itself, so that offsets and edits can be computed exactly for LF, CRLF and lone CR.
 */
export class LineIndex {
  readonly lines: readonly string[];
  /** The line breaks, when the text has a CR; null when every break is LF (the common case, kept cheap). */
  private readonly breaks: readonly string[] | null;
  private lineStarts: number[] | undefined;
  private spaceLines: Uint8Array | undefined;

  constructor(readonly text: string) {
    const lines: string[] = [];
    const eols: string[] = [];
    let start = 0;
    const n = text.length;
    if (text.indexOf('\r') === -1) {
      // LF only, the common case: the native split is much faster than a character loop.
      this.lines = text.split('\n');
      this.breaks = null;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || c === 13 /* \r */) {
        lines.push(text.slice(start, i));
        if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) {
          eols.push('\r\n');
          i++;
        } else {
          eols.push(c === 13 ? '\r' : '\n');
        }
        start = i + 1;
      }
    }
    lines.push(text.slice(start));
    eols.push('');
    this.lines = lines;
    this.breaks = eols;
  }

  /** The line break after each line ('' after the last). */
  get eols(): readonly string[] {
    if (this.breaks) return this.breaks;
    const e = new Array<string>(this.lines.length).fill('\n');
    e[e.length - 1] = '';
    return e;
  }

  /**
   * Whether a line has white space to fold run by run: a tab, form feed, vertical tab or no-break
   * space (some PDFs write every space as one), or two spaces between its words. Other lines fold
   * to themselves once trimmed; zero-width spaces and byte order marks inside them are kept, as
   * they join words rather than part them. All of these are rare, so the whole text is searched
   * once rather than every line.
   */
  hasSpaceToFold(line: number): boolean {
    this.spaceLines ??= this.findSpaceToFold();
    return this.spaceLines[line] === 1;
  }

  private findSpaceToFold(): Uint8Array {
    const flags = new Uint8Array(this.lines.length);
    const text = this.text;
    // Each search goes forwards, so the line of each hit is found by moving a cursor on.
    let l = 0;
    const lineOf = (at: number): number => {
      const starts = this.starts();
      while (l + 1 < starts.length && starts[l + 1] <= at) l++;
      return l;
    };
    for (const c of ['\t', '\f', '\v', '\u00a0']) {
      l = 0;
      for (let at = text.indexOf(c); at !== -1; at = text.indexOf(c, at + 1)) flags[lineOf(at)] = 1;
    }
    l = 0;
    DOUBLE_SPACES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOUBLE_SPACES.exec(text)) !== null) {
      const k = lineOf(m.index);
      // Only between words: the spaces that end or start a line are trimmed anyway.
      const line = this.lines[k];
      const from = m.index - this.starts()[k];
      if (flags[k] === 1 || (firstNonBlank(line) < from && lastNonBlank(line) > from + m[0].length)) {
        flags[k] = 1;
        // The line is settled: the search goes on from the next one.
        if (k + 1 >= this.lines.length) break;
        DOUBLE_SPACES.lastIndex = Math.max(DOUBLE_SPACES.lastIndex, this.starts()[k + 1]);
      }
    }
    return flags;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The line break the document mostly uses, for text that fixes insert. */
  get preferredEol(): string {
    if (!this.breaks) return '\n';
    let crlf = 0;
    let lf = 0;
    for (const e of this.breaks) {
      if (e === '\r\n') crlf++;
      else if (e === '\n') lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
  }

  lineEnd(line: number): Position {
    return pos(line, this.lines[line]?.length ?? 0);
  }

  endPosition(): Position {
    return this.lineEnd(this.lines.length - 1);
  }

  positionAt(offset: number): Position {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    const o = Math.max(0, Math.min(offset, this.text.length));
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return pos(lo, Math.min(o - starts[lo], this.lines[lo].length));
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = new Array<number>(this.lines.length);
      let o = 0;
      for (let i = 0; i < this.lines.length; i++) {
        starts[i] = o;
        o += this.lines[i].length + (this.breaks ? this.breaks[i].length : i + 1 < this.lines.length ? 1 : 0);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  offsetAt(p: Position): number {
    const starts = this.starts();
    const line = Math.max(0, Math.min(p.line, this.lines.length - 1));
    const ch = Math.max(0, Math.min(p.character, this.lines[line].length));
    return starts[line] + ch;
  }
}

/**
 * Runs of two spaces or more. Written with a quantifier so that V8 compiles it to a scan that skips
 * ahead; the plain string search for '  ' stops at every space.
 */
const DOUBLE_SPACES = / {2,}/g;

/** The characters PDF text uses as white space inside lines: space, tab, form feed, vertical tab, NBSP, BOM, zero-width space. */
export function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x200b;
}

/** True for a line with nothing but white space (PDF text has lines of one space, form feeds, NBSP). */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isBlankCode(line.charCodeAt(i))) return false;
  return true;
}

/** Index of the first non-white character, or the line length. */
export function firstNonBlank(line: string): number {
  let i = 0;
  while (i < line.length && isBlankCode(line.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-white character. */
export function lastNonBlank(line: string): number {
  let i = line.length;
  while (i > 0 && isBlankCode(line.charCodeAt(i - 1))) i--;
  return i;
}

/** Collapse runs of white space to one space and trim: how headings and field texts are compared. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\ufeff\u200b]+/g, ' ').trim();
}
