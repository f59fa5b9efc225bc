/**
 * A request the Claims Administrator modified: "<X> was the original request. <Y> was authorized
 * by the Claims Administrator. The remaining IMR eligible portion of the original request, <Z>
 * is: Upheld" (or "The Claims Administrator authorized <Y>, leaving the original request IMR
 * eligible"). The item is the portion under review; the original and authorised visits are kept.
 */
import { parseQuantity } from './quantity';

export interface ModifiedRequest {
  /** Visits of the original request; null when it gives no count. */
  readonly originalVisits: number | null;
  /** Visits the Claims Administrator authorised; null when the heading says none. */
  readonly authorizedVisits: number | null;
}

const WAS_THE_ORIGINAL = /\s+was\s+the\s+original\s+request/i;
const AUTHORISED_BY_CA = /\s+(?:was|were)\s+(?:authori[sz]ed|certified|approved)\s+by\s+the\s+claims\s+administrator/i;
const CA_AUTHORISED = /the\s+claims\s+administrator\s+(?:authori[sz]ed|certified|approved)\s+([^.]{1,300}?)(?:,\s*leaving\b|\.|$)/i;

/** The sentence that ends where a phrase starts: "<X> was the original request" gives X. */
function subjectBefore(heading: string, phrase: RegExp): string | undefined {
  const m = phrase.exec(heading);
  if (!m) return undefined;
  const start = heading.lastIndexOf('. ', m.index) + 1;
  return heading.slice(start, m.index);
}

function visitsIn(text: string | undefined): number | null {
  if (!text) return null;
  const q = parseQuantity(text);
  return q && (q.unit === 'visits' || q.unit === 'quantity') ? q.total : null;
}

/** The original and authorised visits of a modified request's heading; null for other headings. */
export function readModifiedRequest(heading: string): ModifiedRequest | null {
  // A plain search first: most headings are not modified requests.
  if (!heading.includes('riginal')) return null;
  const original = subjectBefore(heading, WAS_THE_ORIGINAL);
  if (original === undefined) return null;
  const authorised = subjectBefore(heading, AUTHORISED_BY_CA) ?? CA_AUTHORISED.exec(heading)?.[1];
  return { originalVisits: visitsIn(original), authorizedVisits: visitsIn(authorised) };
}
