import type { Decision, FieldKind } from '../model';
import { firstNonBlank, isBlankCode, lastNonBlank, wordAt } from '../text';

// The kinds of line the items parse tells apart: a heading's decision, a field label, the line
// that introduces the items, a line that closes a sentence. Each reads a line in place (the
// whole string, or a line's offsets in the text) without building strings. Their quick
// rejections are lookups built from the same word lists that they then compare in full.

/** Decision wordings, longest first so that "Partially Overturned" wins over "Overturned". */
const DECISION_WORDS: ReadonlyArray<readonly [string, Decision]> = [
  ['partially overturned', 'Partially Overturned'],
  ['partially overturn', 'Partially Overturned'],
  ['partially upheld', 'Partially Overturned'],
  ['overturned', 'Overturned'],
  ['overturn', 'Overturned'],
  ['upheld', 'Upheld'],
  ['uphold', 'Upheld'],
];

/** Entries filed under an ASCII letter, looked up by a character in either case (one array read per line). */
class ByLetter<T> {
  private readonly slots: T[][] = [];

  constructor(entries: Iterable<readonly [letter: string, entry: T]>) {
    for (const [letter, entry] of entries) (this.slots[letter.toLowerCase().charCodeAt(0)] ??= []).push(entry);
  }

  /** The entries under the character with this code, in the order given; undefined for none. */
  get(code: number): readonly T[] | undefined {
    return this.slots[code | 32];
  }
}

/** The decision wordings by their last letter, in the order of DECISION_WORDS. */
const DECISIONS_BY_LAST_LETTER = new ByLetter(DECISION_WORDS.map((entry) => [entry[0].slice(-1), entry] as const));

export interface DecisionMatch {
  readonly decision: Decision;
  /**
   * Column of the colon before the decision; -1 when the line holds the decision alone; -2 when
   * the decision follows the heading after a space only (a colon lost in extraction).
   */
  readonly colon: number;
  readonly wordStart: number;
  readonly wordEnd: number;
}

/**
 * Whether s[from, end) ends with `word` (lower case), ignoring case, without allocating. A space in
 * the word matches any one blank ("Partially\u00a0Overturned").
 */
function endsWithWord(line: string, from: number, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < from) return false;
  for (let i = 0; i < word.length; i++) {
    const c = line.charCodeAt(start + i);
    const w = word.charCodeAt(i);
    if (c !== w && (c | 32) !== w && !(w === 32 && isBlankCode(c))) return false;
  }
  return true;
}

/**
 * A decision at the end of the line s[from, to): `...: Upheld`, `...:Overturned.`, or the word
 * alone on its line. Offsets in the result are offsets in s. Hand-written rather than a regular
 * expression so that long lines of spaces cannot backtrack.
 */
export function matchDecisionAtEnd(line: string, from = 0, to = line.length, last = lastNonBlank(line, from, to)): DecisionMatch | null {
  let end = last;
  if (end - from < 2) return null;
  if (line.charCodeAt(end - 1) === 46 /* . */) end--;
  const candidates = DECISIONS_BY_LAST_LETTER.get(line.charCodeAt(end - 1));
  if (!candidates) return null;
  for (const [word, decision] of candidates) {
    if (!endsWithWord(line, from, end, word)) continue;
    const wordStart = end - word.length;
    // "partially  overturned" may carry more than one space; only single spaces are matched here,
    // which is what letters and templates produce.
    let k = wordStart;
    while (k > from && isBlankCode(line.charCodeAt(k - 1))) k--;
    if (k === from) return { decision, colon: -1, wordStart, wordEnd: end };
    if (line[k - 1] === ':') return { decision, colon: k - 1, wordStart, wordEnd: end };
    if (k < wordStart) return { decision, colon: -2, wordStart, wordEnd: end };
    return null;
  }
  return null;
}

interface LabelWords {
  readonly kind: FieldKind;
  /** The label's words, in order; between them any run of spaces, tabs and no-break spaces, after the last a colon. */
  readonly words: readonly string[];
  /** Whether the last word may be plural: "guidelines", or "guideline(s)" as the template writes "Page(s)". */
  readonly plural: boolean;
}

const LABELS: readonly LabelWords[] = [
  { kind: 'claimsAdministrator', words: ['claims', 'administrator', 'guideline'], plural: true },
  { kind: 'maximus', words: ['maximus', 'guideline'], plural: true },
  { kind: 'rationale', words: ['decision', 'rationale'], plural: false },
];

/** The labels by their first letter. */
const LABELS_BY_FIRST_LETTER = new ByLetter(LABELS.map((l) => [l.words[0][0], l] as const));

const PLURAL_ENDINGS = ['s', '(s)'];

/** The length of the plural ending at s[at], or 0. (A loop: a closure here would cost every line read an allocation.) */
function pluralEndingAt(line: string, at: number, to: number): number {
  for (const ending of PLURAL_ENDINGS) if (wordAt(line, at, ending, to)) return ending.length;
  return 0;
}

/** White space as \s knows it (the label may follow any, and a BOM). */
function isRegExpSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Offset of the first character of s[from, to) that \s does not match, or `to`. */
function skipRegExpSpace(line: string, from: number, to: number): number {
  while (from < to && isRegExpSpace(line.charCodeAt(from))) from++;
  return from;
}

/** Offset just past the last character of s[from, to) that \s does not match, or `from`. */
function skipRegExpSpaceBack(line: string, from: number, to: number): number {
  while (to > from && isRegExpSpace(line.charCodeAt(to - 1))) to--;
  return to;
}

