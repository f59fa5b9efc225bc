import { FIELD_KINDS, type Decision, type Field, type FieldKind, type Item } from '../model';
import { FoldedText, isPageNoise, LineFolding } from '../text';
import { comparePositions, firstNonBlank, isBlank, lastNonBlank, LineIndex, pos, Position, range, Range } from '../text';
import { endsSentence, isItemsIntro, LabelMatch, matchDecisionAtEnd, matchFieldLabel } from './lineKinds';

// The disputed items of the issues section, parsed in four steps, each a function below:
// 1. findAnchors: the lines that anchor items, field labels and the ends of headings (their decisions);
// 2. groupIntoItems: each label joins the item before it, or starts one of its own;
// 3. attachHeading: each heading is found by walking back from its last line;
// 4. buildItem: the title, the decision, the fields and where they lie.

/** A field label, on its line. */
interface LabelAnchor {
  readonly kind: 'label';
  readonly line: number;
  readonly label: LabelMatch;
}

/** The decision that ends an item heading, and where that heading ends (before the decision's colon). */
interface HeadingAnchor {
  readonly kind: 'heading';
  readonly end: HeadingEnd;
  readonly decision: DecisionAt;
}

type Anchor = LabelAnchor | HeadingAnchor;

/** The last line of a heading, and the column just before its colon (or past its last character). */
interface HeadingEnd {
  readonly line: number;
  readonly char: number;
}

/** A decision as written: its line and the columns of its word. */
interface DecisionAt {
  readonly decision: Decision;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** An item as the steps assemble it. */
interface ItemDraft {
  /** Its heading's first line: the last to begin with, until attachHeading walks back. */
  startLine: number;
  readonly end: HeadingEnd;
  /** False for an item found by its field labels alone, with no heading line before them. */
  readonly hasHeading: boolean;
  readonly decision: DecisionAt | null;
  readonly labels: LabelAnchor[];
}

/** How far back a heading may reach: the modified-request paragraphs of 2016-2017 run to 6 lines. */
const MAX_HEADING_LINES = 8;
/** Blank lines a heading may span (PDF line doubling plus a page break). */
const MAX_HEADING_GAP = 6;
/** A heading line before a label, longer than this, is the end of a paragraph instead. */
const MAX_BARE_HEADING_LENGTH = 200;
/** Words no heading holds: a rationale whose closing period is missing still ends the item before. */
const CONCLUDES = /medically\s+nec|medical\s+nec|recommendation\s+is\s+for/i;

/**
 * Finds the disputed items between `from` (exclusive: the issues heading) and `to` (exclusive).
 * `stopLines` are lines no heading may run over (section headings).
 */
export function parseItems(index: LineIndex, folding: LineFolding, from: number, to: number, stopLines: Iterable<number>): Item[] {
  const lines = new IssueLines(index, from, to, stopLines);
  const drafts = groupIntoItems(findAnchors(lines), lines);
  for (const d of drafts) attachHeading(d, lines);
  return drafts.map((d, n) => buildItem(d, n, n + 1 < drafts.length ? drafts[n + 1].startLine : to, lines, folding));
}

/**
 * The lines of the issues section, read in place by their offsets, and the barrier: the lines no
 * heading may run over (labels, decisions, section headings, the intro, page footers, and the
 * first line of each heading found).
 */
class IssueLines {
  readonly text: string;
  private readonly barrier: Uint8Array;

  constructor(
    readonly index: LineIndex,
    readonly from: number,
    readonly to: number,
    stopLines: Iterable<number>,
  ) {
    this.text = index.text;
    this.barrier = new Uint8Array(index.lineCount);
    for (const l of stopLines) this.stop(l);
  }

  stop(line: number): void {
    if (line >= 0 && line < this.barrier.length) this.barrier[line] = 1;
  }

  stops(line: number): boolean {
    return this.barrier[line] === 1;
  }

  blank(l: number): boolean {
    return isBlank(this.text, this.index.starts[l], this.index.ends[l]);
  }

