import { toNumber } from '../request/quantity';

/**
 * The figures a sentence gives as a guideline's: visits (with the weeks or months they are spread
 * over), visits a week, and durations, each as a range and with the kind of course it describes
 * (an initial trial, the whole course, or not said). Figures that count the request or the visits
 * had ("the request for 12 sessions", "12 sessions exceeds", "an additional 6") are not read: they
 * are the reviewer's own arithmetic, not a quotation.
 */

export type Pair = readonly [number, number];
export type ClaimCourse = 'trial' | 'total' | 'unmarked';

export interface ClaimedFigure {
  readonly course: ClaimCourse;
  readonly visits?: Pair;
  readonly perWeek?: Pair;
  readonly weeks?: Pair;
  readonly months?: Pair;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
}

const WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty(?:[- ](?:one|two|three|four|five|six|eight))?|thirty';
const NUM = `(?:\\d{1,3}(?![\\d.,]\\d)|(?:${WORD})\\b)`;
const RANGE = `${NUM}(?:\\s*-?\\s*(?:-|\\u2013|to|or)\\s*${NUM})?`;
const UNIT = '(?:visits?|sessions?|treatments?|appointments?)\\b';
// Words between a number and its unit ("10 supervised physical therapy visits"), not a duration.
const BETWEEN = '(?:(?!(?:weeks?|months?|days?|times?|per|a|an|the|of|to|or|and|over|x)\\b)[a-z/]+\\s+){0,3}?';
const VISITS = new RegExp(`(?<![\\d.:/#$])\\b(${RANGE})(?:\\s*-\\s*|\\s+)${BETWEEN}${UNIT}`, 'g');
const SPREAD = new RegExp(
  `\\s*,?\\s*(?:(?:over|in|within|during|for|across)\\s+(?:a\\s+(?:period\\s+of\\s+)?|the\\s+(?:first\\s+|next\\s+)?)?(${RANGE})[\\s-]*(weeks?|wks?|months?)\\b|every\\s+(${RANGE})[\\s-]*(weeks?|months?)\\b)`,
  'y',
);
const A_WEEK = /\s*(?:per|a|\/|each|every)\s*week\b/y;
const PER_WEEK = new RegExp(`(?<![\\d.:/#$])\\b(${RANGE}|once|twice)\\s*(?:x|times?)\\s*(?:per|a|\\/|each|every)\\s*week\\b`, 'g');
const DURATION = new RegExp(`(?<![\\d.:/#$])\\b(${RANGE})(?:\\s*-\\s*|\\s+)(weeks?|wks?|months?)\\b`, 'g');
const TRIAL_AFTER = /\s+(?:clinical\s+)?trial\b/y;

const TRIAL_CUES = ['trial', 'initial', 'first'];
const TOTAL_CUES = ['total', 'up to', 'maximum', 'max ', 'no more than', 'not exceed', 'not to exceed', 'limited to', 'limit to', 'a further'];
// Before the figure, in its clause: the request, what was had, what is left ("an additional 6").
const NOT_QUOTED_BEFORE =
  /\b(?:request(?:ed|ing|s)?|asked|completed|had|has|have|received|attended|undergone|underwent|prior|previous(?:ly)?|already|authori[sz]ed|certified|modified|approved|approval|additional|remaining|another|more than|exceed(?:s|ed|ing)?|surpass(?:es)?|beyond|patient|claimant|worker|employee|applicant|he|she|his|her|they|this|these|those)\b/;
// Anywhere before it in the sentence: who or what the sentence is about.
const CASE_WORDS = /\b(?:request(?:ed|s)?|patient|claimant|injured worker|he|she|had|has had|have had|completed|received|attended|underwent)\b/;
// Right after it: "12 sessions exceeds", "6 visits were completed".
const NOT_QUOTED_AFTER = /\s*(?:of [a-z ]{0,30})?(?:exceeds?|would exceed|will exceed|is within|are within|were|was|have been|has been|to date|so far|already)\b/y;
const CONCLUDES = /medical(?:ly)? necess|not necessary/;
const RANGE_SEPARATOR = /\s*-?\s*(?:-|\u2013|\bto\b|\bor\b)\s*/i;

const withoutHyphen = (s: string): string => (s.endsWith('-') ? s.slice(0, -1) : s);

function pair(s: string): Pair | null {
  const whole = toNumber(withoutHyphen(s));
  if (whole !== null) return [whole, whole];
  const nums = s.split(RANGE_SEPARATOR).map((x) => toNumber(withoutHyphen(x)));
  if (nums.length !== 2 || nums[0] === null || nums[1] === null || nums[0] > nums[1]) return null;
  return [nums[0], nums[1]];
}

function lastOf(clause: string, words: readonly string[]): number {
  let at = -1;
  for (const w of words) at = Math.max(at, clause.lastIndexOf(w));
  return at;
}

/** The course the clause before a figure names last: "trial of", "total of up to". */
function lastCue(clause: string): ClaimCourse {
  const trial = lastOf(clause, TRIAL_CUES);
  const total = lastOf(clause, TOTAL_CUES);
  if (trial < 0 && total < 0) return 'unmarked';
  return trial > total ? 'trial' : 'total';
}

