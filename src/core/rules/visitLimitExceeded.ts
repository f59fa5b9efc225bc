import { visitLimit, VisitLimit } from '../request/itemRequest';
import { appendToField } from '../wording/edits';
import { defineRule, itemName } from './types';

/** The sentence a reviewer writes to tie the request to the limit; its presence settles the finding. */
function limitSentence(visits: number, limit: VisitLimit): string {
  const kind = limit.isTrial ? 'an initial trial of' : 'up to';
  return `The guidelines (${limit.guideline.citation}) allow ${kind} ${limit.maxVisits} visits; the request for ${visits} visits exceeds the guideline limit of ${limit.maxVisits} visits.`;
}

const ACKNOWLEDGED = /exceeds the guideline limit of (\d+) visits/i;
const EXCEEDS = /exceeds/i;
const LIMIT = /limit/i;

function mayAcknowledge(source: string): boolean {
  return EXCEEDS.test(source) && LIMIT.test(source);
}

export const visitLimitExceeded = defineRule({
  id: 'visit-limit-exceeded',
  description: 'The requested visits exceed the guideline limit for the treatment.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['limits', 'request'],
  check({ doc, kb, requests }, report) {
    for (const item of doc.items) {
      const request = requests[item.index];
      if (request.visits === null || !request.treatment) continue;
      const limit = visitLimit(request, kb);
      if (!limit || request.visits <= limit.maxVisits) continue;
      const rationale = item.fields.rationale;
      const ack = rationale && mayAcknowledge(rationale.text) ? ACKNOWLEDGED.exec(rationale.text) : null;
      if (ack && Number(ack[1]) === limit.maxVisits) continue;
      const g = limit.guideline;
      const written = request.text ? `"${request.text}"` : 'the request';
      const total = request.perWeek !== null && request.weeks !== null && request.text && !/\b(?:sessions?|visits?|treatments?)\b/i.test(request.text)
        ? ` (${request.perWeek} a week for ${request.weeks} weeks = ${request.visits} visits)`
        : ` (${request.visits} visits)`;
      const bound = limit.isTrial
        ? `an initial trial of ${limit.maxVisits} visits${g.limit?.extendable ? ', more only with documented functional improvement' : ''}`
        : `${limit.maxVisits} visits`;
      const unverified = g.status === 'unverified' || g.status === 'partly-verified' ? ' (figure not yet verified against the guideline text)' : '';
      report({
        range: request.range ?? item.titleRange,
        message: `${itemName(item)}: ${written}${total} exceeds ${g.citation}, which allows ${bound}${unverified}.`,
        related: rationale ? [{ range: rationale.labelRange, message: 'State the limit and the excess in the rationale' }] : undefined,
        fixes: rationale
          ? [{ title: 'Append the guideline limit sentence to the rationale', edits: [appendToField(rationale, limitSentence(request.visits, limit))], safe: false, preferred: true }]
          : [],
      });
    }
  },
});