/** Spaces, tabs and no-break spaces (which some PDFs use for every space), up to `to`. */
function skipLabelSpaces(line: string, i: number, to: number): number {
  for (let c = line.charCodeAt(i); i < to && (c === 32 || c === 9 || c === 0xa0); c = line.charCodeAt(i)) i++;
  return i;
}

export interface LabelMatch {
  readonly kind: FieldKind;
  readonly label: string;
  /** Offsets of the label, and just past the colon. */
  readonly labelStart: number;
  readonly end: number;
}

/**
 * A field label at the start of the line s[from, to): "Claims Administrator guideline:", "MAXIMUS
 * guideline:", "Decision rationale:", in any case, with any spaces or tabs between the words and
 * before the colon. Offsets in the result are offsets in s.
 */
export function matchFieldLabel(line: string, from = 0, to = line.length): LabelMatch | null {
  const start = skipRegExpSpace(line, from, to);
  const candidates = LABELS_BY_FIRST_LETTER.get(line.charCodeAt(start));
  if (!candidates) return null;
  for (const label of candidates) {
    const end = labelEnd(line, start, to, label);
    if (end >= 0) return { kind: label.kind, label: line.slice(start, end), labelStart: start, end: colonAfter(line, end, to) + 1 };
  }
  return null;
}

/** Where a label's words end when they stand at s[start] and a colon follows them; else -1. */
function labelEnd(line: string, start: number, to: number, label: LabelWords): number {
  let j = start;
  for (let w = 0; w < label.words.length; w++) {
    if (w > 0) j = skipLabelSpaces(line, j, to);
    if (!wordAt(line, j, label.words[w], to)) return -1;
    j += label.words[w].length;
  }
  if (label.plural) j += pluralEndingAt(line, j, to);
  return colonAfter(line, j, to) >= 0 ? j : -1;
}

/** The offset of the colon after a label's words (spaces allowed before it), or -1. */
function colonAfter(line: string, at: number, to: number): number {
  const j = skipLabelSpaces(line, at, to);
  return j < to && line.charCodeAt(j) === 58 /* : */ ? j : -1;
}

/** How the line that introduces the items ends: "...disputed items/services set forth below:". */
const INTRO_ENDINGS = ['set forth below', 'set forth'];
/** Wrapped, the intro may leave its last word alone on a line. */
const INTRO_LAST_LINE = 'below';
/** How the 2016-2017 letters' intro starts. */
const INTRO_START = 'The Final Determination was based on';

const spaced = (words: string): string => words.split(' ').join('\\s+');
const INTRO_TAIL = new RegExp(`(?:${INTRO_ENDINGS.map(spaced).join('|')}|^\\s*${INTRO_LAST_LINE})\\s*:?\\s*$`, 'i');
/** The last words an intro can end with: a line is read in full only when it ends with one. */
const INTRO_LAST_WORDS = [...new Set([...INTRO_ENDINGS.map((e) => e.split(' ').pop()!), INTRO_LAST_LINE])].map((w) => w.toLowerCase());
const INTRO_HEAD = new RegExp(spaced(INTRO_START), 'iy');
const INTRO_FIRST_WORD = INTRO_START.split(' ')[0].toLowerCase();

/** Whether s[from, end) ends with one of the words. */
function endsWithOneOf(line: string, from: number, end: number, words: readonly string[]): boolean {
  for (const w of words) if (endsWithWord(line, from, end, w)) return true;
  return false;
}

/**
 * The line that introduces the items: its text (between its blanks) ends "...set forth below:",
 * "...set forth" or is "below:" (the intro wrapped), or starts "The Final Determination was based
 * on". As INTRO_TAIL and INTRO_HEAD say; the words read first only spare most lines the expressions.
 */
export function isItemsIntro(line: string, from = 0, to = line.length): boolean {
  const first = firstNonBlank(line, from, to);
  const last = lastNonBlank(line, first, to);
  return first < last && (endsLikeIntro(line, first, last) || startsLikeIntro(line, first, last));
}

/** What the text of an intro may end with: a colon, or the last letter of an ending (beyond ASCII, a space \s knows). */
const INTRO_LAST_CHARACTERS = new Uint8Array(128);
for (const c of [':', ...INTRO_LAST_WORDS.map((w) => w[w.length - 1])]) INTRO_LAST_CHARACTERS[c.charCodeAt(0)] = 1;

function endsLikeIntro(line: string, first: number, last: number): boolean {
  const c = line.charCodeAt(last - 1) | 32;
  if (c < 128 && INTRO_LAST_CHARACTERS[c] === 0) return false;
  // The end, past white space and a colon, must be the last word of an ending.
  let end = skipRegExpSpaceBack(line, first, last);
  if (end > first && line.charCodeAt(end - 1) === 58 /* : */) end = skipRegExpSpaceBack(line, first, end - 1);
  return endsWithOneOf(line, first, end, INTRO_LAST_WORDS) && INTRO_TAIL.test(line.slice(first, last));
}

function startsLikeIntro(line: string, first: number, last: number): boolean {
  if (!wordAt(line, first, INTRO_FIRST_WORD, last)) return false;
  // Run on the whole text from the line's first word; the match must end within the line.
  INTRO_HEAD.lastIndex = first;
  return INTRO_HEAD.test(line) && INTRO_HEAD.lastIndex <= last;
}

/** A line that closes a sentence, so that an item heading cannot continue it backwards. */
export function endsSentence(line: string, from = 0, to = line.length): boolean {
  const end = lastNonBlank(line, from, to);
  if (end === from) return false;
  const c = line[end - 1];
  if (c === '.' || c === '!' || c === '?') return true;
  if ((c === '"' || c === ')' || c === '\u201d') && end - from >= 2) {
    const b = line[end - 2];
    return b === '.' || b === '!' || b === '?';
  }
  return false;
}
