import { DRUG_CLASS_NAMES, statusNote } from '../knowledge/drugClassNames';
import type { DrugPosition } from '../knowledge/drugSchema';
import type { MedicationRequest } from '../request/medication';
import { appendToField } from '../wording/edits';
import { addressesDuration } from '../wording/medications';
import { defineRule, itemName } from './types';

/** How long a request lasts: the days stated or computed, or at least the days the labelled maximum dose allows. */
interface Course {
  readonly days: number;
  /** Whether `days` is a lower bound (no directions: the quantity at the labelled maximum a day). */
  readonly atLeast: boolean;
  readonly words: string;
}

function course(m: MedicationRequest): Course | null {
  const fills = 1 + (m.refills ?? 0);
  const refills = m.refills ? ` with ${m.refills} refill${m.refills > 1 ? 's' : ''}` : '';
  if (m.daysSupply !== null) return { days: m.daysSupply * fills, atLeast: false, words: `a ${m.daysSupply}-day supply${refills}` };
  const max = m.drug.maxDailyMg;
  if (!max || m.quantity === null || m.quantityUnit !== 'unit' || m.strength?.unit !== 'mg') return null;
  const perFill = Math.floor((m.quantity * m.strength.value) / max);
  return { days: perFill * fills, atLeast: true, words: `#${m.quantity} of ${m.strength.text}${refills}, at least ${perFill} days at the labelled maximum of ${max} mg a day` };
}

function sentence(p: DrugPosition, c: Course, m: MedicationRequest): string {
  return `Per the ${p.guideline} (${p.citation}), ${DRUG_CLASS_NAMES[m.drugClass]} are recommended for no longer than ${p.durationText ?? `${p.maxDays} days`}; this request covers ${c.atLeast ? 'at least ' : ''}${c.days} days.`;
}

export const medicationDurationExceeded = defineRule({
  id: 'medication-duration-exceeded',
  description: "A medication's days' supply (or stated duration) is beyond the course the MTUS allows for its class, and the rationale does not address it.",
  defaultSeverity: 'warning',
  hasFix: true,
  tags: ['medication', 'limits'],
  check({ doc, kb, requests }, report) {
    for (const item of doc.items) {
      const m = requests[item.index].medication;
      if (!m || !item.decision || m.compound) continue;
      const p = kb.drugLexicon.positionFor(m.drug, m.drugClass, m.route, m.postOperative ? 'post-operative' : null);
      if (!p?.maxDays) continue;
      const c = course(m);
      if (!c || c.days <= p.maxDays) continue;
      const rationale = item.fields.rationale;
      // The rationale as written (its words may stand over lines: the expression allows any white space between them).
      if (rationale && addressesDuration(rationale.text)) continue;
      const upheld = item.decision === 'Upheld';
      const allowed = `${p.durationText ?? `${p.maxDays} days`}${statusNote(p.status)}`;
      report({
        range: item.titleRange,
        message: upheld
          ? `${itemName(item)}: ${c.words} is beyond the ${allowed} the MTUS allows for ${DRUG_CLASS_NAMES[m.drugClass]} (${p.citation}); the rationale could say so.`
          : `${itemName(item)}: ${c.words} is beyond the ${allowed} the MTUS allows for ${DRUG_CLASS_NAMES[m.drugClass]} (${p.citation}), and the rationale approving it does not address the duration.`,
        lesser: upheld,
        related: rationale ? [{ range: rationale.labelRange, message: 'Address the duration in the rationale' }] : undefined,
        fixes: rationale ? [{ title: 'Append the guideline duration to the rationale', edits: [appendToField(rationale, sentence(p, c, m))], safe: false }] : [],
      });
    }
  },
});
