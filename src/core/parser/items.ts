import type { Decision, Field, FieldKind, Item } from '../model';
import { FoldedText, isPageNoise, LineFolding } from '../text';
import { firstNonBlank, isBlank, lastNonBlank, LineIndex, pos, range, Range } from '../text';
import { DecisionMatch, endsSentence, isItemsIntro, LabelMatch, matchDecisionAtEnd, matchFieldLabel } from './lineKinds';

const CONCLUDES = /medically\s+nec|medical\s+nec|recommendation\s+is\s+for/i;

/** How far back a heading may reach: the modified-request paragraphs of 2016-2017 run to 6 lines. */
const MAX_HEADING_LINES = 8;
/** Blank lines a heading may span (PDF line doubling plus a page break). */
const MAX_HEADING_GAP = 6;

/** A set of line numbers as one flag per line: the items loop asks it for nearly every line. */
class LineSet {
  private readonly flags: Uint8Array;

  constructor(lineCount: number, initial: Iterable<number>) {
    this.flags = new Uint8Array(lineCount);
    for (const l of initial) this.add(l);
  }

  add(line: number): void {
    if (line >= 0 && line < this.flags.length) this.flags[line] = 1;
  }

  has(line: number): boolean {
    return this.flags[line] === 1;
  }
}

interface Anchor {
  /** First line of the heading (filled in by the backward walk). */
  startLine: number;
  /** Line that holds the colon before the decision (or the last heading line). */
  endLine: number;
  /** Column just before the colon on `endLine`, or the end of that line. */
  endChar: number;
  decision: Decision | null;
  decisionLine: number;
  decisionStart: number;
  decisionEnd: number;
  /** False for an item found only by its field labels, with no heading text before them. */
  hasHeading: boolean;
  /** Its field labels: `labelCount` of them from `firstLabel` on, in the parse's lists of labels. */
  firstLabel: number;
  labelCount: number;
}

/** Where a field comes in an item's order (a function, not a table keyed by kind: see buildItem). */
function fieldOrder(kind: FieldKind): number {
  return kind === 'claimsAdministrator' ? 0 : kind === 'maximus' ? 1 : 2;
}

/** The extra fields of an item that has none, shared. */
const NO_FIELDS: readonly Field[] = Object.freeze([]);

/**
 * An item found by its decision: the heading ends at `endChar` of `endLine`, the decision is on
 * `decisionLine`, which starts at offset `decisionLineStart` (the match holds offsets).
 */
function decisionAnchor(endLine: number, endChar: number, decisionLine: number, d: DecisionMatch, decisionLineStart: number, firstLabel: number): Anchor {
  return {
    startLine: endLine,
    endLine,
    endChar,
    decision: d.decision,
    decisionLine,
    decisionStart: d.wordStart - decisionLineStart,
    decisionEnd: d.wordEnd - decisionLineStart,
    hasHeading: true,
    firstLabel,
    labelCount: 0,
  };
}

/**
 * Finds the disputed items between `from` (exclusive: the issues heading) and `to` (exclusive).
 * Items are anchored on decisions at the end of a heading and on field labels; a heading is then
 * found by walking back from its last line.
 */
