import * as assert from 'assert';
import { analyze, builtinKnowledgeBase } from '../../src/core';
import { HAS_SHARED, readShared } from './helpers';

const kb = builtinKnowledgeBase();

const CASES: Array<[heading: string, treatment: string | null]> = [
  ['ELECTRO ACUPUNCTURE 1 X WEEK X 6 WEEKS', 'electro-acupuncture'],
  ['Electroacupuncture x 6', 'electro-acupuncture'],
  ['Acupuncture with electrical stimulation 6 sessions', 'electro-acupuncture'],
  ['EA 2x3 lumbar', 'electro-acupuncture'],
  ['Acupuncture 6 sessions', 'acupuncture'],
  ['accupuncture 6 sessions', 'acupuncture'],
  ['ACUPUNCTURE WITH INFRARED APPLICATION', 'acupuncture'],
  ['Chiropractic care to the low back', 'chiropractic'],
  ['Spinal manipulation therapy 2 times a week', 'chiropractic'],
  ['CMT 2x4', 'chiropractic'],
  ['Chiropractic physiotherapy treatment 6 visits', 'chiropractic'],
  ['Physical therapy 6 sessions', 'physical-therapy'],
  ['PT 2x6 lumbar', 'physical-therapy'],
  ['Occupational therapy for the right hand', 'physical-therapy'],
  ['Aquatic therapy 2x4', 'aquatic-therapy'],
  ['Myofascial release 2x8', 'massage'],
  ['MFR x 6', 'massage'],
  ['Massage therapy 6 visits', 'massage'],
  ['WORK HARDENING X 12 SESSIONS', 'work-hardening'],
  ['Work conditioning 10 visits', 'work-hardening'],
  ['Functional restoration program 2 weeks', 'functional-restoration'],
  ['HELP program 20 days of treatment', 'functional-restoration'],
  ['Psychotherapy 6 sessions', 'psychotherapy'],
  ['CBT 6 sessions', 'psychotherapy'],
  ['Cognitive behavioral therapy x 6', 'psychotherapy'],
  ['Biofeedback 4 sessions', 'biofeedback'],
  ['TENS unit purchase', 'tens'],
  ['Retrospective TENS unit, purchase, lumbar spine', 'tens'],
  ['TRIGGER POINT INJECTION , NECK QUANTITY :1:00', 'trigger-point-injection'],
  ['TPI x 4 to the trapezius', 'trigger-point-injection'],
  ['EPIDURAL STEROID INJECTIONS ,CERVICAL', 'epidural-steroid-injection'],
  ['Lumbar ESI at L4-5', 'epidural-steroid-injection'],
  ['Infrared heat, two sessions per week', 'infrared-heat'],
  ['INFRARED LAMP 1 X WEEK X 6 WEEKS', 'infrared-heat'],
  ['CUPPING 1 X WEEK X 6 WEEKS', 'cupping'],
  ['X- RAYS OF CERVICAL SPINE QUANTITY :1:00', 'x-ray'],
  ['Pre-op chest x-ray', 'x-ray'],
  ['MRI of the lumbar spine', 'mri'],
  ['Flexeril 10mg #90', 'medication'],
  ['Ultram (tramadol) 50mg #90', 'medication'],
  ['Post-op physical therapy 2 times a week for 4 weeks', 'postsurgical-pt'],
  // Acupuncture with infrared or with current is acupuncture, not heat therapy.
  ['Twelve infrared acupuncture visits, 2 times weekly', 'acupuncture'],
  ['Infrared acupuncture 2x6', 'acupuncture'],
  ['Twelve elect acupuncture visits', 'electro-acupuncture'],
  ['Electro-acupuncture with infrared 2x4', 'electro-acupuncture'],
  // The modalities, each with its own guideline entry.
  ['Electrical muscle stimulation 2 times a week for 4 weeks', 'electrical-stimulation'],
  ['Four sessions of electrical stimulation two times a week', 'electrical-stimulation'],
  ['Interferential stimulation 2x6', 'electrical-stimulation'],
  ['NMES to the quadriceps x 8', 'electrical-stimulation'],
  ['Pulsed ultrasound 2 times a week for 4 weeks', 'therapeutic-ultrasound'],
  ['Therapeutic ultrasound to the right shoulder x 6', 'therapeutic-ultrasound'],
  ['Cervical traction 2x4', 'traction'],
  ['Spinolator x 6 sessions', 'traction'],
  ['Hot/cold packs to the low back 2x4', 'hot-cold-packs'],
  ['Hot packs 6 sessions', 'hot-cold-packs'],
  ['Four sessions of therapeutic exercise two times a week', 'physical-therapy'],
  ['Hand therapy 2x6 for the right wrist', 'physical-therapy'],
  ['Chirophysio 2x4 lumbar', 'chiropractic'],
  ['Chiro-physiotherapy 6 visits', 'chiropractic'],
  ['Post-operative physical therapy after carpal tunnel release, 8 visits', 'postsurgical-pt-carpal-tunnel'],
  ['Postoperative physical therapy status post rotator cuff repair x 12', 'postsurgical-pt-rotator-cuff'],
  ['Post-op physical therapy for the knee after meniscectomy, 12 sessions', 'postsurgical-pt-knee-arthroscopy'],
  ['Post-surgical physical therapy after lumbar fusion', 'postsurgical-pt-lumbar-fusion'],
  // Near misses: nothing rather than a wrong guess.
  ['Ultrasound of the right shoulder', null],
  ['Ultrasound guided injection of the knee', null],
  ['Selected acupoints', null],
  ['Pre-operative PT/PTT', null],
  ['Labs - PT/PTT', null],
  ['Cold compression therapy 30 day rental', null],
  ['Electroencephalogram', null],
  ['EMG/NCV of the lower extremities', null],
  ['Medical clearance', null],
  ['Transportation to/from all medical appointments', null],
  ['Knee scooter', null],
  ['Shoulder sling with abduction pillow', null],
  ['Neurosurgeon evaluation for the low back', null],
  ['Retrospective E-stim (DOS 12/29/16)', 'electrical-stimulation'],
  ['Heating pad', null],
  ['Tense muscles evaluation', null],
];

