import type { Decision, FieldKind } from '../model';
import { firstNonBlank, isBlankCode, lastNonBlank } from '../text';

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
 * Whether line[0..end) ends with `word` (lower case), ignoring case, without allocating. A space in
 * the word matches any one blank ("Partially\u00a0Overturned").
 */
function endsWithWord(line: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = line.charCodeAt(start + i);
    const w = word.charCodeAt(i);
    if (c !== w && (c | 32) !== w && !(w === 32 && isBlankCode(c))) return false;
  }
  return true;
}

/**
 * A decision at the end of a line: `...: Upheld`, `...:Overturned.`, or the word alone on its line.
 * Hand-written rather than a regular expression so that long lines of spaces cannot backtrack.
 */
export function matchDecisionAtEnd(line: string, last = lastNonBlank(line)): DecisionMatch | null {
  let end = last;
  if (end === 0) return null;
  if (line.charCodeAt(end - 1) === 46 /* . */) end--;
  // Cheap rejection: every wording ends in "ed", "ld" or "rn".
  const lastChar = line.charCodeAt(end - 1) | 32;
  const before = line.charCodeAt(end - 2) | 32;
  if (lastChar === 100 /* d */ ? before !== 101 /* e */ && before !== 108 /* l */ : lastChar !== 110 /* n */ || before !== 114 /* r */) return null;
  for (const [word, decision] of DECISION_WORDS) {
    if (!endsWithWord(line, end, word)) continue;
    const wordStart = end - word.length;
    // "partially  overturned" may carry more than one space; only single spaces are matched here,
    // which is what letters and templates produce.
    let k = wordStart;
    while (k > 0 && isBlankCode(line.charCodeAt(k - 1))) k--;
    if (k === 0) return { decision, colon: -1, wordStart, wordEnd: end };
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

/** Spaces, tabs and no-break spaces (which some PDFs use for every space). */
function skipLabelSpaces(line: string, i: number): number {
  for (let c = line.charCodeAt(i); c === 32 || c === 9 || c === 0xa0; c = line.charCodeAt(i)) i++;
  return i;
}

/** Whether `word` (lower-case ASCII) stands at `i`, in any case. */
function wordAt(line: string, i: number, word: string): boolean {
  if (i + word.length > line.length) return false;
  for (let k = 0; k < word.length; k++) if ((line.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

export interface LabelMatch {
  readonly kind: FieldKind;
  readonly label: string;
  readonly labelStart: number;
  /** Column just past the colon. */
  readonly end: number;
}

/**
 * A field label at the start of a line: "Claims Administrator guideline:", "MAXIMUS guideline:",
 * "Decision rationale:", in any case, with any spaces or tabs between the words and before the colon.
 */
export function matchFieldLabel(line: string, first = firstNonBlank(line)): LabelMatch | null {
  // Every label starts with "cl", "ma" or "de": other lines are rejected at once.
  const pair = ((line.charCodeAt(first) | 32) << 8) | (line.charCodeAt(first + 1) | 32);
  if (pair !== 0x636c /* cl */ && pair !== 0x6d61 /* ma */ && pair !== 0x6465 /* de */) return null;
  let start = 0;
  while (start < line.length && isRegExpSpace(line.charCodeAt(start))) start++;
  for (const { kind, words, plural } of LABELS) {
    let j = start;
    let matched = true;
    for (let w = 0; w < words.length && matched; w++) {
      if (w > 0) j = skipLabelSpaces(line, j);
      matched = wordAt(line, j, words[w]);
      j += words[w].length;
    }
    if (!matched) continue;
    // "guidelines", and "guideline(s)" as the template writes "Page(s)" and "Section(s)".
    if (plural && (line.charCodeAt(j) | 32) === 115 /* s */) j++;
    else if (plural && line.startsWith('(s)', j)) j += 3;
    const labelEnd = j;
    j = skipLabelSpaces(line, j);
    if (line.charCodeAt(j) !== 58 /* : */) continue;
    return { kind, label: line.slice(start, labelEnd), labelStart: start, end: j + 1 };
  }
  return null;
}

/** The line that introduces the items: "...disputed items/services set forth below:". */
export function isItemsIntro(line: string, first = firstNonBlank(line), end = lastNonBlank(line)): boolean {
  const last = line.charCodeAt(end - 1) | 32;
  // Wrapped, the intro leaves "...set forth" and "below:" on two lines: both stop a heading.
  if (last === 58 /* : */ || last === 119 /* w */ || last === 104 /* h */) {
    const tail = line.slice(Math.max(0, end - 8), end).toLowerCase();
    if ((tail.includes('below') || tail.endsWith('forth')) && /(?:set\s+forth(?:\s+below)?|^\s*below)\s*:?\s*$/i.test(line.slice(Math.max(0, end - 40), end))) return true;
  }
  // "The...": the pattern runs on few lines.
  return (
    (line.charCodeAt(first) | 32) === 116 /* t */ &&
    (line.charCodeAt(first + 1) | 32) === 104 /* h */ &&
    (line.charCodeAt(first + 2) | 32) === 101 /* e */ &&
    /^\s*The\s+Final\s+Determination\s+was\s+based\s+on/i.test(line)
  );
}

/**
 * Lines that PDF pages add around the text: "Page 2 of 5", a lone case number, a form feed. They
 * belong to no heading.
 */
export function isPageNoise(line: string, first?: number): boolean {
  if (line.length > 60) return false;
  // Every form starts with "p", "c" or a digit after white space: other lines skip the pattern.
  // (Beyond ASCII the character may be a space that only the pattern knows.)
  const c = line.charCodeAt(first ?? firstNonBlank(line)) | 32;
  if (c < 128 && c !== 112 /* p */ && c !== 99 /* c */ && !(c >= 48 && c <= 57)) return false;
  return /^[\s\f]*(?:Page\s+\d+\s*(?:of\s+\d+)?|\d+\s*(?:of|\/)\s*\d+|CM\d{2}-\d{5,8}|Case Number:?\s*CM\d{2}-\d{5,8})[\s\f]*$/i.test(line);
}

/** A line that closes a sentence, so that an item heading cannot continue it backwards. */
export function endsSentence(line: string): boolean {
  const end = lastNonBlank(line);
  if (end === 0) return false;
  const c = line[end - 1];
  if (c === '.' || c === '!' || c === '?') return true;
  if ((c === '"' || c === ')' || c === '\u201d') && end >= 2) {
    const b = line[end - 2];
    return b === '.' || b === '!' || b === '?';
  }
  return false;
}