export function parseItems(index: LineIndex, from: number, to: number, stopLines: ReadonlySet<number>): Item[] {
  // Lines are read in place, by their offsets in the text.
  const { text, starts, ends } = index;
  const anchors: Anchor[] = [];
  // Every item's labels, in document order: an item's are together (see Anchor.firstLabel).
  const labelLines: number[] = [];
  const labelMatches: LabelMatch[] = [];
  let current: Anchor | undefined;
  // Lines that may not belong to a heading: labels, decisions, section headings and the intro.
  const barrier = new LineSet(index.lineCount, stopLines);

  const blank = (l: number): boolean => isBlank(text, starts[l], ends[l]);
  const labelOn = (l: number): LabelMatch | null => matchFieldLabel(text, starts[l], ends[l]);
  /** Column just past the last non-blank character of a line. */
  const lastColumn = (l: number): number => lastNonBlank(text, starts[l], ends[l]) - starts[l];
  const nextNonBlank = (i: number): number => {
    let j = i + 1;
    while (j < to && blank(j)) j++;
    return j;
  };
  const prevNonBlank = (i: number): number => {
    let j = i - 1;
    while (j > from && blank(j)) j--;
    return j;
  };

  for (let i = from + 1; i < to; i++) {
    const lineStart = starts[i];
    const lineEnd = ends[i];
    const first = firstNonBlank(text, lineStart, lineEnd);
    if (first === lineEnd) continue;
    const label = matchFieldLabel(text, lineStart, lineEnd);
    if (label) {
      barrier.add(i);
      const last = current && current.labelCount > 0 ? labelMatches[current.firstLabel + current.labelCount - 1] : undefined;
      // A label starts a new item when the fields start over: always for the first field, and for a
      // later one when a heading line stands before it (otherwise it repeats a field of this item).
      const startsNew =
        !current ||
        (last !== undefined &&
          (label.kind === 'claimsAdministrator' ||
            (fieldOrder(label.kind) <= fieldOrder(last.kind) && headingEndBefore(i, false) !== -1)));
      if (startsNew) {
        current = newAnchor(headingEndBefore(i, !current || label.kind === 'claimsAdministrator'), i);
        anchors.push(current);
      }
      labelLines.push(i);
      labelMatches.push(label);
      current!.labelCount++;
      continue;
    }
    const end = lastNonBlank(text, first, lineEnd);
    if (isItemsIntro(text, lineStart, lineEnd) || isPageNoise(text, lineStart, lineEnd)) {
      barrier.add(i);
      continue;
    }
    const d = matchDecisionAtEnd(text, lineStart, lineEnd, end);
    if (!d) continue;
    if (d.colon >= 0) {
      barrier.add(i);
      current = decisionAnchor(i, d.colon - lineStart, i, d, lineStart, labelLines.length);
      anchors.push(current);
      continue;
    }
    if (d.colon === -2) {
      // "MRI of the knee Upheld": taken as a heading only when a field label follows.
      const n = nextNonBlank(i);
      if (n >= to || labelOn(n) === null) continue;
      barrier.add(i);
      current = decisionAnchor(i, lastNonBlank(text, lineStart, d.wordStart) - lineStart, i, d, lineStart, labelLines.length);
      anchors.push(current);
      continue;
    }
    // The decision alone on its line: the heading ended on an earlier line with a colon, or a
    // field label follows.
    const p = prevNonBlank(i);
    const prevOk = p > from && !barrier.has(p) && text.charCodeAt(starts[p] + lastColumn(p) - 1) === 58 /* : */;
    const n = nextNonBlank(i);
    const nextOk = n < to && labelOn(n) !== null;
    if (!prevOk && !nextOk) continue;
    barrier.add(i);
    current = prevOk ? decisionAnchor(p, lastColumn(p) - 1, i, d, lineStart, labelLines.length) : decisionAnchor(i, d.wordStart - lineStart, i, d, lineStart, labelLines.length);
    if (prevOk) barrier.add(p);
    anchors.push(current);
  }

  // A heading line for an item whose decision is missing: the last non-blank line before a
  // label, unless it closes a sentence (then the label repeats a field of the item before).
  function headingEndBefore(labelLine: number, lenient: boolean): number {
    const p = prevNonBlank(labelLine);
    if (p <= from || barrier.has(p) || CONCLUDES.test(index.line(p))) return -1;
    const closes = endsSentence(text, starts[p], ends[p]);
    if (lenient && !closes) return p;
    if (closes || lastNonBlank(text, starts[p], ends[p]) - firstNonBlank(text, starts[p], ends[p]) > 200) return -1;
    return p;
  }

  function newAnchor(endLine: number, labelLine: number): Anchor {
    const noHeading = endLine === -1;
    const l = noHeading ? labelLine : endLine;
    let endChar = noHeading ? firstNonBlank(text, starts[l], ends[l]) - starts[l] : lastColumn(l);
    if (!noHeading && text.charCodeAt(starts[l] + endChar - 1) === 58 /* : */) endChar--;
    return {
      startLine: l,
      endLine: l,
      endChar,
      decision: null,
      decisionLine: -1,
      decisionStart: 0,
      decisionEnd: 0,
      hasHeading: !noHeading,
      firstLabel: labelLines.length,
      labelCount: 0,
    };
  }

  for (const a of anchors) {
    if (a.hasHeading) {
      a.startLine = walkBack(index, a, from, barrier);
      barrier.add(a.startLine);
    }
  }

  const lines = new LineFolding(index);
  const items = new Array<Item>(anchors.length);
  for (let n = 0; n < anchors.length; n++) {
    const a = anchors[n];
    const nextStart = n + 1 < anchors.length ? anchors[n + 1].startLine : to;
    const heading = new FoldedText(lines, { startLine: a.startLine, startChar: headingStartChar(index, a), endLine: a.endLine, endChar: Math.max(a.endChar, 0) });
    const texts: FoldedText[] = [];
    for (let k = a.firstLabel; k < a.firstLabel + a.labelCount; k++) {
      const line = labelLines[k];
      const match = labelMatches[k];
      let last = (k + 1 < a.firstLabel + a.labelCount ? labelLines[k + 1] : nextStart) - 1;
      while (last > line && blank(last)) last--;
      texts[k] = new FoldedText(lines, { startLine: line, startChar: match.end - starts[line], endLine: last, endChar: index.lineLength(last) });
    }
    items[n] = buildItem(index, a, n, heading, labelLines, labelMatches, texts);
  }
  return items;
}

