import type { Anatomy, BodyPartMention } from '../knowledge/anatomy';
import type { BodyPart } from '../knowledge/schema';
import type { Item } from '../model';
import { insideQuotes } from '../summary/pronouns';
import { LetterReading, letterReading, WrittenText } from '../summary/reading';
import type { Range } from '../text';
import { verdictSubjects } from '../wording/verdicts';
import { Report, Rule } from './types';

function line(r: Range): string {
  return `line ${r.start.line + 1}`;
}

/** The ids of every part or group that overlaps one of the heading's body parts: a mention of any is a mention of the item's own. */
function ownIds(anatomy: Anatomy, own: readonly BodyPartMention[]): Set<string> {
  const ids = new Set<string>();
  for (const o of own) for (const id of anatomy.overlapping(o.part)) ids.add(id);
  return ids;
}

interface Named {
  readonly part: BodyPart;
  readonly item: Item;
  readonly mention: BodyPartMention;
}

/** Every body part (not group) the headings name, with the first two items that name it: read once per letter. */
function headingPartsOfLetter(reading: LetterReading): Map<string, Named[]> {
  const out = new Map<string, Named[]>();
  for (const item of reading.doc.items) {
    for (const m of reading.headingParts(item)) {
      if (m.part.kind !== 'part') continue;
      const list = out.get(m.part.id) ?? [];
      if (list.length < 2 && !list.some((n) => n.item === item)) list.push({ part: m.part, item, mention: m });
      out.set(m.part.id, list);
    }
  }
  return out;
}

/** The body parts other items' headings name that the item's heading does not, each with an item that names it. */
function siblingParts(letter: Map<string, Named[]>, item: Item, own: ReadonlySet<string>): Named[] {
  const out: Named[] = [];
  for (const [id, list] of letter) {
    if (own.has(id)) continue;
    const other = list.find((n) => n.item !== item);
    if (other) out.push(other);
  }
  return out;
}

/** Whether a mention lies in what a verdict decides on ("the request for an MRI of the cervical spine is not medically necessary"). */
function decided(text: string, m: BodyPartMention): boolean {
  for (const s of verdictSubjects(text)) if (s.start <= m.start && m.end <= s.verdict) return true;
  return false;
}

/**
 * A sibling's body part the rationale speaks of, while it never names its own: in what a verdict
 * decides on, or anywhere when the case summary's diagnoses do not hold it.
 */
function strayPart(reading: LetterReading, item: Item, rationale: WrittenText, siblings: readonly Named[]): { mention: BodyPartMention; sibling: Named } | null {
  const anatomy = reading.anatomy;
  const diagnoses = reading.summary?.diagnoses(anatomy) ?? [];
  for (const m of reading.rationaleParts(item)) {
    const s = m.part.kind === 'part' ? siblings.find((x) => anatomy.overlaps(x.part, m.part)) : undefined;
    if (!s || insideQuotes(rationale.text, m.start)) continue;
    if (decided(rationale.text, m) || !diagnoses.some((d) => anatomy.overlaps(d.part, m.part))) return { mention: m, sibling: s };
  }
  return null;
}

function strayReport(item: Item, own: BodyPartMention, rationale: WrittenText, found: NonNullable<ReturnType<typeof strayPart>>): Report {
  const { mention, sibling } = found;
  const range = rationale.rangeOf(mention.start, mention.end);
  const headingRange = item.titleRangeOf(own.start, own.end);
  const siblingRange = sibling.item.titleRangeOf(sibling.mention.start, sibling.mention.end);
  const written = rationale.text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
  const ownWords = item.title.slice(own.start, own.end);
  return {
    range,
    message:
      `The rationale speaks of the ${written}, which is not this item's body part (and never of its own), while another item is for it: ` +
      `heading: ${ownWords} (${line(headingRange)}); rationale: ${written} (${line(range)}); other item: ${sibling.item.title.slice(sibling.mention.start, sibling.mention.end)} (${line(siblingRange)}).`,
    related: [
      { range: headingRange, message: `heading: ${ownWords}` },
      { range: siblingRange, message: `the item for the ${sibling.part.name}` },
    ],
  };
}

export const bodyPartNotInItem: Rule = {
  id: 'body-part-not-in-item',
  description: "A rationale speaks of another item's body part and never of its own (a paragraph copied from a neighbouring item).",
  defaultSeverity: 'information',
  check({ doc, kb }, report) {
    if (doc.items.length < 2) return;
    const reading = letterReading(doc, kb);
    const anatomy = reading.anatomy;
    const letter = headingPartsOfLetter(reading);
    if (letter.size < 2) return;
    for (const item of doc.items) {
      const own = reading.headingParts(item);
      const rationale = own.length ? reading.rationale(item) : null;
      if (!rationale) continue;
      const ids = ownIds(anatomy, own);
      const siblings = siblingParts(letter, item, ids);
      // The cheap tests first: another item for another body part, then a rationale that never names its own.
      if (siblings.length === 0 || anatomy.mentionsAmong(rationale.text, ids).length > 0) continue;
      const found = strayPart(reading, item, rationale, siblings);
      if (found) report(strayReport(item, own[0], rationale, found));
    }
  },
};
