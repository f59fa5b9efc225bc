import * as assert from 'assert';
import { applyEdits, fixAllEdits } from '../../../src/core';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'quantity-mismatch';
const one = (heading: string, rationale: string) => letter([{ heading, maximus: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine.', rationale }]);
const count = (heading: string, rationale: string) => findings(one(heading, rationale), ID).length;
const MODIFIED =
  'Physical therapy 24 sessions was the original request. Physical therapy 6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy 18 sessions is';

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: one('Physical therapy 18 sessions', 'Guidelines allow 10 visits. Therefore, the request for 24 sessions of physical therapy is not medically necessary.'),
    quiet: one('Physical therapy 18 sessions', 'Guidelines allow 10 visits. Therefore, the request for 18 sessions of physical therapy is not medically necessary.'),
  });

  it('names both places, points at the heading, and offers the heading\'s number (never in fix-all)', () => {
    const text = one('Physical therapy 18 sessions', 'Guidelines allow 10 visits. Therefore, the request for 24 sessions of physical therapy is not medically necessary.');
    const [f] = findings(text, ID);
    assert.match(f.message, /heading: 18 sessions \(line \d+\); rationale: 24 sessions \(line \d+\)/);
    assert.strictEqual(f.related?.length, 1);
    assert.deepStrictEqual(f.fixes.map((x) => [x.title, x.safe]), [["Write 18, the heading's number", false]]);
    assert.match(applyEdits(text, f.fixes[0].edits), /the request for 18 sessions of physical therapy/);
    assert.deepStrictEqual(fixAllEdits(findings(text, ID)), []);
  });

  it('a modified request: the rationale decides on the original number instead of the remaining portion', () => {
    const text = letter([{ heading: MODIFIED, rationale: 'There is no documented improvement. Therefore, the request for 24 sessions is not medically necessary.' }]);
    const [f] = findings(text, ID);
    assert.match(f.message, /remaining portion under review\): heading: 18 sessions/);
    assert.strictEqual(count('Tramadol 50mg #60', 'There is no documented improvement. The request for Tramadol 50mg #90 is not medically necessary.'), 1);
    assert.strictEqual(count('Twelve acupuncture visits', 'The request for six acupuncture visits exceeds the trial.' + ' The request is not medically necessary.'), 1);
  });

  it('a modified request whose rationale speaks of the original course, not calling it the request, is quiet (QA review: the reason the remainder is denied)', () => {
    const said = (rationale: string) => findings(letter([{ heading: MODIFIED, rationale }]), ID).length;
    assert.strictEqual(said('There is no documented improvement. In addition, the 24 sessions are excessive. The request is not medically necessary.'), 0);
    assert.strictEqual(said('Up to 10 sessions may be appropriate but this original request was for 24 sessions which exceeds the guidelines and cannot be considered medically necessary. The request is not medically necessary.'), 0);
    assert.strictEqual(said('A request for an additional 24 sessions exceeds the guidelines. The request is not medically necessary.'), 1);
  });

  it('a modified request whose rationale names the original number outside its verdict is quiet', () => {
    const text = letter([
      {
        heading: MODIFIED,
        rationale: 'The original request was for 24 sessions, of which 6 were authorized by the prior reviewer. Therefore, the request for 18 sessions is not medically necessary.',
      },
    ]);
    assert.deepStrictEqual(findings(text, ID), []);
    const quoted = letter([{ heading: MODIFIED, rationale: `No improvement. Therefore, the request for "${MODIFIED.replace(/ is$/, '')}" is not medically necessary.` }]);
    assert.deepStrictEqual(findings(quoted, ID), []);
  });

  it('is quiet for the guideline\'s figures, visits done, and the counts the heading implies', () => {
    assert.strictEqual(count('Physical therapy 2x6', 'Guidelines allow up to 10 visits; the patient completed 8 sessions. The request exceeds the guideline recommendation of 10 visits. Therefore, the request for 12 sessions is not medically necessary.'), 0);
    assert.strictEqual(count('Physical therapy 2-3 times a week for 6 weeks', 'Therefore, the request for 12 sessions of physical therapy is not medically necessary.'), 0);
    assert.strictEqual(count('Physical therapy 2x6', 'Therefore, the request for physical therapy 2 sessions per week for 6 weeks is not medically necessary.'), 0);
    assert.strictEqual(count('Physical therapy 2x6', 'An initial trial of 6 visits is recommended. The previously authorized 6 sessions were not completed. The request is not medically necessary.'), 0);
    assert.strictEqual(count('Physical therapy 2x6', 'MTUS recommends 9-10 visits over 8 weeks, which the patient would exceed. The request is not medically necessary.'), 0);
  });

  it('is quiet when the heading has no count, or counts no visits or units', () => {
    assert.strictEqual(count('Physical therapy', 'Therefore, the request for 12 sessions of physical therapy is not medically necessary.'), 0);
    assert.strictEqual(count('Physical therapy for 6 weeks', 'Therefore, the request for 12 sessions of physical therapy is not medically necessary.'), 0);
  });
});
