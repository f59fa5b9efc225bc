import type { Anatomy, BodyPartMention } from '../knowledge/anatomy';
import type { BodyPart } from '../knowledge/schema';
import type { Field, Item } from '../model';
import type { FoundConclusion } from '../wording/conclusions';
import { conclusionSubject } from '../wording/verdicts';
import { insideQuotation } from '../wording/quotations';
import { LetterReading } from '../summary/reading';
import type { Range } from '../text';
import { defineRule, Report } from './types';

function line(r: Range): string {
  return `line ${r.start.line + 1}`;
}

interface Named {
  readonly part: BodyPart;
  readonly item: Item;
  readonly mention: BodyPartMention;
}

/** A body part named in what the conclusion decides on, in offsets of the text it was found in. */
interface Decided {
  readonly mention: BodyPartMention;
  readonly field: Field;
}

/** The ids of every part or group that overlaps one of the heading's body parts: a mention of any is a mention of the item's own. */
function ownIds(anatomy: Anatomy, own: readonly BodyPartMention[]): Set<string> {
  const ids = new Set<string>();
  for (const o of own) for (const id of anatomy.overlapping(o.part)) ids.add(id);
  return ids;
}

/** The body parts (not groups) named in what the rationale's conclusion decides on ("the request for MRI of the cervical spine"). */
function decidedParts(anatomy: Anatomy, conclusion: FoundConclusion | null): Decided[] {
  if (!conclusion) return [];
  const field = conclusion.in;
  const subject = conclusionSubject(field.text, conclusion.start);
  if (!subject) return [];
  const out: Decided[] = [];
  for (const m of anatomy.mentions(subject.text)) {
    if (m.part.kind !== 'part') continue;
    const at = subject.start + m.start;
    if (insideQuotation(field.text, at)) continue;
    out.push({ mention: { ...m, start: at, end: subject.start + m.end, sideStart: -1, sideEnd: -1 }, field });
  }
  return out;
}

/** An item other than `item` whose heading names a body part overlapping `part`. */
function otherItemFor(reading: LetterReading, item: Item, part: BodyPart): Named | null {
  for (const other of reading.doc.items) {
    if (other === item) continue;
    for (const m of reading.headingParts(other)) if (m.part.kind === 'part' && reading.anatomy.overlaps(m.part, part)) return { part: m.part, item: other, mention: m };
  }
  return null;
}

function strayReport(item: Item, own: BodyPartMention, decided: Decided, other: Named): Report {
  const { mention, field } = decided;
  const range = field.textRangeOf(mention.start, mention.end);
  const headingRange = item.titleRangeOf(own.start, own.end);
  const otherRange = other.item.titleRangeOf(other.mention.start, other.mention.end);
  const written = field.text.slice(mention.start, mention.end);
  const ownWords = item.title.slice(own.start, own.end);
  const otherWords = other.item.title.slice(other.mention.start, other.mention.end);
  return {
    range,
    message:
      `The rationale decides on the ${written}, another item's body part, and never names its own: ` +
      `heading: ${ownWords} (${line(headingRange)}); rationale: ${written} (${line(range)}); other item: ${otherWords} (${line(otherRange)}).`,
    related: [
      { range: headingRange, message: `heading: ${ownWords}` },
      { range: otherRange, message: `the item for the ${other.part.name}` },
    ],
  };
}

export const bodyPartNotInItem = defineRule({
  id: 'body-part-not-in-item',
  description: "A rationale's conclusion decides on another item's body part, and the rationale never names its own (a paragraph copied from a neighbouring item).",
  defaultSeverity: 'information',
  hasFix: false,
  tags: ['consistency'],
  check({ doc, conclusions, reading }, report) {
    if (doc.items.length < 2) return;
    const anatomy = reading.anatomy;
    for (const item of doc.items) {
      // The cheap tests first: a body part in the heading, and in what the conclusion decides on;
      // one the heading does not name; another item's heading that does; and last, the whole
      // rationale read for the item's own.
      const own = reading.headingParts(item);
      if (own.length === 0) continue;
      const decided = decidedParts(anatomy, conclusions.of(item));
      if (decided.length === 0) continue;
      const ids = ownIds(anatomy, own);
      if (decided.some((d) => ids.has(d.mention.part.id))) continue;
      for (const d of decided) {
        const other = otherItemFor(reading, item, d.mention.part);
        const rationale = other ? reading.rationale(item) : null;
        if (!other || !rationale || anatomy.namesAny(rationale.text, ids)) continue;
        report(strayReport(item, own[0], d, other));
        break;
      }
    }
  },
});
