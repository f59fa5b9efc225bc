/**
 * Counts of visits already given, as rationales word them: "has completed 8 sessions", "had 6
 * prior visits", "was approved for 6 prior sessions", "12 sessions of physical therapy to date",
 * "eight (8) visits were completed". Read back, word by word, from each unit word (sessions,
 * visits, treatments, appointments) that a number stands a few words before: a rationale is read
 * by plain searches for the unit words, and the words before a unit are compared where they stand.
 */
import { insideQuotation } from '../wording/quotations';
import { isLetter, someWordStart, words, WordSet, WordsBefore } from '../wording/wordSearch';

const UNIT_WORDS = words(['session', 'visit', 'treatment', 'appointment']);

/** Words between a number and its unit that make the count a past one: "6 prior sessions". */
const PRIOR_BETWEEN = new WordSet(['prior', 'previous', 'past', 'completed', 'previously']);
/** Verbs a past count follows: "completed 8", "had 6", "approved for 6". */
const DONE_BEFORE = new WordSet(['completed', 'attended', 'had', 'received', 'undergone', 'underwent', 'finished', 'tried', 'done', 'given', 'provided', 'approved', 'authorized', 'authorised', 'certified']);
/** Words a verb may stand before the count with: "approved for 6", "participated in 6", "treated with 6". */
const LINKS: Readonly<Record<string, WordSet>> = {
  for: new WordSet(['approved', 'authorized', 'authorised', 'certified']),
  in: new WordSet(['participated']),
  with: new WordSet(['treated', 'provided']),
};
const LINK_WORDS = new WordSet(Object.keys(LINKS));
/** Words that may stand between the verb and the count: "completed at least 8", "had a total of 12". */
const FILLERS = new WordSet(['at', 'least', 'approximately', 'about', 'over', 'around', 'a', 'total', 'of', 'an', 'additional', 'another']);
const AUTHORISING = new Set(['approved', 'authorized', 'authorised', 'certified']);
/** After the unit: "to date", "so far", "were completed", "of physical therapy to date". */
const DONE_AFTER =
  /^\s+(?:of\s+[a-z/ -]{1,40}?\s+)?(?:to date|so far|thus far|in the past|previously|already|(?:were|was|have been|has been|had been) (?:completed|authori[sz]ed|approved|certified|attended|done|provided))/i;
const AUTHORISED_AFTER = /authori[sz]|approv|certif/i;
const AFTER_UNIT = 70;
/** A count stands at most four words before its unit (five with digits after a number word). */
const NUMBER_REACH = 6;

const before = new WordsBefore();

/** The past verb the count at word `at` follows, skipping fillers ("completed at least 8", "approved for 6"), or undefined. */
function verbBefore(at: number): string | undefined {
  before.more(at + 6);
  let k = at + 1;
  while (k < before.size && k < at + 4 && before.is(FILLERS, k)) k++;
  const link = before.is(LINK_WORDS, k);
  if (link) return before.is(LINKS[link], k + 1);
  return before.is(DONE_BEFORE, k);
}

/**
 * The count of visits given before that ends at a unit word, or null: the number at most four
 * words before it, and a verb of the past before the number, a word of the past between, or one
 * after the unit.
 */
function countEndingAt(text: string, unitStart: number, unitEnd: number, authorisedApart: boolean): number | null {
  before.read(text, unitStart, NUMBER_REACH);
  let at = -1;
  let n: number | null = null;
  for (let k = 0; k < before.size; k++) {
    if (before.isDigitsInParentheses(k)) continue;
    n = before.countAt(k);
    if (n !== null) {
      at = k;
      break;
    }
  }
  if (n === null) return null;
  if (at > 0 && before.is(PRIOR_BETWEEN, at - 1)) return n;
  const done = verbBefore(at);
  if (done) return authorisedApart && AUTHORISING.has(done) ? null : n;
  const after = DONE_AFTER.exec(text.slice(unitEnd, unitEnd + AFTER_UNIT));
  if (!after) return null;
  return authorisedApart && AUTHORISED_AFTER.test(after[0]) ? null : n;
}

/**
 * Each count of visits given before in a rationale, outside quotations (a guideline's figures),
 * with where its unit word stands. With `authorisedApart`, counts worded as authorisations are
 * left out: a modified request's heading gives those.
 */
export function priorCounts(rationale: string, authorisedApart: boolean, each: (n: number, at: number) => void): void {
  someWordStart(rationale, UNIT_WORDS, (start, length) => {
    // The unit word itself, or its plural: "sessions", not "visitation".
    let end = start + length;
    if ((rationale.charCodeAt(end) | 32) === 115 /* s */) end++;
    if (isLetter(rationale.charCodeAt(end))) return false;
    const n = countEndingAt(rationale, start, end, authorisedApart);
    if (n !== null && !insideQuotation(rationale, start)) each(n, start);
    return false;
  });
}
