/**
 * Visits of a treatment already done or authorised before the request, as rationales word them:
 * "has completed 8 sessions", "approved for 6 prior sessions", "12 sessions of physical therapy to
 * date", "was previously treated with acupuncture". Pure string work on a rationale.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Treatment } from '../knowledge/schema';
import { insideQuote, sentenceAt } from '../wording/visitStatements';
import { matchAt, someWordStart, words } from '../wording/wordSearch';
import { toNumber } from './quantity';

const NUMBER_WORD = '(?:twenty[- ]?(?:one|two|three|four|five|six|seven|eight|nine)|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)';
const COUNT = `(?:at least|approximately|about|over|around|a total of|an? additional|another)?\\s*(\\d{1,3}|${NUMBER_WORD})(?:\\s*\\(\\d{1,3}\\))?`;
const WORDS = '(?:[a-z][a-z/-]*\\s+){0,4}?';
const DONE =
  '(?:completed|attended|had|received|undergone|underwent|participated in|finished|tried|done|been (?:treated with|given|provided(?: with)?)|(?:been |was |were )?(?:previously |already )?(?:approved|authori[sz]ed|certified)(?: for)?)';

/**
 * The unit words that may end a count of visits, found by plain searches. Counts are looked for
 * only before one of these (in a short window, by expressions anchored at its end), not at every
 * position of the rationale.
 */
const UNIT_WORDS = words(['session', 'visit', 'treatment', 'appointment']);
const UNIT_AT = /(?:sessions?|visits?|treatments?|appointments?)(?![a-z])/iy;
const BEFORE_UNIT = 110;
const AFTER_UNIT = 70;

/** Counts of visits already given, in three word orders, each read back from the unit word. */
const BEFORE_COUNTS: ReadonlyArray<{ before: RegExp; after?: RegExp; needs?: readonly string[] }> = [
  // "has completed 8 sessions", "had 6 prior visits", "has already been approved for 6 prior sessions"
  {
    needs: ['omplet', 'ttend', 'had', 'eceiv', 'nderw', 'ndergone', 'articipat', 'inish', 'tried', 'done', 'treated', 'given', 'rovided', 'pprov', 'uthori', 'ertif'],
    before: new RegExp(`\\b${DONE}\\s+(?:a total of\\s+)?${COUNT}\\s+(?:prior\\s+|previous\\s+|past\\s+)?${WORDS}$`, 'i'),
  },
  // "6 prior sessions", "8 completed visits"
  {
    needs: ['rior', 'revious', 'past', 'omplet'],
    before: new RegExp(`\\b${COUNT}\\s+(?:prior|previous|past|completed|previously (?:completed|attended|authori[sz]ed|approved|certified))\\s+${WORDS}$`, 'i'),
  },
  // "12 sessions of physical therapy to date", "6 visits were completed"
  {
    before: new RegExp(`\\b${COUNT}\\s+${WORDS}$`, 'i'),
    after: /^\s+(?:of\s+[a-z/ -]{1,40}?\s+)?(?:to date|so far|thus far|in the past|previously|already|(?:were|was|have been|has been|had been) (?:completed|authori[sz]ed|approved|certified|attended|done|provided))/i,
  },
];

/** Words that make a count an authorisation, which a modified request's heading already gives. */
const AUTHORISED = /authori[sz]|approv|certif|modif/i;

/** "was previously treated with acupuncture", "prior physical therapy", "has had chiropractic care". */
const PRIOR_MENTION_AT =
  /(?:prior|previous(?:ly)?|past|already|has had|had had|have had|completed|underwent|undergone|received|tried|a course of|ongoing|continued)\b(?:\s+[a-z/-]+){0,5}?\s+(?:sessions?|visits?|treatments?|therapy|acupuncture|chiropractic|manipulation|massage|PT|physiotherapy|care|usage|use)\b/iy;
const PRIOR_MENTION_WORDS = words(['prior', 'previous', 'past', 'already', 'has had', 'had had', 'have had', 'completed', 'underwent', 'undergone', 'received', 'tried', 'a course of', 'ongoing', 'continued']);
/** A mention denied just before it: "no prior", "not had", "any prior", "without previous", "no record of". */
const DENIED_BEFORE = /\b(?:no|not|never|any|without|denies|denied|nor|absence of)\s+(?:(?:record|history|documentation|evidence|indication|mention|report)s?\s+of\s+)?(?:\w+\s+)?$/i;

/** Treatments counted together: physical therapy in all its forms, acupuncture with or without current. */
function family(id: string): string {
  if (id.startsWith('postsurgical-pt') || id === 'physical-therapy' || id === 'aquatic-therapy' || id === 'therapeutic-exercise') return 'physical';
  if (id === 'electro-acupuncture') return 'acupuncture';
  return id;
}

/** Whether a sentence speaks of the treatment: it names the treatment, or no other visit-based one. */
function aboutTreatment(sentence: string, treatment: Treatment, kb: KnowledgeBase): boolean {
  const named = kb.recognize(sentence);
  return !named || !named.visitBased || family(named.id) === family(treatment.id);
}