/** Whether the sticky expression matches at the offset. */
function at(re: RegExp, text: string, offset: number): RegExpExecArray | null {
  re.lastIndex = offset;
  return re.exec(text);
}

/** The part of the sentence a figure belongs to: from the clause break or the figure before it. */
function clauseBefore(sentence: string, start: number, floor: number): string {
  const before = sentence.slice(floor, start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf(':'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

interface Raw {
  start: number;
  end: number;
  visits?: Pair;
  perWeek?: Pair;
  weeks?: Pair;
  months?: Pair;
  trialAfter?: boolean;
}

function spreadOver(sentence: string, raw: Raw): void {
  const s = at(SPREAD, sentence, raw.end);
  if (!s) return;
  const p = pair(s[1] ?? s[3]);
  if (!p) return;
  const unit = s[2] ?? s[4];
  if (unit.startsWith('m')) raw.months = p;
  else raw.weeks = p;
  raw.end += s[0].length;
}

/** How far before its unit a figure's number may start ("up to 10 supervised physical therapy visits"). */
const WINDOW = 48;

/** The figure whose unit stands at `unit` (a spot), read in a window around it; null when it is not one. */
function figureAt(sentence: string, unit: number): Raw | null {
  const from = Math.max(0, unit - WINDOW);
  const window = sentence.slice(from, unit + 16);
  const perWeek = sentence.startsWith('times', unit);
  const re = perWeek ? PER_WEEK : VISITS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let hit: RegExpExecArray | null = null;
  while ((m = re.exec(window)) !== null) if (from + m.index <= unit && unit < from + m.index + m[0].length) hit = m;
  if (!hit) return null;
  const word = hit[1];
  const p = word === 'once' ? ([1, 1] as const) : word === 'twice' ? ([2, 2] as const) : pair(word);
  if (!p) return null;
  const raw: Raw = { start: from + hit.index, end: from + hit.index + hit[0].length };
  if (perWeek) {
    raw.perWeek = p;
    return raw;
  }
  const weekly = at(A_WEEK, sentence, raw.end);
  if (weekly) {
    raw.perWeek = p;
    raw.end += weekly[0].length;
  } else {
    raw.visits = p;
    raw.trialAfter = at(TRIAL_AFTER, sentence, raw.end) !== null;
    spreadOver(sentence, raw);
  }
  return raw;
}

/** The visit figures of a sentence (in lower case), read at their units. */
function visitFigures(sentence: string, units: readonly number[]): Raw[] {
  const out: Raw[] = [];
  for (const unit of units) {
    const raw = figureAt(sentence, unit);
    if (raw && !out.some((r) => r.start < raw.end && raw.start < r.end)) out.push(raw);
  }
  return out;
}

function durationFigures(sentence: string, taken: readonly Raw[]): Raw[] {
  const out: Raw[] = [];
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(sentence)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((r) => r.start < end && start < r.end)) continue;
    const p = pair(m[1]);
    if (!p) continue;
    out.push(m[2].startsWith('m') ? { start, end, months: p } : { start, end, weeks: p });
  }
  return out;
}

/** Whether a figure counts this case rather than quoting the guideline. `caseFrom`: where the sentence first speaks of the case. */
function countsTheCase(sentence: string, raw: Raw, floor: number, caseFrom: number): boolean {
  return caseFrom < raw.start || NOT_QUOTED_BEFORE.test(clauseBefore(sentence, raw.start, floor)) || at(NOT_QUOTED_AFTER, sentence, raw.end) !== null;
}

/**
 * The figures of a sentence: its visit figures, read at their units (offsets in the sentence, as
 * figureSpots finds them); a duration on its own ("a 4 to 6 week period") only when `durations` is
 * set (the sentence quotes a statement whose figure it is).
 */
export function readFigures(written: string, units: readonly number[], durations: boolean): ClaimedFigure[] {
  // Read in lower case (its offsets are the sentence's: a letter whose case changes its length is not read).
  const sentence = written.toLowerCase();
  // "Physical therapy 2 times a week for 6 weeks is not medically necessary per the MTUS": the request.
  if (sentence.length !== written.length || CONCLUDES.test(sentence)) return [];
  const visits = visitFigures(sentence, units);
  if (!visits.length && !durations) return [];
  const all = durations ? [...visits, ...durationFigures(sentence, visits)].sort((a, b) => a.start - b.start) : visits;
  const caseWord = CASE_WORDS.exec(sentence);
  const caseFrom = caseWord ? caseWord.index : sentence.length;
  const out: ClaimedFigure[] = [];
  let floor = 0;
  for (const raw of all) {
    const clause = clauseBefore(sentence, raw.start, floor);
    const quoted = !countsTheCase(sentence, raw, floor, caseFrom);
    floor = raw.end;
    if (!quoted) continue;
    const course: ClaimCourse = raw.trialAfter ? 'trial' : lastCue(clause);
    out.push({ course, visits: raw.visits, perWeek: raw.perWeek, weeks: raw.weeks, months: raw.months, start: raw.start, end: raw.end });
  }
  return out;
}
