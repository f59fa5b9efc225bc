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

/** Every beginning of every heading key: a line whose letters leave them is no heading. */
const KEY_PREFIXES = new Set([...HEADINGS.keys()].flatMap((k) => Array.from({ length: k.length }, (_, n) => k.slice(0, n + 1))));

/**
 * The letters of the line s[from, to), upper case, after `before` (the letters of the line above,
 * for a wrapped heading); '' as soon as they stop being the beginning of a heading.
 */
function headingKey(line: string, from: number, to: number, before = ''): string {
  if (to - from > 120) return '';
  let key = before;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) key += String.fromCharCode(c - 32);
    else if (c >= 65 && c <= 90) key += line[i];
    else continue;
    if (!KEY_PREFIXES.has(key)) return '';
  }
  return key;
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
