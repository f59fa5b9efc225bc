import type { Analysis } from './analyze';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Guideline } from '../knowledge/schema';
import type { Item } from '../model';

/** Text taken literally inside a snippet: `$`, `}` and `\` escaped. */
export function snippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

const CONCLUSION_CHOICE = '${9|is not medically necessary,is medically necessary|}';

export interface RationaleSpec {
  /** Snippet prefix, as a reviewer would guess it. */
  readonly prefix: string;
  readonly treatment: string;
  /** The guideline entry the paragraph quotes, by id. */
  readonly guideline: string;
  readonly description: string;
  /** The paragraph's kind: a first course (trial) or more of a treatment given before (extension). */
  readonly kind?: 'trial' | 'extension' | 'criteria' | 'not-recommended';
}

/** The standard rationale paragraphs, one per common treatment (figures come from the guidelines data). */
export const RATIONALES: readonly RationaleSpec[] = [
  { prefix: 'rat-acupuncture', treatment: 'acupuncture', guideline: 'mtus-acupuncture', description: 'Acupuncture: initial trial', kind: 'trial' },
  { prefix: 'rat-acupuncture-extension', treatment: 'acupuncture', guideline: 'mtus-acupuncture', description: 'Acupuncture: extension with functional improvement', kind: 'extension' },
  { prefix: 'rat-electro-acupuncture', treatment: 'electro-acupuncture', guideline: 'mtus-electro-acupuncture', description: 'Electro-acupuncture', kind: 'trial' },
  { prefix: 'rat-chiropractic', treatment: 'chiropractic', guideline: 'mtus-manipulation', description: 'Chiropractic / manipulation', kind: 'trial' },
  { prefix: 'rat-pt-myalgia', treatment: 'physical-therapy', guideline: 'mtus-physical-medicine', description: 'Physical therapy: myalgia and myositis' },
  { prefix: 'rat-pt-neuritis', treatment: 'physical-therapy', guideline: 'mtus-physical-medicine-neuritis', description: 'Physical therapy: neuralgia, neuritis and radiculitis' },
  { prefix: 'rat-massage', treatment: 'massage', guideline: 'mtus-massage', description: 'Massage therapy / myofascial release' },
  { prefix: 'rat-work-hardening', treatment: 'work-hardening', guideline: 'odg-work-hardening', description: 'Work hardening / work conditioning' },
  { prefix: 'rat-functional-restoration', treatment: 'functional-restoration', guideline: 'mtus-functional-restoration', description: 'Functional restoration programme' },
  { prefix: 'rat-psychotherapy', treatment: 'psychotherapy', guideline: 'mtus-behavioral-interventions', description: 'Psychotherapy / cognitive behavioral therapy', kind: 'trial' },
  { prefix: 'rat-biofeedback', treatment: 'biofeedback', guideline: 'mtus-biofeedback', description: 'Biofeedback', kind: 'trial' },
  { prefix: 'rat-tens', treatment: 'tens', guideline: 'mtus-tens', description: 'TENS unit', kind: 'criteria' },
  { prefix: 'rat-trigger-point', treatment: 'trigger-point-injection', guideline: 'mtus-trigger-point-injections', description: 'Trigger point injections: the eight criteria', kind: 'criteria' },
  { prefix: 'rat-epidural', treatment: 'epidural-steroid-injection', guideline: 'mtus-epidural-steroid-injections', description: 'Epidural steroid injections', kind: 'criteria' },
  { prefix: 'rat-infrared', treatment: 'infrared-heat', guideline: 'odg-infrared', description: 'Infrared / heat therapy', kind: 'not-recommended' },
  { prefix: 'rat-cupping', treatment: 'cupping', guideline: 'odg-cupping', description: 'Cupping', kind: 'not-recommended' },
  { prefix: 'rat-xray-cervical', treatment: 'x-ray', guideline: 'acoem-neck-imaging', description: 'Imaging: cervical spine x-ray', kind: 'criteria' },
  { prefix: 'rat-xray-lumbar', treatment: 'x-ray', guideline: 'acoem-low-back-imaging', description: 'Imaging: lumbar spine x-ray', kind: 'criteria' },
  { prefix: 'rat-mri', treatment: 'mri', guideline: 'acoem-mri', description: 'Imaging: MRI', kind: 'criteria' },
  { prefix: 'rat-postop-pt', treatment: 'postsurgical-pt', guideline: 'mtus-postsurgical-general', description: 'Post-operative physical therapy', kind: 'trial' },
];

