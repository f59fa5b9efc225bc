import type { Field, Item } from '../model';
import type { ItemRequest } from '../request/itemRequest';
import { parseQuantity, Quantity, toNumber } from '../request/quantity';
import { insideQuotation } from '../wording/quotations';
import type { Range } from '../text';
import { replace } from '../wording/edits';
import { sentenceStart, subjectHolding, VerdictSubject } from '../wording/verdicts';
import { defineRule, Fix, Report } from './types';

/** Subjects that speak of another count than the one under review: the original request, what was authorized, done, or allowed. */
const OTHER_COUNT =
  /\b(?:original(?:ly)?|previous(?:ly)?|prior|past|before|initial(?:ly)?|authori[sz]ed|certified|modified|approved|completed|attended|received|had|undergone|guidelines?|MTUS|ODG|ACOEM|recommend\w*|allow\w*|up\s+to|maximum|trial|limit\w*|total\s+of|UR|utilization)\b|["\u201c\u201d]/i;
const HAS_NUMBER = /[\d#]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\b/i;
const NUMBERS = /\b\d{1,4}\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty)\b/gi;

/** The counts the title allows: every number it writes, and the products of two of them ("2-3 times a week for 6 weeks": 12 and 18). */
function allowedCounts(title: string, q: ItemRequest): Set<number> {
  const written: number[] = [];
  NUMBERS.lastIndex = 0;
  for (let m = NUMBERS.exec(title); m !== null; m = NUMBERS.exec(title)) {
    const n = toNumber(m[0]);
    if (n !== null) written.push(n);
  }
  const out = new Set<number>(written);
  for (let i = 0; i < written.length; i++) for (let k = i + 1; k < written.length; k++) out.add(written[i] * written[k]);
  if (q.quantity !== null) out.add(q.quantity);
  return out;
}

interface Decided {
  readonly q: Quantity;
  /** Where the subject starts in the rationale's text. */
  readonly start: number;
}

/** The words a count of visits or units is written with, in the cases letters use. */
const UNIT_WORDS = ['session', 'visit', 'treatment', 'Session', 'Visit', 'Treatment', 'SESSION', 'VISIT', 'TREATMENT', '#'];

/** How much of the end of a rationale holds its closing sentences, where its verdicts stand. */
const CLOSING = 320;

/**
 * Where a rationale's closing sentences start: at the start of the sentence that holds the point
 * CLOSING characters before its end (looked for within a bounded reach, see sentenceStart).
 */
function closingStart(text: string): number {
  if (text.length <= CLOSING) return 0;
  return Math.max(0, sentenceStart(text, text.length - CLOSING));
}

/** Where text[from...] names a unit of count, in order: the places a count under a verdict can stand. */
function unitPlaces(text: string, from: number): number[] {
  const out: number[] = [];
  for (const w of UNIT_WORDS) for (let i = text.indexOf(w, from); i >= 0; i = text.indexOf(w, i + w.length)) out.push(i);
  return out.sort((x, y) => x - y);
}

/** "this original request was for 12 sessions": the subject follows a request said to be another one. */
const QUALIFIED_REQUEST_BEFORE = /\b(?:original(?:ly)?|initial|previous|prior)\s+(?:\w+\s+)?request(?:ed)?\s*$/i;

/**
 * "The 24 sessions are excessive" where 24 sessions were the original request of a modified one:
 * a sentence that does not call them the request speaks of the original course, the reason the
 * remaining portion is denied (QA review of real letters).
 */
function speaksOfOriginalCourse(text: string, subject: VerdictSubject, count: number, original: number | null): boolean {
  if (original === null || count !== original) return false;
  const from = Math.max(0, sentenceStart(text, subject.start));
  return !/request/i.test(text.slice(from, subject.verdict));
}

/**
 * The first count a verdict of the closing sentences decides on that the title does not hold. Read
 * from the units named (few), not from the verdicts (many): a count stands before its unit.
 */
function otherCount(text: string, request: ItemRequest, allowedCounts: () => ReadonlySet<number>): Decided | null {
  let allowed: ReadonlySet<number> | undefined;
  let after = -1;
  for (const u of unitPlaces(text, closingStart(text))) {
    if (u < after) continue;
    const subject = subjectHolding(text, u);
    if (!subject) continue;
    after = subject.verdict;
    if (!HAS_NUMBER.test(subject.text) || OTHER_COUNT.test(subject.text) || QUALIFIED_REQUEST_BEFORE.test(text.slice(Math.max(0, subject.start - 40), subject.start))) continue;
    const q = parseQuantity(subject.text);
    if (!q || q.total === null || (q.unit !== 'visits' && q.unit !== 'quantity') || (allowed ??= allowedCounts()).has(q.total)) continue;
    if (insideQuotation(text, subject.start) || speaksOfOriginalCourse(text, subject, q.total, request.originalVisits)) continue;
    return { q, start: subject.start };
  }
  return null;
}

function line(r: Range): string {
  return `line ${r.start.line + 1}`;
}

/** The number of the rationale's count replaced by the heading's. */
function numberFix(part: Field, d: Decided, count: number): Fix[] {
  const from = d.start + d.q.start;
  NUMBERS.lastIndex = 0;
  const n = NUMBERS.exec(part.text.slice(from, d.start + d.q.end));
  if (!n) return [];
  const range = part.textRangeOf(from + n.index, from + n.index + n[0].length);
  return [{ title: `Write ${count}, the heading's number`, edits: [replace(range, String(count))], safe: false }];
}

function mismatchReport(item: Item, request: ItemRequest, part: Field, d: Decided): Report {
  const range = part.textRangeOf(d.start + d.q.start, d.start + d.q.end);
  const written = part.text.slice(d.start + d.q.start, d.start + d.q.end);
  const headingRange = request.range ?? item.titleRange;
  const modified = item.heading !== item.title && /original request/i.test(item.heading) ? ' (the remaining portion under review)' : '';
  return {
    range,
    message: `The rationale decides on another number than the item${modified}: heading: ${request.text} (${line(headingRange)}); rationale: ${written} (${line(range)}).`,
    related: [{ range: headingRange, message: `heading: ${request.text}` }],
    fixes: numberFix(part, d, request.quantity!),
  };
}

export const quantityMismatch = defineRule({
  id: 'quantity-mismatch',
  description: 'The rationale decides on another number of sessions or units than the item under review (its heading, or the remaining portion of a modified request).',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['consistency'],
  check({ doc, requests }, report) {
    for (const item of doc.items) {
      // The cheap test first: a count in the heading; then the units of count in the closing sentences.
      const request = requests[item.index];
      if (request.fromRationale || request.quantity === null || request.text === null) continue;
      if (request.unit !== 'visits' && request.unit !== 'quantity') continue;
      const part = item.fields.rationale;
      if (!part) continue;
      const d = otherCount(part.text, request, () => allowedCounts(item.title, request));
      if (d) report(mismatchReport(item, request, part, d));
    }
  },
});
