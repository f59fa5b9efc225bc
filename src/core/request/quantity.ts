/**
 * Reads the quantity of a treatment request the way a reviewer does: sessions per week, weeks,
 * total visits, and the unit that was written. Pure string work on a heading or a sentence.
 */

export type QuantityUnit = 'visits' | 'quantity' | 'days' | 'months' | 'weeks';

export interface Quantity {
  /** Total visits or sessions, when the text gives them or frequency and duration imply them. */
  readonly total: number | null;
  readonly perWeek: number | null;
  readonly weeks: number | null;
  /** What the number counts: `visits` (sessions, treatments, frequency x duration), `quantity` (a bare count: QUANTITY, #, x N), days, months. */
  readonly unit: QuantityUnit | null;
  /** The request asks for more of a treatment already given ("additional", "continued"). */
  readonly additional: boolean;
  /** The count is the upper bound of a range as written ("2-3 times a week", "6-8 visits"). */
  readonly isRange: boolean;
  /** The total adds up counts written apart ("two sessions for the neck and eight for the wrist"). */
  readonly isSum: boolean;
  /** Offsets of the quantity text in the input. */
  readonly start: number;
  readonly end: number;
}

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, once: 1, twice: 2, thrice: 3, single: 1,
};

const NUM_WORD =
  '(?:twenty[- ]?(?:one|two|three|four|five|six|seven|eight|nine)|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)';
/** A number in digits or words; a word may carry its digits after it: "two (2)". */
const NUM = `(?:\\d{1,3}(?:\\.\\d{1,2})?|${NUM_WORD}(?:\\s*\\(\\d{1,3}\\))?)`;
/** A number or a range such as `6-8`, `1 to 2`, `three to four`; the upper bound counts. */
const RANGE = `(?:${NUM}(?:\\s*(?:-|\\u2013|to|or)\\s*${NUM})?)`;
const UNIT_WORD = '(?:sessions?|session\'s|visits?|treatments?|appointments?|days of treatment)';
const WEEK = '(?:weeks?|wks?\\.?)';

const STARTS_WITH_DIGIT = /^\d/;
const TWENTY_SOMETHING = /^twenty[- ]?(\w+)$/;
const RANGE_SEPARATOR = /\s*(?:-|\u2013|\bto\b|\bor\b)\s*/i;
const A_OR_ONE = /^(a|one)$/i;
const DIGITS_AFTER_WORD = /\s*\(\d+\)$/;

