import type { Anatomy, BodyPartMention, ChapterCitation } from '../knowledge/anatomy';
import type { BodyPart, GuidelineChapter } from '../knowledge/schema';
import type { Item } from '../model';
import { fieldText, LocatedText } from '../summary/reading';
import { replace } from '../wording/edits';
import { defineRule, Fix, Report } from './types';

const YEAR_AFTER = /^\s+(?:19|20)\d\d\b/;
const ACOEM_CHAPTER_BEFORE = /\bChapter\s+(\d{1,2})\s+$/i;

/** The body parts a heading names, each part once, without those that lie within another named (a finger and its hand). */
function distinctParts(anatomy: Anatomy, mentions: readonly BodyPartMention[]): BodyPartMention[] {
  const out: BodyPartMention[] = [];
  for (const m of mentions) {
    if (out.some((o) => anatomy.isWithin(m.part, o.part))) continue;
    for (let k = out.length - 1; k >= 0; k--) if (anatomy.isWithin(out[k].part, m.part)) out.splice(k, 1);
    out.push(m);
  }
  return out;
}

interface Mismatch {
  readonly cited: ChapterCitation;
  /** The chapters of the same source that govern every body part of the heading. */
  readonly candidates: readonly GuidelineChapter[];
}

/**
 * The chapter of one source (MTUS or ODG) cited for other body parts than the heading's. None
 * when a chapter cited governs the heading's body parts, when one of them has no chapter of that
 * source (the hip in the MTUS of 2004), or when no one chapter governs them all (several body parts).
 */
function mismatchIn(anatomy: Anatomy, parts: readonly BodyPart[], cited: readonly ChapterCitation[], source: GuidelineChapter['source']): Mismatch | null {
  const ofSource = cited.filter((c) => c.chapter.source === source);
  if (ofSource.length === 0) return null;
  if (ofSource.some((c) => parts.every((p) => anatomy.covers(c.chapter, p)))) return null;
  const candidates = anatomy.chapters.filter((c) => c.source === source && parts.every((p) => anatomy.covers(c, p)));
  if (candidates.length === 0) return null;
  return { cited: ofSource[0], candidates };
}

/** The citation replaced by another chapter: its name, with the year and the ACOEM chapter number where the line writes them. */
function chapterFix(field: LocatedText, cited: ChapterCitation, to: GuidelineChapter): Fix {
  const text = field.text;
  let start = cited.start;
  let end = cited.end;
  let newText = to.name;
  const chapterNumber = ACOEM_CHAPTER_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (chapterNumber && to.acoemChapter !== undefined) {
    start -= chapterNumber[0].length;
    newText = `Chapter ${to.acoemChapter} ${newText}`;
  }
  const year = YEAR_AFTER.exec(text.slice(end, end + 8));
  const toYear = /\b(?:19|20)\d\d\b/.exec(to.citation);
  if (year && toYear) {
    end += year[0].length;
    newText += ` ${toYear[0]}`;
  }
  const pages = /Page\(s\)/i.test(text.slice(end, end + 40)) ? ' (check the pages cited)' : '';
  return { title: `Cite ${to.citation} instead${pages}`, edits: [replace(field.rangeOf(start, end), newText)], safe: false };
}

function lineOf(line: number): string {
  return `line ${line + 1}`;
}

function check(anatomy: Anatomy, item: Item, mentions: readonly BodyPartMention[], located: () => LocatedText, cited: readonly ChapterCitation[]): Report | null {
  const distinct = distinctParts(anatomy, mentions);
  const parts = distinct.map((m) => m.part);
  const mismatch = mismatchIn(anatomy, parts, cited, 'MTUS') ?? mismatchIn(anatomy, parts, cited, 'ODG');
  if (!mismatch) return null;
  const { cited: c, candidates } = mismatch;
  const maximus = located();
  const named = distinct.map((m) => item.title.slice(m.sideStart >= 0 && m.sideStart < m.start ? m.sideStart : m.start, m.end)).join(', ');
  const first = distinct[0];
  const headingRange = item.titleRangeOf(first.sideStart >= 0 && first.sideStart < first.start ? first.sideStart : first.start, first.end);
  const range = maximus.rangeOf(c.start, c.end);
  const chapter = maximus.text.slice(c.start, c.end).replace(/\s+/g, ' ');
  const covers = anatomy.part(c.chapter.covers[0])?.name ?? c.chapter.covers[0];
  return {
    range,
    message:
      `The MAXIMUS guideline cites a chapter for another body part than the heading: heading: ${named} (${lineOf(headingRange.start.line)}); ` +
      `MAXIMUS guideline: ${chapter} (${lineOf(range.start.line)}), a chapter for the ${covers}.`,
    related: [{ range: headingRange, message: `heading: ${named}` }],
    fixes: candidates.map((to) => chapterFix(maximus, c, to)),
  };
}

export const citationBodyPartMismatch = defineRule({
  id: 'citation-body-part-mismatch',
  description: 'The MTUS/ACOEM or ODG chapter cited on the MAXIMUS line is for another body part than the one the item heading names.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['consistency', 'citation'],
  check({ doc, reading }, report) {
    for (const item of doc.items) {
      const field = item.fields.maximus;
      // The cheap tests first: a body-part chapter cited, then a body part in the heading.
      if (!field) continue;
      const cited = reading.anatomy.chaptersCited(field.text);
      if (cited.length === 0) continue;
      const mentions = reading.headingParts(item);
      if (mentions.length === 0) continue;
      const r = check(reading.anatomy, item, mentions, () => fieldText(field), cited);
      if (r) report(r);
    }
  },
});
