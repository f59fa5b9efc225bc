import * as assert from 'assert';
import { parseQuantity } from '../../src/core';
import { findRequestedTotal } from '../../src/core/request/quantity';

type Row = [text: string, total: number | null, perWeek: number | null, weeks: number | null, unit: string | null];

/** Request wordings: those the issue names, those of the sample and corpus letters, and realistic others. */
const WORDINGS: Row[] = [
  // Frequency by duration, written N x M.
  ['MYOFASCIAL RELEASE 2x8 FOR LEFT KNEE', 16, 2, 8, 'visits'],
  ['MYOFASCIAL RELEASE 2X8 FOR RIGHT HIP', 16, 2, 8, 'visits'],
  ['Chiropractic 2 x 8', 16, 2, 8, 'visits'],
  ['Physical therapy 3x4 lumbar', 12, 3, 4, 'visits'],
  ['PT 2X6 for the cervical spine', 12, 2, 6, 'visits'],
  ['acupuncture 1x6', 6, 1, 6, 'visits'],
  ['Acupuncture 2\u00d73', 6, 2, 3, 'visits'],
  // Totals.
  ['Acupuncture x 12', 12, null, null, 'quantity'],
  ['WORK HARDENING X 12 SESSIONS', 12, null, null, 'visits'],
  ['Massage x12 sessions', 12, null, null, 'visits'],
  ['Chiropractic x6 visits', 6, null, null, 'visits'],
  ['Physical therapy, times 12', 12, null, null, 'quantity'],
  ['Acupuncture 6 sessions', 6, null, null, 'visits'],
  ['Physical therapy 12 visits', 12, null, null, 'visits'],
  ['Chiropractic physiotherapy treatment 6 visits', 6, null, null, 'visits'],
  ['Physical therapy for 6 sessions', 6, null, null, 'visits'],
  ['Chiropractic care for the low back; six sessions', 6, null, null, 'visits'],
  ['Eight physical therapy sessions', 8, null, null, 'visits'],
  ['Twelve sessions of physical therapy for the right shoulder', 12, null, null, 'visits'],
  ['Two physical therapy sessions for the lumbar', 2, null, null, 'visits'],
  ['Physical therapy to the low back two sessions', 2, null, null, 'visits'],
  ['12 additional sessions of acupuncture', 12, null, null, 'visits'],
  ['additional 6 acupuncture treatments', 6, null, null, 'visits'],
  ['6 more chiropractic visits', 6, null, null, 'visits'],
  ['Psychotherapy 6-8 visits', 8, null, null, 'visits'],
  ['Physical therapy 8-10 sessions', 10, null, null, 'visits'],
  ['Post-op physical therapy 12-18 sessions', 18, null, null, 'visits'],
  ['Cognitive behavioral therapy four to six sessions', 6, null, null, 'visits'],
  ['Wound care nurse, 1-2 visits to evaluate right hip incision', 2, null, null, 'visits'],
  ['Biofeedback three sessions', 3, null, null, 'visits'],
  ['Acupuncture fifteen treatments', 15, null, null, 'visits'],
  ['Physical therapy twenty-four visits', 24, null, null, 'visits'],
  ['Physical therapy twenty four visits', 24, null, null, 'visits'],
  ['Physical therapy thirty visits', 30, null, null, 'visits'],
  ['Functional restoration program 20 days of treatment', 20, null, null, 'visits'],
  ['Acupuncture, eleven sessions', 11, null, null, 'visits'],
  ['Acupuncture (12)', 12, null, null, 'quantity'],
  ['Massage therapy #6', 6, null, null, 'quantity'],
  ['ACUPUNCTURE ,BACK QUANTITY :6:00', 6, null, null, 'quantity'],
  ['ACUPUNCTURE QUANTITY: 6.00', 6, null, null, 'quantity'],
  ['Chiropractic Qty 8', 8, null, null, 'quantity'],
  ['PHYSICAL THERAPY QUANTITY:12', 12, null, null, 'quantity'],
  // Per week for weeks, in words and numbers.
  ['ELECTRO ACUPUNCTURE 1 X WEEK X 6 WEEKS TO LUMBAR SPINE', 6, 1, 6, 'visits'],
  ['Acupuncture 2 X WEEK X 4 WEEKS', 8, 2, 4, 'visits'],
  ['acupuncture 1 time a week for 6 weeks', 6, 1, 6, 'visits'],
  ['Continued electro acupuncture sessions, two sessions per week for six weeks', 12, 2, 6, 'visits'],
  ['Infrared heat, two sessions per week for six weeks to the lumbar spine', 12, 2, 6, 'visits'],
  ['Physical therapy twice weekly for 4 weeks', 8, 2, 4, 'visits'],
  ['Physical therapy twice a week for four weeks', 8, 2, 4, 'visits'],
  ['Psychotherapy once a week for 6 weeks', 6, 1, 6, 'visits'],
  ['Acupuncture once weekly for 8 weeks', 8, 1, 8, 'visits'],
  ['Chiropractic thrice weekly for 2 weeks', 6, 3, 2, 'visits'],
  ['Physical therapy 3 times per week for 4 weeks', 12, 3, 4, 'visits'],
  ['Continue physical therapy 3 times a week for 2 weeks', 6, 3, 2, 'visits'],
  ['Acupuncture 3 times a week for 2 weeks, neck, right hand and head', 6, 3, 2, 'visits'],
  ['Electro acupuncture to the low back two times a week times six weeks', 12, 2, 6, 'visits'],
  ['Chiropractic care to the low back two times a week for four weeks', 8, 2, 4, 'visits'],
  ['Physical therapy, 2 times a week for 4 weeks, right knee', 8, 2, 4, 'visits'],
  ['Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck', 8, 2, 4, 'visits'],
  ['Additional physical therapy, 1 to 2 times per week for 3 weeks', 6, 2, 3, 'visits'],
  ['Additional physical therapy three times a week for two weeks of the right hip', 6, 3, 2, 'visits'],
  ['Chiropractic treatment 3 times a week for 4 weeks', 12, 3, 4, 'visits'],
  ['Physical therapy 3x/week x 4 weeks', 12, 3, 4, 'visits'],
  ['Acupuncture 2x week for 6 weeks', 12, 2, 6, 'visits'],
  ['Massage 1x per week for 6 weeks', 6, 1, 6, 'visits'],
  ['Physical therapy 2-3 times per week for 4 weeks', 12, 3, 4, 'visits'],
  ['Acupuncture 2 times weekly for 3 weeks', 6, 2, 3, 'visits'],
  ['Physical therapy 2 visits per week for 6 weeks', 12, 2, 6, 'visits'],
  ['Chiropractic 1-2 times a week for 6 wks', 12, 2, 6, 'visits'],
  ['Acupuncture weekly for 6 weeks', 6, 1, 6, 'visits'],
  ['Acupuncture 2 times a week over 3 weeks', 6, 2, 3, 'visits'],
  ['Therapy for 6 weeks, 2 times a week', 12, 2, 6, 'visits'],
  // Total and frequency together: the total written wins.
  ['Physical therapy 6 sessions 2 times a week for 3 weeks to the lumbar and cervical spine', 6, 2, 3, 'visits'],
  ['physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow', 12, 2, 6, 'visits'],
  ['x6 sessions physical therapy 2x3 to cervical and lumbar spine', 6, 2, 3, 'visits'],
  // Wordings of real headings (issue 17): "N times M", "times N", "xN", "Nx", a count after the unit,
  // "#N" after sessions, the written total over a product, digits after a number word, a range.
  ['Physical therapy 1 times 8', 8, 1, 8, 'visits'],
  ['Chiropractic 2 times 6 to the lumbar spine', 12, 2, 6, 'visits'],
  ['Physical therapy times 6', 6, null, null, 'quantity'],
  ['Acupuncture x6', 6, null, null, 'quantity'],
  ['Chiropractic 6x', 6, null, null, 'quantity'],
  ['Massage 8x to the neck', 8, null, null, 'quantity'],
  ['Associated surgical service: Physical Therapy sessions, 12', 12, null, null, 'visits'],
  ['Acupuncture visits: 8', 8, null, null, 'visits'],
  ['Chiropractic therapy sessions for the cervical spine, #2', 2, null, null, 'quantity'],
  ['Chiropractic two times four visits (8)', 8, null, null, 'visits'],
  ['Twelve physical therapy sessions, three times weekly, for the right elbow', 12, null, null, 'visits'],
  ['Physical therapy 2-3 times a week for 6 weeks', 18, 3, 6, 'visits'],
  ['Acupuncture two (2) times a week for four (4) weeks', 8, 2, 4, 'visits'],
  ['Physical therapy twelve (12) sessions', 12, null, null, 'visits'],
  ['two physical therapy sessions for the lumbar spine, left shoulder and left knee and eight physical therapy sessions for the left wrist', 10, null, null, 'visits'],
  ['two sessions for the neck, four sessions for the low back and two sessions for the wrist', 8, null, null, 'visits'],
  ['Physical therapy to the low back two sessions', 2, null, null, 'visits'],
  // Periods and counts that are not visits.
  ['Associated surgical service: Cold compression therapy 30 day rental', 30, null, null, 'days'],
  ['Vascutherm unit, 14 days rental', 14, null, null, 'days'],
  ['Acute inpatient rehabilitation 7-10 days', 10, null, null, 'days'],
  ['H-wave unit 3 month rental', 3, null, null, 'months'],
  ['Cold therapy for one week', null, null, 1, 'weeks'],
  ['Daily RN for 4 weeks for wound care', null, null, 4, 'weeks'],
  ['X- RAYS OF CERVICAL SPINE QUANTITY :1:00', 1, null, null, 'quantity'],
  ['TRIGGER POINT INJECTION , NECK QUANTITY :1:00', 1, null, null, 'quantity'],
  ['Flexeril 10mg #90', 90, null, null, 'quantity'],
  ['Oxycodone HCL ER 20mg #60 day supply: 30', 60, null, null, 'quantity'],
  ['Electrocardiogram times 3', 3, null, null, 'quantity'],
];

