import type { Field } from '../model';
import { allConclusions, Conclusion } from '../wording/conclusions';
import { itemName, Rule } from './types';

/** Where the sentence that holds offset `at` starts. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 46 /* . */ || c === 59 /* ; */ || c === 33 /* ! */ || c === 63 /* ? */) && text.charCodeAt(i) === 32) return i + 1;
  }
  return 0;
}

// A conclusion on this request names it ("the request", "the requested ...") or closes the
// argument ("Therefore, ..."); a statement of what a guideline deems necessary does neither.
const ABOUT_THE_REQUEST = /\brequest(?:ed|s)?\b|^(?:therefore|thus|hence|accordingly|consequently|as such|in conclusion|in summary|in this case)\b/i;
// A conclusion in a condition or a possibility ("would be medically necessary if ...") is not one.
const HYPOTHETICAL_BEFORE = /\b(?:may|might|could|would|can|should|if|unless|whether|when)\b/i;
const CONDITION_AFTER = /^[\s,]*(?:if|unless|when|only|provided|for patients|in patients|in the absence)\b/i;
// "not medically necessary, medically appropriate, or indicated": one conclusion, listed.
const LISTED_AFTER = /^[\s,]*(?:(?:and|or|nor)\s+)?$/i;

/** The rest of a sentence after a conclusion: up to its stop. */
const SENTENCE_REST = /^[^.;!?]*/;

function isQuoted(sentence: string): boolean {
  return ((sentence.match(/["\u201c\u201d]/g) ?? []).length & 1) === 1;
}

/**
 * The conclusions of a rationale on the request itself, in order: its last conclusion (the verdict,
 * as decision-rationale-mismatch reads it), and those before it that are about the request.
 */
export function conclusionsOnTheRequest(text: string): Conclusion[] {
  const all = allConclusions(text);
  return all.filter((c, k) => {
    if (k === all.length - 1) return true;
    if (k > 0 && LISTED_AFTER.test(text.slice(all[k - 1].end, c.start))) return false;
    const before = text.slice(sentenceStart(text, c.start), c.start);
    const rest = SENTENCE_REST.exec(text.slice(c.end, c.end + 200))?.[0] ?? '';
    return ABOUT_THE_REQUEST.test(before + text.slice(c.start, c.end) + rest) && !HYPOTHETICAL_BEFORE.test(before) && !isQuoted(before) && !CONDITION_AFTER.test(rest);
  });
}

/** Whether a rationale as written says "medically" or "medical nec..." twice: with one, it cannot conclude twice on that. */
function saysMedicalTwice(r: Field): boolean {
  const s = r.source;
  let seen = 0;
  for (const w of ['edically', 'EDICALLY', 'edical nec', 'EDICAL NEC']) {
    for (let i = s.indexOf(w); i !== -1 && seen < 2; i = s.indexOf(w, i + 1)) seen++;
    if (seen >= 2) return true;
  }
  return false;
}

const SAYS = { necessary: 'that it is medically necessary', 'not-necessary': 'that it is not medically necessary' } as const;

export const conflictingConclusions: Rule = {
  id: 'conflicting-conclusions',
  description: 'A rationale that concludes both ways on the request: medically necessary in one sentence, not medically necessary in another.',
  defaultSeverity: 'error',
  check({ doc }, report) {
    for (const item of doc.items) {
      const r = item.fields.rationale;
      if (!r || !r.textRange || !saysMedicalTwice(r)) continue;
      const found = conclusionsOnTheRequest(r.text);
      const last = found[found.length - 1];
      const other = found.find((c) => c.polarity !== last?.polarity);
      if (!last || !other) continue;
      // A last conclusion that contradicts the decision is decision-rationale-mismatch's finding.
      const decided = item.decision === 'Upheld' ? 'not-necessary' : item.decision === 'Overturned' ? 'necessary' : null;
      if (decided !== null && decided !== last.polarity) continue;
      report({
        range: r.textRangeOf(other.start, other.end),
        message: `The decision rationale of ${itemName(item)} concludes both ways: ${SAYS[other.polarity]} here, and ${SAYS[last.polarity]} at the end. Keep one conclusion${item.decision ? `, the one that matches the decision (${item.decision})` : ''}.`,
        related: [{ range: r.textRangeOf(last.start, last.end), message: 'The last conclusion of the rationale' }],
      });
    }
  },
};
