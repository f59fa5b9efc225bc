import * as assert from 'assert';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'opioid-monitoring-not-addressed';
const SILENT = 'The patient continues to need this medication for chronic low back pain. Therefore, the request is medically necessary.';

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: letter([{ heading: 'Norco 10/325mg #60', decision: 'Overturned', rationale: SILENT }]),
    quiet: letter([{ heading: 'Norco 10/325mg #60', decision: 'Overturned', rationale: 'The records document 40% pain relief and improved walking tolerance. Therefore, the request is medically necessary.' }]),
  });
  it('any one of the things the MTUS asks for, in many wordings, settles it', () => {
    for (const said of [
      'pain went from 8/10 to 4/10',
      'the patient reports improved function and activities of daily living',
      'no side effects are reported',
      'a urine drug screen was consistent',
      'the CURES report was reviewed',
      'there is no aberrant behavior',
      'an opioid agreement is on file',
    ]) {
      assert.deepStrictEqual(findings(letter([{ heading: 'Tramadol 50mg #60', decision: 'Overturned', rationale: `${said}. Therefore, the request is medically necessary.` }]), ID), [], said);
    }
  });
  it('Upheld items, non-opioids and post-operative opioids are left alone', () => {
    assert.deepStrictEqual(findings(letter([{ heading: 'Norco 10/325mg #60', decision: 'Upheld', rationale: SILENT.replace('is medically', 'is not medically') }]), ID), []);
    assert.deepStrictEqual(findings(letter([{ heading: 'Naproxen 500mg #60', decision: 'Overturned', rationale: SILENT }]), ID), []);
    assert.deepStrictEqual(findings(letter([{ heading: 'Post-op Norco 5/325mg #30', decision: 'Overturned', rationale: SILENT }]), ID), []);
    assert.deepStrictEqual(findings(letter([{ heading: 'Norco 5/325mg #30', decision: 'Overturned', rationale: 'The medication is for pain after surgery. Therefore, the request is medically necessary.' }]), ID), []);
  });
  it('offers the monitoring requirements with a placeholder to complete, never as a safe fix', () => {
    const [f] = findings(letter([{ heading: 'Oxycodone 10mg #60', decision: 'Overturned', rationale: SILENT }]), ID);
    assert.strictEqual(f.fixes[0].safe, false);
    assert.match(f.fixes[0].edits[0].newText, /urine drug screen, CURES report\): <Insert what the records show>\.$/);
  });
});