/** Column where a heading's text starts on its first line. */
function headingStartChar(index: LineIndex, a: Anchor): number {
  const { text, starts, ends } = index;
  return firstNonBlank(text, starts[a.startLine], ends[a.startLine]) - starts[a.startLine];
}

/** The last non-blank line before line i (down to `from`), or -1 past too many blank lines. */
function prevCandidate(index: LineIndex, i: number, from: number): number {
  const { text, starts, ends } = index;
  let j = i - 1;
  let gap = 0;
  while (j > from && isBlank(text, starts[j], ends[j])) {
    j--;
    gap++;
  }
  return gap > MAX_HEADING_GAP ? -1 : j;
}

function walkBack(index: LineIndex, a: Anchor, from: number, barrier: LineSet): number {
  const { text, starts, ends } = index;
  let start = a.endLine;
  let count = 1;
  for (;;) {
    const j = prevCandidate(index, start, from);
    if (j <= from || barrier.has(j) || count >= MAX_HEADING_LINES) break;
    // A rationale whose closing period is missing still ends the item before: no heading says
    // "medically necessary".
    if (endsSentence(text, starts[j], ends[j]) || CONCLUDES.test(index.line(j))) break;
    start = j;
    count++;
  }
  // A modified request: "<X> was the original request. ... The remaining IMR eligible portion of the
  // original request, <Y> is: Upheld". Sentences end inside it, so reach back to "was the original request".
  // The heading's lines as written: `\s` matches their line breaks too.
  const heading = text.slice(starts[start], ends[a.endLine]);
  if (ORIGINAL_REQUEST_COMMA.test(heading) && !WAS_THE_ORIGINAL_REQUEST.test(heading)) {
    let s = start;
    for (let k = 0; k < MAX_HEADING_LINES; k++) {
      const j = prevCandidate(index, s, from);
      if (j <= from || barrier.has(j)) break;
      s = j;
      const line = index.line(j);
      if (WAS_THE_ORIGINAL_REQUEST.test(line) || WAS_THE_AT_END.test(line)) {
        start = s;
        break;
      }
    }
  }
  return start;
}

const TITLE_END_PUNCTUATION = ': -\u2013\u2014;';
// (Expressions the parse runs per item are made once here: a literal in a function makes a new
// object each time it runs.)
const ORIGINAL_REQUEST_COMMA = /original\s+request\s*,/i;
const WAS_THE_ORIGINAL_REQUEST = /was\s+the\s+original\s+request/i;
const WAS_THE_AT_END = /was\s+the\s*$/i;
const IS_AT_END = /\s+is\s*$/i;

