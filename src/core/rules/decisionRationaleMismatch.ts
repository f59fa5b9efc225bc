import { locateConclusion } from '../wording/conclusions';
import { insertAt, matchCase, replace } from '../wording/edits';
import { defineRule, Fix, itemName } from './types';

export const decisionRationaleMismatch = defineRule({
  id: 'decision-rationale-mismatch',
  description: 'The decision and the rationale disagree: Upheld with a conclusion that the request is medically necessary, or Overturned with one that it is not.',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['decision'],
  check({ doc, conclusions }, report) {
    for (const item of doc.items) {
      const r = item.fields.rationale;
      if (!r || (item.decision !== 'Upheld' && item.decision !== 'Overturned')) continue;
      const found = conclusions.of(item);
      if (!found) continue;
      const upheld = item.decision === 'Upheld';
      if (upheld === (found.polarity === 'not-necessary')) continue;
      // Asked last: most items agree, and their ranges are then never built.
      const decisionRange = item.decisionRange;
      if (!decisionRange) continue;
      const c = locateConclusion(found);
      const other = upheld ? 'Overturned' : 'Upheld';
      const fixes: Fix[] = [
        { title: `Change the decision to ${other}`, edits: [replace(decisionRange, matchCase(item.decisionText ?? other, other))], safe: false, preferred: true },
      ];
      const phrase = c.in.text.slice(c.start, c.end);
      const simplePositive = /^medically/i.test(phrase) && /\b(?:is|are|be)\s+$/i.test(c.in.text.slice(Math.max(0, c.start - 10), c.start));
      if (upheld && simplePositive) {
        fixes.push({ title: 'Change the conclusion to "not medically necessary"', edits: [insertAt(c.range.start, 'not ')], safe: false });
      } else if (c.negationRange) {
        fixes.push({ title: 'Change the conclusion to "medically necessary"', edits: [replace(c.negationRange, '')], safe: false });
      }
      report({
        range: decisionRange,
        message: upheld
          ? `${itemName(item)} is Upheld (not medically necessary) but its rationale concludes that it is medically necessary: make the decision and the conclusion agree.`
          : `${itemName(item)} is Overturned (medically necessary) but its rationale concludes that it is not medically necessary: make the decision and the conclusion agree.`,
        related: [{ range: c.range, message: 'The conclusion of the rationale' }],
        fixes,
      });
    }
  },
});
