import type { Item } from '../model';
import type { ItemRequest } from '../request/itemRequest';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { candidateCitations, citesGuideline, citesNothing, decisionBasedOn, mayDisclaimCitation, quotedCitation, refersToGuideline, saysNotMtusWithoutCitation } from '../wording/citations';
import { appendToField, insertAt, replace } from '../wording/edits';
import { defineRule, Fix, itemName } from './types';

const DEPENDENT = /\b(?:ancillary|associated|primary|requested (?:surgical )?(?:intervention|procedure|surgery)|surgery (?:is|was) not)\b/i;

function citationChoices(item: Item, request: ItemRequest, kb: KnowledgeBase): string[] {
  const quoted = item.fields.rationale ? quotedCitation(item.fields.rationale.text) : null;
  const list = candidateCitations(request, kb);
  return [...new Set([...(quoted ? [quoted] : []), ...list])].slice(0, 5);
}

function maximusFixes(item: Item, choices: string[]): Fix[] {
  const f = item.fields.maximus!;
  return choices.map((c, n): Fix => {
    const text = decisionBasedOn(c, 'Expert Reviewer');
    // Keep "did not base their decision on the MTUS." and add the citation after it; otherwise
    // the empty or evidence-less text is replaced.
    const edit =
      f.textRange && saysNotMtusWithoutCitation(f.text) && /^Non-MTUS/i.test(c)
        ? appendToField(f, `Decision based on ${c.replace(/\.\s*$/, '')}.`)
        : f.textRange
          ? replace(f.textRange, text)
          : insertAt(f.labelRange.end, ' ' + text);
    return { title: `Cite ${c}`, edits: [edit], safe: false, preferred: n === 0 };
  });
}

export const missingGuidelineCitation = defineRule({
  id: 'missing-guideline-citation',
  description:
    'The MAXIMUS guideline is empty or cites no guideline, says the decision was not based on the MTUS without naming the source, or the rationale refers to no guideline.',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['citation'],
  check({ doc, kb, requests, eol }, report) {
    for (const item of doc.items) {
      const m = item.fields.maximus;
      const request = requests[item.index];
      if (m) {
        let problem: string | null = null;
        const disclaims = mayDisclaimCitation(m.text);
        if (!m.text) problem = 'is empty';
        else if (disclaims && citesNothing(m.text)) problem = 'cites no medical evidence';
        else if (disclaims && saysNotMtusWithoutCitation(m.text)) problem = 'says the decision was not based on the MTUS but names no other source';
        else if (!citesGuideline(m.text)) problem = 'cites no recognised guideline (MTUS, ACOEM, ODG, Medicare or another source)';
        if (problem) {
          report({
            range: m.textRange ?? m.labelRange,
            message: `The MAXIMUS guideline of ${itemName(item)} ${problem}: cite the guideline the decision rests on.`,
            fixes: maximusFixes(item, citationChoices(item, request, kb)),
          });
        }
      }
      if (item.form === 'item' && !m && !item.fields.claimsAdministrator && (item.decision || item.fields.rationale)) {
        const choices = citationChoices(item, request, kb);
        const before = item.fields.rationale?.labelRange.start;
        const at = before ?? item.headingRange.end;
        report({
          range: item.headingRange,
          message: `${itemName(item)} has no MAXIMUS guideline: add the line citing the guideline the decision rests on.`,
          fixes: choices.map((c, n): Fix => {
            const line = `MAXIMUS guideline: ${decisionBasedOn(c, 'Expert Reviewer')}`;
            return { title: `Add "MAXIMUS guideline:" citing ${c}`, edits: [insertAt(at, before ? line + eol : eol + line)], safe: false, preferred: n === 0 };
          }),
        });
      }
      const r = item.fields.rationale;
      // An ancillary item decided by the fate of the primary one ("As the requested surgical
      // intervention is not medically necessary, ...") needs no guideline of its own.
      if (r && r.textRange && !refersToGuideline(r.text) && !DEPENDENT.test(r.text)) {
        report({
          range: r.labelRange,
          message: `The decision rationale of ${itemName(item)} refers to no guideline: state what the guideline (MTUS, ACOEM, ODG) says and how the request compares.`,
        });
      }
    }
  },
});
