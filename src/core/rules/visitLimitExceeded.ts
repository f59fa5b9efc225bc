import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Item } from '../model';
import { ItemRequest, visitLimit, VisitLimit } from '../request/itemRequest';
import type { ConclusionCache } from '../wording/conclusions';
import { decidedWithSurgery } from '../wording/dependence';
import { appendToField, insertAt } from '../wording/edits';
import { quotesFigureAllowing, quotesVisitFigure, statesException, statesExcess, statesWithin } from '../wording/visitStatements';
import type { TextEdit } from '../text';
import { defineRule, itemName } from './types';

/** The sentence a reviewer writes to tie the request to the limit; its presence settles the finding. */
export function limitSentence(visits: number, limit: VisitLimit, prior: number | null = null): string {
  const kind = limit.isTrial ? 'an initial trial of' : 'up to';
  const request = prior ? `the request for ${visits} visits, after ${prior} already done or authorized,` : `the request for ${visits} visits`;
  return `The guidelines (${limit.guideline.citation}) allow ${kind} ${limit.maxVisits} visits; ${request} exceeds the guideline limit of ${limit.maxVisits} visits.`;
}

/** The request as written and what it adds up to, with the visits before it. */
function describeTotal(request: ItemRequest, visits: number, prior: number | null): string {
  const written = request.text ? `"${request.text}"` : 'the request';
  const weekly = request.perWeek !== null && request.weeks !== null && request.text && !/\b(?:sessions?|visits?|treatments?)\b/i.test(request.text);
  const upTo = request.isRange ? 'up to ' : '';
  let count = weekly ? `${upTo}${request.perWeek} a week for ${request.weeks} weeks = ${visits} visits` : `${upTo}${visits} visits`;
  if (request.isRange) count += ', the upper bound of the range';
  if (request.isSum) count += ' in all';
  const after = prior ? `, after ${prior} already done or authorized (${prior + visits} in all)` : '';
  return `${written} (${count})${after}`;
}

function boundOf(limit: VisitLimit): string {
  const g = limit.guideline;
  const bound = limit.isTrial
    ? `an initial trial of ${limit.maxVisits} visits${g.limit?.extendable ? ', more only with documented functional improvement' : ''}`
    : `${limit.maxVisits} visits`;
  const unverified = g.status === 'unverified' || g.status === 'partly-verified' ? ' (figure not yet verified against the guideline text)' : '';
  return `${g.citation}, which allows ${bound}${unverified}`;
}

/** The limit sentence, placed before the rationale's conclusion (or at its end when it has none). */
function limitSentenceEdit(item: Item, conclusions: ConclusionCache, sentence: string): TextEdit {
  const rationale = item.fields.rationale!;
  const c = conclusions.of(item);
  if (!c) return appendToField(rationale, sentence);
  const text = c.in.text;
  const stop = Math.max(text.lastIndexOf('. ', c.start), text.lastIndexOf('; ', c.start));
  const start = stop < 0 ? 0 : stop + 2;
  return insertAt(c.in.textRangeOf(start, start).start, `${sentence} `);
}

/** Whether the rationale settles the visits beyond the limit, as the decision requires. */
function settled(item: Item, text: string, approved: boolean, requested: number): boolean {
  // Approving beyond the guideline needs its reason (or a guideline the reviewer cites that allows
  // as many); denying needs the excess said, or the figure given.
  if (approved) return statesException(text) || statesWithin(text) || quotesFigureAllowing(text, requested);
  return statesExcess(text) || quotesVisitFigure(text, requested) || statesWithin(text) || decidedWithSurgery(item.title, text);
}

/**
 * The limit a request exceeds, with the visits given before it, or null. Read no further than the
 * question needs: a request within even the trial is over only with visits given before it (and
 * then continues a course, held to the full course); whether it continues one is read only for a
 * request over the trial.
 */
function exceeded(request: ItemRequest, kb: KnowledgeBase): { limit: VisitLimit; prior: number | null } | null {
  const visits = request.visits!;
  const g = kb.preferredGuideline(request.treatment!.id);
  const l = g?.limit;
  const smallest = l?.trialVisits ?? l?.maxVisits;
  if (!g || !l || smallest === undefined) return null;
  if (visits <= smallest) {
    // Visits given before make it a continuation: with no full course to hold it to, nothing to count.
    if (l.maxVisits === undefined) return null;
    const prior = request.priorVisits;
    if (prior === null || visits + prior <= l.maxVisits) return null;
    return { limit: { guideline: g, maxVisits: l.maxVisits, isTrial: false }, prior };
  }
  const limit = visitLimit(request, kb);
  if (!limit) return null;
  const prior = request.priorVisits;
  return visits + (prior ?? 0) > limit.maxVisits ? { limit, prior } : null;
}

function smallestLimit(request: ItemRequest, kb: KnowledgeBase): number | undefined {
  const l = kb.preferredGuideline(request.treatment!.id)?.limit;
  return l?.trialVisits ?? l?.maxVisits;
}

export const visitLimitExceeded = defineRule({
  id: 'visit-limit-exceeded',
  description:
    'The requested visits (with those already done or authorized) exceed the guideline limit for the treatment, and the rationale does not say so (Upheld) or does not say why more is warranted (Overturned).',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['limits', 'request'],
  check({ doc, kb, requests, conclusions }, report) {
    for (const item of doc.items) {
      const request = requests[item.index];
      if (request.visits === null || !request.treatment) continue;
      const visits = request.visits;
      const rationale = item.fields.rationale;
      const approved = item.decision === 'Overturned' || item.decision === 'Partially Overturned';
      // A denial over the trial on its own is settled or not whatever came before: whether the
      // rationale says so is read before the visits given before it, needed then only for the message.
      const overAlone = !approved && visits > (smallestLimit(request, kb) ?? Infinity);
      if (overAlone && rationale && settled(item, rationale.text, false, visits)) continue;
      const found = exceeded(request, kb);
      if (!found) continue;
      const { limit, prior } = found;
      if (!overAlone && rationale && settled(item, rationale.text, approved, visits + (prior ?? 0))) continue;
      const what = `${itemName(item)}: ${describeTotal(request, visits, prior)} exceeds ${boundOf(limit)}`;
      const range = request.range ?? item.titleRange;
      if (approved) {
        report({
          range,
          message: `${what}, and the rationale approves it without saying why: state the exceptional factors (documented functional improvement, a flare-up, a post-surgical course) that warrant more than the guideline.`,
          related: rationale ? [{ range: rationale.labelRange, message: 'State why visits beyond the guideline are warranted' }] : undefined,
        });
        continue;
      }
      report({
        range,
        // A denial with a reason left unsaid weighs less than an approval left unexplained.
        lesser: true,
        message: `${what}; the rationale does not say so, and it is a reason for the decision.`,
        related: rationale ? [{ range: rationale.labelRange, message: 'State the limit and the excess in the rationale' }] : undefined,
        fixes: rationale
          ? [{ title: 'Insert the guideline limit sentence before the conclusion', edits: [limitSentenceEdit(item, conclusions, limitSentence(visits, limit, prior))], safe: false, preferred: true }]
          : [],
      });
    }
  },
});
