import * as assert from 'assert';
import { analyze } from '../../../src/core';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const RULE = 'missing-conclusion';

describe('missing-conclusion', () => {
  expectFiresAndQuiet(RULE, {
    fires: letter([{ heading: 'TENS unit', rationale: 'MTUS guidelines do not recommend TENS as a primary modality.' }]),
    quiet: letter([{ heading: 'TENS unit', rationale: 'MTUS guidelines do not recommend TENS. The request is not medically necessary.' }]),
  });
  it("sample 003's epidural item has no conclusion; 000's electro-acupuncture and 003's acupuncture conclude", function () {
    if (!HAS_SHARED) this.skip();
    const a = analyze(readShared('samples', '003'));
    const missing = a.findings.filter((f) => f.rule === RULE).map((f) => a.doc.items.find((i) => i.fields.rationale?.labelRange.start.line === f.range.start.line)!.title);
    assert.deepStrictEqual(missing, ['EPIDURAL STEROID INJECTIONS ,CERVICAL QUANTITY :1:00']);
    assert.deepStrictEqual(findings(readShared('samples', '000'), RULE), []);
  });
  describe('a conclusion in other words concludes: nothing is reported', () => {
    for (const [decision, said] of [
      ['Upheld', 'Therefore, the request is not necessary.'],
      ['Upheld', 'As such, the request is not supported.'],
      ['Upheld', 'The request for TENS unit cannot be recommended at this time.'],
      ['Upheld', 'This request is therefore not indicated.'],
      ['Overturned', 'Therefore, the request is supported.'],
      ['Overturned', 'The request is appropriate and indicated.'],
    ]) {
      it(`${decision}: "${said}"`, () => {
        const text = letter([{ heading: 'TENS unit', decision, rationale: `Per MTUS a one-month trial is an option. ${said}` }]);
        assert.deepStrictEqual(findings(text, RULE), []);
      });
    }
  });
  it('a guideline sentence at the end is not a conclusion on the request', () => {
    const f = findings(letter([{ heading: 'Cervical ESI', rationale: 'MTUS guidelines do not recommend epidural injections for neck pain without radiculopathy.' }]), RULE);
    assert.strictEqual(f[0].severity, 'warning');
  });
});
