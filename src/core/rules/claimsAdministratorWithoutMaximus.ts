import { candidateCitations, citationOf, decisionBasedOn } from '../wording/citations';
import { insertAt } from '../wording/edits';
import { defineRule, itemName } from './types';
import { pos } from '../text';

export const claimsAdministratorWithoutMaximus = defineRule({
  id: 'claims-administrator-without-maximus',
  description: 'An item has a "Claims Administrator guideline:" section but no "MAXIMUS guideline:" section.',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['structure', 'citation'],
  check({ doc, kb, requests, eol }, report) {
    for (const item of doc.items) {
      const ca = item.fields.claimsAdministrator;
      if (!ca || item.fields.maximus) continue;
      const citation = citationOf(ca) ?? candidateCitations(requests[item.index].treatment, kb)[0] ?? null;
      const prefix = `${eol}MAXIMUS guideline: `;
      const body = citation ? decisionBasedOn(citation, 'Expert Reviewer') : 'Decision based on ';
      const at = ca.range.end;
      const labelEnd = 'MAXIMUS guideline: '.length;
      report({
        range: ca.labelRange,
        message: `${itemName(item)} has a Claims Administrator guideline but no MAXIMUS guideline: add the guideline the expert reviewer based the decision on.`,
        related: [{ range: ca.range, message: 'The Claims Administrator guideline of this item' }],
        fixes: [
          {
            title: citation ? `Add "MAXIMUS guideline: ${body}"` : 'Add a "MAXIMUS guideline:" line',
            edits: [insertAt(at, prefix + body)],
            // The expert reviewer's citation is a judgement, even when copied from the item's own.
            safe: false,
            preferred: true,
            // The cursor lands on the new citation, selected, ready to be checked or typed over.
            select: { start: pos(at.line + 1, citation ? labelEnd : labelEnd + body.length), end: pos(at.line + 1, labelEnd + body.length) },
          },
        ],
      });
    }
  },
});
