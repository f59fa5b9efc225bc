import type { DrugLexicon } from '../knowledge/drugLexicon';
import type { Drug } from '../knowledge/drugSchema';
import { statusNote } from '../knowledge/drugClassNames';
import type { Item } from '../model';
import type { MedicationRequest } from '../request/medication';
import { appendToField } from '../wording/edits';
import { defineRule, itemName } from './types';

/** The ingredients the guidelines do not recommend as a topical, in the form requested. */
function notRecommended(m: MedicationRequest, title: string): Drug[] {
  const out: Drug[] = [];
  for (const d of m.ingredientDrugs) {
    const t = d.topical;
    if (t?.recommended !== 'no' || out.includes(d)) continue;
    if (t.exceptForm && new RegExp(`\\b${t.exceptForm}`, 'i').test(title)) continue;
    out.push(d);
  }
  return out;
}

/**
 * Whether a rationale names one of the ingredients (any of its names), or the class of a muscle
 * relaxant among them, elsewhere than where it repeats the request ("the request for <title> is not
 * medically necessary" names the request, not the reason).
 */
function namesAnIngredient(text: string, title: string, m: MedicationRequest, lex: DrugLexicon): boolean {
  const lower = text.toLowerCase().split(title.toLowerCase()).join(' ');
  for (const n of lex.names) if (m.ingredientDrugs.includes(n.drug) && lower.includes(n.name.toLowerCase())) return true;
  return m.ingredientDrugs.some((d) => d.drugClass === 'muscle-relaxant') && /\bmuscle[\s-]relaxants?\b/.test(lower);
}

function sentence(bad: readonly Drug[]): string {
  const names = bad.map((d) => d.generic).join(' and ');
  return `Per the MTUS Chronic Pain Medical Treatment Guidelines (Topical analgesics), any compounded product that contains at least one drug (or drug class) that is not recommended is not recommended; this compound contains ${names}, which ${bad.length > 1 ? 'are' : 'is'} not recommended for topical use.`;
}

function rangeOfFirst(item: Item, bad: readonly Drug[], lex: DrugLexicon) {
  const lower = item.title.toLowerCase();
  for (const n of lex.names) {
    if (!bad.includes(n.drug)) continue;
    const at = lower.indexOf(n.name.toLowerCase());
    if (at >= 0) return item.titleRangeOf(at, at + n.name.length);
  }
  return item.titleRange;
}

export const compoundNotRecommended = defineRule({
  id: 'compound-not-recommended',
  description: 'A compounded topical contains an ingredient the MTUS does not recommend as a topical, and the item is Overturned, or Upheld with a rationale that names no ingredient.',
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['medication'],
  check({ doc, kb, requests }, report) {
    const lex = kb.drugLexicon;
    for (const item of doc.items) {
      const m = requests[item.index].medication;
      if (!m?.compound || !item.decision) continue;
      const bad = notRecommended(m, item.title);
      if (!bad.length) continue;
      const rationale = item.fields.rationale;
      const approved = item.decision !== 'Upheld';
      if (!approved && rationale && namesAnIngredient(rationale.text, item.title, m, lex)) continue;
      const note = statusNote(bad[0].topical!.status);
      const why = bad.map((d) => d.topical!.summary).join(' ');
      report({
        range: rangeOfFirst(item, bad, lex),
        message: `${itemName(item)} contains ${bad.map((d) => d.generic).join(' and ')}, which the MTUS does not recommend as a topical${note}; ${approved ? 'a compound with such an ingredient is not recommended, yet the item is overturned' : 'the rationale does not say that this ingredient is not recommended (naming the item is not saying so)'}. ${why}`,
        related: rationale ? [{ range: rationale.labelRange, message: approved ? 'The rationale approving the compound' : 'Name the ingredient that is not recommended' }] : undefined,
        fixes: rationale && !approved ? [{ title: 'Append the compounded-product rule, naming the ingredient', edits: [appendToField(rationale, sentence(bad))], safe: false }] : [],
      });
    }
  },
});