/** The limit stated in words, from the structured figures. */
export function limitSentence(g: Guideline): string | null {
  const l = g.limit;
  if (!l) return null;
  const parts: string[] = [];
  if (l.trialVisits !== undefined) parts.push(`an initial trial of ${l.trialVisits} visits`);
  if (l.maxVisits !== undefined) parts.push(`${l.trialVisits !== undefined ? 'a total of up to ' : 'up to '}${l.maxVisits} visits${l.weeks !== undefined ? ` over ${l.weeks} weeks` : ''}`);
  else if (l.weeks !== undefined) parts.push(`over ${l.weeks} weeks`);
  if (!parts.length) return null;
  return `The guidelines allow ${parts.join(l.extendable ? ', and with documented objective functional improvement ' : ', ')}.`;
}

function evidenceSentence(kind: RationaleSpec['kind'], first: number): string {
  const n = (k: number) => `\${${first + k}`;
  switch (kind) {
    case 'extension':
      return `The patient has completed ${n(1)}:number} prior visits. ${n(2)}|The records do not document objective functional improvement from them,The records document objective functional improvement from them|}: ${n(3)}:findings}.`;
    case 'criteria':
      return `The medical records dated ${n(1)}:date} document ${n(2)}:the findings}. ${n(3)}|The guideline criteria are not met,The guideline criteria are met|}.`;
    case 'not-recommended':
      return `The medical records dated ${n(1)}:date} document ${n(2)}:the findings}, and they give no reason to depart from the guideline.`;
    default:
      return `The medical records dated ${n(1)}:date} document ${n(2)}:completed visits and findings}. ${n(3)}|The request exceeds the guideline recommendation,The request is within the guideline recommendation|}.`;
  }
}

/** The body of a standard rationale paragraph as a snippet; `title` fills the request when known. */
export function rationaleSnippet(spec: RationaleSpec, kb: KnowledgeBase, title?: string): string | null {
  const g = kb.guidelines.find((x) => x.id === spec.guideline);
  if (!g) return null;
  const figures = limitSentence(g);
  const cite = `Per the ${snippetText(g.guideline)}${g.section ? ` (${snippetText(g.section)})` : ''}`;
  const request = title ? snippetText(title) : `\${8:${snippetText(spec.description.toLowerCase())}}`;
  return [
    `${cite}, ${snippetText(g.summary.charAt(0).toLowerCase() + g.summary.slice(1))}`,
    figures ? ` ${snippetText(figures)}` : '',
    ` ${evidenceSentence(spec.kind, 0)}`,
    ` Therefore, the request for ${request} ${CONCLUSION_CHOICE}.`,
  ].join('');
}

/** One disputed item: heading with a choice of decision, the three fields, the cursor moving through them. */
export const ITEM_SNIPPET = [
  '${1:REQUEST AS WRITTEN}: ${2|Upheld,Overturned|}',
  'Claims Administrator guideline: ${3|Decision based on MTUS,The Claims Administrator did not cite any medical evidence for its decision.|}',
  'MAXIMUS guideline: Decision based on ${4:MTUS}',
  'Decision rationale: ${0}',
].join('\n');

export const LETTER_SNIPPET = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. The expert reviewer is ${1:Board Certified in ${2:Physical Medicine and Rehabilitation}} and is licensed to practice in California. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
  '',
  'CLINICAL CASE SUMMARY',
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  'The ${3|patient,injured worker|} is a ${4:age} year old ${5|male,female|} who sustained an industrial injury on ${6:date}. ${7:Diagnoses, treatment to date, findings, the request and the utilization review decision.}',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  '',
  '${8:REQUEST AS WRITTEN}: ${9|Upheld,Overturned|}',
  'Claims Administrator guideline: ${10:Decision based on MTUS}',
  'MAXIMUS guideline: ${11:Decision based on MTUS}',
  'Decision rationale: ${0}',
  '',
].join('\n');

/** The items of a letter as a tab-separated table: title, decision, treatment, requested visits. */
export function decisionSummary(a: Analysis): string {
  const rows = [['Disputed item', 'Decision', 'Treatment', 'Requested visits']];
  for (const item of a.doc.items) {
    const r = a.requests[item.index];
    rows.push([item.title, item.decision ?? '(none)', r.treatment?.name ?? '', r.visits !== null ? String(r.visits) : '']);
  }
  return rows.map((r) => r.join('\t')).join('\n') + '\n';
}

/** The rationale spec that fits an item, preferring an extension paragraph for "additional" requests. */
export function rationaleFor(item: Item, a: Analysis): RationaleSpec | undefined {
  const r = a.requests[item.index];
  if (!r.treatment) return undefined;
  const fits = RATIONALES.filter((s) => s.treatment === r.treatment!.id);
  if (r.additional) return fits.find((s) => s.kind === 'extension') ?? fits[0];
  if (r.treatment.id === 'x-ray') return fits.find((s) => (/lumb|low back/i.test(item.title) ? s.prefix.endsWith('lumbar') : s.prefix.endsWith('cervical'))) ?? fits[0];
  return fits[0];
}
