import * as assert from 'assert';
import { applyEdits, fixAllEdits } from '../../../src/core';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'pronoun-mismatch';
const CLOSE = ' Therefore, the request is not medically necessary.';
const FEMALE = 'The injured worker is a 44 year old female who sustained an industrial injury on 10/2/16. She complains of low back pain.';
const MALE = 'The injured worker is a 52 year old male who sustained an industrial injury on 10/2/16. He complains of low back pain.';
const one = (summary: string, rationale: string) => letter([{ heading: 'Physical therapy 2x4 for the lumbar spine', rationale: rationale + CLOSE }], { summary });
const count = (summary: string, rationale: string) => findings(one(summary, rationale), ID).length;

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: one(FEMALE, 'The patient did not improve with therapy. He had normal strength on exam.'),
    quiet: one(FEMALE, 'The patient did not improve with therapy. She had normal strength on exam.'),
  });

  it('names both places, points at the summary, and offers the pronouns of the summary\'s sex (never in fix-all)', () => {
    const text = one(FEMALE, 'The patient did not improve. He had normal strength and his gait was normal.');
    const [f] = findings(text, ID);
    assert.match(f.message, /"He" \(and 1 more in this rationale\).*case summary: female \(line \d+\); rationale: He \(line \d+\)/);
    assert.strictEqual(f.related?.length, 1);
    assert.strictEqual(f.fixes[0].safe, false);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.match(fixed, /She had normal strength and her gait was normal\./);
    assert.deepStrictEqual(findings(fixed, ID), []);
    assert.deepStrictEqual(fixAllEdits(findings(text, ID)), []);
  });

  it('"her" becomes "his" before a noun and "him" as an object', () => {
    const text = one(MALE, 'The claimant reported that her pain persists, and therapy did not help her.');
    const [f] = findings(text, ID);
    assert.match(applyEdits(text, f.fixes[0].edits), /that his pain persists, and therapy did not help him\./);
  });

  it('fires in the case summary itself, and right after the sentence that states the sex', () => {
    assert.strictEqual(count('The injured worker is a 44 year old female. The patient fell at work. His diagnoses include lumbar strain.', 'The patient did not improve.'), 1);
    assert.strictEqual(count('The claimant is a 59 year old female who was injured on 10/20/16. His diagnoses include epicondylitis.', 'The patient did not improve.'), 1);
    assert.strictEqual(count('This case involves a now 40-year-old woman with a history of a claim. The applicant says he cannot lift.', 'No change.'), 1);
  });

  it('never fires for "he/she", "his or her", "s/he", nor an author cited', () => {
    assert.strictEqual(count(FEMALE, 'The patient may continue therapy if he/she improves; his or her function is the measure; s/he should exercise.'), 0);
    assert.strictEqual(count(FEMALE, 'The patient has neck pain. Acupuncture helped in one study (He, 2004).'), 0);
  });

  it('never fires for others: the provider, the physician, relatives', () => {
    assert.strictEqual(count(FEMALE, 'The treating physician noted that he would order an MRI.'), 0);
    assert.strictEqual(count(FEMALE, 'The patient saw the provider. He recommended therapy.'), 0);
    assert.strictEqual(count(MALE, "The patient's wife reported that she helps him dress."), 0);
    assert.strictEqual(count(MALE, 'The requesting provider stated she would taper the medication.'), 0);
    assert.strictEqual(count(FEMALE, 'She said that he drove her to the clinic.'), 0);
  });

  it('never fires inside quotes, or where nobody plain is referred to', () => {
    assert.strictEqual(count(FEMALE, 'The guideline states "if he has not improved after 6 visits, stop."'), 0);
    assert.strictEqual(count(FEMALE, 'Guidelines recommend a home exercise program. He must comply.'), 0);
  });

  it('is quiet when the summary gives no sex, or gives both', () => {
    assert.strictEqual(count('The injured worker sustained an industrial injury on 10/2/16.', 'The patient did not improve. He had normal strength.'), 0);
    assert.strictEqual(count('The injured worker is a 44 year old female. The 44 year old male had a fall.', 'The patient did not improve. He had normal strength.'), 0);
  });
});
