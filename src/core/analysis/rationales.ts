import type { Guideline } from '../knowledge/schema';

/**
 * The standard rationale paragraphs: one per common treatment, each opening with what its
 * guideline says in a sentence a reviewer would sign. Visit figures come from the guideline's
 * structured limit; the other figures are those of its summary (a test checks both), and a lead
 * whose figures the guideline in force does not hold (a workspace file changed them) gives way to
 * a plain one built from the data.
 */
export interface RationaleSpec {
  /** Snippet prefix, as a reviewer would guess it. */
  readonly prefix: string;
  readonly treatment: string;
  /** The guideline entry the paragraph quotes, by id. */
  readonly guideline: string;
  readonly description: string;
  /** The paragraph's kind: a first course (trial), more of a treatment given before (extension), criteria, or not recommended. */
  readonly kind?: 'trial' | 'extension' | 'criteria' | 'not-recommended';
  /** What the guideline says, as the clause after "Per the <guideline> (<section>),". */
  readonly says: (g: Guideline) => string;
}

/** "up to 18 visits" from the limit, or the figure as the summary gives it. */
const max = (g: Guideline, fallback: string): string => (g.limit?.maxVisits !== undefined ? String(g.limit.maxVisits) : fallback);
const trial = (g: Guideline, fallback: string): string => (g.limit?.trialVisits !== undefined ? String(g.limit.trialVisits) : fallback);

const ACUPUNCTURE_SAYS = (what: string, extended: string) => (g: Guideline) =>
  `the time to produce functional improvement with ${what} is 3-${trial(g, '6')} treatments, at a frequency of 1-3 times per week, and the optimum duration is 1-2 months; ${extended}`;
const ACUPUNCTURE = ACUPUNCTURE_SAYS('acupuncture', 'treatments may be extended if functional improvement is documented');

