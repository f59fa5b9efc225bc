/**
 * Whether a sentence affirms or denies what a statement speaks of: the negations between its
 * subject (the anchor) and its predicate, and just before them, counted ("is not recommended",
 * "have no proven efficacy", "do not recommend", "unproven").
 */

const NEGATION = /\b(?:no|not|never|without|lacks?|lacking|none|cannot)\b|n't\b|\bun(?=proven|supported|substantiated)|\bnon[\s-]?(?=recommended|supported)/gi;
/** How far a predicate may stand from the anchor, in characters. */
const REACH = 250;
/** A turn between subject and predicate: what follows speaks of something else. */
const BREAK = /;|\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|\bwhile\b|\bunless\b|\bexcept\b/i;
/** How much of the text just before the two is read for a negation ("does not recommend TENS ..."). */
const BEFORE = 25;

function negations(text: string): number {
  NEGATION.lastIndex = 0;
  let n = 0;
  while (NEGATION.exec(text) !== null) n++;
  return n;
}

/** The predicate's match nearest the anchor in the sentence: the first after its start, else the last before. `predicate` is global. */
function nearestPredicate(sentence: string, predicate: RegExp, anchorStart: number): { start: number; end: number } | null {
  const re = predicate;
  re.lastIndex = 0;
  let before: { start: number; end: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    const hit = { start: m.index, end: m.index + m[0].length };
    if (hit.start >= anchorStart) return hit.start - anchorStart <= REACH && !BREAK.test(sentence.slice(anchorStart, hit.start)) ? hit : before;
    before = anchorStart - hit.end <= REACH && !BREAK.test(sentence.slice(hit.end, anchorStart)) ? hit : null;
  }
  return before;
}

/** 'negative' or 'positive', or null when the sentence holds no predicate near the anchor. */
export function polarityOf(sentence: string, anchor: { start: number; end: number }, predicate: RegExp): { polarity: 'positive' | 'negative'; start: number; end: number } | null {
  const p = nearestPredicate(sentence, predicate, anchor.start);
  if (!p) return null;
  const start = Math.min(anchor.start, p.start);
  const end = Math.max(anchor.end, p.end);
  const lead = sentence.slice(Math.max(0, start - BEFORE), start);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'));
  const n = negations(cut >= 0 ? lead.slice(cut + 1) : lead) + negations(sentence.slice(start, end));
  return { polarity: n % 2 === 1 ? 'negative' : 'positive', start, end };
}
