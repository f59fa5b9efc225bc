import { DRUG_CLASS_NAMES } from '../knowledge/drugClassNames';
import type { DrugPosition } from '../knowledge/drugSchema';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { MedicationRequest } from '../request/medication';
import type { Decision } from '../model';
import { requestPhrase } from '../wording/requestPhrase';
import { conclusionChoice, judgement, prompt, snippetText, StandardRationale } from './writing';

/** A standard rationale paragraph for a medication class (or drug), generated from the lexicon's positions. */
export interface MedicationRationale {
  readonly prefix: string;
  readonly description: string;
  readonly body: string;
}

function evidence(p: DrugPosition): string {
  if (p.maxDays) {
    const d = snippetText(p.durationText ?? `${p.maxDays} days`);
    return `The medical records dated ${prompt(1, 'date')} document ${prompt(2, 'how long the medication has been taken')}; the request covers ${prompt(3, 'number')} days, ${judgement(4, 'how that compares with the guideline', `beyond the ${d} the guideline allows`, `within the ${d} the guideline allows`)}.`;
  }
  if (p.drugClass === 'opioid' && !p.context) {
    return `The medical records dated ${prompt(1, 'date')} document ${prompt(2, 'the pain relief and functional improvement')}, ${prompt(3, 'side effects')} and ${prompt(4, 'the urine drug screen and CURES results')}. ${judgement(5, 'whether the criteria are met', 'The criteria for continued use are not met', 'The criteria for continued use are met')}.`;
  }
  return `The medical records dated ${prompt(1, 'date')} document ${prompt(2, 'the findings')}. ${judgement(3, 'whether the criteria are met', 'The guideline criteria are not met', 'The guideline criteria are met')}.`;
}

/** What the position is about, as its citation names it ("Muscle relaxants (for pain)"). */
function topic(p: DrugPosition): string {
  const section = p.citation.split('Section(s): ')[1];
  if (section) return section;
  return `${p.citation.split(', ').pop()} (${p.source})`;
}

export function medicationRationaleBody(p: DrugPosition, target?: { title: string; decision: Decision | null }): string {
  const cite = `Per the ${snippetText(p.guideline)}${p.section ? ` (${snippetText(p.section)})` : ''}`;
  // A drug's name keeps its capital ("the request for Flexeril 10mg #90").
  const request = target?.title ? snippetText(requestPhrase(target.title, false)) : prompt(8, 'request as written');
  const summary = snippetText(p.summary.charAt(0).toLowerCase() + p.summary.slice(1));
  return `${cite}, ${summary} ${evidence(p)} Therefore, the request for ${request} ${conclusionChoice(9, target?.decision)}.`;
}

/** One paragraph per position of the lexicon. */
export function medicationRationales(kb: KnowledgeBase): MedicationRationale[] {
  return kb.drugPositions.map((p) => ({
    prefix: `rat-med-${p.id.replace(/^(?:mtus|odg)-/, '')}`,
    description: `Medication: ${topic(p)}${p.route ? ` (${p.route} ${DRUG_CLASS_NAMES[p.drugClass!]})` : ''}${p.context ? ` (${p.context})` : ''}`,
    body: medicationRationaleBody(p),
  }));
}

/** The standard paragraph for a medication item's rationale, filled with its heading; null when its class has no position. */
export function medicationStandardRationale(m: MedicationRequest | null, kb: KnowledgeBase, target: { title: string; decision: Decision | null }): StandardRationale | null {
  if (!m) return null;
  const p = kb.drugLexicon.positionFor(m.drug, m.drugClass, m.route, m.postOperative ? 'post-operative' : null);
  return p ? { description: topic(p), body: medicationRationaleBody(p, target), citation: p.citation } : null;
}
