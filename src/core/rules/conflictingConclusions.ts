import { allConclusions, Conclusion, FoundConclusion } from '../wording/conclusions';
import { defineRule, itemName } from './types';

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

/** Whether a conclusion of a text is one on the request, read in its sentence. */
function onTheRequest(text: string, c: Conclusion): boolean {
  const before = text.slice(sentenceStart(text, c.start), c.start);
  const rest = SENTENCE_REST.exec(text.slice(c.end, c.end + 200))?.[0] ?? '';
  return ABOUT_THE_REQUEST.test(before + text.slice(c.start, c.end) + rest) && !HYPOTHETICAL_BEFORE.test(before) && !isQuoted(before) && !CONDITION_AFTER.test(rest);
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
    return onTheRequest(text, c);
  });
}

/** The words most conclusions hold ("medically necessary", "medical necessity"), as one expression. */
const NECESSARY = /necess(?:ar|it)/g;
const CONNECTIVE_FIRST = /^\s*(?:therefore|thus|hence|accordingly|consequently|as such|in conclusion|in summary|in this case)\b/i;
/** How many occurrences are read: a rationale that holds more is text written to break a reading. */
const MAX_OCCURRENCES = 128;

/**
 * Where "necessar" and "necessit" occur in text[0, end), in order: at most 128 of them, the first
 * of "necessar" before those of "necessit" (a rationale that holds more is text written to break a
 * reading).
 */
function occurrencesBefore(text: string, end: number): number[] {
  const necessar: number[] = [];
  const necessit: number[] = [];
  // Both words are 8 characters long: where each starts is read from lastIndex, with no match made.
  NECESSARY.lastIndex = 0;
  while (necessar.length < MAX_OCCURRENCES && NECESSARY.test(text) && NECESSARY.lastIndex - 8 < end) {
    const at = NECESSARY.lastIndex - 8;
    const list = text.startsWith('necessar', at) ? necessar : necessit;
    if (list.length < MAX_OCCURRENCES) list.push(at);
  }
  if (!necessit.length) return necessar;
  if (necessar.length + necessit.length > MAX_OCCURRENCES) necessit.length = MAX_OCCURRENCES - necessar.length;
  return necessar.concat(necessit).sort((a, b) => a - b);
}

/** The sentence around offset `at`: from the last stop before it to the next, within a few hundred characters. */
function sentenceAround(source: string, at: number): { text: string; offset: number } {
  const start = Math.max(0, at - 400);
  const before = source.slice(start, at);
  const from = start + Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
  const after = source.slice(at, at + 200);
  let to = at + after.length;
  for (const stop of [after.indexOf('.'), after.indexOf(';')]) if (stop !== -1 && at + stop < to) to = at + stop;
  return { text: source.slice(from, to), offset: at - from };
}

/** Whether a sentence may be about the request: it names it, or opens with "Therefore" and the like. */
function mayBeAboutTheRequest(sentence: string): boolean {
  return sentence.includes('request') || sentence.includes('Request') || sentence.includes('REQUEST') || CONNECTIVE_FIRST.test(sentence);
}

/**
 * A first look at a rationale for a conclusion on the request the other way than its verdict: each
 * "medically necess..." before the verdict is read in its sentence. Most rationales say it only in
 * their verdict, and need no more than a search for the word. A conclusion the other way that
 * names no necessity ("medically appropriate", "certified") is not looked for.
 */
function mayConcludeOtherwise(text: string, verdict: FoundConclusion): boolean {
  const at = occurrencesBefore(text, verdict.start);
  for (let k = 0; k < at.length; k++) {
    // "medically necessary", "medical necessity": not "necessary to", "if necessary".
    if (!text.slice(Math.max(0, at[k] - 12), at[k]).includes('edical')) continue;
    const { text: sentence, offset } = sentenceAround(text, at[k]);
    if (!mayBeAboutTheRequest(sentence)) continue;
    const c = allConclusions(sentence).find((x) => x.start <= offset && offset < x.end);
    if (c && c.polarity !== verdict.polarity && onTheRequest(sentence, c)) return true;
  }
  return false;
}

const SAYS = { necessary: 'that it is medically necessary', 'not-necessary': 'that it is not medically necessary' } as const;

export const conflictingConclusions = defineRule({
  id: 'conflicting-conclusions',
  description: 'A rationale that concludes both ways on the request: medically necessary in one sentence, not medically necessary in another.',
  defaultSeverity: 'error',
  hasFix: false,
  tags: ['decision'],
  check({ doc, conclusions }, report) {
    for (const item of doc.items) {
      const r = item.fields.rationale;
      // The verdict is found for every rationale anyway (decision-rationale-mismatch reads it).
      const verdict = r ? conclusions.of(item) : null;
      if (!r || !verdict) continue;
      // A verdict that contradicts the decision is decision-rationale-mismatch's finding.
      const decided = item.decision === 'Upheld' ? 'not-necessary' : item.decision === 'Overturned' ? 'necessary' : null;
      if ((decided !== null && decided !== verdict.polarity) || !mayConcludeOtherwise(r.text, verdict)) continue;
      const found = conclusionsOnTheRequest(r.text);
      const last = found[found.length - 1];
      const other = found.find((c) => c.polarity !== last?.polarity);
      if (!last || !other || (decided !== null && decided !== last.polarity)) continue;
      report({
        range: r.textRangeOf(other.start, other.end),
        message: `The decision rationale of ${itemName(item)} concludes both ways: ${SAYS[other.polarity]} here, and ${SAYS[last.polarity]} at the end. Keep one conclusion${item.decision ? `, the one that matches the decision (${item.decision})` : ''}.`,
        related: [{ range: r.textRangeOf(last.start, last.end), message: 'The last conclusion of the rationale' }],
      });
    }
  },
});
