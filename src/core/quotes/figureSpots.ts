import { toNumber } from '../request/quantity';

/**
 * Where a rationale may give a guideline's visit figure, found with native string searches and a
 * few characters read on each side (a regular expression over every rationale would cost more than
 * the rest of the analysis allows): a unit ("visits", "sessions", "treatments") with a number just
 * before it, written as guidelines write theirs: a range ("9-10 visits", "3 to 6 treatments"),
 * spread over a time ("6 visits over 2 weeks"), or after "up to", "trial of", "recommends" and the
 * like. A request ("the request for 12 sessions") is written otherwise and is passed over.
 */

export type SpotCourse = 'trial' | 'total' | 'unmarked';

export interface Spot {
  /** Where the unit starts. */
  readonly unit: number;
  /** Where the number (or range) before it starts. */
  readonly first: number;
  readonly lo: number;
  readonly hi: number;
  /** The course named just before the number. */
  readonly course: SpotCourse;
  /** Visits a week ("3 visits per week"), not a count of visits. */
  readonly perWeek: boolean;
}

// "treatments", not "treatment": the singular is in every rationale ("treatment plan"), seldom in a figure.
const UNITS = ['visit', 'session', 'treatments'];
/** How far before its unit a number may stand ("10 supervised physical therapy visits"). */
const REACH = 36;
// Without their first letter where that leaves no other word, so that a capital at the start of a
// sentence does not hide them; both ways where it would ("allow", not "follow").
const TOTAL_CUES = ['up to', 'Up to', 'total', 'Total', 'aximum', 'imited to', 'o more than', 'ot exceed', ' further'];
const TRIAL_CUES = ['trial', 'Trial', 'nitial', 'first', 'First'];
const OTHER_CUES = ['ecommend', 'allow', 'Allow', 'arrant', 'nclude', 'upport', 'ndicate', 'uideline'];
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'eight', 'nine', 'ten', 'twelve', 'sixteen', 'eighteen', 'twenty']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The last digit before `at` within reach, not past the end of a sentence; -1 when none. */
function digitBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - REACH; i--) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return i;
    if (c === 46 /* . */ || c === 59 /* ; */) return -1;
  }
  return -1;
}

/** The number word just before the unit ("six visits"): where it starts and its value, or null. */
function numberWordBefore(text: string, at: number): { start: number; value: number } | null {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isLower(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  return end - start >= 3 && NUMBER_WORDS.has(word) ? { start, value: toNumber(word)! } : null;
}

/** The low end of a range whose high end starts at `first` ("9-10", "3 to 6"), and where it starts; null when none. */
function rangeBefore(text: string, first: number): { start: number; value: number } | null {
  let i = first - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 0x2013) i--;
  else if ((text.startsWith('to', i - 1) || text.startsWith('or', i - 1)) && isSpace(text.charCodeAt(i - 2))) i -= 2;
  else return null;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  return end - (i + 1) > 0 && end - (i + 1) <= 3 ? { start: i + 1, value: Number(text.slice(i + 1, end)) } : null;
}

/** Where the words after the unit ending at `end` start. */
function afterUnit(text: string, end: number): number {
  let i = end;
  if (text.charCodeAt(i) === 115 /* s */) i++;
  if (text.charCodeAt(i) === 44 /* , */) i++;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whether the words at `i` spread the unit over a time: "visits over 8 weeks", "sessions in 4 weeks". */
function spreads(text: string, i: number): boolean {
  return text.startsWith('over', i) || text.startsWith('in ', i) || text.startsWith('within', i) || text.startsWith('every', i);
}

function aWeek(text: string, i: number): boolean {
  return text.startsWith('per week', i) || text.startsWith('a week', i) || text.startsWith('each week', i);
}

function lastOf(text: string, words: readonly string[]): number {
  let at = -1;
  for (const w of words) at = Math.max(at, text.lastIndexOf(w));
  return at;
}

/** The spot of the unit at `unit`, or null when no figure is written there as a guideline writes one. */
export function spotAt(text: string, unit: number, unitEnd: number): Spot | null {
  const last = digitBefore(text, unit);
  let first = last;
  let hi: number;
  if (last < 0) {
    const word = numberWordBefore(text, unit);
    if (!word) return null;
    first = word.start;
    hi = word.value;
  } else {
    while (first > 0 && isDigit(text.charCodeAt(first - 1))) first--;
    if (last - first > 2) return null;
    hi = Number(text.slice(first, last + 1));
  }
  const range = last >= 0 ? rangeBefore(text, first) : null;
  // Cues in the words just before, as written (in lower case mid-sentence): no copy in lower case.
  const before = text.slice(Math.max(0, (range?.start ?? first) - 24), range?.start ?? first);
  const trial = lastOf(before, TRIAL_CUES);
  const total = lastOf(before, TOTAL_CUES);
  const next = afterUnit(text, unitEnd);
  const perWeek = aWeek(text, next);
  if (!range && !perWeek && !spreads(text, next) && trial < 0 && total < 0 && lastOf(before, OTHER_CUES) < 0) return null;
  const course: SpotCourse = trial < 0 && total < 0 ? 'unmarked' : trial > total ? 'trial' : 'total';
  return { unit, first: range?.start ?? first, lo: range?.value ?? hi, hi, course, perWeek };
}

/** The figures of a text written as a guideline's, in order of their units. */
export function figureSpots(text: string): Spot[] {
  const out: Spot[] = [];
  for (const u of UNITS) {
    for (let at = text.indexOf(u); at >= 0; at = text.indexOf(u, at + u.length)) {
      const spot = spotAt(text, at, at + u.length);
      if (spot) out.push(spot);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.unit - b.unit) : out;
}
