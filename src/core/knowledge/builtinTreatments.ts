import type { GuidelinesFileInput } from './schema';

/**
 * Treatments recognised in item headings. Patterns are phrases, never single ambiguous words:
 * an unknown treatment is better than a wrong one.
 */
const POST_OPERATIVE = 'post[\\s-]*(?:op(?:erative)?|surg(?:ical|ery)?)';
const POST_OPERATIVE_THERAPY = [
  `${POST_OPERATIVE}\\s+(?:physical therapy|physiotherapy|occupational therapy|therapy|rehab)`,
  `(?:physical|occupational) therapy[^.]{0,40}${POST_OPERATIVE}`,
];

/** Medications named in headings, by family: opioids, muscle relaxants, NSAIDs, and the rest. */
const DRUGS = [
  ...['tramadol', 'ultram', 'norco', 'hydrocodone', 'oxycodone', 'oxycontin', 'percocet', 'morphine', 'fentanyl', 'methadone', 'tapentadol', 'nucynta', 'butrans', 'buprenorphine', 'codeine'],
  ...['flexeril', 'cyclobenzaprine', 'soma', 'carisoprodol', 'tizanidine', 'zanaflex', 'baclofen', 'methocarbamol', 'robaxin', 'orphenadrine', 'norflex'],
  ...['naproxen', 'anaprox', 'ibuprofen', 'motrin', 'diclofenac', 'voltaren', 'meloxicam', 'mobic', 'celebrex', 'celecoxib', 'etodolac', 'nabumetone', 'ketoprofen', 'ketorolac', 'toradol'],
  ...['gabapentin', 'neurontin', 'pregabalin', 'lyrica', 'duloxetine', 'cymbalta', 'amitriptyline', 'nortriptyline', 'omeprazole', 'prilosec', 'pantoprazole', 'ranitidine'],
  ...['lidoderm', 'lidocaine patch', 'terocin', 'zolpidem', 'ambien', 'xanax', 'alprazolam', 'lorazepam', 'clonazepam', 'trazodone', 'ondansetron', 'zofran'],
];

