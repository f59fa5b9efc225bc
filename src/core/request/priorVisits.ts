/**
 * Visits of a treatment already done or authorised before the request, as rationales word them:
 * "has completed 8 sessions", "approved for 6 prior sessions", "12 sessions of physical therapy to
 * date", "was previously treated with acupuncture". Pure string work on a rationale.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Treatment } from '../knowledge/schema';
import { toNumber } from './quantity';

export interface PriorCourse {
  /** The visits already done or authorised, as the rationale counts them; null when it gives no count. */
  readonly visits: number | null;
  /** Whether the rationale says the treatment was given before, with or without a count. */
  readonly given: boolean;
}

export const NO_PRIOR_COURSE: PriorCourse = { visits: null, given: false };

const NUMBER_WORD = '(?:twenty[- ]?(?:one|two|three|four|five|six|seven|eight|nine)|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)';
const COUNT = `(?:at least|approximately|about|over|around|a total of|an? additional|another)?\\s*(\\d{1,3}|${NUMBER_WORD})(?:\\s*\\(\\d{1,3}\\))?`;
const UNIT = '(?:sessions?|visits?|treatments?|appointments?)(?![a-z])';
const WORDS = '(?:[a-z][a-z/-]*\\s+){0,4}?';
const DONE =
  '(?:completed|attended|had|received|undergone|underwent|participated in|finished|tried|done|been (?:treated with|given|provided(?: with)?)|(?:been |was |were )?(?:previously |already )?(?:approved|authori[sz]ed|certified)(?: for)?)';

/** Counts of visits already given, in three word orders. */
const PRIOR_COUNTS: readonly RegExp[] = [
  // "has completed 8 sessions", "had 6 prior visits", "has already been approved for 6 prior sessions"
  new RegExp(`\\b${DONE}\\s+(?:a total of\\s+)?${COUNT}\\s+(?:prior\\s+|previous\\s+|past\\s+)?${WORDS}${UNIT}`, 'gi'),
  // "6 prior sessions", "8 completed visits"
  new RegExp(`\\b${COUNT}\\s+(?:prior|previous|past|completed|previously (?:completed|attended|authori[sz]ed|approved|certified))\\s+${WORDS}${UNIT}`, 'gi'),
  // "12 sessions of physical therapy to date", "6 visits were completed"
  new RegExp(`\\b${COUNT}\\s+${WORDS}${UNIT}\\s+(?:of\\s+[a-z/ -]{1,40}?\\s+)?(?:to date|so far|thus far|in the past|previously|already|(?:were|was|have been|has been|had been) (?:completed|authori[sz]ed|approved|certified|attended|done|provided))`, 'gi'),
];

/** Words that make a count an authorisation, which a modified request's heading already gives. */
const AUTHORISED = /authori[sz]|approv|certif|modif/i;

/** "was previously treated with acupuncture", "prior physical therapy", "has had chiropractic care". */
const PRIOR_MENTION =
  /\b(?:prior|previous(?:ly)?|past|already|has had|had had|have had|completed|underwent|undergone|received|tried|a course of|ongoing|continued)\b(?:\s+[a-z/-]+){0,5}?\s+(?:sessions?|visits?|treatments?|therapy|acupuncture|chiropractic|manipulation|massage|PT|physiotherapy|care|usage|use)\b/gi;
/** A mention denied just before it: "no prior", "not had", "any prior", "without previous". */
const DENIED_BEFORE = /\b(?:no|not|never|any|without|denies|denied|nor|absence of)\s+(?:(?:record|history|documentation|evidence|indication|mention|report)s?\s+of\s+)?(?:\w+\s+)?$/i;

/** Words a rationale cannot speak of prior visits without: a rationale without them is passed over. */
const MAY_SPEAK_OF_PRIOR = /prior|previous|past|complet|attended|had\b|underw|undergone|received|tried|to date|so far|thus far|already|authori|approved|certified|course|ongoing|continued/i;

/** Quoted guideline text: its figures are the guideline's, not the patient's. */
const QUOTED = /"[^"]{0,2000}"|\u201c[^\u201d]{0,2000}\u201d/g;

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const stop = text.indexOf('. ', at);
  return text.slice(start, stop < 0 ? text.length : stop);
}

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

/**
 * The prior course of a treatment a rationale speaks of. With `authorisedApart`, counts worded as
 * authorisations are left out: a modified request's heading gives those.
 */
export function readPriorCourse(rationale: string, treatment: Treatment, kb: KnowledgeBase, authorisedApart: boolean): PriorCourse {
  if (!MAY_SPEAK_OF_PRIOR.test(rationale)) return NO_PRIOR_COURSE;
  const text = rationale.includes('"') || rationale.includes('\u201c') ? rationale.replace(QUOTED, (q) => ' '.repeat(q.length)) : rationale;
  let visits: number | null = null;
  for (const re of PRIOR_COUNTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const n = toNumber(m[1]);
      if (n === null || n === 0 || (authorisedApart && AUTHORISED.test(m[0]))) continue;
      if (visits !== null && n <= visits) continue;
      if (aboutTreatment(sentenceAround(text, m.index), treatment, kb)) visits = n;
    }
  }
  if (visits !== null) return { visits, given: true };
  PRIOR_MENTION.lastIndex = 0;
  for (let m = PRIOR_MENTION.exec(text); m !== null; m = PRIOR_MENTION.exec(text)) {
    if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (aboutTreatment(sentenceAround(text, m.index), treatment, kb)) return { visits: null, given: true };
  }
  return NO_PRIOR_COURSE;
}
