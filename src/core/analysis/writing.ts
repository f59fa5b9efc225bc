import type { Analysis } from './analyze';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Decision, Item } from '../model';
import { requestPhrase } from '../wording/requestPhrase';
import { leadSentence, RATIONALES, RationaleSpec } from './rationales';

export { RATIONALES, limitSentence } from './rationales';
export type { RationaleSpec } from './rationales';

/** Text taken literally inside a snippet: `$`, `}` and `\` escaped. */
export function snippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * Every default a reviewer must replace is a prompt in angle brackets ("<age>"), which
 * `unfilled-placeholder` reports until it is filled; a choice the reviewer must make offers such a
 * prompt first. Nothing the letter would assert (a date, a sex, a citation) is prefilled.
 */
export const prompt = (n: number, what: string): string => `\${${n}:<${what}>}`;

/** A choice of sentences that judge the evidence, the prompt first: left as it is, it is reported. */
export function judgement(n: number, what: string, no: string, yes: string): string {
  return `\${${n}|<${what}>,${no},${yes}|}`;
}

/** The conclusion, the one that agrees with the item's decision first (both when it has none). */
export function conclusionChoice(n: number, decision: Decision | null | undefined): string {
  const positive = decision === 'Overturned' || decision === 'Partially Overturned';
  return positive ? `\${${n}|is medically necessary,is not medically necessary|}` : `\${${n}|is not medically necessary,is medically necessary|}`;
}

function evidenceSentence(kind: RationaleSpec['kind']): string {
  switch (kind) {
    case 'extension':
      return `The patient has completed ${prompt(1, 'number')} visits. The records dated ${prompt(2, 'date')} document ${prompt(3, 'the functional change since the prior visits')}, which ${judgement(4, 'is or is not', 'is not', 'is')} objective functional improvement.`;
    case 'criteria':
      return `The medical records dated ${prompt(1, 'date')} document ${prompt(2, 'the findings')}. ${judgement(3, 'whether the criteria are met', 'The guideline criteria are not met', 'The guideline criteria are met')}.`;
    case 'not-recommended':
      return `The medical records dated ${prompt(1, 'date')} document ${prompt(2, 'the findings')}, which give no reason to depart from the guideline.`;
    default:
      return `The medical records dated ${prompt(1, 'date')} document ${prompt(2, 'the visits completed and the findings')}. ${judgement(3, 'how the request compares with the guideline', 'The requested visits exceed the guideline recommendation', 'The requested visits are within the guideline recommendation')}.`;
  }
}

/** A standard rationale paragraph, as a snippet (VS Code snippet syntax), with what it is for. */
export interface StandardRationale {
  /** What the paragraph is for: a treatment ("Massage therapy"), a medication class's position. */
  readonly description: string;
  readonly body: string;
  /** The guideline the paragraph cites. */
  readonly citation: string;
}

/** What a paragraph is written for: the item's title (as written) and decision, when known. */
export interface RationaleTarget {
  readonly title: string;
  readonly decision: Decision | null;
}

/** The body of a standard rationale paragraph as a snippet; `target` fills the request and orders the conclusion. */
export function rationaleSnippet(spec: RationaleSpec, kb: KnowledgeBase, target?: RationaleTarget): string | null {
  const g = kb.guidelines.find((x) => x.id === spec.guideline);
  if (!g) return null;
  const request = target?.title ? snippetText(requestPhrase(target.title, true)) : prompt(8, 'request as written');
  return [snippetText(leadSentence(spec, g)), ` ${evidenceSentence(spec.kind)}`, ` Therefore, the request for ${request} ${conclusionChoice(9, target?.decision)}.`].join('');
}

/** One disputed item: heading with a choice of decision, the three fields, the cursor moving through them. */
export const ITEM_SNIPPET = [
  `${prompt(1, 'request as written')}: \${2|Upheld,Overturned|}`,
  "Claims Administrator guideline: ${3|Decision based on <the claims administrator's citation>.,The Claims Administrator did not cite any medical evidence for its decision.|}",
  `MAXIMUS guideline: Decision based on \${4:MTUS <guideline and section>}.`,
  'Decision rationale: ${0}',
].join('\n');

export const LETTER_SNIPPET = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  `MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. The expert reviewer is \${1:Board Certified in ${prompt(2, 'specialty')}} and is licensed to practice in California. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.`,
  '',
  'CLINICAL CASE SUMMARY',
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  `The \${3|patient,injured worker|} is a ${prompt(4, 'age')} year old \${5|<male or female>,male,female|} who sustained an industrial injury on ${prompt(6, 'date of injury')}. ${prompt(7, 'diagnoses, treatment to date, findings, the request and the UR decision')}`,
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  '',
  `${prompt(8, 'request as written')}: \${9|Upheld,Overturned|}`,
  "Claims Administrator guideline: ${10|Decision based on <the claims administrator's citation>.,The Claims Administrator did not cite any medical evidence for its decision.|}",
  'MAXIMUS guideline: Decision based on ${11:MTUS <guideline and section>}.',
  'Decision rationale: ${0}',
  '',
].join('\n');

/** The rationale spec that fits an item, preferring an extension paragraph for "additional" requests. */
export function rationaleFor(item: Item, a: Analysis): RationaleSpec | undefined {
  const r = a.requests[item.index];
  if (!r.treatment) return undefined;
  const fits = RATIONALES.filter((s) => s.treatment === r.treatment!.id);
  if (r.additional) return fits.find((s) => s.kind === 'extension') ?? fits[0];
  if (r.treatment.id === 'x-ray') return fits.find((s) => (/lumb|low back/i.test(item.title) ? s.prefix.endsWith('lumbar') : s.prefix.endsWith('cervical'))) ?? fits[0];
  return fits[0];
}
