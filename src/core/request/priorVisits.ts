/**
 * Visits of a treatment already done or authorised before the request, as rationales word them:
 * "has completed 8 sessions", "approved for 6 prior sessions", "12 sessions of physical therapy to
 * date", "was previously treated with acupuncture". Pure string work on a rationale.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Treatment } from '../knowledge/schema';
import { insideQuotation } from '../wording/quotations';
import { sentenceAt } from '../wording/visitStatements';
import { matchAt, someWordStart, words } from '../wording/wordSearch';
import { priorCounts } from './priorCount';

/** "was previously treated with acupuncture", "prior physical therapy", "has had chiropractic care". */
const PRIOR_MENTION_AT =
  /(?:prior|previous(?:ly)?|past|already|had|completed|underwent|undergone|received|tried|a course of|ongoing|continued)\b(?:\s+[a-z/-]+){0,5}?\s+(?:sessions?|visits?|treatments?|therapy|acupuncture|chiropractic|manipulation|massage|PT|physiotherapy|care|usage|use)\b/iy;
const PRIOR_MENTION_WORDS = words(['prior', 'previous', 'past', 'already', 'had', 'completed', 'underwent', 'undergone', 'received', 'tried', 'a course of', 'ongoing', 'continued']);
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

export function readPriorVisits(rationale: string, treatment: Treatment, kb: KnowledgeBase, authorisedApart: boolean): number | null {
  let visits: number | null = null;
  priorCounts(rationale, authorisedApart, (n, at) => {
    if ((visits === null || n > visits) && aboutTreatment(sentenceAt(rationale, at), treatment, kb)) visits = n;
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
    if (!matchAt(PRIOR_MENTION_AT, rationale, at) || insideQuotation(rationale, at) || !aboutTreatment(sentenceAt(rationale, at), treatment, kb)) return false;
    said = DENIED_BEFORE.test(rationale.slice(Math.max(0, at - 30), at)) ? 'denied' : 'given';
    return said === 'given';
  });
  return said;
}

/** A history cue: the summary tells what was done, not what is requested. */
const HISTORY = /\b(?:prior|previous(?:ly)?|past|to date|has had|had|have had|completed|underwent|undergone|attended|received|tried|failed|included|includes|including|consisted of|course of|treated with|status post)\b/i;
const REQUESTED = /\brequest|\brecommend|\bplan\b|\bproposed|\bwill\b|\bwould\b/i;
const CASE_SUMMARY_LIMIT = 20000;
/** Keyed by the treatment itself: a guidelines file may give a treatment of the same id other names. */
const namesCache = new WeakMap<Treatment, RegExp>();

/** The treatment's own names as one expression (its phrases and abbreviations), made once. */
function namesOf(treatment: Treatment): RegExp {
  let re = namesCache.get(treatment);
  if (!re) {
    const words = [...treatment.patterns.map((p) => `(?:${p})`), ...treatment.abbreviations.map((a) => `\\b${a.replace(/[/-]/g, '\\$&')}\\b`)];
    re = new RegExp(words.join('|'), 'i');
    namesCache.set(treatment, re);
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
