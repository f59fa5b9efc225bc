import type { Item } from '../model';
import type { ItemRequest } from '../request/itemRequest';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { candidateCitations, citesGuideline, citesNothing, decisionBasedOn, mayDisclaimCitation, quotedCitation, refersToGuideline, saysNotMtusWithoutCitation } from '../wording/citations';
import { mayCiteNoEvidence } from '../wording/dependence';
import { appendToField, insertAt, replace } from '../wording/edits';
import { defineRule, Fix, itemName } from './types';

function citationChoices(item: Item, request: ItemRequest, kb: KnowledgeBase): string[] {
  const quoted = item.fields.rationale ? quotedCitation(item.fields.rationale.text) : null;
  const list = candidateCitations(request.treatment, kb);
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

/** Whether an item's rationale names no guideline or evidence at all. */
function rationaleNamesNone(item: Item): boolean {
  const r = item.fields.rationale;
  // Most rationales name the guidelines: that is found in the text as written, without folding it.
  return r !== undefined && r.textRange !== null && !refersToGuideline(r.text);
}

/** What is wrong with a MAXIMUS guideline line, or null. */
function maximusProblem(item: Item, text: string): string | null {
  if (!text) return 'is empty';
  const disclaims = mayDisclaimCitation(text);
  if (disclaims && citesNothing(text)) return mayCiteNoEvidence(item.title, item.fields.rationale?.text ?? '') ? null : 'cites no medical evidence';
  if (disclaims && saysNotMtusWithoutCitation(text)) return 'says the decision was not based on the MTUS but names no other source';
  if (!citesGuideline(text)) return 'cites no recognised guideline (MTUS, ACOEM, ODG, Medicare or another source)';
  return null;
}

export const missingGuidelineCitation = defineRule({
  id: 'missing-guideline-citation',
  description:
    'The MAXIMUS guideline is empty or cites no guideline (an ancillary service decided with its surgery excepted), or says the decision was not based on the MTUS without naming the source.',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['citation'],
  check({ doc, kb, requests, eol }, report) {
    for (const item of doc.items) {
      const m = item.fields.maximus;
      const request = requests[item.index];
      const problem = m ? maximusProblem(item, m.text) : null;
      if (m && problem) {
        // A rationale that names no guideline either is the same problem: one finding says both.
        const alsoRationale = rationaleNamesNone(item) ? ', and the rationale refers to no guideline either' : '';
        report({
          range: m.textRange ?? m.labelRange,
          message: `The MAXIMUS guideline of ${itemName(item)} ${problem}${alsoRationale}: cite the guideline the decision rests on.`,
          fixes: maximusFixes(item, citationChoices(item, request, kb)),
        });
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
    }
  },
});
