import { conclusionSentence } from '../wording/conclusions';
import { appendToField } from '../wording/edits';
import { informalConclusion } from '../wording/informalConclusions';
import { defineRule, itemName } from './types';

export const missingConclusion = defineRule({
  id: 'missing-conclusion',
  description: 'A decision rationale that never concludes on medical necessity.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['decision'],
  check({ doc, conclusions, requests }, report) {
    for (const item of doc.items) {
      const r = item.fields.rationale;
      // The conclusion first: every rationale's is found anyway, and its range is then made only
      // for the few that have none.
      if (!r || conclusions.of(item) || !r.textRange) continue;
      const known = item.decision === 'Upheld' || item.decision === 'Overturned';
      const treatment = requests[item.index].treatment;
      const sentence = conclusionSentence(item, treatment !== undefined && treatment.id !== 'medication');
      // A conclusion in other words ("the request is not supported", "is not necessary") concludes:
      // asking for the standard words would be a wording preference (QA review of real letters).
      if (informalConclusion(r.text)) continue;
      report({
        range: r.labelRange,
        message: `The decision rationale of ${itemName(item)} has no conclusion on medical necessity: end it with a sentence such as "${sentence}"`,
        fixes: known ? [{ title: `Append "${sentence}"`, edits: [appendToField(r, sentence)], safe: false, preferred: true }] : [],
      });
    }
  },
});