describe('treatment recognition', () => {
  for (const [heading, expected] of CASES) {
    it(`"${heading}" -> ${expected ?? 'unknown'}`, () => assert.strictEqual(kb.recognize(heading)?.id ?? null, expected));
  }
});

describe('requests of the sample letters (issue expectations)', function () {
  if (!HAS_SHARED) {
    it('needs ../shared/samples (absent here)');
    return;
  }
  const EXPECTED: Record<string, Array<[treatment: string, visits: number | null, perWeek?: number, weeks?: number]>> = {
    '000': [['electro-acupuncture', 6, 1, 6], ['cupping', 6, 1, 6], ['infrared-heat', 6, 1, 6]],
    '001': [['electro-acupuncture', 12, 2, 6], ['infrared-heat', 12, 2, 6], ['massage', 12, 2, 6]],
    '002': [['acupuncture', 6]],
    '003': [['acupuncture', 6], ['x-ray', null], ['x-ray', null], ['trigger-point-injection', null], ['epidural-steroid-injection', null]],
    '004': [['acupuncture', null], ['massage', 16, 2, 8], ['massage', 16, 2, 8], ['work-hardening', 12]],
  };
  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    it(`sample ${prefix}`, () => {
      const a = analyze(readShared('samples', prefix));
      assert.deepStrictEqual(
        a.requests.map((r) => {
          const row: Array<string | number | null> = [r.treatment?.id ?? 'unknown', r.visits];
          if (r.perWeek !== null) row.push(r.perWeek, r.weeks);
          return row;
        }),
        expected,
      );
    });
  }
  it('reads the quantity of 003 x-rays as one study, not a visit', () => {
    const r = analyze(readShared('samples', '003')).requests[1];
    assert.deepStrictEqual([r.quantity, r.unit, r.visits], [1, 'quantity', null]);
  });
});
