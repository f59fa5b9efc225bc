import * as assert from 'assert';
import { analyze } from '../../../src/core';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('missing-conclusion', () => {
  expectFiresAndQuiet('missing-conclusion', {
    fires: letter([{ heading: 'TENS unit', rationale: 'MTUS guidelines do not recommend TENS as a primary modality.' }]),
    quiet: letter([{ heading: 'TENS unit', rationale: 'MTUS guidelines do not recommend TENS. The request is not medically necessary.' }]),
  });
  it("sample 003's epidural item has no conclusion; 000's electro-acupuncture and 003's acupuncture conclude", function () {
    if (!HAS_SHARED) this.skip();
    const a = analyze(readShared('samples', '003'));
    const missing = a.findings.filter((f) => f.rule === 'missing-conclusion').map((f) => a.doc.items.find((i) => i.fields.rationale?.labelRange.start.line === f.range.start.line)!.title);
    assert.deepStrictEqual(missing, ['EPIDURAL STEROID INJECTIONS ,CERVICAL QUANTITY :1:00']);
    assert.deepStrictEqual(findings(readShared('samples', '000'), 'missing-conclusion'), []);
  });
});
