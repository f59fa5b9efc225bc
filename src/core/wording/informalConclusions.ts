/**
 * Conclusions that decide the request without the words of medical necessity: "the request is not
 * supported", "this request is not necessary", "the request cannot be recommended". They conclude;
 * the standard wording ("is not medically necessary") is only a hint away.
 */

const INFORMAL = new RegExp(
  [
    '\\b(?:request(?:ed [a-z]+)?|it|this|these)\\b[^.;]{0,160}?\\b(?:is|are|was|were|would be|will be|cannot be|can ?not be|should not be|has not been|have not been)\\s+',
    '(?:(?:not|therefore|thus|currently|deemed|considered|found|felt|shown|to be|also)\\s+)*',
    '(?:necessary|supported|indicated|recommended|appropriate|justified|reasonable|approved|authori[sz]ed|denied|substantiated|established|non-?certified|certified)\\b',
  ].join(''),
  'i',
);

/** How much of a rationale's end is read for its last sentences. */
const END_REACH = 600;

/** The last sentences of a text, where a rationale concludes (no further back than END_REACH). */
function lastSentences(full: string, n: number): string {
  const text = full.length > END_REACH ? full.slice(full.length - END_REACH) : full;
  let at = text.length;
  for (let k = 0; k < n && at > 0; k++) {
    const stop = Math.max(text.lastIndexOf('. ', at - 2), text.lastIndexOf('; ', at - 2));
    at = stop < 0 ? 0 : stop + 1;
  }
  return text.slice(at);
}

/** The informal conclusion a rationale ends on, as written; null when it has none. */
export function informalConclusion(rationale: string): string | null {
  const m = INFORMAL.exec(lastSentences(rationale, 2));
  return m ? m[0].replace(/\s+/g, ' ') : null;
}