  /** Column of the first non-blank character of a line. */
  firstColumn(l: number): number {
    return firstNonBlank(this.text, this.index.starts[l], this.index.ends[l]) - this.index.starts[l];
  }

  /** Column just past the last non-blank character of a line. */
  lastColumn(l: number): number {
    return lastNonBlank(this.text, this.index.starts[l], this.index.ends[l]) - this.index.starts[l];
  }

  labelOn(l: number): LabelMatch | null {
    return matchFieldLabel(this.text, this.index.starts[l], this.index.ends[l]);
  }

  /** Whether the next non-blank line after i is a field label. */
  labelFollows(i: number): boolean {
    const n = this.nextNonBlank(i);
    return n < this.to && this.labelOn(n) !== null;
  }

  /** The next non-blank line after i, or `to`. */
  nextNonBlank(i: number): number {
    let j = i + 1;
    while (j < this.to && this.blank(j)) j++;
    return j;
  }

  /** The last non-blank line before i, or `from`. */
  prevNonBlank(i: number): number {
    let j = i - 1;
    while (j > this.from && this.blank(j)) j--;
    return j;
  }

  /** The last non-blank line before i, or -1 past too many blank lines. */
  prevHeadingLine(i: number): number {
    const j = this.prevNonBlank(i);
    return i - 1 - j > MAX_HEADING_GAP ? -1 : j;
  }

  /**
   * Whether a line ends the paragraph of a field: the lines from it up to the field's label are
   * written with single line breaks. (In PDF text with doubled line breaks no paragraph has more
   * than one line, and a heading's lines may be parted by blank lines.)
   */
  endsFieldParagraph(l: number): boolean {
    for (let k = l - 1; k > this.from && !this.blank(k); k--) {
      if (this.labelOn(k)) return true;
      if (this.stops(k)) return false;
    }
    return false;
  }

