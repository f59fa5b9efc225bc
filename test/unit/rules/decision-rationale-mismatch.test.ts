import * as assert from 'assert';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('decision-rationale-mismatch', () => {
  expectFiresAndQuiet('decision-rationale-mismatch', {
    fires: letter([{ heading: 'TENS unit', decision: 'Upheld', rationale: 'Per MTUS a trial is supported. The request is medically necessary.' }]),
    quiet: letter([{ heading: 'TENS unit', decision: 'Overturned', rationale: 'Per MTUS a trial is supported. The request is medically necessary.' }]),
  });
  const conclusionOf = (rationale: string, decision = 'Upheld') => {
    const text = letter([{ heading: 'TENS unit', decision, rationale }]);
    return { mismatch: findings(text, 'decision-rationale-mismatch').length, missing: findings(text, 'missing-conclusion').length };
  };
  const negatives = [
    'Therefore, the request is not medically necessary.',
    'The request is not medically necessary and appropriate.',
    'Recommendation is for denial.',
    'The documentation does not support medical necessity.',
    'The request is determined to not be medically necessary.',
    'The request cannot be considered medically necessary per the guidelines.',
    'Medical necessity of the request has not been established.',
    'As such, the request is not medically necssary.',
    'The MRI is not supported by the provided records as being medically necessary at this time.',
    'A MRI of the Elbow is not a medical necessity to the patient at this time.',
    'The request is not medically appropriate.',
  ];
  for (const s of negatives) {
    it(`"${s}" concludes not necessary`, () => {
      assert.deepStrictEqual(conclusionOf(`Per MTUS guidelines. ${s}`), { mismatch: 0, missing: 0 });
      assert.deepStrictEqual(conclusionOf(`Per MTUS guidelines. ${s}`, 'Overturned'), { mismatch: 1, missing: 0 });
    });
  }
  const positives = ['The request is medically necessary.', 'The request is medically necessary and appropriate.', 'The records support medical necessity.', 'Recommendation is for approval.'];
  for (const s of positives) {
    it(`"${s}" concludes necessary`, () => {
      assert.deepStrictEqual(conclusionOf(`Per MTUS guidelines. ${s}`, 'Overturned'), { mismatch: 0, missing: 0 });
      assert.deepStrictEqual(conclusionOf(`Per MTUS guidelines. ${s}`), { mismatch: 1, missing: 0 });
    });
  }
  it('a quoted guideline phrase earlier does not count when the last conclusion disagrees', () => {
    assert.deepStrictEqual(conclusionOf('MTUS: maintenance care is not medically necessary. Here the trial is medically necessary.', 'Overturned'), { mismatch: 0, missing: 0 });
  });
  it('"this medical necessity decision" is not a conclusion', () => {
    assert.deepStrictEqual(conclusionOf('Per MTUS the request is not medically necessary. This medical necessity decision addresses opioids.'), { mismatch: 0, missing: 0 });
  });
  it('is quiet on the five sample letters', function () {
    if (!HAS_SHARED) this.skip();
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(findings(readShared('samples', p), 'decision-rationale-mismatch'), [], p);
  });
});
