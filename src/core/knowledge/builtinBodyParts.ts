import type { GuidelinesFileInput } from './schema';

/**
 * Body parts as letters name them, in headings, summaries and rationales. Terms are phrases that
 * name one body part and nothing else: a word that also names something else ("head" of a bone,
 * "foot" as a length, "hand" dominance) carries the guard that tells them apart. A mention that is
 * not recognised costs a finding; one recognised wrongly costs a false one.
 */
export const BUILTIN_BODY_PARTS: NonNullable<GuidelinesFileInput['bodyParts']> = [
  // Groups: a name for several body parts, which agrees with each of them.
  { id: 'spine', name: 'spine', kind: 'group', sided: false, terms: ['spine', 'spinal column'] },
  { id: 'back', name: 'back', kind: 'group', sided: false, terms: ['backs?', 'thoracolumbar(?:\\s+spine)?'], within: ['spine'] },
  {
    id: 'upper-extremity',
    name: 'upper extremity',
    kind: 'group',
    terms: ['upper[\\s-]+extremit(?:y|ies)', 'upper[\\s-]+limbs?', 'arms?'],
    caseSensitive: ['UEs?'],
    sidePrefix: true,
  },
  {
    id: 'lower-extremity',
    name: 'lower extremity',
    kind: 'group',
    terms: ['lower[\\s-]+extremit(?:y|ies)', 'lower[\\s-]+limbs?', 'legs?'],
    caseSensitive: ['LEs?'],
    sidePrefix: true,
  },

  // The spine, by region; levels are written "L4-5", "L5-S1", "C5-C6", "T7-8".
  {
    id: 'cervical',
    name: 'cervical spine',
    sided: false,
    terms: ['cervical(?:\\s+spine)?', 'neck', 'c[\\s-]spine'],
    caseSensitive: ['C[2-7]\\s*-\\s*C?[3-7]', 'C7\\s*-\\s*T1'],
    within: ['spine'],
  },
  {
    id: 'thoracic',
    name: 'thoracic spine',
    sided: false,
    // Not the thoracic outlet (a neck and shoulder syndrome).
    terms: ['thoracic(?!\\s+outlet)(?:\\s+spine)?', 't[\\s-]spine', 'mid[\\s-]?back', 'upper[\\s-]back', 'dorsal\\s+spine'],
    caseSensitive: ['T(?:1[0-2]|[1-9])\\s*-\\s*T?(?:1[0-2]|[1-9])', 'T12\\s*-\\s*L1'],
    within: ['back', 'spine'],
  },
  {
    id: 'lumbar',
    name: 'lumbar spine',
    sided: false,
    // "lumber" and "lubar" are typos letters carry; "lumber" only before "spine" (it is wood too).
    terms: ['lumbar(?:\\s+spine)?', 'lumber\\s+spine', 'lubar(?:\\s+spine)?', 'lumbosacral(?:\\s+spine)?', 'low(?:er)?[\\s-]+back', 'l[\\s-]spine'],
    caseSensitive: ['LS', 'L[1-5]\\s*-\\s*(?:L?[1-5]|S1)'],
    within: ['back', 'spine'],
  },
  { id: 'sacroiliac', name: 'sacroiliac joint', terms: ['sacroiliac(?:\\s+joints?)?'], caseSensitive: ['SI(?=\\s+joints?)'], within: ['back'] },

  // The upper extremity.
  {
    id: 'shoulder',
    name: 'shoulder',
    terms: ['shoulders?', 'rotator\\s+cuff', 'acromioclavicular', 'glenohumeral', 'subacromial'],
    caseSensitive: ['AC(?=\\s+joints?)'],
    within: ['upper-extremity'],
  },
  {
    id: 'elbow',
    name: 'elbow',
    terms: ['elbows?', '(?:lateral|medial)\\s+epicondyl(?:e|itis)', 'epicondylitis', 'olecranon', 'cubital\\s+tunnel'],
    within: ['upper-extremity'],
  },
  { id: 'forearm', name: 'forearm', terms: ['forearms?'], within: ['upper-extremity'] },
  { id: 'wrist', name: 'wrist', terms: ['wrists?', 'carpal\\s+tunnel'], within: ['upper-extremity'] },
  {
    id: 'hand',
    name: 'hand',
    // Not "on the other hand", "right-hand dominant", "hand-written", "hands-on".
    terms: ['(?<!other\\s)hands?(?![\\s-]*(?:dominan|written|held|-on\\b))', 'palms?'],
    within: ['upper-extremity'],
  },
  {
    id: 'finger',
    name: 'fingers',
    terms: ['fingers?', 'thumbs?'],
    within: ['hand'],
  },

  // The lower extremity.
  { id: 'hip', name: 'hip', terms: ['hips?'], within: ['lower-extremity'] },
  { id: 'pelvis', name: 'pelvis', sided: false, terms: ['pelvis', 'pelvic'] },
  { id: 'thigh', name: 'thigh', terms: ['thighs?'], within: ['lower-extremity'] },
  {
    id: 'knee',
    name: 'knee',
    // Not a knee scooter or walker (a device for a foot or an ankle).
    terms: ['knees?(?![\\s-]*(?:scooter|walker))', 'patell(?:a|ar|ofemoral)', 'menisc(?:us|al|i)'],
    within: ['lower-extremity'],
  },
  { id: 'lower-leg', name: 'lower leg', terms: ['lower[\\s-]+legs?', 'calf', 'calves', 'shins?', 'tibia', 'fibula'], within: ['lower-extremity'] },
  { id: 'ankle', name: 'ankle', terms: ['ankles?', 'achilles', 'malleol(?:us|ar|i)'], within: ['lower-extremity'] },
  {
    id: 'foot',
    name: 'foot',
    // Not a length ("an 8 foot fall", "6 feet").
    terms: ['(?<!\\d[\\s-]*)(?:foot|feet)', 'toes?', 'heels?', 'plantar', 'metatarsals?'],
    within: ['lower-extremity'],
  },

  // The head: not the head of a bone.
  {
    id: 'head',
    name: 'head',
    sided: false,
    terms: ['(?<!(?:radial|humeral|femoral|fibular|metatarsal|biceps|long|forward)\\s)head(?!\\s+of\\b)', 'brain', 'skull'],
  },
];

