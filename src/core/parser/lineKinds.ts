import type { Decision, FieldKind } from '../model';
import { firstNonBlank, isBlankCode, lastNonBlank, wordAt } from '../text';

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
  // Cheap rejection: every wording ends in "ed", "ld" or "rn".
  const lastChar = line.charCodeAt(end - 1) | 32;
  const before = line.charCodeAt(end - 2) | 32;
  if (lastChar === 100 /* d */ ? before !== 101 /* e */ && before !== 108 /* l */ : lastChar !== 110 /* n */ || before !== 114 /* r */) return null;
  for (const [word, decision] of DECISION_WORDS) {
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

/** The labels' words, in order; between them any run of spaces, tabs and no-break spaces, after the last a colon. */
const LABELS: ReadonlyArray<{ readonly kind: FieldKind; readonly words: readonly string[]; readonly plural: boolean }> = [
  { kind: 'claimsAdministrator', words: ['claims', 'administrator', 'guideline'], plural: true },
  { kind: 'maximus', words: ['maximus', 'guideline'], plural: true },
  { kind: 'rationale', words: ['decision', 'rationale'], plural: false },
];

/** White space as \s knows it (the label may follow any, and a BOM). */
function isRegExpSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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
export function matchFieldLabel(line: string, from = 0, to = line.length, first = firstNonBlank(line, from, to)): LabelMatch | null {
  // Every label starts with "cl", "ma" or "de": other lines are rejected at once.
  if (first + 1 >= to) return null;
  const pair = ((line.charCodeAt(first) | 32) << 8) | (line.charCodeAt(first + 1) | 32);
  // The first two letters tell which label it can be.
  const label = pair === 0x636c /* cl */ ? LABELS[0] : pair === 0x6d61 /* ma */ ? LABELS[1] : pair === 0x6465 /* de */ ? LABELS[2] : null;
  if (!label) return null;
  let start = from;
  while (start < to && isRegExpSpace(line.charCodeAt(start))) start++;
  const { kind, words, plural } = label;
  let j = start;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) j = skipLabelSpaces(line, j, to);
    if (!wordAt(line, j, words[w], to)) return null;
    j += words[w].length;
  }
  // "guidelines", and "guideline(s)" as the template writes "Page(s)" and "Section(s)".
  if (plural && j < to && (line.charCodeAt(j) | 32) === 115 /* s */) j++;
  else if (plural && j + 3 <= to && line.startsWith('(s)', j)) j += 3;
  const labelEnd = j;
  j = skipLabelSpaces(line, j, to);
  if (j >= to || line.charCodeAt(j) !== 58 /* : */) return null;
  return { kind, label: line.slice(start, labelEnd), labelStart: start, end: j + 1 };
}

const INTRO_TAIL = /(?:set\s+forth(?:\s+below)?|^\s*below)\s*:?\s*$/i;
const INTRO_HEAD = /The\s+Final\s+Determination\s+was\s+based\s+on/iy;

/** The line that introduces the items: "...disputed items/services set forth below:". */
export function isItemsIntro(line: string, from = 0, to = line.length, first = firstNonBlank(line, from, to), end = lastNonBlank(line, from, to)): boolean {
  if (end <= from) return false;
  const last = line.charCodeAt(end - 1) | 32;
  // Wrapped, the intro leaves "...set forth" and "below:" on two lines: both stop a heading.
  if (last === 58 /* : */ || last === 119 /* w */ || last === 104 /* h */) {
    const tail = line.slice(Math.max(from, end - 8), end).toLowerCase();
    if ((tail.includes('below') || tail.endsWith('forth')) && INTRO_TAIL.test(line.slice(Math.max(from, end - 40), end))) return true;
  }
  // "The...": the pattern runs on few lines, at the line's first word.
  if (
    first + 3 <= to &&
    (line.charCodeAt(first) | 32) === 116 /* t */ &&
    (line.charCodeAt(first + 1) | 32) === 104 /* h */ &&
    (line.charCodeAt(first + 2) | 32) === 101 /* e */
  ) {
    INTRO_HEAD.lastIndex = first;
    return INTRO_HEAD.test(line) && INTRO_HEAD.lastIndex <= to;
  }
  return false;
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
