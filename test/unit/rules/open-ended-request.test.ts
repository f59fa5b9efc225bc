import * as assert from 'assert';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const RULE = 'open-ended-request';
const SILENT = 'Per MTUS guidelines the records do not document the need. The request is not medically necessary.';

describe('open-ended-request', () => {
  expectFiresAndQuiet(RULE, {
    fires: letter([{ heading: 'Acupuncture for the low back', rationale: SILENT }]),
    quiet: letter([{ heading: 'Acupuncture 6 sessions for the low back', rationale: SILENT }]),
  });
  it('a course of visits whose number is missing: physical therapy, chiropractic, massage', () => {
    for (const heading of ['Physical therapy for the left shoulder', 'Chiropractic care to the lumbar spine', 'Myofascial release to the neck']) {
      assert.strictEqual(findings(letter([{ heading, rationale: SILENT }]), RULE).length, 1, heading);
    }
  });
  describe('only courses of visits: not evaluations, re-exams, consultations, one date of service, equipment', () => {
    for (const heading of [
      'Physical therapy evaluation',
      'Re-exam with chiropractor for the lumbar spine',
      'Acupuncture consultation',
      'Chiropractic re-evaluation of the neck',
      'Retrospective E-stim (DOS 12/29/16)',
      'Custom heat therapy pad for the low back',
      'Hot/cold therapy wrap',
      'Home traction unit, purchase',
      'TENS unit for home use',
    ]) {
      it(heading, () => assert.deepStrictEqual(findings(letter([{ heading, rationale: SILENT }]), RULE), []));
    }
  });
  describe('a number written in any of the ways headings write it', () => {
    for (const heading of [
      'Associated surgical service: Physical therapy sessions, 12',
      'Chiropractic therapy sessions for the cervical spine, #2',
      'Chiropractic 6x',
      'Acupuncture x6',
      'Physical therapy times 6',
      'Physical therapy 1 times 8',
      'Acupuncture two (2) times a week for four (4) weeks',
    ]) {
      it(heading, () => assert.deepStrictEqual(findings(letter([{ heading, rationale: SILENT }]), RULE), []));
    }
  });
  describe('a rationale that addresses the missing number settles it', () => {
    for (const said of [
      'The request does not specify the number of sessions.',
      'Open-ended requests cannot be supported.',
      'The frequency and duration of the requested therapy are not given.',
      'The requested service did not specify the quantity of treatments.',
      'Without a specified number of visits the request cannot be compared with the guidelines.',
    ]) {
      it(said, () => assert.deepStrictEqual(findings(letter([{ heading: 'Acupuncture for the low back', rationale: `Per MTUS acupuncture is an option. ${said} The request is not medically necessary.` }]), RULE), []));
    }
  });
  it('an ancillary service decided with its surgery', () => {
    const rationale = 'As the requested surgical intervention is not medically necessary, the requested ancillary service is not medically necessary.';
    assert.deepStrictEqual(findings(letter([{ heading: 'Associated surgical service: Physical therapy', rationale }]), RULE), []);
  });
});
