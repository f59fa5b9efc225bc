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

const ORIGINAL = /([^.]{1,300}?)\s+was\s+the\s+original\s+request/i;
const AUTHORISED_AFTER = /(?:^|\.\s+)([^.]{1,300}?)\s+(?:was|were)\s+(?:authori[sz]ed|certified|approved)\s+by\s+the\s+claims\s+administrator/i;
const AUTHORISED_BEFORE = /the\s+claims\s+administrator\s+(?:authori[sz]ed|certified|approved)\s+([^.]{1,300}?)(?:,\s*leaving\b|\.|$)/i;

function visitsIn(text: string | undefined): number | null {
  if (!text) return null;
  const q = parseQuantity(text);
  return q && (q.unit === 'visits' || q.unit === 'quantity') ? q.total : null;
}

/** The original and authorised visits of a modified request's heading; null for other headings. */
export function readModifiedRequest(heading: string): ModifiedRequest | null {
  const original = ORIGINAL.exec(heading);
  if (!original) return null;
  const authorised = AUTHORISED_AFTER.exec(heading) ?? AUTHORISED_BEFORE.exec(heading);
  return { originalVisits: visitsIn(original[1]), authorizedVisits: visitsIn(authorised?.[1]) };
}
