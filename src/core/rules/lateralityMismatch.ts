import type { Anatomy, BodyPartMention, Side } from '../knowledge/anatomy';
import type { Item } from '../model';
import type { CaseSummary } from '../summary/caseSummary';
import { insideQuotation } from '../wording/quotations';
import { LetterReading, LocatedText } from '../summary/reading';
import type { Range, TextEdit } from '../text';
import { replace } from '../wording/edits';
import { defineRule, Report } from './types';

type OneSide = 'left' | 'right';

/** A heading is read only when it holds a side's word. */
const MAY_NAME_SIDE = /left|right|\b[LR][UL]E/i;

function other(side: OneSide): OneSide {
  return side === 'left' ? 'right' : 'left';
}

/** Whether two mentions name the same body part: the same part or group, or one part within the other (a finger and its hand). */
function samePart(anatomy: Anatomy, a: BodyPartMention, b: BodyPartMention): boolean {
  if (a.part.id === b.part.id) return true;
  return a.part.kind === 'part' && b.part.kind === 'part' && anatomy.overlaps(a.part, b.part);
}

/** The body parts of a heading that it places on one side only, one mention each. */
function oneSidedParts(anatomy: Anatomy, heading: readonly BodyPartMention[]): BodyPartMention[] {
  const out: BodyPartMention[] = [];
  for (const m of heading) {
    if (m.side !== 'left' && m.side !== 'right') continue;
    if (heading.some((o) => o !== m && samePart(anatomy, o, m) && o.side !== m.side)) continue;
    if (!out.some((o) => samePart(anatomy, o, m))) out.push(m);
  }
  return out;
}

/** The mentions of a body part, by the side they give it. */
function sidesOf(anatomy: Anatomy, of: BodyPartMention, mentions: readonly BodyPartMention[], text: string): Map<Side, BodyPartMention[]> {
  const out = new Map<Side, BodyPartMention[]>();
  for (const m of mentions) {
    if (m.side === null || !samePart(anatomy, m, of) || insideQuotation(text, m.start)) continue;
    const list = out.get(m.side) ?? [];
    list.push(m);
    out.set(m.side, list);
  }
  return out;
}

/** A side written as the side word it replaces is: "R" of "RUE", "LEFT", "Left", "left". */
function sideAs(written: string, side: OneSide): string {
  if (written.length === 1) return side[0].toUpperCase();
  if (written === written.toUpperCase()) return side.toUpperCase();
  return written[0] === written[0].toUpperCase() ? side[0].toUpperCase() + side.slice(1) : side;
}

/** The edits that write `side` in place of the side words of these mentions (each side word once). */
function sideEdits(mentions: readonly BodyPartMention[], text: string, side: OneSide, rangeOf: (s: number, e: number) => Range): TextEdit[] {
  const seen = new Set<number>();
  const edits: TextEdit[] = [];
  for (const m of mentions) {
    if (m.sideStart < 0 || seen.has(m.sideStart)) continue;
    seen.add(m.sideStart);
    edits.push(replace(rangeOf(m.sideStart, m.sideEnd), sideAs(text.slice(m.sideStart, m.sideEnd), side)));
  }
  return edits;
}

/** A mention as the message names it: with its side word when written before it, else with its side ("foot" of "right hip and foot": "right foot"; "right fingers" for "fingers of the right hand"). */
function phrase(text: string, m: BodyPartMention): string {
  if (m.sideStart >= 0 && m.sideStart < m.start) return text.slice(m.sideStart, m.end).replace(/\s+/g, ' ');
  const words = text.slice(m.start, m.end).replace(/\s+/g, ' ');
  return m.side ? `${m.side} ${words}` : words;
}

function line(r: Range): string {
  return `line ${r.start.line + 1}`;
}

/** The mentions of the heading's body part that a side word of the text puts on `side`, outside quotes. */
function mentionsOnSide(anatomy: Anatomy, h: BodyPartMention, text: string, side: OneSide, ids: ReadonlySet<string>): BodyPartMention[] {
  const out: BodyPartMention[] = [];
  const re = anatomy.sideThenPart(side, ids);
  re.lastIndex = 0;
  for (let w = re.exec(text); w !== null; w = re.exec(text)) {
    for (const m of anatomy.mentionsAmong(text, ids, w.index, w.index + w[0].length)) {
      if (m.side === side && samePart(anatomy, m, h) && !insideQuotation(text, m.start)) out.push(m);
    }
  }
  return out;
}

