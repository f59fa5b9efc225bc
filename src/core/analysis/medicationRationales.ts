import { DRUG_CLASS_NAMES } from '../knowledge/drugClassNames';
import type { DrugPosition } from '../knowledge/drugSchema';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { MedicationRequest } from '../request/medication';
import type { Position } from '../text';
import type { Completion } from './completion';
import { snippetText } from './writing';

/** A standard rationale paragraph for a medication class (or drug), generated from the lexicon's positions. */
export interface MedicationRationale {
  readonly prefix: string;
  readonly description: string;
  readonly body: string;
}

function evidence(p: DrugPosition): string {
  if (p.maxDays) {
    const d = snippetText(p.durationText ?? `${p.maxDays} days`);
    return `The medical records dated \${1:date} document \${2:how long the medication has been taken}; the request covers \${3:number} days, \${4|beyond the ${d} the guideline allows,within the ${d} the guideline allows|}.`;
  }
  if (p.drugClass === 'opioid' && !p.context) {
    return 'The medical records dated ${1:date} document ${2:the pain relief and functional improvement}, ${3:side effects} and ${4:the urine drug screen and CURES results}. ${5|The criteria for continued use are not met,The criteria for continued use are met|}.';
  }
  return 'The medical records dated ${1:date} document ${2:the findings}. ${3|The guideline criteria are not met,The guideline criteria are met|}.';
}

/** What the position is about, as its citation names it ("Muscle relaxants (for pain)"). */
function topic(p: DrugPosition): string {
  const section = p.citation.split('Section(s): ')[1];
  if (section) return section;
  return `${p.citation.split(', ').pop()} (${p.source})`;
}

export function medicationRationaleBody(p: DrugPosition, title?: string): string {
  const cite = `Per the ${snippetText(p.guideline)}${p.section ? ` (${snippetText(p.section)})` : ''}`;
  const request = title ? snippetText(title) : `\${8:${snippetText(topic(p).toLowerCase())}}`;
  const summary = snippetText(p.summary.charAt(0).toLowerCase() + p.summary.slice(1));
  return `${cite}, ${summary} ${evidence(p)} Therefore, the request for ${request} \${9|is not medically necessary,is medically necessary|}.`;
}

/** One paragraph per position of the lexicon. */
export function medicationRationales(kb: KnowledgeBase): MedicationRationale[] {
  return kb.drugPositions.map((p) => ({
    prefix: `rat-med-${p.id.replace(/^(?:mtus|odg)-/, '')}`,
    description: `Medication: ${topic(p)}${p.route ? ` (${p.route} ${DRUG_CLASS_NAMES[p.drugClass!]})` : ''}${p.context ? ` (${p.context})` : ''}`,
    body: medicationRationaleBody(p),
  }));
}

/** The standard paragraph for a medication item's rationale, filled with its heading. */
export function medicationParagraph(m: MedicationRequest | null, kb: KnowledgeBase, title: string, at: Position, before: string): Completion | null {
  if (!m) return null;
  const p = kb.drugLexicon.positionFor(m.drug, m.drugClass, m.route, m.postOperative ? 'post-operative' : null);
  if (!p) return null;
  const wordStart = before.length - (/\S*$/.exec(before)?.[0].length ?? 0);
  return {
    label: `Standard rationale: ${topic(p)}`,
    kind: 'paragraph',
    insertText: medicationRationaleBody(p, title),
    snippet: true,
    detail: p.citation,
    sortText: '0',
    range: { start: { line: at.line, character: wordStart }, end: at },
  };
}
