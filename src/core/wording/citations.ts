/** Guideline citations, as MAXIMUS lines and rationales word them: recognised, and written. */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Field } from '../model';
import type { Treatment } from '../knowledge/schema';
import { fillPlaceholders, hasPlaceholder } from './placeholders';

/** Names of guidelines and evidence sources a citation may rest on. */
const GUIDELINE_NAME =
  /\b(?:MTUS|ACOEM|ODG|Official Disability Guidelines?|Medicare|Chronic Pain (?:Medical )?Treatment|Acupuncture (?:Medical )?Treatment|Post-?surgical Treatment|Low Back Complaints|Neck and Upper Back|Shoulder Complaints|Knee Complaints|Elbow (?:Disorders|Complaints)|Ankle and Foot|Forearm, Wrist|General Approaches|Opioids? Treatment|Labor Code|9792\.\d+|peer[- ]reviewed|Cochrane|National Guideline Clearinghouse|AMA Guides|clinical practice guidelines?|Work Loss Data Institute|FDA|Food and Drug Administration|American (?:College|Academy|Society|Association)|UpToDate|Non-MTUS Citation)\b/i;

/** The names most citations use, as written: found, they settle the question at once. */
const COMMON_NAME = /\b(?:MTUS|ODG|ACOEM)\b/;

/**
 * A source named another way: an address, a journal article, a society or agency, a named
 * guideline ("AAOS Clinical Practice Guideline"). Case-sensitive: a name is written capitalised.
 */
const OTHER_SOURCE =
  /https?:\/\/|\bwww\.|\bet al\b|\b[Jj]ournal\b|\b(?:Society|Association|Academy|College|Institute|Foundation|Agency|Clearinghouse|Department of)\b|\b[A-Z][A-Za-z&.-]+(?:\s+[A-Z][A-Za-z&.-]+)*\s+(?:Clinical\s+)?(?:Practice\s+)?Guidelines?\b/;

export function citesGuideline(text: string): boolean {
  return COMMON_NAME.test(text) || GUIDELINE_NAME.test(text) || OTHER_SOURCE.test(text);
}

const NOT_MTUS = /did not base (?:their|its|his|her) decision on the MTUS\.?|based (?:their|its) decision on recommendation\(?s?\)? outside of the MTUS(?: Guidelines)?\.?/i;
const MAY_DISCLAIM = /did not (?:cite|base)|based (?:their|its) decision on recommendation/i;
const CITES_NOTHING = /did not cite any (?:medical )?evidence/i;
const REFERS_TO_EVIDENCE = /guideline|criteria|evidence[- ]based|stud(?:y|ies)\b|literature/i;

/** "The Expert Reviewer did not base their decision on the MTUS." with no citation after it. */
export function saysNotMtusWithoutCitation(text: string): boolean {
  const m = NOT_MTUS.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length).replace(/\bMTUS\b/g, '');
  return !GUIDELINE_NAME.test(rest) && !OTHER_SOURCE.test(rest);
}

/**
 * False when a citation can say neither that the decision was not based on the MTUS nor that it
 * cites no evidence: one search in place of the two below, for the common citation that says
 * neither.
 */
export function mayDisclaimCitation(text: string): boolean {
  return MAY_DISCLAIM.test(text);
}

/** "did not cite any medical evidence for its decision". */
export function citesNothing(text: string): boolean {
  return CITES_NOTHING.test(text);
}

/** Whether a rationale refers to any guideline or evidence at all. */
export function refersToGuideline(text: string): boolean {
  // The plain word first: most rationales say "guidelines" or "Guidelines", which one plain search
  // finds fastest.
  if (text.includes('uideline')) return true;
  return REFERS_TO_EVIDENCE.test(text) || GUIDELINE_NAME.test(text);
}

/** A citation quoted in a rationale ("Per MTUS- Section 9792.24.1 Acupuncture Medical treatment Guidelines page 8-9"). */
export function quotedCitation(text: string): string | null {
  const m = /\b(?:MTUS|ODG|ACOEM|Official Disability Guidelines)\b[^.;:"]{0,90}?(?:Guidelines?|page\s*\d+(?:\s*-\s*\d+)?|Page\(s\):\s*[\d, -]+|Chapter\s+\d+[^.;:"]{0,40})/i.exec(text);
  if (!m) return null;
  return m[0].replace(/\s+/g, ' ').replace(/^MTUS\s*-\s*/i, 'MTUS ').trim();
}

/**
 * The citation a guideline field rests on, without "Decision based on" and the closing period, its
 * placeholders filled as their fixes fill them; null when one holds no value.
 */
export function citationOf(field: Field | undefined): string | null {
  const text = field?.text ? fillPlaceholders(field.text, true) : null;
  if (!text || citesNothing(text) || !citesGuideline(text) || hasPlaceholder(text)) return null;
  return text
    .replace(/^(?:The (?:Claims Administrator|Expert Reviewer) (?:did not base|based) [^.]*\.\s*)?/i, '')
    .replace(/^Decision based on\s+/i, '')
    .replace(/\.\s*$/, '')
    .trim();
}

/** Candidate citations for an item's treatment from the guidelines data, preferred first. */
export function candidateCitations(treatment: Treatment | undefined, kb: KnowledgeBase): string[] {
  if (!treatment) return [];
  const list = [...kb.guidelinesFor(treatment.id)].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  return [...new Set(list.map((g) => g.citation))];
}

/** "Decision based on X." with the Non-MTUS preamble MAXIMUS letters use for other sources. */
export function decisionBasedOn(citation: string, who: 'Expert Reviewer' | 'Claims Administrator'): string {
  const body = citation.replace(/\.\s*$/, '');
  if (/^Non-MTUS/i.test(body)) return `The ${who} did not base their decision on the MTUS. Decision based on ${body}.`;
  return `Decision based on ${body}.`;
}
