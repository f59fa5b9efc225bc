import type { Section, SectionKind } from '../model';
import { firstNonBlank, isBlank, lastNonBlank, LineIndex, normalizeSpace, range, wordAt } from '../text';

/** The section headings as letters write them; punctuation and spacing vary between letters. */
const HEADINGS_AS_WRITTEN: ReadonlyArray<readonly [string, SectionKind]> = [
  ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'howMade'],
  ['DOCUMENTS REVIEWED', 'documentsReviewed'],
  ['CLINICAL CASE SUMMARY', 'caseSummary'],
  ['CASE SUMMARY', 'caseSummary'],
  ['IMR ISSUES, DECISIONS AND RATIONALES', 'issues'],
  ['IMR ISSUES, DECISIONS AND RATIONALE', 'issues'],
  ['IMR DECISIONS AND RATIONALES', 'issues'],
  ['INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE', 'issues'],
  ['INDEPENDENT MEDICAL REVIEW DECISIONS AND RATIONALES', 'issues'],
  ['MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER', 'qualifications'],
  ['NOTICE OF INDEPENDENT MEDICAL REVIEW DETERMINATION', 'notice'],
];

/** A line normalised for comparison with the headings: its ASCII letters only, in upper case. */
function lettersOf(s: string): string {
  return s.replace(/[^A-Za-z]+/g, '').toUpperCase();
}

/** The headings by their letters. */
const HEADINGS: ReadonlyMap<string, SectionKind> = new Map(HEADINGS_AS_WRITTEN.map(([h, kind]) => [lettersOf(h), kind]));

/** Every beginning of a heading's letters: a heading wrapped over two lines starts with one. */
const HEADING_STARTS: ReadonlySet<string> = new Set([...HEADINGS.keys()].flatMap((k) => Array.from({ length: k.length }, (_, n) => k.slice(0, n + 1))));

/** The first word of every heading, in lower case, by its first letter: a line starting with another word is passed over at once. */
const FIRST_WORDS: string[][] = [];
for (const w of new Set(HEADINGS_AS_WRITTEN.map(([h]) => /^[A-Za-z]+/.exec(h)![0].toLowerCase()))) (FIRST_WORDS[w.charCodeAt(0)] ??= []).push(w);

/** A section heading is short: the first line of one, at most this many characters. */
const FIRST_LINE_LENGTH = 100;
/** The line a heading is wrapped onto, at most this many. */
const WRAPPED_LINE_LENGTH = 120;

/** Whether the line s[from, to) starts with the first word of a heading (in any case, a whole word). */
function startsLikeHeading(line: string, from: number, to: number): boolean {
  const i = firstNonBlank(line, from, to);
  for (const w of FIRST_WORDS[line.charCodeAt(i) | 32] ?? NONE) {
    if (wordAt(line, i, w, to) && !isAsciiLetter(line.charCodeAt(i + w.length))) return true;
  }
  return false;
}

const NONE: readonly string[] = [];

function isAsciiLetter(c: number): boolean {
  return ((c | 32) >= 97 /* a */ && (c | 32) <= 122) /* z */;
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
    if (to === from || to - from > FIRST_LINE_LENGTH || !startsLikeHeading(text, from, to)) continue;
    const letters = lettersOf(index.line(i));
    const kind = HEADINGS.get(letters);
    if (kind) {
      found.push({ kind, startLine: i, endLine: i, title: normalizeSpace(index.line(i)) });
      continue;
    }
    // A heading wrapped over two lines (blank PDF lines between them allowed): the first holds a
    // word or two of it at least.
    if (letters.length < 6 || !HEADING_STARTS.has(letters)) continue;
    let j = i + 1;
    while (j < lineCount && j <= i + 4 && isBlank(text, starts[j], ends[j])) j++;
    if (j >= lineCount || j > i + 4 || ends[j] - starts[j] > WRAPPED_LINE_LENGTH) continue;
    const wrapped = HEADINGS.get(letters + lettersOf(index.line(j)));
    if (wrapped) {
      found.push({ kind: wrapped, startLine: i, endLine: j, title: normalizeSpace(index.line(i) + ' ' + index.line(j)) });
      i = j;
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
