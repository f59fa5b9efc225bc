/**
 * How a medication request states its amounts: the quantity dispensed, the dose and frequency (so
 * the units a day), the days' supply stated, and refills. Pure string work on a heading; every
 * figure is one the heading writes, or null.
 */

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, thirty: 30, sixty: 60, ninety: 90, half: 0.5, once: 1, twice: 2, thrice: 3, single: 1,
};
const NUM_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|sixty|ninety)';
const NUM = `(?:\\d+(?:\\.\\d+)?|1\\/2|${NUM_WORD}|half|an?)`;
/** A number or a range ("1-2", "one to two"): its upper bound counts. */
const RANGE = `(${NUM}(?:\\s*(?:-|\\u2013|to|or)\\s*${NUM})?)`;

/** The upper bound of a number or range as written. */
export function upperNumber(s: string): number | null {
  const parts = s
    .toLowerCase()
    .split(/\s*(?:-|\u2013|\bto\b|\bor\b)\s*/)
    .filter(Boolean)
    .map((p) => (p === '1/2' ? 0.5 : /^\d/.test(p) ? Number(p) : (WORD_NUMBERS[p] ?? NaN)));
  const ok = parts.filter((n) => Number.isFinite(n));
  return ok.length ? Math.max(...ok) : null;
}

/** The units a day a frequency gives (the most when it is a range), and where it is written. */
export interface Frequency {
  readonly perDay: number;
  readonly start: number;
  readonly end: number;
}

const TIMES_A_DAY = new RegExp(`\\b(${NUM_WORD}|\\d+|once|twice|thrice)\\s*(?:x|times?)?\\s*(?:a|per|each|\\/)\\s*day\\b|\\b(once|twice|thrice|${NUM_WORD}|\\d+)\\s*(?:times?\\s*)?daily\\b`, 'i');
const EVERY_HOURS = /\b(?:q|every)\s*(\d+)(?:\s*(?:-|\u2013|to)\s*(\d+))?\s*(?:h|hrs?|hours?)\b/i;
const LATIN = /\b(b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|q\.?d|q\.?h\.?s|h\.?s|q\.?a\.?m|q\.?p\.?m|q\.?o\.?d)\b\.?/i;
const LATIN_PER_DAY: Readonly<Record<string, number>> = { bid: 2, tid: 3, qid: 4, qd: 1, qhs: 1, hs: 1, qam: 1, qpm: 1, qod: 0.5 };
const ONCE_A_DAY = /\b(?:daily|a day|per day|every (?:day|morning|night|evening)|nightly|at (?:bed ?time|night)|every other day)\b/i;
const PATCH_CYCLE = /\b12\s*(?:hours?|hrs?)\s*on\b/i;

/** Words any frequency has (day, hour, night, q6h, BID, ...): a text without one is passed over. */
const FREQUENCY_WORD = /da[iy]|h(?:ou)?rs?\b|\bq\.?\s*\d|[bt]\.?i\.?d|q\.?[idhoap]\.?|\bh\.?s\b|night|bed|evening|morning|12\s*h/i;

export function findFrequency(text: string): Frequency | null {
  if (!FREQUENCY_WORD.test(text)) return null;
  let m = TIMES_A_DAY.exec(text);
  if (m) return at(m, upperNumber(m[1] ?? m[2]) ?? 1);
  m = EVERY_HOURS.exec(text);
  if (m) return at(m, 24 / Number(m[1]));
  m = LATIN.exec(text);
  if (m) return at(m, LATIN_PER_DAY[m[1].replace(/\./g, '').toLowerCase()]);
  m = PATCH_CYCLE.exec(text);
  if (m) return at(m, 1);
  m = ONCE_A_DAY.exec(text);
  if (m) return at(m, /other/i.test(m[0]) ? 0.5 : 1);
  return null;
}

function at(m: RegExpExecArray, perDay: number): Frequency {
  return { perDay, start: m.index, end: m.index + m[0].length };
}

const DOSE_UNIT = '(?:tabs?|tablets?|caps?|capsules?|pills?|patch(?:es)?|ml|cc|puffs?|pumps?|applications?|sprays?)';
const ROUTE_WORDS = '(?:orally|by mouth|p\\.?o\\.?|topically|sublingually|per os)';
/** A dose just before the frequency: "1-2 tabs orally", "one by mouth", "one tablet", "2 patches". */
const DOSE_BEFORE = new RegExp(`(?:^|[\\s,(])${RANGE}\\s*(${DOSE_UNIT})?\\s*(?:${ROUTE_WORDS}\\s*)?,?\\s*(?:(?:every|each|at|in the)\\s*)?$`, 'i');

/** The units a day, from a dose (one unit when none is written) and a frequency. */
export function unitsPerDay(text: string, f: Frequency): { perDay: number; unit: 'unit' | 'ml' } {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const d = DOSE_BEFORE.exec(before);
  // A number directly before the frequency that is a strength ("20mg daily") is not a count.
  if (!d || /(?:mg|mcg|%)\s*,?\s*$/i.test(before)) return { perDay: f.perDay, unit: 'unit' };
  const dose = upperNumber(d[1]) ?? 1;
  const ml = d[2] !== undefined && /^(?:ml|cc)$/i.test(d[2]);
  return { perDay: round(dose * f.perDay), unit: ml ? 'ml' : 'unit' };
}

