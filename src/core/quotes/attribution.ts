import type { Sentences } from './sentences';

/**
 * Whether a sentence of a rationale speaks for a guideline: it names one ("the MTUS recommends",
 * "per ODG", "the guidelines state"), or it goes on from a sentence that does without turning to
 * the case ("It is recommended for a trial of ..."). A sentence about the patient or the request
 * ends such a run.
 */

export type GuidelineSource = 'MTUS' | 'ACOEM' | 'ODG';

const NAMES_GUIDELINE = /\b(?:MTUS|ACOEM|ODG|Official Disability|guidelines?|Chronic Pain (?:Medical )?Treatment|American College of Occupational)\b/i;
const SOURCES: ReadonlyArray<[GuidelineSource, RegExp]> = [
  ['MTUS', /\b(?:MTUS|Chronic Pain (?:Medical )?Treatment|Acupuncture (?:Medical )?Treatment Guidelines|Post-?surgical Treatment Guidelines)\b/i],
  ['ACOEM', /\b(?:ACOEM|American College of Occupational)/i],
  ['ODG', /\b(?:ODG|Official Disability)/i],
];
// A sentence about this case, not the guideline: the patient, the request, what was done or found.
const ABOUT_THE_CASE =
  /\b(?:(?:the|this|our) (?:patient|claimant|injured worker|worker|employee|applicant|request|requesting|treating)|he|she|his|her|requested|in this case|here|was|were|has had|had|have had|has been|completed|underwent|undergone|attended|received|submitted|reported|documentation|medical records)\b/i;

/** How many sentences back a quotation may go on from the one that names its guideline. */
const MAX_RUN = 6;

export interface Attribution {
  /** The sentence that names the guideline (the quoted sentence itself, or one before it). */
  readonly from: number;
  /** The guidelines named there, or before it in the rationale when it says only "the guidelines". */
  readonly sources: ReadonlySet<GuidelineSource>;
}

export function namesGuideline(sentence: string): boolean {
  return NAMES_GUIDELINE.test(sentence);
}

export function aboutTheCase(sentence: string): boolean {
  return ABOUT_THE_CASE.test(sentence);
}

function sourcesIn(sentence: string, into: Set<GuidelineSource>): void {
  for (const [name, re] of SOURCES) if (re.test(sentence)) into.add(name);
}

/** The guideline a sentence speaks for, or null when it speaks for none. */
export function attributionOf(sentences: Sentences, i: number): Attribution | null {
  let from = -1;
  for (let k = i; k >= 0 && k >= i - MAX_RUN; k--) {
    const s = sentences.sentence(k);
    if (namesGuideline(s)) {
      from = k;
      break;
    }
    if (aboutTheCase(s)) return null;
  }
  if (from < 0) return null;
  const sources = new Set<GuidelineSource>();
  // "The guidelines recommend ..." speaks for the guideline named last before it.
  for (let k = from; k >= 0 && sources.size === 0; k--) sourcesIn(sentences.sentence(k), sources);
  return { from, sources };
}
