/**
 * Items decided by another item's decision: the ancillary services of a surgery (clearance, labs,
 * an assistant surgeon, a sling, post-operative therapy), which MAXIMUS decides with the surgery
 * ("As the requested surgical intervention is not medically necessary ..., the requested ancillary
 * service is not medically necessary") and for which it cites no evidence of their own.
 */

/** A heading that names a service of a surgery rather than a treatment of its own. */
const ANCILLARY_HEADING =
  /\b(?:associated surgical services?|assistant surgeon|co-?surgeon|pre[\s-]*op(?:erative)?|post[\s-]*op(?:erative)?|peri[\s-]*operative|intra[\s-]*operative|(?:medical|surgical|cardiac) clearance|inpatient stay|hospital stay|length of stay|anesthesia)\b/i;

const SURGERY = '(?:surg(?:ery|eries|ical(?:\\s+(?:intervention|procedure|request|treatment))?)|procedure|operation|intervention|primary (?:request|procedure|item|service))';
const DECIDED =
  '(?:medically necessary|necessary|certified|non-?certified|authori[sz]ed|approved|supported|indicated|recommended|warranted|denied|upheld|overturned|appropriate)';

/** "As/Since/Because/Given that the requested surgery is not medically necessary, ..." */
const BECAUSE_OF_SURGERY = new RegExp(
  `\\b(?:as|since|because|given(?: that)?|considering(?: that)?|with|in the absence of|without)\\b[^.;]{0,80}?\\b${SURGERY}\\b[^.;]{0,60}?\\b(?:is|are|was|were|has|have|has been|have been|is being|has not been|was not)\\s+(?:not\\s+|also\\s+|therefore\\s+)?(?:been\\s+)?${DECIDED}`,
  'i',
);
/** "..., the ancillary / associated / post-operative request is ...": the item calls itself a part of the surgery ("associated with" is not). */
const THE_DEPENDENT_ITEM = /\b(?:ancillary|associated|concurrent|accompanying|pre[\s-]*op(?:erative)?|post[\s-]*op(?:erative)?|peri[\s-]*operative)\b(?!\s+(?:with|to)\b)/i;
/** Whether a text has one of the words an ancillary item calls itself by: plain searches. */
function mayCallItselfDependent(text: string): boolean {
  return text.includes('ncillary') || text.includes('ssociated') || text.includes('oncurrent') || text.includes('ccompanying') || text.includes('perative') || text.includes('-op') || text.includes('-Op') || text.includes(' op');
}

/** "The surgery was not certified; therefore the ... is not necessary" (the surgery's fate first). */
const SURGERY_DECIDED = new RegExp(`\\b${SURGERY}\\b[^.;]{0,60}?\\b(?:is|are|was|were|has|have)\\s+not\\s+(?:been\\s+)?${DECIDED}`, 'i');

/** Whether a heading names an ancillary service of a surgery. */
export function isAncillaryHeading(title: string): boolean {
  return ANCILLARY_HEADING.test(title);
}

/**
 * Whether an item is decided with the surgery it belongs to: an ancillary item (by its heading or
 * as its rationale calls it) whose rationale rests on the surgery's decision. The surgery's own
 * item ("the requested surgical intervention is medically necessary") is not.
 */
/** Whether a text speaks of a surgery at all: plain searches, before any expression. */
function speaksOfSurgery(text: string): boolean {
  return text.includes('urg') || text.includes('rocedure') || text.includes('peration') || text.includes('ntervention') || text.includes('rimary');
}

export function decidedWithSurgery(title: string, rationale: string): boolean {
  if (!speaksOfSurgery(rationale)) return false;
  // The rationale's words first only where the heading does not say it: a plain search for them before the expression.
  if (!isAncillaryHeading(title) && !(mayCallItselfDependent(rationale) && THE_DEPENDENT_ITEM.test(rationale))) return false;
  return BECAUSE_OF_SURGERY.test(rationale) || SURGERY_DECIDED.test(rationale);
}

/**
 * Whether an item may cite no evidence of its own: an ancillary service decided with its surgery,
 * the standard MAXIMUS form; or, while it is drafted, an ancillary item whose rationale is not
 * written yet.
 */
export function mayCiteNoEvidence(title: string, rationale: string): boolean {
  return rationale ? decidedWithSurgery(title, rationale) : isAncillaryHeading(title);
}