const ORIGINAL_REQUEST = /(?:portion\s+of\s+the\s+original\s+request|the\s+original\s+request)\s*,\s*/gi;

/** Item n; the texts of its fields and their tails are those of its labels, by the same index. */
function buildItem(
  index: LineIndex,
  a: Anchor,
  n: number,
  joined: FoldedText,
  labelLines: readonly number[],
  labelMatches: readonly LabelMatch[],
  texts: readonly FoldedText[],
): Item {
  const { text, starts, ends } = index;
  const startChar = headingStartChar(index, a);
  const headingEndChar = Math.max(a.endChar, 0);
  const heading = joined.text;
  let titleFrom = 0;
  let titleTo = heading.length;
  // Trailing colon of a heading without decision, the dash or semicolon some letters put before
  // the decision instead of a colon ("MRI of the knee - Upheld"), or stray spaces.
  while (titleTo > 0 && TITLE_END_PUNCTUATION.includes(heading[titleTo - 1])) titleTo--;
  ORIGINAL_REQUEST.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = -1;
  while ((m = ORIGINAL_REQUEST.exec(heading)) !== null) lastEnd = m.index + m[0].length;
  if (lastEnd >= 0 && lastEnd < titleTo) {
    titleFrom = lastEnd;
    const tail = heading.slice(titleFrom, titleTo);
    const is = IS_AT_END.exec(tail);
    if (is) titleTo = titleFrom + is.index;
  }
  const title = heading.slice(titleFrom, titleTo);

  // Where the heading ends: after the decision, or at its last character (its colon left out).
  const headEndLine = a.decision ? a.decisionLine : a.endLine;
  const headEndChar = a.decision
    ? a.decisionEnd
    : title.length > 0
      ? lastNonBlank(text, starts[a.endLine], ends[a.endLine]) - starts[a.endLine]
      : headingEndChar;

  // Each kind's first field, in the order the letter gives them; a kind written again goes to
  // extraFields. (Stored by name: a store keyed by a changing name costs V8 a lookup in a shared
  // table at every call.)
  const fields: { claimsAdministrator?: Field; maximus?: Field; rationale?: Field } = {};
  let extraFields: Field[] | null = null;
  let endLine = headEndLine;
  let endChar = headEndChar;
  const lastLabel = a.firstLabel + a.labelCount - 1;
  for (let k = a.firstLabel; k <= lastLabel; k++) {
    const line = labelLines[k];
    const match = labelMatches[k];
    const f = new ParsedField(match.kind, match.label, line, match.labelStart - starts[line], match.end - starts[line], texts[k]);
    const kind = f.kind;
    if (kind === 'claimsAdministrator' ? fields.claimsAdministrator : kind === 'maximus' ? fields.maximus : fields.rationale) {
      (extraFields ??= []).push(f);
    } else if (kind === 'claimsAdministrator') {
      fields.claimsAdministrator = f;
    } else if (kind === 'maximus') {
      fields.maximus = f;
    } else {
      fields.rationale = f;
    }
    // The item ends where its last field does: at the end of its text, or of its label when it has none.
    if (k === lastLabel) {
      const e = texts[k].end;
      const eLine = e ? e.line : line;
      const eChar = e ? e.character : match.end - starts[line];
      if (eLine > endLine || (eLine === endLine && eChar > endChar)) {
        endLine = eLine;
        endChar = eChar;
      }
    }
  }
  const extent: ItemExtent = {
    startLine: a.startLine,
    startChar,
    headEndLine,
    headEndChar,
    decisionStart: a.decisionStart,
    endLine,
    endChar,
    // An empty title is located where the heading ends.
    emptyTitleLine: title.length > 0 ? -1 : a.endLine,
    emptyTitleChar: headingEndChar,
  };
  return new ParsedItem(
    n,
    title,
    a.decision,
    a.decision ? text.slice(starts[a.decisionLine] + a.decisionStart, starts[a.decisionLine] + a.decisionEnd) : null,
    extent,
    fields,
    extraFields ?? NO_FIELDS,
    joined,
    titleFrom,
  );
}