export const BUILTIN_TREATMENTS: NonNullable<GuidelinesFileInput['treatments']> = [
  {
    id: 'electro-acupuncture',
    name: 'Electro-acupuncture',
    visitBased: true,
    specificity: 2,
    patterns: ['\\belect(?:ro|rical|ric)?[\\s.-]*acu?puncture', 'acu?puncture with (?:electrical )?(?:electric(?:al)? )?stim(?:ulation)?'],
    abbreviations: ['EA'],
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture',
    visitBased: true,
    specificity: 1,
    // "infrared acupuncture" is acupuncture: named over the words of heat therapy, it wins them.
    patterns: ['infra[\\s-]*red\\s+acc?upuncture', 'acc?upuncture', 'acupunture', 'accupunture'],
  },
  {
    id: 'chiropractic',
    name: 'Chiropractic / manipulation',
    visitBased: true,
    specificity: 1,
    patterns: ['chiropract(?:ic|or)', 'chiro\\b', 'chiro[\\s-]*physio', 'manipulation', 'manual therapy', 'spinal adjustment', 'osteopathic manipulative'],
    abbreviations: ['CMT', 'OMT'],
  },
  {
    id: 'aquatic-therapy',
    name: 'Aquatic therapy',
    visitBased: true,
    specificity: 2,
    patterns: ['aqua(?:tic)?[\\s-]*therapy', 'pool therapy', 'aquatic'],
  },
  {
    id: 'physical-therapy',
    name: 'Physical therapy / physical medicine',
    visitBased: true,
    specificity: 1,
    patterns: [
      'physical therapy',
      'physiotherapy',
      'physical medicine',
      'occupational therapy',
      'physical therap(?:ist|ies)',
      'physical rehab(?:ilitation)?\\b',
      'hand therap(?:y|ist)',
      'therapeutic (?:exercises?|activities)',
    ],
    abbreviations: ['PT', 'OT', 'PT/OT'],
  },
  {
    id: 'massage',
    name: 'Massage therapy / myofascial release',
    visitBased: true,
    specificity: 1,
    patterns: ['massage', 'myofascial release', 'myo[\\s-]*fascial release', 'soft tissue mobili[sz]ation'],
    abbreviations: ['MFR'],
  },
  {
    id: 'work-hardening',
    name: 'Work hardening / work conditioning',
    visitBased: true,
    specificity: 2,
    patterns: ['work hardening', 'work conditioning'],
  },
  {
    id: 'functional-restoration',
    name: 'Functional restoration program',
    visitBased: true,
    specificity: 2,
    patterns: ['functional restoration', 'chronic pain (?:management )?program', 'multidisciplinary pain program', 'interdisciplinary pain (?:management )?program'],
    abbreviations: ['FRP', 'HELP'],
  },
  {
    id: 'psychotherapy',
    name: 'Psychotherapy / cognitive behavioral therapy',
    visitBased: true,
    specificity: 1,
    patterns: ['psychotherapy', 'cognitive[\\s-]*behaviou?ral', 'psychological (?:treatment|therapy|sessions|counsel+ing)', 'behaviou?ral (?:therapy|interventions)', 'counsel+ing sessions'],
    abbreviations: ['CBT'],
  },
  {
    id: 'biofeedback',
    name: 'Biofeedback',
    visitBased: true,
    specificity: 2,
    patterns: ['bio[\\s-]*feedback', 'neuro[\\s-]*feedback'],
  },
  {
    id: 'tens',
    name: 'TENS unit',
    visitBased: false,
    specificity: 1,
    patterns: ['transcutaneous electrical nerve stim', 'tens unit', '\\btens\\b'],
    abbreviations: ['TENS'],
  },
  {
    id: 'trigger-point-injection',
    name: 'Trigger point injections',
    visitBased: false,
    specificity: 2,
    patterns: ['trigger[\\s-]*point injection', 'trigger[\\s-]*point inj'],
    abbreviations: ['TPI', 'TPIs'],
  },
  {
    id: 'epidural-steroid-injection',
    name: 'Epidural steroid injection',
    visitBased: false,
    specificity: 2,
    patterns: ['epidural steroid', 'epidural (?:corticosteroid )?injection', 'transforaminal (?:epidural|injection)', 'interlaminar (?:epidural|injection)', 'epidural'],
    abbreviations: ['ESI', 'ESIs', 'CESI', 'LESI', 'TFESI'],
  },
  {
    id: 'infrared-heat',
    name: 'Infrared / heat therapy',
    visitBased: true,
    specificity: 1,
    patterns: ['infra[\\s-]*red', 'radiant heat', 'heat lamp', 'heat therapy'],
  },
  // The passive modalities of physical medicine, each with its own guideline entry.
  {
    id: 'electrical-stimulation',
    name: 'Electrical stimulation',
    visitBased: true,
    specificity: 1,
    patterns: ['electric(?:al)?\\s+(?:muscle\\s+)?stim(?:ulation|ulator)?', 'e[\\s-]?stim\\b', 'neuromuscular electrical', 'interferential', 'galvanic'],
    abbreviations: ['EMS', 'NMES', 'IFC', 'ICS'],
  },
  {
    id: 'therapeutic-ultrasound',
    name: 'Therapeutic ultrasound',
    visitBased: true,
    specificity: 1,
    // Not diagnostic ultrasound ("ultrasound of the shoulder", "ultrasound guided"): only the treatment's words.
    patterns: ['therapeutic ultrasound', 'pulsed ultrasound', 'ultrasound (?:therapy|treatments?|sessions?)', 'phonophoresis'],
  },
  {
    id: 'traction',
    name: 'Traction',
    visitBased: true,
    specificity: 1,
    patterns: ['traction', 'spinolator'],
  },
  {
    id: 'hot-cold-packs',
    name: 'Hot and cold packs',
    visitBased: true,
    specificity: 1,
    patterns: ['(?:hot|cold|ice)\\s*(?:/|and|or)?\\s*(?:cold\\s+)?packs?', 'hot\\s*/\\s*cold (?:therapy|packs?)', 'moist heat'],
  },
  {
    id: 'cupping',
    name: 'Cupping',
    visitBased: true,
    specificity: 1,
    patterns: ['cupping'],
  },
  {
    id: 'x-ray',
    name: 'X-rays',
    visitBased: false,
    specificity: 1,
    patterns: ['x[\\s-]*rays?\\b', 'radiographs?', 'plain films?'],
  },
  {
    id: 'mri',
    name: 'MRI',
    visitBased: false,
    specificity: 1,
    patterns: ['\\bmri\\b', 'magnetic resonance'],
    abbreviations: ['MRI', 'MRA'],
  },
  {
    id: 'medication',
    name: 'Medication',
    visitBased: false,
    specificity: 0,
    // One alternation for every drug name: the expression is then tried once per position, not
    // once per list.
    patterns: ['\\b\\d+(?:\\.\\d+)?\\s*(?:mg|mcg|g|ml|%)\\b', `\\b(?:${DRUGS.join('|')})\\b`, '\\b(?:compound(?:ed)? (?:cream|topical)|topical (?:cream|compound|analgesic))'],
  },
  {
    id: 'postsurgical-pt',
    name: 'Post-surgical physical medicine',
    visitBased: true,
    specificity: 3,
    patterns: POST_OPERATIVE_THERAPY,
    abbreviations: [],
  },
  postsurgical('carpal-tunnel', 'carpal tunnel release', 'carpal tunnel'),
  postsurgical('rotator-cuff', 'rotator cuff repair', 'rotator cuff|shoulder (?:arthroscopy|decompression|impingement)|acromioplasty'),
  postsurgical('knee-arthroscopy', 'knee arthroscopy / meniscectomy', 'menisc|knee arthroscop'),
  postsurgical('acl', 'ACL reconstruction', '\\bACL\\b|anterior cruciate'),
  postsurgical('total-knee', 'total knee arthroplasty', 'total knee|knee (?:arthroplasty|replacement)|\\bTKA\\b'),
  postsurgical('lumbar-discectomy', 'lumbar discectomy / laminectomy', 'discectomy|laminectomy|microdiscectomy|laminotomy'),
  postsurgical('lumbar-fusion', 'lumbar fusion', 'fusion'),
];

/** Post-surgical physical medicine after one surgery: the post-operative phrases, and the surgery named too. */
function postsurgical(id: string, surgery: string, requires: string): NonNullable<GuidelinesFileInput['treatments']>[number] {
  return {
    id: `postsurgical-pt-${id}`,
    name: `Post-surgical physical medicine: ${surgery}`,
    visitBased: true,
    specificity: 4,
    patterns: POST_OPERATIVE_THERAPY,
    requires: [requires],
  };
}
