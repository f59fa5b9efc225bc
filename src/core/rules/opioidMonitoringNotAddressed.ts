import type { Item } from '../model';
import { appendToField } from '../wording/edits';
import { monitoringAddressed, postOperative } from '../wording/medications';
import { defineRule, itemName } from './types';

const SENTENCE =
  'Continued opioid use under the MTUS requires documented pain relief and functional improvement, monitoring for side effects, and checks for aberrant drug-taking behaviour (urine drug screen, CURES report): <Insert what the records show>.';

function approved(item: Item): boolean {
  return item.decision === 'Overturned' || item.decision === 'Partially Overturned';
}

export const opioidMonitoringNotAddressed = defineRule({
  id: 'opioid-monitoring-not-addressed',
  description: 'An opioid approved (Overturned) with a rationale that addresses none of what the MTUS asks for continued use: pain relief and function, side effects, aberrant behaviour, urine drug screens or CURES.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['medication'],
  check({ doc, requests }, report) {
    for (const item of doc.items) {
      const m = requests[item.index].medication;
      if (!m || !approved(item)) continue;
      if (m.drugClass !== 'opioid' && !m.ingredientDrugs.some((d) => d.drugClass === 'opioid')) continue;
      // Pain after surgery falls under the MTUS's acute, post-operative section, not continued use.
      const rationale = item.fields.rationale;
      // The rationale as written: the expressions allow any white space (line breaks) between words.
      if (m.postOperative || (rationale && postOperative(rationale.text))) continue;
      if (rationale && monitoringAddressed(rationale.text) > 0) continue;
      report({
        range: item.titleRange,
        message: `${itemName(item)}: an opioid is approved, but the rationale addresses none of what the MTUS asks for continued use (documented pain relief and functional improvement, side effects, aberrant behaviour: urine drug screen, CURES).`,
        related: rationale ? [{ range: rationale.labelRange, message: 'The rationale approving the opioid' }] : undefined,
        fixes: rationale ? [{ title: 'Append the MTUS monitoring requirements, to be completed from the records', edits: [appendToField(rationale, SENTENCE)], safe: false }] : [],
      });
    }
  },
});
