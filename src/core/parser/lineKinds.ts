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

/** Two characters as one number, letters in lower case: how the lookups below are keyed. */
function pairKey(first: number, second: number): number {
  return ((first | 32) << 16) | (second | 32);
}

/** The decision wordings by their last two letters, in the order of DECISION_WORDS. */
const DECISIONS_BY_ENDING = new Map<number, Array<readonly [string, Decision]>>();
for (const entry of DECISION_WORDS) {
  const [word] = entry;
  const key = pairKey(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1));
  DECISIONS_BY_ENDING.set(key, [...(DECISIONS_BY_ENDING.get(key) ?? []), entry]);
}

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
  const candidates = DECISIONS_BY_ENDING.get(pairKey(line.charCodeAt(end - 2), line.charCodeAt(end - 1)));
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

/** The labels by the first two letters of their first word. */
const LABELS_BY_START = new Map(LABELS.map((l) => [pairKey(l.words[0].charCodeAt(0), l.words[0].charCodeAt(1)), l]));

const PLURAL_ENDINGS = ['s', '(s)'];

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
  if (start + 1 >= to) return null;
  const label = LABELS_BY_START.get(pairKey(line.charCodeAt(start), line.charCodeAt(start + 1)));
  if (!label) return null;
  let j = start;
  for (let w = 0; w < label.words.length; w++) {
    if (w > 0) j = skipLabelSpaces(line, j, to);
    if (!wordAt(line, j, label.words[w], to)) return null;
    j += label.words[w].length;
  }
  if (label.plural) {
    const ending = PLURAL_ENDINGS.find((s) => wordAt(line, j, s, to));
    if (ending) j += ending.length;
  }
  const labelEnd = j;
  j = skipLabelSpaces(line, j, to);
  if (j >= to || line.charCodeAt(j) !== 58 /* : */) return null;
  return { kind: label.kind, label: line.slice(start, labelEnd), labelStart: start, end: j + 1 };
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

/**
 * The line that introduces the items: its text (between its blanks) ends "...set forth below:",
 * "...set forth" or is "below:" (the intro wrapped), or starts "The Final Determination was based
 * on". As INTRO_TAIL and INTRO_HEAD say; the words read first only spare most lines the expressions.
 */
export function isItemsIntro(line: string, from = 0, to = line.length): boolean {
  const first = firstNonBlank(line, from, to);
  const last = lastNonBlank(line, first, to);
  if (first >= last) return false;
  // The end, past white space and a colon, must be the last word of an ending.
  let end = skipRegExpSpaceBack(line, first, last);
  if (end > first && line.charCodeAt(end - 1) === 58 /* : */) end = skipRegExpSpaceBack(line, first, end - 1);
  if (INTRO_LAST_WORDS.some((w) => endsWithWord(line, first, end, w)) && INTRO_TAIL.test(line.slice(first, last))) return true;
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
