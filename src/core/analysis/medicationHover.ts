import { DRUG_CLASS_NAMES } from '../knowledge/drugClassNames';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { DrugPosition } from '../knowledge/drugSchema';
import type { MedicationRequest } from '../request/medication';

const STATUS: Readonly<Record<DrugPosition['status'], string>> = {
  verified: '',
  'verified-secondary': ' _(as quoted in IMR letters; the guideline text itself not seen)_',
  'partly-verified': ' _(partly verified: check it against the guideline)_',
  unverified: ' _(unverified: check it against the guideline before relying on it)_',
};

const dash = (v: number | null, unit = ''): string => (v === null ? 'not written' : `${v}${unit}`);

/** Without directions: the fewest days the quantity lasts at the labelled maximum dose a day. */
function leastDays(m: MedicationRequest): string {
  const max = m.drug.maxDailyMg;
  if (m.daysSupply !== null || !max || m.quantity === null || m.quantityUnit !== 'unit' || m.strength?.unit !== 'mg') return '';
  return ` (at least ${Math.floor((m.quantity * m.strength.value) / max)} at the labelled maximum of ${max} mg a day)`;
}

function ingredientLines(m: MedicationRequest): string[] {
  if (!m.ingredients) return [];
  const rows = m.ingredients.map((g, k) => {
    const d = m.ingredientDrugs[k];
    const t = d && d.generic === g.generic ? d.topical : undefined;
    const topical = m.route === 'topical' && t ? ` — as a topical: **${t.recommended === 'no' ? 'not recommended' : t.recommended === 'conditional' ? 'conditional' : 'recommended'}**${STATUS[t.status]}` : '';
    return `- ${g.generic}${g.percent !== null ? ` ${g.percent}%` : ''} (${DRUG_CLASS_NAMES[g.drugClass]})${topical}`;
  });
  return [`**Ingredients${m.compound ? ' (compounded)' : ''}:**\n${rows.join('\n')}`];
}

/** The lines a hover on a medication heading adds: the drug, its amounts, the MME a day and what the guidelines say of its class. */
export function medicationHoverLines(m: MedicationRequest | null, kb: KnowledgeBase): string[] {
  if (!m) return [];
  const lines = [
    `**Drug:** ${m.name} — ${m.generic} (${DRUG_CLASS_NAMES[m.drugClass]}${m.route ? `, ${m.route}` : ''})`,
    `**Strength:** ${m.strength ? m.strength.text : 'not written'} · **Quantity:** ${dash(m.quantity)} · **Per day:** ${dash(m.perDay)} · **Days' supply:** ${dash(m.daysSupply)}${leastDays(m)}${m.refills !== null ? ` · **Refills:** ${m.refills}` : ''}`,
    ...ingredientLines(m),
  ];
  const mme = m.drug.mme;
  if (mme) {
    const figure = m.mmePerDay !== null ? `**${m.mmePerDay}**` : 'not known (the dose a day is not written)';
    lines.push(`**MME per day:** ${figure} — factor ${mme.bands ? 'by daily dose' : mme.factor}${mme.unit === 'mcg/hr' ? ' per mcg/hr' : ''}, ${mme.table} (${mme.source})`);
  }
  const p = kb.drugLexicon.positionFor(m.drug, m.drugClass, m.route, m.postOperative ? 'post-operative' : null);
  if (p) lines.push(`**${p.source === 'MTUS' ? 'MTUS' : p.source}:** ${p.summary}${p.durationText ? ` (course: ${p.durationText})` : ''}${STATUS[p.status]}\n\nCite as: \`${p.citation}\`${p.section ? ` (${p.section})` : ''}`);
  return lines;
}