/** The rationale places the heading's body part on the other side only, and the summary never does. */
function rationaleReport(reading: LetterReading, item: Item, h: BodyPartMention, summarySides: Map<Side, BodyPartMention[]>): Report | null {
  const side = h.side as OneSide;
  if (summarySides.has(other(side)) || summarySides.has('bilateral')) return null;
  const rationale = reading.rationale(item);
  if (!rationale) return null;
  const anatomy = reading.anatomy;
  const ids = h.part.kind === 'part' ? anatomy.overlapping(h.part, true) : new Set([h.part.id]);
  // The cheap test first: the other side's word, and the heading's body part just after it.
  const wrong = mentionsOnSide(anatomy, h, rationale.text, other(side), ids);
  if (wrong.length === 0) return null;
  const sides = sidesOf(anatomy, h, anatomy.mentionsAmong(rationale.text, ids), rationale.text);
  if (sides.has(side) || sides.has('bilateral')) return null;
  return sideReport(item, h, rationale, wrong, 'rationale', `The rationale places the ${h.part.name} on the other side than the heading`);
}

function sideReport(item: Item, h: BodyPartMention, where: LocatedText, wrong: readonly BodyPartMention[], label: string, lead: string): Report {
  const side = h.side as OneSide;
  const headingRange = item.titleRangeOf(h.sideStart >= 0 && h.sideStart < h.start ? h.sideStart : h.start, h.end);
  const first = wrong[0];
  const range = where.rangeOf(first.sideStart >= 0 ? Math.min(first.sideStart, first.start) : first.start, first.end);
  const edits = sideEdits(wrong, where.text, side, where.rangeOf);
  const places = edits.length > 1 ? ` (${edits.length} places)` : '';
  return {
    range,
    message: `${lead}: heading: ${phrase(item.title, h)} (${line(headingRange)}); ${label}: ${phrase(where.text, first)} (${line(range)}).`,
    related: [{ range: headingRange, message: `heading: ${phrase(item.title, h)}` }],
    fixes: edits.length ? [{ title: `Write "${side}" as the heading does in the ${label}${places}`, edits, safe: false }] : [],
  };
}

/** The case summary places the heading's body part on the other side only. */
function summaryReport(item: Item, h: BodyPartMention, summary: CaseSummary, summarySides: Map<Side, BodyPartMention[]>): Report | null {
  const side = h.side as OneSide;
  const wrong = summarySides.get(other(side));
  if (!wrong || summarySides.has(side) || summarySides.has('bilateral')) return null;
  const where: LocatedText = { text: summary.text, rangeOf: (s, e) => summary.rangeOf(s, e) };
  return sideReport(item, h, where, wrong, 'case summary', `The heading places the ${h.part.name} on the other side than the case summary`);
}

/** The sided body parts of every heading that names a side, by item: read once per letter. */
function sidedHeadings(reading: LetterReading): Array<{ item: Item; parts: readonly BodyPartMention[] }> {
  const out: Array<{ item: Item; parts: readonly BodyPartMention[] }> = [];
  for (const item of reading.doc.items) {
    if (!MAY_NAME_SIDE.test(item.title)) continue;
    const parts = reading.headingParts(item).filter((m) => m.side !== null);
    if (parts.length) out.push({ item, parts });
  }
  return out;
}

/** Whether another item's heading names the same body part on another side. */
function otherSideRequested(anatomy: Anatomy, headings: ReturnType<typeof sidedHeadings>, item: Item, h: BodyPartMention): boolean {
  return headings.some((s) => s.item !== item && s.parts.some((m) => m.side !== h.side && samePart(anatomy, m, h)));
}

export const lateralityMismatch = defineRule({
  id: 'laterality-mismatch',
  description: 'The rationale or the case summary places the item\'s body part on the other side than its heading ("left wrist" in the heading, "right wrist" in the rationale).',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['consistency'],
  check({ reading }, report) {
    // The cheap test first: a side in a heading ("left", "right", "RUE").
    const headings = sidedHeadings(reading);
    if (headings.length === 0) return;
    const summary = reading.summary;
    // The sides the summary gives each body part, read once per part.
    const bySummary = new Map<string, Map<Side, BodyPartMention[]>>();
    for (const { item, parts } of headings) {
      const heading = oneSidedParts(reading.anatomy, parts);
      if (heading.length === 0) continue;
      for (const h of heading) {
        let summarySides = bySummary.get(h.part.id);
        if (!summarySides) {
          summarySides = summary ? sidesOf(reading.anatomy, h, summary.mentions(reading.anatomy), summary.text) : new Map<Side, BodyPartMention[]>();
          bySummary.set(h.part.id, summarySides);
        }
        const r = (summary && summaryReport(item, h, summary, summarySides)) ?? rationaleReport(reading, item, h, summarySides);
        // Asked last, of the few findings: items for both sides (studies of both arms asked as two
        // items) make a letter that speaks of both.
        if (r && !otherSideRequested(reading.anatomy, headings, item, h)) report(r);
      }
    }
  },
});