export const RATIONALES: readonly RationaleSpec[] = [
  { prefix: 'rat-acupuncture', treatment: 'acupuncture', guideline: 'mtus-acupuncture', description: 'Acupuncture: initial trial', kind: 'trial', says: ACUPUNCTURE },
  {
    prefix: 'rat-acupuncture-extension',
    treatment: 'acupuncture',
    guideline: 'mtus-acupuncture',
    description: 'Acupuncture: extension with functional improvement',
    kind: 'extension',
    says: ACUPUNCTURE,
  },
  {
    prefix: 'rat-electro-acupuncture',
    treatment: 'electro-acupuncture',
    guideline: 'mtus-electro-acupuncture',
    description: 'Electro-acupuncture',
    kind: 'trial',
    says: ACUPUNCTURE_SAYS('acupuncture with electrical stimulation', 'it is extended only with documented functional improvement'),
  },
  {
    prefix: 'rat-chiropractic',
    treatment: 'chiropractic',
    guideline: 'mtus-manipulation',
    description: 'Chiropractic care and manipulation',
    kind: 'trial',
    says: (g) =>
      `manual therapy and manipulation of the low back are recommended as a trial of ${trial(g, '6')} visits over 2 weeks and, with evidence of objective functional improvement, a total of up to ${max(g, '18')} visits over 6-8 weeks; maintenance care is not medically necessary, and manipulation is not recommended for the ankle and foot, the forearm, wrist and hand, the knee, or carpal tunnel syndrome`,
  },
  {
    prefix: 'rat-pt-myalgia',
    treatment: 'physical-therapy',
    guideline: 'mtus-physical-medicine',
    description: 'Physical therapy for myalgia and myositis',
    says: (g) =>
      `physical medicine should allow for fading of treatment frequency, from up to 3 visits per week to 1 or less, plus active self-directed home physical medicine; for myalgia and myositis, 9-${max(g, '10')} visits over 8 weeks are recommended`,
  },
  {
    prefix: 'rat-pt-neuritis',
    treatment: 'physical-therapy',
    guideline: 'mtus-physical-medicine-neuritis',
    description: 'Physical therapy for neuralgia, neuritis and radiculitis',
    says: (g) =>
      `for neuralgia, neuritis and radiculitis, 8-${max(g, '10')} visits of physical medicine over 4 weeks are recommended, with fading of treatment frequency plus active self-directed home physical medicine`,
  },
  {
    prefix: 'rat-massage',
    treatment: 'massage',
    guideline: 'mtus-massage',
    description: 'Massage therapy and myofascial release',
    says: (g) => `massage therapy is recommended as an option, as an adjunct to other recommended treatment such as exercise, and it should be limited to 4-${max(g, '6')} visits in most cases`,
  },
  {
    prefix: 'rat-work-hardening',
    treatment: 'work-hardening',
    guideline: 'odg-work-hardening',
    description: 'Work hardening and work conditioning',
    says: (g) => `work conditioning and work hardening are recommended for up to ${max(g, '10')} visits over 8 weeks`,
  },
  {
    prefix: 'rat-functional-restoration',
    treatment: 'functional-restoration',
    guideline: 'mtus-functional-restoration',
    description: 'Functional restoration program',
    says: (g) =>
      `a functional restoration program is not suggested for longer than 2 weeks without evidence of demonstrated efficacy, and the total treatment duration should generally not exceed ${max(g, '20')} full-day sessions`,
  },
  {
    prefix: 'rat-psychotherapy',
    treatment: 'psychotherapy',
    guideline: 'mtus-behavioral-interventions',
    description: 'Psychotherapy and cognitive behavioral therapy',
    kind: 'trial',
    says: (g) =>
      `psychotherapy is recommended as an initial trial of 3-${trial(g, '4')} visits over 2 weeks and, with evidence of objective functional improvement, a total of up to 6-${max(g, '10')} individual visits over 5-6 weeks`,
  },
  {
    prefix: 'rat-biofeedback',
    treatment: 'biofeedback',
    guideline: 'mtus-biofeedback',
    description: 'Biofeedback',
    kind: 'trial',
    says: (g) =>
      `biofeedback is not recommended as a stand-alone treatment, but it is an option within a cognitive behavioral therapy program after 4 weeks of cognitive behavioral therapy, as an initial trial of 3-${trial(g, '4')} visits over 2 weeks and, with evidence of objective functional improvement, up to 6-${max(g, '10')} visits over 5-6 weeks`,
  },
  {
    prefix: 'rat-tens',
    treatment: 'tens',
    guideline: 'mtus-tens',
    description: 'TENS unit',
    kind: 'criteria',
    says: () =>
      'TENS is not recommended as a primary treatment modality; a one-month home-based TENS trial may be considered as an adjunct to a program of evidence-based functional restoration, with other ongoing pain treatment and medication use documented during the trial',
  },
  {
    prefix: 'rat-trigger-point',
    treatment: 'trigger-point-injection',
    guideline: 'mtus-trigger-point-injections',
    description: 'Trigger point injections',
    kind: 'criteria',
    says: () =>
      'trigger point injections are recommended only for myofascial pain syndrome, and only when all of these criteria are met: circumscribed trigger points with a twitch response and referred pain are documented; symptoms have persisted for more than three months; medical management such as stretching, physical therapy, NSAIDs and muscle relaxants has failed; radiculopathy is absent; no more than 3-4 injections are given per session; injections are repeated only after more than 50% pain relief for six weeks with documented functional improvement, and no less than two months apart; and only a local anesthetic, with or without a steroid, is injected',
  },
  {
    prefix: 'rat-epidural',
    treatment: 'epidural-steroid-injection',
    guideline: 'mtus-epidural-steroid-injections',
    description: 'Epidural steroid injections',
    kind: 'criteria',
    says: () =>
      'epidural steroid injections require radiculopathy that is documented by physical examination, corroborated by imaging or electrodiagnostic testing, and unresponsive to conservative treatment; a repeat block requires continued objective documented pain relief and functional improvement, including at least 50% pain relief with reduced medication use for six to eight weeks',
  },
  {
    prefix: 'rat-infrared',
    treatment: 'infrared-heat',
    guideline: 'odg-infrared',
    description: 'Infrared and heat therapy',
    kind: 'not-recommended',
    says: () => 'infrared therapy is not recommended over other heat therapies for the low back, while heat wraps are an option',
  },
  {
    prefix: 'rat-cupping',
    treatment: 'cupping',
    guideline: 'odg-cupping',
    description: 'Cupping',
    kind: 'not-recommended',
    says: () => 'cupping is not recommended, as the evidence for it is limited',
  },
  {
    prefix: 'rat-xray-cervical',
    treatment: 'x-ray',
    guideline: 'acoem-neck-imaging',
    description: 'X-rays of the cervical spine',
    kind: 'criteria',
    says: () =>
      'for most patients with true neck or upper back problems, special studies are not needed unless a 3-4 week period of conservative care and observation fails to improve symptoms, except when red flags such as a fracture, a neurological deficit, a tumor or an infection are present',
  },
  {
    prefix: 'rat-xray-lumbar',
    treatment: 'x-ray',
    guideline: 'acoem-low-back-imaging',
    description: 'X-rays of the lumbar spine',
    kind: 'criteria',
    says: () => 'lumbar spine x-rays should not be recommended in patients with low back pain in the absence of red flags for serious spinal pathology',
  },
  {
    prefix: 'rat-mri',
    treatment: 'mri',
    guideline: 'acoem-mri',
    description: 'MRI',
    kind: 'criteria',
    says: () =>
      'imaging is indicated when the neurological examination shows unequivocal objective findings of specific nerve compromise in a patient who does not respond to treatment and would consider surgery an option, or when red flags are present',
  },
  {
    prefix: 'rat-postop-pt',
    treatment: 'postsurgical-pt',
    guideline: 'mtus-postsurgical-general',
    description: 'Post-operative physical therapy',
    kind: 'trial',
    says: () =>
      'the initial course of therapy is one half of the general course of therapy for the surgery, and the rest of the course requires documented functional improvement; for a surgery that is not listed, the postsurgical physical medicine period is 6 months',
  },
];

