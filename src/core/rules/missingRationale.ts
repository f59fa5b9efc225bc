import { insertAt } from '../wording/edits';
import { defineRule, itemName } from './types';
import { pos } from '../text';

export const missingRationale = defineRule({
  id: 'missing-rationale',
  description: 'An item without a "Decision rationale:" section.',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['structure'],
  check({ doc, eol }, report) {
    for (const item of doc.items) {
      if (item.form === 'notice' || item.fields.rationale) continue;
      const at = item.range.end;
      const label = 'Decision rationale: ';
      report({
        range: item.headingRange.start.line === item.headingRange.end.line && item.title ? item.headingRange : item.titleRange,
        message: `${itemName(item)} has no "Decision rationale:": explain the decision against the guideline and conclude on medical necessity.`,
        fixes: [
          {
            title: 'Add a "Decision rationale:" line',
            edits: [insertAt(at, eol + label)],
            safe: false,
            preferred: true,
            select: { start: pos(at.line + 1, label.length), end: pos(at.line + 1, label.length) },
          },
        ],
      });
    }
  },
});
