import type { Section, SectionKind } from '../model';
import { isBlank, LineIndex, normalizeSpace, range, firstNonBlank, lastNonBlank } from '../text';

/** Section headings keyed by their letters only, upper case: punctuation and spacing vary between letters. */
const HEADINGS: ReadonlyMap<string, SectionKind> = new Map([
  ['HOWTHEIMRFINALDETERMINATIONWASMADE', 'howMade'],
  ['DOCUMENTSREVIEWED', 'documentsReviewed'],
  ['CLINICALCASESUMMARY', 'caseSummary'],
  ['CASESUMMARY', 'caseSummary'],
  ['IMRISSUESDECISIONSANDRATIONALES', 'issues'],
  ['IMRISSUESDECISIONSANDRATIONALE', 'issues'],
  ['IMRDECISIONSANDRATIONALES', 'issues'],
  ['INDEPENDENTMEDICALREVIEWDECISIONANDRATIONALE', 'issues'],
  ['INDEPENDENTMEDICALREVIEWDECISIONSANDRATIONALES', 'issues'],
  ['MEDICALQUALIFICATIONSOFTHEEXPERTREVIEWER', 'qualifications'],
  ['NOTICEOFINDEPENDENTMEDICALREVIEWDETERMINATION', 'notice'],
]);

/** First words of the headings: a line starting with another word is rejected at once. */
const FIRST_WORDS = new Set(['HOW', 'DOCUMENTS', 'CLINICAL', 'CASE', 'IMR', 'INDEPENDENT', 'MEDICAL', 'NOTICE']);

/** Two characters as a slot of FIRST_PAIRS, by their low five bits (case-blind for letters). */
function pairSlot(a: number, b: number): number {
  return ((a & 31) << 5) | (b & 31);
}

/**
 * The first two letters of the first words, as flags: one array read rules out most lines. Other
 * characters that share a slot only let a line through to the full comparison.
 */
const FIRST_PAIRS = new Uint8Array(1 << 10);
for (const w of FIRST_WORDS) FIRST_PAIRS[pairSlot(w.charCodeAt(0), w.charCodeAt(1))] = 1;

function firstWordIsHeading(line: string, from: number, to: number): boolean {
  const i = firstNonBlank(line, from, to);
  if (i + 1 >= to || FIRST_PAIRS[pairSlot(line.charCodeAt(i), line.charCodeAt(i + 1))] === 0) return false;
  let j = i;
  while (j < to && j - i < 12) {
    const c = line.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  // Compared letter by letter, without building the word.
  for (const w of FIRST_WORDS) {
    if (w.length !== j - i) continue;
    let k = 0;
    while (k < w.length && (line.charCodeAt(i + k) & ~32) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

const KEYS = [...HEADINGS.keys()];
const LONGEST_KEY = Math.max(...KEYS.map((k) => k.length));
const ALL_KEYS = (1 << KEYS.length) - 1;

/** For letter position n and letter c (A = 0), the keys with that letter there, as bits of KEYS. */
const KEYS_WITH = new Int32Array(LONGEST_KEY * 26);
KEYS.forEach((k, bit) => {
  for (let n = 0; n < k.length; n++) KEYS_WITH[n * 26 + k.charCodeAt(n) - 65] |= 1 << bit;
});

/**
 * The letters of the line s[from, to), upper case, after `before` (the letters of the line above,
 * for a wrapped heading); '' as soon as they stop being the beginning of a heading. The letters
 * are matched against the keys as they come, as bits, so that no string is built on the way.
 */
function headingKey(line: string, from: number, to: number, before = ''): string {
  if (to - from > 120) return '';
  let keys = ALL_KEYS;
  if (before) for (let bit = 0; bit < KEYS.length; bit++) if (!KEYS[bit].startsWith(before)) keys &= ~(1 << bit);
  let n = before.length;
  for (let i = from; i < to && keys !== 0; i++) {
    // Upper case: ASCII letters, and only they, land in A-Z once the bit of 32 is cleared.
    const c = line.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) continue;
    keys = n < LONGEST_KEY ? keys & KEYS_WITH[n * 26 + c - 65] : 0;
    n++;
  }
  return keys === 0 ? '' : KEYS[31 - Math.clz32(keys & -keys)].slice(0, n);
}

interface FoundHeading {
  kind: SectionKind;
  startLine: number;
  endLine: number;
  title: string;
}

/** The `Case Number:` header block of the 2016-2017 letters, before the first section. */
const CASE_NUMBER = /^\s*Case\s+Number\s*:/i;

export function findSectionHeadings(index: LineIndex): FoundHeading[] {
  const { text, starts, ends, lineCount } = index;
  const found: FoundHeading[] = [];
  for (let i = 0; i < lineCount; i++) {
    const from = starts[i];
    const to = ends[i];
    // A heading is short; most lines of a letter are not, and are passed over at once.
    if (to === from || to - from > 100 || !firstWordIsHeading(text, from, to)) continue;
    const key = headingKey(text, from, to);
    if (!key) continue;
    const kind = HEADINGS.get(key);
    if (kind) {
      found.push({ kind, startLine: i, endLine: i, title: normalizeSpace(index.line(i)) });
      continue;
    }
    // A heading wrapped over two lines (blank PDF lines between them allowed). The key is already
    // the beginning of a heading (headingKey sees to that); a word or two is enough to go on.
    if (key.length >= 6) {
      let j = i + 1;
      while (j < lineCount && j <= i + 4 && isBlank(text, starts[j], ends[j])) j++;
      if (j < lineCount && j <= i + 4) {
        const k2 = HEADINGS.get(headingKey(text, starts[j], ends[j], key));
        if (k2) {
          found.push({ kind: k2, startLine: i, endLine: j, title: normalizeSpace(index.line(i) + ' ' + index.line(j)) });
          i = j;
        }
      }
    }
  }
  // The 2016-2017 header block counts as a section when it comes before every other heading.
  const firstHeadingLine = found.length ? found[0].startLine : lineCount;
  for (let i = 0; i < Math.min(firstHeadingLine, 40); i++) {
    if (CASE_NUMBER.test(index.line(i))) {
      found.unshift({ kind: 'header', startLine: i, endLine: i, title: 'Case header' });
      break;
    }
  }
  return found;
}

/** Sections with their extents: each runs to the last non-blank line before the next heading. */
export function buildSections(index: LineIndex, headings: FoundHeading[]): Section[] {
  const { text, starts, ends } = index;
  const column = (l: number, offset: number): number => offset - starts[l];
  return headings.map((h, n) => {
    const next = n + 1 < headings.length ? headings[n + 1].startLine : index.lineCount;
    let last = next - 1;
    while (last > h.endLine && isBlank(text, starts[last], ends[last])) last--;
    const startChar = column(h.startLine, firstNonBlank(text, starts[h.startLine], ends[h.startLine]));
    return {
      kind: h.kind,
      title: h.title,
      headingRange: range(h.startLine, startChar, h.endLine, column(h.endLine, lastNonBlank(text, starts[h.endLine], ends[h.endLine]))),
      range: range(h.startLine, startChar, last, column(last, lastNonBlank(text, starts[last], ends[last]))),
    };
  });
}

export type { FoundHeading };