/** No quantity at all: dates, ages, doses without a count, words that look like "x". */
const NONE: string[] = [
  'ACUPUNCTURE WITH INFRARED APPLICATION',
  'MRI of the lumbar spine',
  'X-RAYS OF LUMBER SPINE',
  'X- RAYS OF CERVICAL SPINE',
  'Retrospective E-stim (DOS 12/29/16)',
  'Retrospective CT scan of the cervical spine (DOS 11/18/16)',
  'A 56 year old with neck pain',
  'Fanatrex 25mg/ml oral suspension',
  'Lumbar Spine Epidural Injection at L4-5 under fluoroscopy',
  'Right shoulder arthroscopy RCR (rotator cuff repair) and decompression',
  'MRI of the right shoulder (1.5 Tesla Closed)',
  'TENS unit for home use',
  'Percocet 5/325mg',
  'Decision based on MTUS Massage therapy Page(s): 60',
  'EMG/NCV of the lower extremities',
  '4x4 gauze pads',
  'Physical therapy 2x/week',
  'Acupuncture treatments (unspecified quantity)',
];

describe('request quantity: wordings', () => {
  it(`has at least 80 wordings (${WORDINGS.length})`, () => assert.ok(WORDINGS.length >= 80));
  for (const [text, total, perWeek, weeks, unit] of WORDINGS) {
    it(`"${text}"`, () => {
      const q = parseQuantity(text);
      assert.ok(q, 'a quantity is found');
      assert.deepStrictEqual({ total: q.total, perWeek: q.perWeek, weeks: q.weeks, unit: q.unit }, { total, perWeek, weeks, unit });
      assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, 'the span lies in the text');
    });
  }
});