/** Where an item's parts lie, as numbers: its ranges are built when first asked for. */
interface ItemExtent {
  readonly startLine: number;
  readonly startChar: number;
  readonly headEndLine: number;
  readonly headEndChar: number;
  /** The decision lies on headEndLine, from decisionStart to headEndChar. */
  readonly decisionStart: number;
  readonly endLine: number;
  readonly endChar: number;
  /** -1 when the title is not empty. */
  readonly emptyTitleLine: number;
  readonly emptyTitleChar: number;
}

/** An item as parsed: positions inside its title come from its folded heading. */
class ParsedItem implements Item {
  readonly form = 'item';
  readonly heading: string;
  readonly #heading: FoldedText;
  readonly #titleFrom: number;
  readonly #extent: ItemExtent;
  #headingRange: Range | undefined;
  #decisionRange: Range | undefined;
  #range: Range | undefined;
  #titleRange: Range | undefined;

  constructor(
    readonly index: number,
    readonly title: string,
    readonly decision: Decision | null,
    readonly decisionText: string | null,
    extent: ItemExtent,
    readonly fields: Readonly<Partial<Record<FieldKind, Field>>>,
    readonly extraFields: readonly Field[],
    heading: FoldedText,
    titleFrom: number,
  ) {
    this.heading = heading.text;
    this.#heading = heading;
    this.#titleFrom = titleFrom;
    this.#extent = extent;
  }

  // Most items are never asked where they or their parts lie: the ranges are made on demand.
  get headingRange(): Range {
    const x = this.#extent;
    return (this.#headingRange ??= range(x.startLine, x.startChar, x.headEndLine, x.headEndChar));
  }

  get decisionRange(): Range | null {
    if (!this.decision) return null;
    const x = this.#extent;
    return (this.#decisionRange ??= range(x.headEndLine, x.decisionStart, x.headEndLine, x.headEndChar));
  }

  get range(): Range {
    const x = this.#extent;
    return (this.#range ??= { start: this.headingRange.start, end: pos(x.endLine, x.endChar) });
  }

  get titleRange(): Range {
    const x = this.#extent;
    if (!this.#titleRange) {
      const at = x.emptyTitleLine >= 0 ? pos(x.emptyTitleLine, x.emptyTitleChar) : null;
      this.#titleRange = at ? { start: at, end: at } : this.titleRangeOf(0, this.title.length);
    }
    return this.#titleRange;
  }

  titleRangeOf(start: number, end: number): Range {
    return this.#heading.rangeOf(this.#titleFrom + start, this.#titleFrom + end);
  }
}

/**
 * A field as parsed: its text and the positions inside it come from its folded text. Its ranges
 * are built when first asked for.
 */
class ParsedField implements Field {
  readonly #folded: FoldedText;
  readonly #line: number;
  readonly #labelStart: number;
  readonly #labelEnd: number;
  #labelRange: Range | undefined;
  #range: Range | undefined;

  constructor(
    readonly kind: FieldKind,
    readonly label: string,
    line: number,
    labelStart: number,
    labelEnd: number,
    folded: FoldedText,
  ) {
    this.#folded = folded;
    this.#line = line;
    this.#labelStart = labelStart;
    this.#labelEnd = labelEnd;
  }

  get text(): string {
    return this.#folded.text;
  }

  get labelRange(): Range {
    return (this.#labelRange ??= range(this.#line, this.#labelStart, this.#line, this.#labelEnd));
  }

  get textRange(): Range | null {
    return this.#folded.range;
  }

  get range(): Range {
    return (this.#range ??= { start: this.labelRange.start, end: this.textRange?.end ?? this.labelRange.end });
  }

  textRangeOf(start: number, end: number): Range {
    return this.#folded.rangeOf(start, end);
  }
}
