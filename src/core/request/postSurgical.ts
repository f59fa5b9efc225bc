/**
 * Whether a request is post-surgical physical medicine, which the MTUS Postsurgical Treatment
 * Guidelines govern (never the chronic-pain figures): the heading says so ("post-op",
 * "postoperative", "status post ... repair", "associated surgical service: physical therapy"), the
 * MAXIMUS guideline cites the Postsurgical Treatment Guidelines, or the rationale speaks of a
 * post-operative course.
 */
import type { Item } from '../model';

const SURGERY = '(?:surgery|surgical|repair|arthroscopy|release|fusion|replacement|arthroplasty|ORIF|open reduction|reconstruction|decompression|discectomy|laminectomy|meniscectomy|acromioplasty|osteotomy|fixation)';

const HEADING = new RegExp(
  [
    'post[\\s-]*(?:op(?:erative(?:ly)?)?|surg(?:ical|ery)?)\\b',
    'associated surgical service',
    'status[\\s-]*post\\b',
    '\\bs/p\\b',
    `\\b(?:following|after)\\s+(?:[\\w-]+\\s+){0,4}?${SURGERY}`,
  ].join('|'),
  'i',
);

const CITATION = /post[\s-]*surgical\s+treatment/i;

const RATIONALE = new RegExp(
  [
    'post[\\s-]*surgical\\s+(?:treatment\\s+)?guidelines',
    'post[\\s-]*(?:operative|surgical|op)\\s+(?:physical\\s+|occupational\\s+)?(?:therapy|rehab\\w*|PT|course|period|visits|sessions|physical medicine)',
  ].join('|'),
  'i',
);

/** Words none of the expressions match without: a text with neither is passed over. */
const MAY_BE_POST_SURGICAL = /post|s\/p|surg|follow|after|repair|release|fusion|ORIF/i;
/** Whether a text has the word "post" in any case: plain searches. */
function saysPost(text: string): boolean {
  return text.includes('ost') && (text.includes('post') || text.includes('Post') || text.includes('POST'));
}

export function isPostSurgical(item: Item): boolean {
  if (MAY_BE_POST_SURGICAL.test(item.heading) && HEADING.test(item.heading)) return true;
  const cited = item.fields.maximus ?? item.fields.claimsAdministrator;
  if (cited && saysPost(cited.text) && CITATION.test(cited.text)) return true;
  const r = item.fields.rationale;
  if (r === undefined) return false;
  const text = r.text;
  return saysPost(text) && RATIONALE.test(text);
}