describe('request quantity: no count', () => {
  for (const text of NONE) {
    it(`"${text}" yields no quantity`, () => assert.strictEqual(parseQuantity(text), null));
  }
  it('marks requests for more of a treatment as additional', () => {
    assert.strictEqual(parseQuantity('Additional physical therapy 6 sessions')!.additional, true);
    assert.strictEqual(parseQuantity('Continued electro acupuncture, 2x6')!.additional, true);
    assert.strictEqual(parseQuantity('Initial acupuncture 6 sessions')!.additional, false);
  });
});

describe('request quantity: in a rationale', () => {
  it('reads the requested total', () => {
    const r = findRequestedTotal('The patient improved. Provider requested additional 12 acupuncture treatments for the back. Guidelines allow 6.');
    assert.deepStrictEqual(r && [r.total, r.additional], [12, true]);
  });
  it('reads "a request for N sessions"', () => {
    assert.strictEqual(findRequestedTotal('On 2/7/14 there was a request for 8 sessions of acupuncture.')!.total, 8);
  });
  it('ignores numbers that quote the guideline', () => {
    assert.strictEqual(findRequestedTotal('Guidelines recommend 3-6 treatments. The request is not supported.'), null);
    assert.strictEqual(findRequestedTotal('MTUS allows up to 18 visits over 6-8 weeks as requested by the provider.'), null);
    assert.strictEqual(findRequestedTotal('The requesting provider was seen 12/1/14 for 5 minutes.'), null);
  });
});

describe('request quantity: ranges and sums are said so', () => {
  it('a range reports its upper bound, and says it is one', () => {
    assert.deepStrictEqual(pick(parseQuantity('Physical therapy 2-3 times a week for 6 weeks')), { total: 18, isRange: true, isSum: false });
    assert.deepStrictEqual(pick(parseQuantity('Psychotherapy 6-8 visits')), { total: 8, isRange: true, isSum: false });
    assert.deepStrictEqual(pick(parseQuantity('Acupuncture 1 to 2 times per week for 4 weeks')), { total: 8, isRange: true, isSum: false });
    assert.deepStrictEqual(pick(parseQuantity('Physical therapy 2 times a week for 6 weeks (12 sessions)')), { total: 12, isRange: false, isSum: false });
  });
  it('counts per body part add up, and the text covers them all', () => {
    const text = 'two physical therapy sessions for the neck and eight physical therapy sessions for the wrist';
    const q = parseQuantity(text)!;
    assert.deepStrictEqual(pick(q), { total: 10, isRange: false, isSum: true });
    assert.strictEqual(text.slice(q.start, q.end), 'two physical therapy sessions for the neck and eight physical therapy sessions');
    // Counts of different things are not added.
    assert.strictEqual(parseQuantity('6 acupuncture sessions and 2 follow-up visits')!.total, 6);
  });
});

function pick(q: ReturnType<typeof parseQuantity>) {
  return q && { total: q.total, isRange: q.isRange, isSum: q.isSum };
}
