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
const NUM = `(?:\\d{1,3}(?:\\.\\d{1,2})?|${NUM_WORD})`;
/** A number or a range such as `6-8`, `1 to 2`, `three to four`; the upper bound counts. */
const RANGE = `(?:${NUM}(?:\\s*(?:-|\\u2013|to|or)\\s*${NUM})?)`;
const UNIT_WORD = '(?:sessions?|session\'s|visits?|treatments?|appointments?|days of treatment)';
const WEEK = '(?:weeks?|wks?\\.?)';

const STARTS_WITH_DIGIT = /^\d/;
const TWENTY_SOMETHING = /^twenty[- ]?(\w+)$/;
const RANGE_SEPARATOR = /\s*(?:-|\u2013|\bto\b|\bor\b)\s*/i;
const A_OR_ONE = /^(a|one)$/i;

export function toNumber(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (STARTS_WITH_DIGIT.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  if (t in WORDS) return WORDS[t];
  const m = TWENTY_SOMETHING.exec(t);
  if (m && m[1] in WORDS) return 20 + WORDS[m[1]];
  return null;
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
// A total: "6 sessions", "12 additional visits", "Twelve sessions", "6-8 visits", "6 acupuncture treatments".
const PER_WEEK_AHEAD = '(?!\\s*(?:a|per|/|each|every)?\\s*(?:week|wk))';
const TOTAL = new RegExp(`\\b(${RANGE})\\s+(?:(?:additional|more|further|extra|follow[- ]up|initial)\\s+)?(?:[a-z][a-z/-]*\\s+){0,3}?${UNIT_WORD}(?![a-z])${PER_WEEK_AHEAD}`, 'i');
// "x 12", "X 12 SESSIONS", "x12 sessions" (but not "x 6 weeks": that is a duration).
const X_TOTAL = new RegExp(`(?<!\\d\\s*)(?<=^|[\\s,(;])(?:[x\\u00d7]|times)\\s*(\\d{1,3})\\b(?!\\s*(?:-|\\u2013)?\\s*(?:${WEEK}|days?|months?|mg|ml)\\b)(\\s*${UNIT_WORD})?`, 'i');
// "QUANTITY :6:00" (6.00 as a PDF renders it), "QUANTITY: 6.00", "Qty 12".
const QUANTITY = /\b(?:quantity|qty)\b\s*[:#=]?\s*:?\s*(\d{1,4})(?:[.:]\d{1,2})?\b/i;
const HASH = /#\s*(\d{1,4})\b/;
const PAREN = /\((\d{1,3})\)/;
const PERIOD = new RegExp(`\\b(${RANGE})[\\s-]*(days?|months?)\\b`, 'i');
const WEEKS_ONLY = new RegExp(`\\b(${RANGE}|a|one)[\\s-]*${WEEK}(?![a-z])`, 'i');
const ADDITIONAL = /\b(?:additional|continued|continue|continuing|further|more|extension|extended|repeat|another|ongoing)\b/i;

// Words each family of patterns needs: a pattern runs only when its word is in the text.
const HAS_WEEK = /w(?:ee)?k/i;
const HAS_BY = /\d\s*[x\u00d7]\s*\d/i;
const HAS_UNIT = /session|visit|treatment|appointment/i;
const HAS_X = /(?:[x\u00d7]|times)\s*\d/i;
const HAS_PERIOD = /day|month/i;
const HAS_DIGIT = /\d/;
const COUNTS = [QUANTITY, HASH, PAREN];

/** What a heading's quantity says so far, and the matches it was read from, in the order found. */
interface Reading {
  perWeek: number | null;
  weeks: number | null;
  total: number | null;
  unit: QuantityUnit | null;
  readonly spans: RegExpExecArray[];
}

export function parseQuantity(text: string): Quantity | null {
  const week = HAS_WEEK.test(text);
  // "x 12", "2x6", "#60", "(6)" and "QUANTITY: 6" are written in digits only.
  const digit = HAS_DIGIT.test(text);
  const r: Reading = { perWeek: null, weeks: null, total: null, unit: null, spans: [] };
  readFrequency(r, text, week, digit);
  readTotal(r, text, digit);
  if (r.total === null && r.perWeek !== null && r.weeks !== null) r.total = r.perWeek * r.weeks;
  if (r.total === null && r.perWeek === null) readPeriod(r, text, week);
  if (!r.spans.length) return null;
  const { start, end } = spanOf(r.spans);
  return { total: r.total, perWeek: r.perWeek, weeks: r.weeks, unit: r.unit, additional: ADDITIONAL.test(text), start, end };
}

/** Sessions a week for a number of weeks: "2x/week x 4 weeks", "for 6 weeks, 2 times a week", "weekly for 4 weeks", "2x8". */
function readFrequency(r: Reading, text: string, week: boolean, digit: boolean): void {
  const fd = week ? FREQ_DURATION.exec(text) : null;
  const df = !fd && week ? DURATION_FREQ.exec(text) : null;
  const wf = !fd && !df && week ? WEEKLY_FOR.exec(text) : null;
  const nm = !fd && !df && !wf && digit && HAS_BY.test(text) ? N_BY_M.exec(text) : null;
  if (fd) [r.perWeek, r.weeks] = [upper(fd[1]), upper(fd[2])];
  else if (df) [r.weeks, r.perWeek] = [upper(df[1]), upper(df[2])];
  else if (wf) [r.perWeek, r.weeks] = [1, upper(wf[1])];
  else if (nm) [r.perWeek, r.weeks] = [Number(nm[1]), Number(nm[2])];
  const m = fd ?? df ?? wf ?? nm;
  if (m) {
    r.spans.push(m);
    r.unit = 'visits';
  }
}

/** A total: "6 sessions", "x 12", "#60", "(6)", "QUANTITY: 6". */
function readTotal(r: Reading, text: string, digit: boolean): void {
  const t = HAS_UNIT.test(text) ? TOTAL.exec(text) : null;
  if (t) {
    r.total = upper(t[1]);
    r.spans.push(t);
    r.unit = 'visits';
    return;
  }
  if (!digit) return;
  const x = HAS_X.test(text) ? X_TOTAL.exec(text) : null;
  const freq = r.spans[0];
  if (x && !(freq && x.index >= freq.index && x.index < endOf(freq))) {
    r.total = Number(x[1]);
    r.spans.push(x);
    r.unit = x[2] ? 'visits' : (r.unit ?? 'quantity');
    return;
  }
  for (const re of COUNTS) {
    const q = re.exec(text);
    if (q) {
      r.total = Number(q[1]);
      r.spans.push(q);
      r.unit = r.unit ?? 'quantity';
      return;
    }
  }
}

/** A period without a count of visits: "for 30 days", "3 months", "for 6 weeks". */
function readPeriod(r: Reading, text: string, week: boolean): void {
  const p = HAS_PERIOD.test(text) ? PERIOD.exec(text) : null;
  if (p) {
    r.spans.push(p);
    r.unit = (p[2].charCodeAt(0) | 32) === 100 /* d */ ? 'days' : 'months';
    r.total = upper(p[1]);
    return;
  }
  const w = week ? WEEKS_ONLY.exec(text) : null;
  if (w) {
    r.spans.push(w);
    r.unit = 'weeks';
    r.weeks = A_OR_ONE.test(w[1]) ? 1 : upper(w[1]);
  }
}

/** The quantity as written: the matches together when they stand close, else the first found. */
function spanOf(spans: readonly RegExpExecArray[]): { start: number; end: number } {
  let start = spans[0].index;
  let end = endOf(spans[0]);
  let inside = 0;
  for (const h of spans) {
    start = Math.min(start, h.index);
    end = Math.max(end, endOf(h));
    inside += h[0].length;
  }
  if (end - start - inside > 12) return { start: spans[0].index, end: endOf(spans[0]) };
  return { start, end };
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
