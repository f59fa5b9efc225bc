/** The expression with each space written as any run of white space, so that it reads a text whether or not its line breaks were folded. */
function overLines(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/ /g, '\\s+'), re.flags);
}

/**
 * How rationales word what the MTUS asks of medications: the duration of a course, the monitoring
 * of continued opioid use, and a post-operative context. Many phrasings, never one sentence.
 */

/** A rationale that speaks of how long a medication is taken or allowed. */
const DURATION = overLines(
  /\b(?:short[\s-]*(?:term|course|period|duration)|long[\s-]*term|longterm|chronic(?:ally)?\s+(?:use|usage|basis|treatment|therapy)|prolonged|duration|longer than|(?:more|less|greater|no more) than (?:\d+|one|two|three|four|six)\s*(?:-|to)?\s*(?:\d+\s*)?(?:days?|weeks?|months?)|\d+\s*(?:-|to|or)\s*\d+\s*weeks?|(?:two|three|four)\s*(?:-|to|or)\s*(?:three|four|six)\s*weeks?|weeks?'?\s*(?:supply|course|use|duration)|days?'?\s*supply|ongoing (?:use|usage)|continued (?:use|usage))\b/i,
);

export function addressesDuration(text: string): boolean {
  return DURATION.test(text);
}

/**
 * What the MTUS asks to be documented for continued opioid use, by kind: pain relief, function,
 * side effects, aberrant behaviour (urine drug screens, CURES, agreements).
 */
const MONITORING = [
  /\b(?:pain (?:relief|reduction|score|scores|level|levels|rating|ratings|scale|control|intensity)|reduc(?:ed|tion in|es) (?:the )?pain|VAS|NRS|\d+\s*\/\s*10|analgesi[ac]|(?:less|decreased|improved) pain|meaningful improvement)\b/i,
  /\b(?:function(?:al|ing)?|activities of daily living|ADLs?|return(?:ed)? to work|work status|activity level)\b/i,
  /\b(?:side[\s-]?effects?|adverse (?:effects?|events?|reactions?)|tolerat(?:e|es|ed|ing|ion)|sedation|constipation)\b/i,
  /\b(?:aberrant|urine (?:drug|tox(?:icology)?)|UDS|UDT|drug (?:screens?|tests?|testing)|toxicology|CURES|PDMP|prescription drug monitoring|(?:opioid|pain|narcotic) (?:agreement|contract)|misuse|diversion|addiction|abuse|four A'?s|4 A'?s|risk assessment)\b/i,
].map(overLines);

/** The kinds of opioid monitoring a rationale addresses (0 to 4). */
export function monitoringAddressed(text: string): number {
  let n = 0;
  for (const re of MONITORING) if (re.test(text)) n++;
  return n;
}

const POST_OPERATIVE = overLines(/\b(?:post[\s-]*op(?:erative(?:ly)?)?|post[\s-]*surg(?:ical|ery)|after (?:the )?surgery|perioperative|surgical (?:procedure|pain))\b/i);

/** A rationale or heading about pain after surgery (the MTUS's acute, post-operative opioid section applies). */
export function postOperative(text: string): boolean {
  return POST_OPERATIVE.test(text);
}
