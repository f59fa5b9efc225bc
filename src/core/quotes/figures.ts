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
const VISITS = new RegExp(`(?<![\\d.:/#$])\\b(${RANGE})(?:\\s*-\\s*|\\s+)${BETWEEN}${UNIT}`, 'gi');
const SPREAD = new RegExp(
  `^\\s*,?\\s*(?:(?:over|in|within|during|for|across)\\s+(?:a\\s+(?:period\\s+of\\s+)?|the\\s+(?:first\\s+|next\\s+)?)?(${RANGE})[\\s-]*(weeks?|wks?|months?)\\b|every\\s+(${RANGE})[\\s-]*(weeks?|months?)\\b)`,
  'i',
);
const A_WEEK = /^\s*(?:per|a|\/|each|every)\s*week\b/i;
const PER_WEEK = new RegExp(`(?<![\\d.:/#$])\\b(${RANGE}|once|twice)\\s*(?:x|times?)\\s*(?:per|a|\\/|each|every)\\s*week\\b`, 'gi');
const DURATION = new RegExp(`(?<![\\d.:/#$])\\b(${RANGE})(?:\\s*-\\s*|\\s+)(weeks?|wks?|months?)\\b`, 'gi');
const TRIAL_AFTER = /^\s+(?:clinical\s+)?trial\b/i;

const TRIAL_CUE = /\b(?:trial|initial|initially|first)\b/gi;
const TOTAL_CUE = /\b(?:total|up to|maximum|max|no more than|not (?:to )?exceed|limit(?:ed)? to|a further)\b/gi;
// Before the figure, in its clause: the request, what was had, what is left ("an additional 6").
const NOT_QUOTED_BEFORE =
  /\b(?:request(?:ed|ing|s)?|asked|completed|had|has|have|received|attended|undergone|underwent|prior|previous(?:ly)?|already|authori[sz]ed|certified|modified|approved|approval|additional|remaining|another|more than|exceed(?:s|ed|ing)?|surpass(?:es)?|beyond|patient|claimant|worker|employee|applicant|he|she|his|her|they|this|these|those)\b/i;
// Anywhere before it in the sentence: who or what the sentence is about.
const CASE_BEFORE = /\b(?:request(?:ed|s)?|patient|claimant|injured worker|he|she|had|has had|have had|completed|received|attended|underwent)\b/i;
// Right after it: "12 sessions exceeds", "6 visits were completed".
const NOT_QUOTED_AFTER = /^\s*(?:of [a-z ]{0,30})?(?:exceeds?|would exceed|will exceed|is within|are within|were|was|have been|has been|to date|so far|already)\b/i;
const CONCLUDES = /\bmedical(?:ly)? necess|\bnot necessary\b/i;
const RANGE_SEPARATOR = /\s*-?\s*(?:-|\u2013|\bto\b|\bor\b)\s*/i;

function pair(s: string): Pair | null {
  const whole = toNumber(s.replace(/-$/, ''));
  if (whole !== null) return [whole, whole];
  const nums = s.split(RANGE_SEPARATOR).map((x) => toNumber(x.replace(/-$/, '')));
  if (nums.length !== 2 || nums[0] === null || nums[1] === null || nums[0] > nums[1]) return null;
  return [nums[0], nums[1]];
}

function lastCue(clause: string): ClaimCourse {
  let course: ClaimCourse = 'unmarked';
  let at = -1;
  for (const [re, c] of [[TRIAL_CUE, 'trial'], [TOTAL_CUE, 'total']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) {
      if (m.index > at) {
        at = m.index;
        course = c;
      }
    }
  }
  return course;
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
  const rest = sentence.slice(raw.end);
  const s = SPREAD.exec(rest);
  if (!s) return;
  const p = pair(s[1] ?? s[3]);
  if (!p) return;
  const unit = (s[2] ?? s[4]).toLowerCase();
  if (unit.startsWith('m')) raw.months = p;
  else raw.weeks = p;
  raw.end += s[0].length;
}

function visitFigures(sentence: string): Raw[] {
  const out: Raw[] = [];
  VISITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VISITS.exec(sentence)) !== null) {
    const p = pair(m[1]);
    if (!p) continue;
    const raw: Raw = { start: m.index, end: m.index + m[0].length };
    const weekly = A_WEEK.exec(sentence.slice(raw.end));
    if (weekly) {
      raw.perWeek = p;
      raw.end += weekly[0].length;
    } else {
      raw.visits = p;
      raw.trialAfter = TRIAL_AFTER.test(sentence.slice(raw.end));
      spreadOver(sentence, raw);
    }
    out.push(raw);
  }
  PER_WEEK.lastIndex = 0;
  while ((m = PER_WEEK.exec(sentence)) !== null) {
    const word = m[1].toLowerCase();
    const p = word === 'once' ? ([1, 1] as const) : word === 'twice' ? ([2, 2] as const) : pair(m[1]);
    if (p && !out.some((r) => r.start < m!.index + m![0].length && m!.index < r.end)) out.push({ start: m.index, end: m.index + m[0].length, perWeek: p });
  }
  return out.sort((a, b) => a.start - b.start);
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
    out.push(m[2].toLowerCase().startsWith('m') ? { start, end, months: p } : { start, end, weeks: p });
  }
  return out;
}

/** Whether a figure counts this case rather than quoting the guideline. */
function countsTheCase(sentence: string, raw: Raw, floor: number): boolean {
  return (
    NOT_QUOTED_BEFORE.test(clauseBefore(sentence, raw.start, floor)) ||
    CASE_BEFORE.test(sentence.slice(0, raw.start)) ||
    NOT_QUOTED_AFTER.test(sentence.slice(raw.end))
  );
}

/**
 * The figures of a sentence. Visit figures first; a duration on its own ("a 4 to 6 week period")
 * is read only when `durations` is set (the sentence quotes a statement whose figure it is).
 */
export function readFigures(sentence: string, durations: boolean): ClaimedFigure[] {
  // "Physical therapy 2 times a week for 6 weeks is not medically necessary per the MTUS": the request.
  if (CONCLUDES.test(sentence)) return [];
  const visits = visitFigures(sentence);
  const all = durations ? [...visits, ...durationFigures(sentence, visits)].sort((a, b) => a.start - b.start) : visits;
  const out: ClaimedFigure[] = [];
  let floor = 0;
  for (const raw of all) {
    const clause = clauseBefore(sentence, raw.start, floor);
    const quoted = !countsTheCase(sentence, raw, floor);
    floor = raw.end;
    if (!quoted) continue;
    const course: ClaimCourse = raw.trialAfter ? 'trial' : lastCue(clause);
    out.push({ course, visits: raw.visits, perWeek: raw.perWeek, weeks: raw.weeks, months: raw.months, start: raw.start, end: raw.end });
  }
  return out;
}