/** How far before its unit word a count stands at most: the number and four words. */
const NUMBER_BEFORE_UNIT = 60;
const NUMBER_WORD_AHEAD = new RegExp(`\\b${NUMBER_WORD}\\b`, 'i');

/** Whether a number (digits, or a number word) stands just before a unit word: most unit words have none. */
function numberBefore(text: string, unitStart: number): boolean {
  const from = Math.max(0, unitStart - NUMBER_BEFORE_UNIT);
  for (let i = unitStart - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return NUMBER_WORD_AHEAD.test(text.slice(from, unitStart));
}

/** The count of visits that ends at a unit word, if the words before (or after) it say they were given. */
function countAt(text: string, unitStart: number, unitEnd: number, authorisedApart: boolean): number | null {
  if (!numberBefore(text, unitStart)) return null;
  const before = text.slice(Math.max(0, unitStart - BEFORE_UNIT), unitStart);
  for (const { before: re, after, needs } of BEFORE_COUNTS) {
    // The words an order cannot do without, by plain searches first.
    if (needs && !needs.some((w) => before.includes(w))) continue;
    // The words after the unit, when the order needs them, first: a short anchored test.
    const a = after ? after.exec(text.slice(unitEnd, unitEnd + AFTER_UNIT)) : null;
    if (after && !a) continue;
    const m = re.exec(before);
    if (!m) continue;
    if (authorisedApart && (AUTHORISED.test(m[0]) || (a !== null && AUTHORISED.test(a[0])))) continue;
    const n = toNumber(m[1]);
    if (n !== null && n > 0) return n;
  }
  return null;
}

/**
 * The visits of a treatment already given, as a rationale counts them; null when it gives no count.
 * With `authorisedApart`, counts worded as authorisations are left out: a modified request's
 * heading gives those.
 */
export function readPriorVisits(rationale: string, treatment: Treatment, kb: KnowledgeBase, authorisedApart: boolean): number | null {
  let visits: number | null = null;
  someWordStart(rationale, UNIT_WORDS, (start) => {
    const unit = matchAt(UNIT_AT, rationale, start);
    const n = unit && !insideQuote(rationale, start) ? countAt(rationale, start, start + unit[0].length, authorisedApart) : null;
    if (n === null || (visits !== null && n <= visits)) return false;
    if (aboutTreatment(sentenceAt(rationale, start), treatment, kb)) visits = n;
    return false;
  });
  return visits;
}

/**
 * What a rationale says of a course of the treatment given before, with no count: `given` ("was
 * previously treated with acupuncture"), `denied` ("no prior acupuncture"), or null (nothing).
 */
export function priorCourseInRationale(rationale: string, treatment: Treatment, kb: KnowledgeBase): 'given' | 'denied' | null {
  let said: 'given' | 'denied' | null = null;
  someWordStart(rationale, PRIOR_MENTION_WORDS, (at) => {
    if (!matchAt(PRIOR_MENTION_AT, rationale, at) || insideQuote(rationale, at) || !aboutTreatment(sentenceAt(rationale, at), treatment, kb)) return false;
    said = DENIED_BEFORE.test(rationale.slice(Math.max(0, at - 30), at)) ? 'denied' : 'given';
    return said === 'given';
  });
  return said;
}

/** A history cue: the summary tells what was done, not what is requested. */
const HISTORY = /\b(?:prior|previous(?:ly)?|past|to date|has had|had|have had|completed|underwent|undergone|attended|received|tried|failed|included|includes|including|consisted of|course of|treated with|status post)\b/i;
const REQUESTED = /\brequest|\brecommend|\bplan\b|\bproposed|\bwill\b|\bwould\b/i;
const CASE_SUMMARY_LIMIT = 20000;
const namesCache = new Map<string, RegExp>();

/** The treatment's own names as one expression (its phrases and abbreviations), made once. */
function namesOf(treatment: Treatment): RegExp {
  let re = namesCache.get(treatment.id);
  if (!re) {
    const words = [...treatment.patterns.map((p) => `(?:${p})`), ...treatment.abbreviations.map((a) => `\\b${a.replace(/[/-]/g, '\\$&')}\\b`)];
    re = new RegExp(words.join('|'), 'i');
    namesCache.set(treatment.id, re);
  }
  return re;
}

/**
 * Whether the clinical case summary tells that the treatment was given before ("Treatment to date
 * has included acupuncture", "she completed a course of chiropractic care"), in a sentence that is
 * about the history, not the request.
 */
export function summaryTellsPriorCourse(summary: string, treatment: Treatment): boolean {
  const names = namesOf(treatment);
  const text = summary.length > CASE_SUMMARY_LIMIT ? summary.slice(0, CASE_SUMMARY_LIMIT) : summary;
  if (!names.test(text)) return false;
  for (const sentence of text.split(/(?<=[.;])\s+/)) {
    const m = names.exec(sentence);
    if (!m || !HISTORY.test(sentence) || REQUESTED.test(sentence)) continue;
    if (DENIED_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    return true;
  }
  return false;
}
