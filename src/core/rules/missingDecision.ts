import { insertAt } from '../wording/edits';
import { defineRule, Fix, itemName } from './types';

export const missingDecision = defineRule({
  id: 'missing-decision',
  description: 'An item heading without a decision (Upheld or Overturned).',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['structure', 'decision'],
  check({ doc, conclusions }, report) {
    for (const item of doc.items) {
      if (item.decision) continue;
      const c = conclusions.of(item);
      const suggested = c ? (c.polarity === 'necessary' ? 'Overturned' : 'Upheld') : null;
      const hasHeading = item.title.length > 0;
      const at = item.titleRange.end;
      const fixes: Fix[] = hasHeading
        ? (['Upheld', 'Overturned'] as const).map((d) => ({
            title: `Add the decision ": ${d}"`,
            edits: [insertAt(at, `: ${d}`)],
            safe: false,
            preferred: d === suggested,
          }))
        : [];
      report({
        range: hasHeading ? item.headingRange : (item.fields.claimsAdministrator ?? item.fields.maximus ?? item.fields.rationale)?.labelRange ?? item.range,
        message: hasHeading
          ? `${itemName(item)} has no decision: end the heading with ": Upheld" or ": Overturned"${suggested ? ` (the rationale concludes ${suggested})` : ''}.`
          : `An item has no heading and no decision: write the disputed item followed by ": Upheld" or ": Overturned".`,
        fixes,
      });
    }
  },
});
