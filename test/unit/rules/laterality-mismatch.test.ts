import * as assert from 'assert';
import { applyEdits, fixAllEdits } from '../../../src/core';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'laterality-mismatch';
const CLOSE = ' Therefore, the request is not medically necessary.';
const summaryOf = (body: string) => `The injured worker is a 40 year old female who sustained an industrial injury on 10/2/16. ${body}`;
const one = (heading: string, summary: string, rationale: string) => letter([{ heading, rationale: rationale + CLOSE }], { summary: summaryOf(summary) });
const count = (heading: string, summary: string, rationale: string) => findings(one(heading, summary, rationale), ID).length;

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: one('MRI of the left wrist', 'She complains of left wrist pain.', 'The right wrist has no red flags on examination.'),
    quiet: one('MRI of the left wrist', 'She complains of left wrist pain.', 'The left wrist has no red flags on examination.'),
  });

  it('names both places, points at the heading, and offers the heading\'s side (never in fix-all)', () => {
    const text = one('MRI of the left wrist', 'She complains of left wrist pain.', 'The right wrist has no red flags; the Right wrist was not splinted.');
    const [f] = findings(text, ID);
    assert.match(f.message, /heading: left wrist \(line \d+\); rationale: right wrist \(line \d+\)/);
    assert.strictEqual(f.related?.length, 1);
    assert.strictEqual(f.fixes.length, 1);
    assert.strictEqual(f.fixes[0].safe, false);
    assert.match(f.fixes[0].title, /2 places/);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.match(fixed, /The left wrist has no red flags; the Left wrist was not splinted\./);
    assert.deepStrictEqual(findings(fixed, ID), []);
    assert.deepStrictEqual(fixAllEdits(findings(text, ID)), []);
  });

  it('a finger on the other side than the hand of the heading and the summary', () => {
    assert.strictEqual(count('Physical therapy 12 sessions for the left hand', 'She fractured the left hand.', 'She had open reduction of the right ankle, right femur, and right fingers.'), 1);
    assert.strictEqual(count('MRI of the fingers of the right hand', 'Right hand pain.', 'The left fingers are stiff.'), 1);
  });

  it('the heading contradicts the case summary, which names only the other side', () => {
    const text = one('MRI of the left knee', 'She twisted her right knee. Diagnoses: right knee sprain. A request for MRI of the right knee was denied.', 'There are no red flags.');
    const [f] = findings(text, ID);
    assert.match(f.message, /heading: left knee \(line \d+\); case summary: right knee \(line \d+\)/);
    assert.match(f.fixes[0].title, /case summary \(3 places\)/);
    assert.strictEqual(count('EMG of the RUE', 'She reports LUE numbness.', 'No radiculopathy is documented.'), 1);
  });

  it('is quiet for bilateral items and items that name both sides', () => {
    assert.strictEqual(count('MRI of bilateral knees', 'Right knee pain.', 'The right knee is stable.'), 0);
    assert.strictEqual(count('Physical therapy for both knees', 'Right knee pain.', 'The right knee is stable.'), 0);
    assert.strictEqual(count('Physical therapy for the right and left knees', 'Right knee pain.', 'The right knee is stable.'), 0);
    assert.strictEqual(count('Physical therapy for the knees', 'Right knee pain.', 'The right knee is stable.'), 0);
    assert.strictEqual(count('EMG/NCV of the bilateral upper extremities', 'Left arm numbness.', 'The right upper extremity is normal.'), 0);
  });

  it('is quiet when the rationale names both sides, or the summary speaks of the other side too', () => {
    assert.strictEqual(count('MRI of the left knee', 'Left knee pain.', 'The left knee is painful, unlike the right knee.'), 0);
    assert.strictEqual(count('MRI of the left knee', 'Left knee pain; she had a right knee arthroscopy in 2010.', 'Her right knee surgery healed well.'), 0);
    assert.strictEqual(count('MRI of the left knee', 'Bilateral knee pain, left worse.', 'The right knee is stable.'), 0);
  });

  it('is quiet when another item is for the other side (both arms studied, one item each)', () => {
    const text = letter(
      [
        { heading: 'EMG of the left upper extremity', rationale: 'No radiculopathy is documented.' + CLOSE },
        { heading: 'EMG of the right upper extremity', rationale: 'No radiculopathy is documented.' + CLOSE },
      ],
      { summary: summaryOf('She reports pain in the left upper arm.') },
    );
    assert.deepStrictEqual(findings(text, ID), []);
  });

  it('is quiet for quoted text, another body part on the other side, and sides that are not a body part\'s', () => {
    assert.strictEqual(count('MRI of the left knee', 'Left knee pain.', 'The guideline reads: "MRI of the right knee is indicated for locking."'), 0);
    assert.strictEqual(count('MRI of the left wrist', 'Left wrist pain.', 'She also has right shoulder pain.'), 0);
    assert.strictEqual(count('MRI of the left wrist', 'Left wrist pain.', 'She is right-hand dominant.'), 0);
    assert.strictEqual(count('MRI of the left wrist', 'Left wrist pain.', 'She turned right. On the other hand, the wrist is stable.'), 0);
    assert.strictEqual(count('MRI of the left wrist', 'Left wrist pain.', 'The wrist is stable.'), 0);
    assert.strictEqual(count('MRI of the lumbar spine', 'Low back pain radiating to the right leg.', 'The left leg is normal.'), 0);
  });

  it('is quiet when the summary names the heading\'s body part without a side', () => {
    assert.strictEqual(count('MRI of the left knee', 'Knee pain after a fall.', 'There are no red flags.'), 0);
    assert.strictEqual(count('MRI of the left knee', '', 'There are no red flags.'), 0);
  });
});