  /** Whether a line ends a sentence or concludes, so that a heading cannot run back over it. */
  closes(l: number): boolean {
    return endsSentence(this.text, this.index.starts[l], this.index.ends[l]) || CONCLUDES.test(this.index.line(l));
  }
}

/** Step 1: every field label and every decision that ends a heading, in document order. */
function findAnchors(lines: IssueLines): Anchor[] {
  const { text, index } = lines;
  const anchors: Anchor[] = [];
  for (let i = lines.from + 1; i < lines.to; i++) {
    if (lines.blank(i)) continue;
    const label = lines.labelOn(i);
    if (label) {
      lines.stop(i);
      anchors.push({ kind: 'label', line: i, label });
    } else if (isItemsIntro(text, index.starts[i], index.ends[i]) || isPageNoise(text, index.starts[i], index.ends[i])) {
      lines.stop(i);
    } else {
      const heading = headingEndingOn(i, lines);
      if (heading) anchors.push(heading);
    }
  }
  return anchors;
}

/**
 * The heading that line i ends with its decision: "...: Upheld"; "MRI of the knee Upheld" when a
 * field label follows; or the decision alone on its line, after a heading line that ends with a
 * colon or before a field label. Its lines join the barrier.
 */
function headingEndingOn(i: number, lines: IssueLines): HeadingAnchor | null {
  const lineStart = lines.index.starts[i];
  const d = matchDecisionAtEnd(lines.text, lineStart, lines.index.ends[i]);
  if (!d) return null;
  const decision: DecisionAt = { decision: d.decision, line: i, start: d.wordStart - lineStart, end: d.wordEnd - lineStart };
  let end: HeadingEnd;
  if (d.colon >= 0) {
    end = { line: i, char: d.colon - lineStart };
  } else if (d.colon === -2) {
    if (!lines.labelFollows(i)) return null;
    end = { line: i, char: lastNonBlank(lines.text, lineStart, d.wordStart) - lineStart };
  } else {
    const p = lines.prevNonBlank(i);
    const colonBefore = p > lines.from && !lines.stops(p) && lines.text.charCodeAt(lines.index.starts[p] + lines.lastColumn(p) - 1) === 58; /* : */
    if (colonBefore) {
      lines.stop(p);
      end = { line: p, char: lines.lastColumn(p) - 1 };
    } else if (lines.labelFollows(i)) {
      end = { line: i, char: d.wordStart - lineStart };
    } else {
      return null;
    }
  }
  lines.stop(i);
  return { kind: 'heading', end, decision };
}

/**
 * Step 2: items from the anchors. A heading starts an item; a label joins the item before it,
 * unless the fields start over (see startsNewItem), and then it starts one with the line before it
 * as its heading, when there is one.
 */
function groupIntoItems(anchors: readonly Anchor[], lines: IssueLines): ItemDraft[] {
  const drafts: ItemDraft[] = [];
  let current: ItemDraft | undefined;
  for (const a of anchors) {
    if (a.kind === 'heading') {
      current = { startLine: a.end.line, end: a.end, hasHeading: true, decision: a.decision, labels: [] };
      drafts.push(current);
      continue;
    }
    if (!current || startsNewItem(current, a, lines)) {
      current = itemBeforeLabel(a, headingLineBefore(a.line, !current || a.label.kind === 'claimsAdministrator', lines), lines);
      drafts.push(current);
    }
    current.labels.push(a);
  }
  return drafts;
}

/**
 * Whether a label starts a new item: the first field always does, and a later one when a heading
 * line stands before it (otherwise it repeats a field of this item).
 */
function startsNewItem(current: ItemDraft, a: LabelAnchor, lines: IssueLines): boolean {
  const last = current.labels.at(-1);
  if (!last) return false;
  if (a.label.kind === 'claimsAdministrator') return true;
  return FIELD_KINDS.indexOf(a.label.kind) <= FIELD_KINDS.indexOf(last.label.kind) && headingLineBefore(a.line, false, lines) !== -1;
}

/**
 * A heading line for an item whose decision is missing: the last non-blank line before a label,
 * unless it closes a sentence (then the label repeats a field of the item before), or, when not
 * `lenient`, is long enough to be the end of a paragraph. -1 when there is none.
 */
function headingLineBefore(labelLine: number, lenient: boolean, lines: IssueLines): number {
  const p = lines.prevNonBlank(labelLine);
  if (p <= lines.from || lines.stops(p) || CONCLUDES.test(lines.index.line(p))) return -1;
  const closes = endsSentence(lines.text, lines.index.starts[p], lines.index.ends[p]);
  if (lenient && !closes) return p;
  if (closes || lines.lastColumn(p) - lines.firstColumn(p) > MAX_BARE_HEADING_LENGTH) return -1;
  return p;
}

/** An item that starts at a label: its heading is the line `headingLine` (without its colon), or none (-1). */
function itemBeforeLabel(a: LabelAnchor, headingLine: number, lines: IssueLines): ItemDraft {
  if (headingLine === -1) {
    return { startLine: a.line, end: { line: a.line, char: lines.firstColumn(a.line) }, hasHeading: false, decision: null, labels: [] };
  }
  let char = lines.lastColumn(headingLine);
  if (lines.text.charCodeAt(lines.index.starts[headingLine] + char - 1) === 58 /* : */) char--;
  return { startLine: headingLine, end: { line: headingLine, char }, hasHeading: true, decision: null, labels: [] };
}

/**
 * Step 3: the first line of an item's heading, walked back from its last line over lines that do
 * not close a sentence. Never across a blank line into a field's paragraph: its last line,
 * unfinished while a sentence is typed, is not the start of the next heading. Its first line then
 * joins the barrier.
 */
function attachHeading(d: ItemDraft, lines: IssueLines): void {
  if (!d.hasHeading) return;
  let start = d.end.line;
  for (let count = 1; count < MAX_HEADING_LINES; count++) {
    const j = lines.prevHeadingLine(start);
    if (j <= lines.from || lines.stops(j) || lines.closes(j)) break;
    if (j < start - 1 && lines.endsFieldParagraph(j)) break;
    start = j;
  }
  d.startLine = reachOriginalRequest(start, d.end.line, lines);
  lines.stop(d.startLine);
}

const ORIGINAL_REQUEST_COMMA = /original\s+request\s*,/i;
const WAS_THE_ORIGINAL_REQUEST = /was\s+the\s+original\s+request/i;
const WAS_THE_AT_END = /was\s+the\s*$/i;

/**
 * A modified request: "<X> was the original request. ... The remaining IMR eligible portion of the
 * original request, <Y> is: Upheld". Sentences end inside it, so its heading reaches back to "was
 * the original request". Returns the heading's first line.
 */
function reachOriginalRequest(start: number, endLine: number, lines: IssueLines): number {
  const { starts, ends } = lines.index;
  // The heading's lines as written: `\s` matches their line breaks too.
  const heading = lines.text.slice(starts[start], ends[endLine]);
  if (!ORIGINAL_REQUEST_COMMA.test(heading) || WAS_THE_ORIGINAL_REQUEST.test(heading)) return start;
  let s = start;
  for (let k = 0; k < MAX_HEADING_LINES; k++) {
    const j = lines.prevHeadingLine(s);
    if (j <= lines.from || lines.stops(j)) break;
    s = j;
    const line = lines.index.line(j);
    if (WAS_THE_ORIGINAL_REQUEST.test(line) || WAS_THE_AT_END.test(line)) return s;
  }
  return start;
}

/**
 * Step 4: the item: its heading folded and its title read from it, its fields (each to the line
 * before the next label, or before `nextStart`, where the next item begins) and where it all lies.
 */
function buildItem(d: ItemDraft, n: number, nextStart: number, lines: IssueLines, folding: LineFolding): Item {
  const startChar = lines.firstColumn(d.startLine);
  const headingEndChar = Math.max(d.end.char, 0);
  const heading = new FoldedText(folding, { startLine: d.startLine, startChar, endLine: d.end.line, endChar: headingEndChar });
  const { from, to } = titleWithin(heading.text);
  const title = heading.text.slice(from, to);
  // Where the heading ends: after the decision, or at its last character (its colon left out).
  const headingEnd = d.decision ? pos(d.decision.line, d.decision.end) : pos(d.end.line, title ? lines.lastColumn(d.end.line) : headingEndChar);
  const fields: Partial<Record<FieldKind, Field>> = {};
  const extraFields: Field[] = [];
  let end = headingEnd;
  for (let k = 0; k < d.labels.length; k++) {
    const f = new ParsedField(d.labels[k], k + 1 < d.labels.length ? d.labels[k + 1].line : nextStart, lines, folding);
    if (fields[f.kind]) extraFields.push(f);
    else fields[f.kind] = f;
    // The item ends where its last field does.
    if (k === d.labels.length - 1 && comparePositions(f.range.end, end) > 0) end = f.range.end;
  }
  const headingRange: Range = { start: pos(d.startLine, startChar), end: headingEnd };
  return new ParsedItem({
    index: n,
    title,
    heading: heading.text,
    headingRange,
    foldedHeading: heading,
    titleFrom: from,
    // An empty title is located where the heading ends.
    emptyTitleAt: title ? null : pos(d.end.line, headingEndChar),
    decision: d.decision?.decision ?? null,
    decisionText: d.decision ? decisionText(d.decision, lines.index) : null,
    decisionRange: d.decision ? range(d.decision.line, d.decision.start, d.decision.line, d.decision.end) : null,
    range: { start: headingRange.start, end },
    fields,
    extraFields,
  });
}

function decisionText(d: DecisionAt, index: LineIndex): string {
  return index.text.slice(index.starts[d.line] + d.start, index.starts[d.line] + d.end);
}

/** What may stand between a title and its decision: a colon, a dash or a semicolon, spaces. */
const TITLE_END_PUNCTUATION = ': -\u2013\u2014;';
const ORIGINAL_REQUEST = /(?:portion\s+of\s+the\s+original\s+request|the\s+original\s+request)\s*,\s*/gi;
const IS_AT_END = /\s+is\s*$/i;

/**
 * Where the title lies in a heading's text: without the punctuation before the decision and, for a
 * modified request, the remaining portion only (after the last "original request," and before "is").
 */
function titleWithin(heading: string): { from: number; to: number } {
  let from = 0;
  let to = heading.length;
  while (to > 0 && TITLE_END_PUNCTUATION.includes(heading[to - 1])) to--;
  // Where the last "original request," ends (a global expression's lastIndex, after each match).
  let lastEnd = -1;
  ORIGINAL_REQUEST.lastIndex = 0;
  while (ORIGINAL_REQUEST.test(heading)) lastEnd = ORIGINAL_REQUEST.lastIndex;
  if (lastEnd >= 0 && lastEnd < to) {
    from = lastEnd;
    const is = IS_AT_END.exec(heading.slice(from, to));
    if (is) to = from + is.index;
  }
  return { from, to };
}

interface ItemParts extends Omit<Item, 'form' | 'titleRange' | 'titleRangeOf'> {
  readonly foldedHeading: FoldedText;
  /** Where the title starts in the folded heading. */
  readonly titleFrom: number;
  /** Where an empty title is located; null when the title is not empty. */
  readonly emptyTitleAt: Position | null;
}

/** An item as parsed: positions inside its title come from its folded heading, when first asked for. */
class ParsedItem implements Item {
  readonly form = 'item';
  readonly index: number;
  readonly title: string;
  readonly heading: string;
  readonly headingRange: Range;
  readonly decision: Decision | null;
  readonly decisionText: string | null;
  readonly decisionRange: Range | null;
  readonly range: Range;
  readonly fields: Readonly<Partial<Record<FieldKind, Field>>>;
  readonly extraFields: readonly Field[];
  readonly #foldedHeading: FoldedText;
  readonly #titleFrom: number;
  readonly #emptyTitleAt: Position | null;
  #titleRange: Range | undefined;

