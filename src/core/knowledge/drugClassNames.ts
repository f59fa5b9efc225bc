import type { DrugClassId } from './drugSchema';

/** How a class is named in messages and hovers (plural, as guidelines word it). */
export const DRUG_CLASS_NAMES: Readonly<Record<DrugClassId, string>> = {
  opioid: 'opioids',
  nsaid: 'NSAIDs',
  'muscle-relaxant': 'muscle relaxants',
  ppi: 'proton pump inhibitors',
  'h2-blocker': 'H2-receptor antagonists',
  anticonvulsant: 'antiepilepsy drugs',
  antidepressant: 'antidepressants',
  benzodiazepine: 'benzodiazepines',
  'sedative-hypnotic': 'sedative-hypnotics',
  'local-anesthetic': 'topical local anesthetics',
  'topical-other': 'topical analgesics',
  other: 'other drugs',
};

/** What a status adds to a figure quoted in a message. */
export function statusNote(status: string): string {
  if (status === 'unverified' || status === 'partly-verified') return ' (not yet verified against the guideline text)';
  if (status === 'verified-secondary') return ' (as quoted in IMR letters)';
  return '';
}