export type QuantityUnit = 'unit' | 'ml' | 'g' | 'package';

export interface DispensedQuantity {
  readonly value: number;
  readonly unit: QuantityUnit;
}

const HASH = /#\s*(\d+(?:\.\d+)?)(?:\s*(grams?|gms?|g|ml|boxe?s?|tubes?|bottles?|containers?|jars?|kits?)\b)?/i;
const QTY = /\b(?:qty|quantity)\b\s*[:#=]?\s*:?\s*(\d+)(?:[.:]\d{1,2})?\b/i;
const COUNTED = new RegExp(`\\b(\\d+|${NUM_WORD})\\s*(tabs?|tablets?|caps?|capsules?|pills?|patch(?:es)?|pads?|lozenges?|suppositor(?:y|ies))\\b(?!\\s*(?:${ROUTE_WORDS}|every|daily|a day|per day|twice|once|three times|four times|b\\.?i\\.?d|t\\.?i\\.?d|q\\.?i\\.?d|q\\.?d|q\\d|prn|as needed))`, 'i');
const PACKAGE = /\b(?:one|a|1)\s+(box|container|tube|bottle|jar|kit)\b/i;
const AMOUNT = /(?<![\d./])(\d+(?:\.\d+)?)\s*(ml|cc|grams?|gms?|g)\b(?!\s*of\b)/i;

/** The quantity dispensed: "#60", "QTY 60", "QUANTITY :60:00", "60 tablets", "one container", "420ml", "120 grams". */
export function findQuantity(text: string): DispensedQuantity | null {
  const amount = AMOUNT.exec(text);
  const hash = text.includes('#') ? HASH.exec(text) : null;
  if (hash) {
    const u = hash[2]?.toLowerCase();
    const unit: QuantityUnit = u ? (u.startsWith('g') ? 'g' : u === 'ml' ? 'ml' : 'package') : amount ? 'package' : 'unit';
    return { value: Number(hash[1]), unit };
  }
  const qty = /q(?:ty|uantity)/i.test(text) ? QTY.exec(text) : null;
  if (qty) return { value: Number(qty[1]), unit: amount ? 'package' : 'unit' };
  const counted = /tab|cap|pill|patch|pad|lozenge|suppositor/i.test(text) ? COUNTED.exec(text) : null;
  if (counted) return { value: upperNumber(counted[1]) ?? 0, unit: 'unit' };
  if (/box|container|tube|bottle|jar|kit/i.test(text) && PACKAGE.test(text)) return { value: 1, unit: 'package' };
  if (amount) return { value: Number(amount[1]), unit: /^(?:ml|cc)$/i.test(amount[2]) ? 'ml' : 'g' };
  return null;
}

const SUPPLY_LABEL = /\bdays?'?\s*supply\s*[:=]\s*(\d+)\b/i;
const SUPPLY_DAYS = /\b(\d+)[\s-]*days?'?\s*(?:s\s*)?supply\b|\bdays?'?\s*supply\s*(\d+)\b/i;
const SUPPLY_MONTHS = new RegExp(`\\b(${NUM})[\\s-]*months?'?s?\\s*supply\\b`, 'i');
const FOR_DAYS = new RegExp(`\\b(?:for|x|\\u00d7|times)?\\s*(\\d+|${NUM_WORD})[\\s-]*(days?|weeks?|months?)\\b(?!\\s*(?:rental|of (?:treatment|therapy)))`, 'i');

/** The days' supply the heading states: "day supply: 30", "30 day supply", "one month supply", "x 14 days", "for 2 weeks". */
export function statedDays(text: string): number | null {
  if (!/day|week|month/i.test(text)) return null;
  // "#60 day supply: 30": the figure after the label is the supply.
  const d = SUPPLY_LABEL.exec(text) ?? SUPPLY_DAYS.exec(text);
  if (d) return Number(d[1] ?? d[2]);
  const mo = SUPPLY_MONTHS.exec(text);
  if (mo) return (upperNumber(mo[1]) ?? 1) * 30;
  const f = FOR_DAYS.exec(text);
  if (f) {
    const n = upperNumber(f[1]) ?? 0;
    const u = f[2].toLowerCase();
    return u.startsWith('d') ? n : u.startsWith('w') ? n * 7 : n * 30;
  }
  return null;
}

const REFILLS = new RegExp(
  `\\b(?:(${NUM})\\s*(?:additional\\s+)?refills?\\b|refills?\\s*[:x\\u00d7#]?\\s*(\\d+)\\b|[x\\u00d7]\\s*(\\d+)\\s*refills?\\b|(no)\\s+refills?\\b)`,
  'i',
);

/** Refills: "with two refills", "x 2 refills", "Three refills of", "refills: 2", "no refills". */
export function findRefills(text: string): number | null {
  const m = /refill/i.test(text) ? REFILLS.exec(text) : null;
  if (!m) return null;
  if (m[4]) return 0;
  return upperNumber(m[1] ?? m[2] ?? m[3]);
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
