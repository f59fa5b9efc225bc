import * as assert from 'assert';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'body-part-not-in-item';
const SUMMARY =
  'The injured worker is a 27 year old male injured in a fall on 10/13/16. The current diagnoses are documented as sprain of the cervical spine and thoracic strain. He has tenderness of the neck and upper back.';
const CERVICAL = 'Per ACOEM, imaging of the neck is supported with red flags or a neurologic deficit. None is documented. Therefore, the request for MRI of the cervical spine is not medically necessary.';
const two = (thoracicRationale: string, summary = SUMMARY) =>
  letter(
    [
      { heading: 'MRI of the cervical spine', rationale: CERVICAL },
      { heading: 'MRI of the thoracic spine', rationale: thoracicRationale },
    ],
    { summary },
  );
const count = (thoracicRationale: string, summary = SUMMARY) => findings(two(thoracicRationale, summary), ID).length;

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    // The thoracic item's rationale copied from the cervical one.
    fires: two(CERVICAL),
    quiet: two('Per ACOEM, imaging of the upper back is supported with red flags. None is documented. Therefore, the request for MRI of the thoracic spine is not medically necessary.'),
  });

  it('names the three places, with related information at the heading and at the other item', () => {
    const [f] = findings(two(CERVICAL), ID);
    assert.match(f.message, /heading: thoracic spine \(line \d+\); rationale: (?:neck|cervical spine) \(line \d+\); other item: cervical spine \(line \d+\)/);
    assert.strictEqual(f.related?.length, 2);
    assert.strictEqual(f.severity, 'information');
    assert.deepStrictEqual(f.fixes, []);
  });

  it('fires for the closing verdict on another item\'s body part, whatever the summary diagnoses', () => {
    const text = letter(
      [
        { heading: 'MRI of the lumbar spine', rationale: 'There are no red flags and no neurologic deficit. Therefore, the request for MRI of the left knee is not medically necessary.' },
        { heading: 'MRI of the left knee', rationale: 'The left knee has locking. The request is medically necessary.', decision: 'Overturned' },
      ],
      { summary: 'The injured worker is a 50 year old male. The current diagnoses are lumbar strain and left knee meniscal tear.' },
    );
    assert.strictEqual(findings(text, ID).length, 1);
  });

  it('gives up a body part discussed without a verdict on it: only what a closing verdict decides on counts', () => {
    const text = letter(
      [
        { heading: 'MRI of the lumbar spine', rationale: 'The left knee has locking and the left knee gives way. There are no red flags. The request is not medically necessary.' },
        { heading: 'MRI of the left knee', rationale: 'The left knee has locking. The request is medically necessary.', decision: 'Overturned' },
      ],
      { summary: 'The injured worker is a 50 year old male. The current diagnoses are lumbar strain and lumbar radiculopathy.' },
    );
    assert.strictEqual(findings(text, ID).length, 0);
  });

  it('is quiet when the rationale names its own body part, whatever else it mentions in passing', () => {
    assert.strictEqual(count('He also has neck pain from the fall. The thoracic spine has no red flags. Therefore, the request is not medically necessary.'), 0);
    assert.strictEqual(count('The neck and the back were tender. Imaging is not supported. Therefore, the request is not medically necessary.'), 0);
  });

  it('is quiet when the other body part is a diagnosis mentioned in passing, not what the verdict decides on', () => {
    assert.strictEqual(count('He has had cervical spine pain since the fall. There are no red flags. Therefore, the request is not medically necessary.'), 0);
  });

  it('is quiet for quoted text, a single item, and items whose headings name no body part', () => {
    assert.strictEqual(count('The guideline reads "MRI of the cervical spine is not recommended without red flags." Therefore, the request is not medically necessary.', 'The injured worker is a 27 year old male.'), 0);
    const single = letter([{ heading: 'MRI of the thoracic spine', rationale: CERVICAL }], { summary: SUMMARY });
    assert.deepStrictEqual(findings(single, ID), []);
    const noPart = letter(
      [
        { heading: 'MRI of the cervical spine', rationale: CERVICAL },
        { heading: 'Naproxen 550mg #60', rationale: 'NSAIDs help the neck pain. The request is medically necessary.', decision: 'Overturned' },
      ],
      { summary: SUMMARY },
    );
    assert.deepStrictEqual(findings(noPart, ID), []);
  });

  it('an item for a group of body parts owns its members: arm studies that speak of the cervical spine', () => {
    const text = letter(
      [
        { heading: 'MRI of the cervical spine', rationale: CERVICAL },
        { heading: 'EMG of the bilateral upper extremities', rationale: 'A cervical radiculopathy is suspected. The request is medically necessary.', decision: 'Overturned' },
      ],
      { summary: SUMMARY },
    );
    assert.deepStrictEqual(findings(text, ID), []);
  });
});
