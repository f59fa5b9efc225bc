
/**
 * Whether a sentence of a rationale speaks for a guideline: it names one ("the MTUS recommends",
 * "per ODG", "the guidelines state"), or it goes on from a sentence that does without turning to
 * the case ("It is recommended for a trial of ..."). A sentence about the patient or the request
 * ends such a run (see Reading.attribution).
 */

export type GuidelineSource = 'MTUS' | 'ACOEM' | 'ODG';

// Case-sensitive literals: many times faster than the same words sought case-insensitively.
const NAMES_GUIDELINE = /MTUS|ACOEM|ODG|Official Disability|OFFICIAL DISABILITY|[Gg]uideline|GUIDELINE|Chronic Pain|CHRONIC PAIN|American College of Occupational/;
// A sentence about this case, not the guideline: the patient, the request, what was done or found.
const ABOUT_THE_CASE =
  /\b(?:(?:[Tt]he|[Tt]his|[Oo]ur) (?:patient|claimant|injured worker|worker|employee|applicant|request|requesting|treating)|[Hh]e|[Ss]he|[Hh]is|[Hh]er|requested|[Ii]n this case|[Hh]ere|was|were|has had|had|have had|has been|completed|underwent|undergone|attended|received|submitted|reported|[Dd]ocumentation|medical records)\b/;

export function namesGuideline(sentence: string): boolean {
  return NAMES_GUIDELINE.test(sentence);
}

export function aboutTheCase(sentence: string): boolean {
  return ABOUT_THE_CASE.test(sentence);
}