/** The sections ACOEM's body-part chapters of 2004 share, as MAXIMUS lines name them. */
const ACOEM_2004_SECTIONS = ['Special Studies', 'Diagnostic Criteria', 'Initial Care', 'Physical Methods', 'Surgical Considerations', 'Summary'];

/**
 * The guideline chapters that govern one body part (the general ones, Chronic Pain or General
 * Approaches, are not listed: they govern any). MTUS: the ACOEM chapters of 2004 (Elbow: 2007), as
 * 2016-2017 MAXIMUS lines cite them ("MTUS Knee Complaints 2004, Section(s): Special Studies") and
 * as 2013-2015 ones do ("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304"). ODG: its
 * chapters, as named after "(ODG)".
 */
export const BUILTIN_CHAPTERS: NonNullable<GuidelinesFileInput['chapters']> = [
  {
    id: 'mtus-neck',
    source: 'MTUS',
    name: 'Neck and Upper Back Complaints',
    citation: 'MTUS Neck and Upper Back Complaints 2004',
    patterns: ['Neck\\s+and\\s+Upper\\s+Back\\s+Complaints'],
    // Electrodiagnostic studies of the arms look for a cervical radiculopathy.
    covers: ['cervical', 'thoracic', 'upper-extremity'],
    acoemChapter: 8,
    sections: ACOEM_2004_SECTIONS,
    pages: '177-178, 182',
  },
  {
    id: 'mtus-shoulder',
    source: 'MTUS',
    name: 'Shoulder Complaints',
    citation: 'MTUS Shoulder Complaints 2004',
    patterns: ['Shoulder\\s+Complaints'],
    covers: ['shoulder'],
    acoemChapter: 9,
    sections: ACOEM_2004_SECTIONS,
  },
  {
    id: 'mtus-elbow',
    source: 'MTUS',
    name: 'Elbow Complaints',
    citation: 'MTUS Elbow Complaints 2007',
    patterns: ['Elbow\\s+(?:Complaints|Disorders)'],
    covers: ['elbow', 'forearm'],
    acoemChapter: 10,
    sections: ['Recommendations'],
  },
  {
    id: 'mtus-hand',
    source: 'MTUS',
    name: 'Forearm, Wrist, and Hand Complaints',
    citation: 'MTUS Forearm, Wrist, and Hand Complaints 2004',
    patterns: ['Forearm,?\\s+Wrist,?\\s+(?:and|&)\\s+Hand\\s+Complaints'],
    covers: ['forearm', 'wrist', 'hand'],
    acoemChapter: 11,
    sections: ACOEM_2004_SECTIONS,
  },
  {
    id: 'mtus-low-back',
    source: 'MTUS',
    name: 'Low Back Complaints',
    citation: 'MTUS Low Back Complaints 2004',
    patterns: ['Low\\s+Back\\s+Complaints'],
    // Electrodiagnostic studies of the legs look for a lumbar radiculopathy.
    covers: ['lumbar', 'thoracic', 'sacroiliac', 'lower-extremity'],
    acoemChapter: 12,
    sections: ACOEM_2004_SECTIONS,
    pages: '303-304',
  },
  {
    id: 'mtus-knee',
    source: 'MTUS',
    name: 'Knee Complaints',
    citation: 'MTUS Knee Complaints 2004',
    patterns: ['Knee\\s+Complaints'],
    covers: ['knee', 'lower-leg'],
    acoemChapter: 13,
    sections: ACOEM_2004_SECTIONS,
  },
  {
    id: 'mtus-ankle',
    source: 'MTUS',
    name: 'Ankle and Foot Complaints',
    citation: 'MTUS Ankle and Foot Complaints 2004',
    patterns: ['Ankle\\s+and\\s+Foot\\s+Complaints'],
    covers: ['ankle', 'foot', 'lower-leg'],
    acoemChapter: 14,
    sections: ACOEM_2004_SECTIONS,
  },
  {
    id: 'odg-low-back',
    source: 'ODG',
    name: 'Low Back - Lumbar & Thoracic',
    citation: 'ODG Low Back - Lumbar & Thoracic (Acute & Chronic)',
    patterns: ['Low\\s+Back(?:\\s*-\\s*Lumbar\\s*(?:&|and)\\s*Thoracic)?', '(?:Lumbar\\s*(?:&|and)\\s*)?Thoracic'],
    covers: ['lumbar', 'thoracic', 'sacroiliac', 'lower-extremity'],
  },
  {
    id: 'odg-neck',
    source: 'ODG',
    name: 'Neck and Upper Back',
    citation: 'ODG Neck and Upper Back (Acute & Chronic)',
    patterns: ['Neck\\s*(?:&|and)\\s*Upper\\s+Back', 'Neck'],
    covers: ['cervical', 'thoracic', 'upper-extremity'],
  },
  { id: 'odg-shoulder', source: 'ODG', name: 'Shoulder', citation: 'ODG Shoulder (Acute & Chronic)', patterns: ['Shoulder'], covers: ['shoulder'] },
  { id: 'odg-elbow', source: 'ODG', name: 'Elbow', citation: 'ODG Elbow (Acute & Chronic)', patterns: ['Elbow'], covers: ['elbow', 'forearm'] },
  {
    id: 'odg-hand',
    source: 'ODG',
    name: 'Forearm, Wrist & Hand',
    citation: 'ODG Forearm, Wrist & Hand (Acute & Chronic)',
    patterns: ['Forearm,?\\s*Wrist,?\\s*(?:&|and)\\s*Hand', 'Forearm', 'Wrist', 'Hand'],
    covers: ['forearm', 'wrist', 'hand'],
  },
  {
    id: 'odg-carpal-tunnel',
    source: 'ODG',
    name: 'Carpal Tunnel Syndrome',
    citation: 'ODG Carpal Tunnel Syndrome (Acute & Chronic)',
    patterns: ['Carpal\\s+Tunnel'],
    covers: ['wrist', 'hand'],
  },
  {
    id: 'odg-hip',
    source: 'ODG',
    name: 'Hip & Pelvis',
    citation: 'ODG Hip & Pelvis (Acute & Chronic)',
    patterns: ['Hips?\\s*(?:&|and)\\s*Pelvis', 'Hips?'],
    covers: ['hip', 'pelvis', 'sacroiliac', 'thigh'],
  },
  {
    id: 'odg-knee',
    source: 'ODG',
    name: 'Knee & Leg',
    citation: 'ODG Knee & Leg (Acute & Chronic)',
    patterns: ['Knee\\s*(?:&|and)\\s*Leg', 'Knee'],
    covers: ['knee', 'lower-leg', 'thigh'],
  },
  {
    id: 'odg-ankle',
    source: 'ODG',
    name: 'Ankle & Foot',
    citation: 'ODG Ankle & Foot (Acute & Chronic)',
    patterns: ['Ankle\\s*(?:&|and)\\s*Foot', 'Ankle', 'Foot'],
    covers: ['ankle', 'foot', 'lower-leg'],
  },
  { id: 'odg-head', source: 'ODG', name: 'Head', citation: 'ODG Head (trauma, headaches, etc., not including stress & mental disorders)', patterns: ['Head(?!ache)'], covers: ['head'] },
];
