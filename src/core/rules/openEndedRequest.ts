import { hasVisitLimit } from '../request/itemRequest';
import { decidedWithSurgery } from '../wording/dependence';
import { addressesQuantity } from '../wording/visitStatements';
import { defineRule, itemName } from './types';

/**
 * Requests that are not a course of visits though their treatment is given in visits: an
 * evaluation, a re-examination, a consultation, a single date of service, equipment.
 */
const NOT_A_COURSE =
  /\b(?:evaluations?|eval|re-?exam(?:ination)?s?|exam(?:ination)?s?|consult(?:ation)?s?|assessments?|office visits?|follow[\s-]*up visits?|retrospective|DOS|dates? of service|units?|pads?|wraps?|devices?|machines?|purchase|rental|rent|home use|kit|belt|brace|pillow|table|equipment|DME|supplies)\b/i;

export const openEndedRequest = defineRule({
  id: 'open-ended-request',
  description: 'A course of visits requested with no number of visits or duration, and a rationale that does not address it.',
  defaultSeverity: 'information',
  hasFix: false,
  tags: ['request'],
  check({ doc, kb, requests }, report) {
    for (const item of doc.items) {
      const r = requests[item.index];
      if (!r.treatment?.visitBased) continue;
      if (r.visits !== null || r.perWeek !== null || r.weeks !== null || r.quantity !== null) continue;
      // Only a course the guideline counts in visits has limits to compare an open-ended request with.
      if (!hasVisitLimit(r.treatment, kb) || NOT_A_COURSE.test(item.title)) continue;
      const rationale = item.fields.rationale?.text ?? '';
      if (addressesQuantity(rationale) || decidedWithSurgery(item.title, rationale)) continue;
      report({
        range: item.titleRange,
        message: `${itemName(item)} requests ${r.treatment.name.toLowerCase()} with no number of visits or duration: say in the rationale how the open-ended request compares with the guideline's limits.`,
      });
    }
  },
});