export function toNumber(s: string): number | null {
  const lower = s.toLowerCase().trim();
  // Digits after a word ("two (2)") end with the parenthesis: most numbers need no search for them.
  const t = lower.endsWith(')') ? lower.replace(DIGITS_AFTER_WORD, '') : lower;
  if (STARTS_WITH_DIGIT.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  if (t in WORDS) return WORDS[t];
  const m = TWENTY_SOMETHING.exec(t);
  if (m && m[1] in WORDS) return 20 + WORDS[m[1]];
  return null;
}

/** Whether a number as written is a range ("2-3", "one to two"), whose upper bound counts. */
function isRangeText(s: string): boolean {
  return toNumber(s) === null && RANGE_SEPARATOR.test(s);
}

/** Upper bound of a number or range. */
function upper(s: string): number | null {
  const whole = toNumber(s);
  if (whole !== null) return whole;
  const parts = s.split(RANGE_SEPARATOR).filter(Boolean);
  const nums = parts.map(toNumber).filter((n): n is number => n !== null);
  return nums.length ? Math.max(...nums) : null;
}

/** A match's end (its start is its index). */
function endOf(m: RegExpExecArray): number {
  return m.index + m[0].length;
}

// N per week for M weeks: "1 X WEEK X 6 WEEKS", "two sessions per week for six weeks", "3x/week x 4 weeks",
// "twice weekly for 4 weeks", "1 to 2 times per week for 3 weeks", "two times a week times six weeks".
const FREQ =
  `\\b(${RANGE}|once|twice|thrice)\\s*(?:x|times?|sessions?|visits?|treatments?)?\\s*(?:a|per|/|each|every)?\\s*(?:week|wk)(?:ly)?\\b`;
const FREQ_DURATION = new RegExp(`${FREQ}\\s*,?\\s*(?:for|x|times|over|\\u00d7|during)?\\s*(?:a\\s+(?:period|total)\\s+of\\s+)?(${RANGE})\\s*${WEEK}(?![a-z])`, 'i');
// Duration first: "for 6 weeks, 2 times a week", "x 6 weeks at 2 times per week".
const DURATION_FREQ = new RegExp(`\\b(${RANGE})\\s*${WEEK}\\s*,?\\s*(?:at|@|with)?\\s*(${RANGE}|once|twice|thrice)\\s*(?:x|times?|sessions?|visits?)\\s*(?:a|per|/|each)?\\s*(?:week|wk)(?:ly)?\\b`, 'i');
const WEEKLY_FOR = new RegExp(`\\bweekly\\s+(?:for|x)\\s*(${RANGE})\\s*${WEEK}(?![a-z])`, 'i');
// "2x8", "2 X 3": sessions per week by weeks. Not dimensions or doses ("4x4 gauze", "2x10mg").
const N_BY_M = /(?<![#\d./])\b(\d{1,2})\s*[x\u00d7]\s*(\d{1,2})\b(?!\s*(?:mg|mcg|ml|cc|mm|cm|in\b|inch|%|\/|\.\d|gauze))/i;
// "1 times 8", "two times four visits": a product, per week by weeks unless a unit follows.
const N_TIMES_M = new RegExp(`\\b(${NUM})\\s+times\\s+(${NUM})\\b(?!\\s*(?:a|per|/|each|every)?\\s*(?:weeks?|wks?|weekly|days?|daily|months?))(\\s+${UNIT_WORD})?`, 'i');
// A total: "6 sessions", "12 additional visits", "Twelve sessions", "6-8 visits", "6 acupuncture treatments";
// not the multiplier of "two times four visits".
const PER_WEEK_AHEAD = '(?!\\s*(?:a|per|/|each|every)?\\s*(?:week|wk))';
const TOTAL_SOURCE = `\\b(${RANGE})\\s+(?:(?:additional|more|further|extra|follow[- ]up|initial)\\s+)?((?:(?!times\\b|x\\b|${NUM_WORD}\\b)[a-z][a-z/-]*\\s+){0,3}?)${UNIT_WORD}(?![a-z])${PER_WEEK_AHEAD}`;
/** Every total, for the counts a heading writes apart and that add up. */
const TOTALS = new RegExp(TOTAL_SOURCE, 'gi');
// "Physical Therapy sessions, 12", "sessions #2": the count after the unit.
const UNIT_THEN_COUNT = new RegExp(`\\b${UNIT_WORD}\\s*[,:#]?\\s*#?\\s*(\\d{1,3})\\b(?!\\s*(?:[-/.:]\\s*\\d|mg|mcg|ml|%|${WEEK}|days?|months?|years?|times|x\\b|per\\b|a\\s+week))`, 'i');
// "x 12", "X 12 SESSIONS", "x12 sessions" (but not "x 6 weeks": that is a duration).
const X_TOTAL = new RegExp(`(?<!\\d\\s*)(?<=^|[\\s,(;])(?:[x\\u00d7]|times)\\s*(\\d{1,3})\\b(?!\\s*(?:-|\\u2013)?\\s*(?:${WEEK}|days?|months?|mg|ml)\\b)(\\s*${UNIT_WORD})?`, 'i');
// "QUANTITY :6:00" (6.00 as a PDF renders it), "QUANTITY: 6.00", "Qty 12".
const QUANTITY = /\b(?:quantity|qty)\b\s*[:#=]?\s*:?\s*(\d{1,4})(?:[.:]\d{1,2})?\b/i;
const HASH = /#\s*(\d{1,4})\b/;
// "(12)", but not the digits a number word carries ("two (2)").
const PAREN = new RegExp(`(?<!\\b${NUM_WORD}\\s*)\\((\\d{1,3})\\)`, 'i');
// "Chiropractic 6x": a count written before its "x", with nothing after that makes it a frequency.
const COUNT_X = /(?<![\d./#])\b(\d{1,2})\s*x(?![a-z\d\u00d7])(?!\s*(?:[\d/\u00d7-]|a\b|an\b|per\b|each\b|every\b|weekly|daily|wk|week|month|day|times))/i;
const PERIOD = new RegExp(`\\b(${RANGE})[\\s-]*(days?|months?)\\b`, 'i');
const WEEKS_ONLY = new RegExp(`\\b(${RANGE}|a|one)[\\s-]*${WEEK}(?![a-z])`, 'i');
const ADDITIONAL = /\b(?:additional|continued|continue|continuing|further|more|extension|extended|repeat|another|ongoing)\b/i;

// Words each family of patterns needs: a pattern runs only when its word is in the text.
const HAS_WEEK = /w(?:ee)?k/i;
const HAS_BY = /\d\s*[x\u00d7]\s*\d/i;
const HAS_TIMES = /\btimes\s+\w/i;
const HAS_UNIT = /session|visit|treatment|appointment/i;
const HAS_X = /(?:[x\u00d7]|times)\s*\d/i;
const HAS_COUNT_X = /\d\s*x/i;
const HAS_PERIOD = /day|month/i;
const HAS_DIGIT = /\d/;
const COUNTS = [QUANTITY, HASH, PAREN];
const SUM_JOINER = /^[^\d]*\b(?:and|plus)\b[^\d]*$|^[^\d]*[,;][^\d]*$/i;

/** What the frequency expressions read: per week and weeks, or a product of two numbers. */
interface Frequency {
  perWeek: number | null;
  weeks: number | null;
  product: number | null;
  ranged: boolean;
  unit: boolean;
  match: RegExpExecArray;
}

function frequencyOf(m: RegExpExecArray, perWeek: string, weeks: string): Frequency {
  return { perWeek: upper(perWeek), weeks: upper(weeks), product: null, ranged: isRangeText(perWeek) || isRangeText(weeks), unit: false, match: m };
}

/** N per week for M weeks, in the ways requests write it; null when none is written. */
function readFrequency(text: string, week: boolean, digit: boolean): Frequency | null {
  let m = week ? FREQ_DURATION.exec(text) : null;
  if (m) return frequencyOf(m, m[1], m[2]);
  m = week ? DURATION_FREQ.exec(text) : null;
  if (m) return frequencyOf(m, m[2], m[1]);
  m = week ? WEEKLY_FOR.exec(text) : null;
  if (m) return frequencyOf(m, '1', m[1]);
  m = digit && HAS_BY.test(text) ? N_BY_M.exec(text) : null;
  if (m) return frequencyOf(m, m[1], m[2]);
  m = HAS_TIMES.test(text) ? N_TIMES_M.exec(text) : null;
  if (m) {
    const f = frequencyOf(m, m[1], m[2]);
    // "two times four visits" counts visits, not weeks: its product is the total.
    return m[3] ? { ...f, perWeek: null, weeks: null, product: (f.perWeek ?? 0) * (f.weeks ?? 0), unit: true } : f;
  }
  return null;
}

/** What the total expressions read: the count, whether it counts visits, whether it is a range or a sum. */
interface Total {
  total: number | null;
  visits: boolean;
  ranged: boolean;
  summed: boolean;
  spans: RegExpExecArray[];
}

/** The totals of the same unit written apart ("two ... sessions for the neck and eight ... sessions for the wrist"). */
function sumOfTotals(text: string, first: RegExpExecArray): Total | null {
  // Most headings have one count: no unit word after it, nothing to add.
  if (!HAS_UNIT.test(text.slice(endOf(first)))) return null;
  TOTALS.lastIndex = endOf(first);
  const spans = [first];
  let sum = upper(first[1]) ?? 0;
  let ranged = isRangeText(first[1]);
  for (let m = TOTALS.exec(text); m !== null; m = TOTALS.exec(text)) {
    const between = text.slice(endOf(spans[spans.length - 1]), m.index);
    if (m[2].toLowerCase() !== first[2].toLowerCase() || !SUM_JOINER.test(between)) break;
    spans.push(m);
    sum += upper(m[1]) ?? 0;
    ranged ||= isRangeText(m[1]);
  }
  return spans.length > 1 ? { total: sum, visits: true, ranged, summed: true, spans } : null;
}

/** "times " or "x " just before a position: the number there multiplies, it is no total. */
const MULTIPLIER_BEFORE = /\b(?:times|x)\s+$/i;

/** The first total that is not the multiplier of "two times four visits". */
function firstTotal(text: string): RegExpExecArray | null {
  TOTALS.lastIndex = 0;
  for (let t = TOTALS.exec(text); t !== null; t = TOTALS.exec(text)) {
    if (!MULTIPLIER_BEFORE.test(text.slice(Math.max(0, t.index - 8), t.index))) return t;
    TOTALS.lastIndex = t.index + 1;
  }
  return null;
}

function readTotal(text: string, digit: boolean, freq: Frequency | null): Total | null {
  const t = HAS_UNIT.test(text) ? firstTotal(text) : null;
  if (t) return sumOfTotals(text, t) ?? { total: upper(t[1]), visits: true, ranged: isRangeText(t[1]), summed: false, spans: [t] };
  if (!digit) return null;
  const u = HAS_UNIT.test(text) ? UNIT_THEN_COUNT.exec(text) : null;
  if (u) return { total: Number(u[1]), visits: true, ranged: false, summed: false, spans: [u] };
  const x = HAS_X.test(text) ? X_TOTAL.exec(text) : null;
  const f = freq?.match;
  if (x && !(f && x.index >= f.index && x.index < endOf(f))) return { total: Number(x[1]), visits: x[2] !== undefined, ranged: false, summed: false, spans: [x] };
  for (const re of COUNTS) {
    const q = re.exec(text);
    if (q) return { total: Number(q[1]), visits: false, ranged: false, summed: false, spans: [q] };
  }
  const c = !freq && HAS_COUNT_X.test(text) ? COUNT_X.exec(text) : null;
  return c ? { total: Number(c[1]), visits: false, ranged: false, summed: false, spans: [c] } : null;
}

/** A period with no frequency: "30 day rental", "3 month", "for 4 weeks". */
function readPeriod(text: string, week: boolean): { unit: QuantityUnit; total: number | null; weeks: number | null; match: RegExpExecArray } | null {
  const p = HAS_PERIOD.test(text) ? PERIOD.exec(text) : null;
  if (p) return { unit: (p[2].charCodeAt(0) | 32) === 100 /* d */ ? 'days' : 'months', total: upper(p[1]), weeks: null, match: p };
  const w = week ? WEEKS_ONLY.exec(text) : null;
  if (w) return { unit: 'weeks', total: null, weeks: A_OR_ONE.test(w[1]) ? 1 : upper(w[1]), match: w };
  return null;
}

/** Where the quantity is written: the spans together when they stand close, else the first found. */
function spanOf(spans: readonly RegExpExecArray[], summed: boolean): { start: number; end: number } {
  let start = spans[0].index;
  let end = endOf(spans[0]);
  let inside = 0;
  for (const h of spans) {
    start = Math.min(start, h.index);
    end = Math.max(end, endOf(h));
    inside += h[0].length;
  }
  if (!summed && end - start - inside > 12) return { start: spans[0].index, end: endOf(spans[0]) };
  return { start, end };
}

export function parseQuantity(text: string): Quantity | null {
  const week = HAS_WEEK.test(text);
  // "x 12", "2x6", "#60", "(6)" and "QUANTITY: 6" are written in digits only.
  const digit = HAS_DIGIT.test(text);
  const freq = readFrequency(text, week, digit);
  const total = readTotal(text, digit, freq);
  const spans: RegExpExecArray[] = [];
  if (freq) spans.push(freq.match);
  if (total) spans.push(...total.spans);
  let unit: QuantityUnit | null = freq || total?.visits ? 'visits' : total ? 'quantity' : null;
  let count = total?.total ?? freq?.product ?? null;
  let weeks = freq?.weeks ?? null;
  const perWeek = freq?.perWeek ?? null;
  if (count === null && perWeek !== null && weeks !== null) count = perWeek * weeks;
  if (count === null && perWeek === null) {
    const p = readPeriod(text, week);
    if (p) {
      spans.push(p.match);
      unit = p.unit;
      count = p.total;
      weeks = p.weeks;
    }
  }
  if (!spans.length) return null;
  const { start, end } = spanOf(spans, total?.summed ?? false);
  // The count is a range's upper bound when the number it came from was written as a range.
  const isRange = total !== null && total.total !== null ? total.ranged : (freq?.ranged ?? false);
  return { total: count, perWeek, weeks, unit, additional: ADDITIONAL.test(text), isRange, isSum: total?.summed ?? false, start, end };
}

// In a rationale: "Provider requested additional 12 acupuncture treatments", "a request for 6 sessions".
const REQUESTED_TOTAL = new RegExp(
  `\\b(?:request(?:ed|ing|s)?|prescribed|ordered|recommended by the (?:treating|requesting) (?:physician|provider))\\b[^.;]{0,60}?\\b(${RANGE})\\s+(?:(?:additional|more|further)\\s+)?(?:[a-z][a-z/-]*\\s+){0,3}?${UNIT_WORD}(?![a-z])`,
  'gi',
);

const RANGE_ANYWHERE = new RegExp(RANGE, 'i');

/**
 * A requested total stated in a rationale, for headings without a count. Sentences that quote a
 * guideline's figures are skipped: those numbers are limits, not requests.
 */
export function findRequestedTotal(text: string): { total: number; start: number; end: number; additional: boolean } | null {
  REQUESTED_TOTAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REQUESTED_TOTAL.exec(text)) !== null) {
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index) + 2, 0);
    const nextStop = text.indexOf('. ', m.index);
    const sentence = text.slice(sentenceStart, nextStop === -1 ? text.length : nextStop);
    if (/guideline|MTUS|ODG|ACOEM|recommend(?:s|ed)? (?:up to|a total|an initial)|allow|up to|authori[sz]ed|certified|modified/i.test(sentence)) continue;
    const total = upper(m[1]);
    if (total === null) continue;
    const numStart = m.index + m[0].search(RANGE_ANYWHERE);
    return { total, start: numStart, end: m.index + m[0].length, additional: ADDITIONAL.test(sentence) };
  }
  return null;
}