  constructor(parts: ItemParts) {
    this.index = parts.index;
    this.title = parts.title;
    this.heading = parts.heading;
    this.headingRange = parts.headingRange;
    this.decision = parts.decision;
    this.decisionText = parts.decisionText;
    this.decisionRange = parts.decisionRange;
    this.range = parts.range;
    this.fields = parts.fields;
    this.extraFields = parts.extraFields;
    this.#foldedHeading = parts.foldedHeading;
    this.#titleFrom = parts.titleFrom;
    this.#emptyTitleAt = parts.emptyTitleAt;
  }

  get titleRange(): Range {
    const at = this.#emptyTitleAt;
    return (this.#titleRange ??= at ? { start: at, end: at } : this.titleRangeOf(0, this.title.length));
  }

  titleRangeOf(start: number, end: number): Range {
    return this.#foldedHeading.rangeOf(this.#titleFrom + start, this.#titleFrom + end);
  }
}

/**
 * A field as parsed, from its label to the last non-blank line before `nextLabelLine`: its text
 * and the positions inside it come from its folded text.
 */
class ParsedField implements Field {
  readonly kind: FieldKind;
  readonly label: string;
  readonly labelRange: Range;
  readonly #folded: FoldedText;
  #range: Range | undefined;

  constructor(a: LabelAnchor, nextLabelLine: number, lines: IssueLines, folding: LineFolding) {
    const lineStart = lines.index.starts[a.line];
    this.kind = a.label.kind;
    this.label = a.label.label;
    this.labelRange = range(a.line, a.label.labelStart - lineStart, a.line, a.label.end - lineStart);
    let last = nextLabelLine - 1;
    while (last > a.line && lines.blank(last)) last--;
    this.#folded = new FoldedText(folding, { startLine: a.line, startChar: a.label.end - lineStart, endLine: last, endChar: lines.index.lineLength(last) });
  }

  get text(): string {
    return this.#folded.text;
  }

  get textRange(): Range | null {
    return this.#folded.range;
  }

  /** From the label to the end of the text, or of the label when the field is empty. */
  get range(): Range {
    return (this.#range ??= { start: this.labelRange.start, end: this.textRange?.end ?? this.labelRange.end });
  }

  textRangeOf(start: number, end: number): Range {
    return this.#folded.rangeOf(start, end);
  }
}
