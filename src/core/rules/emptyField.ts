import type { FieldKind } from '../model';
import { defineRule, itemName } from './types';

/** What each field, left empty, still needs; the MAXIMUS guideline is missing-guideline-citation's. */
const NEEDS: ReadonlyArray<{ kind: FieldKind; label: string; needs: string }> = [
  {
    kind: 'claimsAdministrator',
    label: 'Claims Administrator guideline',
    needs: "write the guideline the utilization review cited, or that the Claims Administrator cited no medical evidence",
  },
  { kind: 'rationale', label: 'Decision rationale', needs: 'explain the decision against the guideline and conclude on medical necessity' },
];

const NOT_SPACE = /\S/;

export const emptyField = defineRule({
  id: 'empty-field',
  description: 'A "Claims Administrator guideline:" or "Decision rationale:" label with nothing after it.',
  defaultSeverity: 'error',
  hasFix: false,
  tags: ['structure'],
  check({ doc }, report) {
    for (const item of doc.items) {
      for (const { kind, label, needs } of NEEDS) {
        const f = item.fields[kind];
        // The text as written has a character that is not a space: the field is not empty (read
        // without folding it or building its range).
        if (!f || NOT_SPACE.test(f.text)) continue;
        report({ range: f.labelRange, message: `The ${label} of ${itemName(item)} is empty: ${needs}.` });
      }
    }
  },
});
