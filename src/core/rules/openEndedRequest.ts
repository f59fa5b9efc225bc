import { defineRule, itemName } from './types';

export const openEndedRequest = defineRule({
  id: 'open-ended-request',
  description: 'A visit-based treatment requested with no quantity or duration.',
  defaultSeverity: 'information',
  hasFix: false,
  tags: ['request'],
  check({ doc, requests }, report) {
    for (const item of doc.items) {
      const r = requests[item.index];
      if (!r.treatment?.visitBased) continue;
      if (r.visits !== null || r.perWeek !== null || r.weeks !== null || r.quantity !== null) continue;
      report({
        range: item.titleRange,
        message: `${itemName(item)} requests ${r.treatment.name.toLowerCase()} with no number of visits or duration: say in the rationale how the open-ended request compares with the guideline's limits.`,
      });
    }
  },
});