/** The numbers a text holds: "3-6", "8 CCR 9792.24.1" give 3, 6, 8, 9792.24.1. */
export function figuresIn(text: string): string[] {
  return text.match(/\d+(?:\.\d+)*/g) ?? [];
}

/** Every figure the guideline's data holds: summary, citation, section, name and limit. */
export function guidelineFigures(g: Guideline): Set<string> {
  return new Set(figuresIn(`${g.summary} ${g.citation} ${g.section ?? ''} ${g.guideline} ${JSON.stringify(g.limit ?? {})}`));
}

/** The guideline as a reviewer names it after "Per the": its name without a topic, and its section. */
export function guidelineSource(g: Guideline): string {
  const name = g.guideline.replace(/,\s.*$/, '');
  return g.section ? `${name} (${g.section})` : name;
}

/** The opening sentence of a paragraph: what the guideline says, or, when the guideline in force does not hold its figures, what its limit allows. */
export function leadSentence(spec: RationaleSpec, g: Guideline): string {
  const says = spec.says(g);
  const known = guidelineFigures(g);
  if (figuresIn(says).every((n) => known.has(n))) return `Per the ${guidelineSource(g)}, ${says}.`;
  return `The ${guidelineSource(g)} address ${spec.description.toLowerCase()}.${limitSentence(g) ? ` ${limitSentence(g)}` : ''}`;
}

/** The limit stated in words, from the structured figures. */
export function limitSentence(g: Guideline): string | null {
  const l = g.limit;
  if (!l) return null;
  const over = l.weeks !== undefined ? ` over ${l.weeks} weeks` : '';
  if (l.trialVisits !== undefined && l.maxVisits !== undefined) {
    const more = l.extendable ? ' and, with documented objective functional improvement,' : ' and';
    return `The guidelines allow an initial trial of ${l.trialVisits} visits${more} a total of up to ${l.maxVisits} visits${over}.`;
  }
  if (l.trialVisits !== undefined) {
    return `The guidelines allow an initial trial of ${l.trialVisits} visits${l.extendable ? '; more visits require documented objective functional improvement' : ''}.`;
  }
  if (l.maxVisits !== undefined) return `The guidelines allow up to ${l.maxVisits} visits${over}.`;
  return null;
}
