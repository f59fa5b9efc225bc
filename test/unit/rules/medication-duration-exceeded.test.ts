import * as assert from 'assert';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'medication-duration-exceeded';
const SILENT = 'Per MTUS this medication is not supported. Therefore, the request is medically necessary.';
const SILENT_UPHELD = 'There is no documentation of muscle spasm on examination. Therefore, the request is not medically necessary.';

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: letter([{ heading: 'Cyclobenzaprine 10mg one tablet three times daily #90', decision: 'Overturned', rationale: SILENT }]),
    quiet: letter([{ heading: 'Cyclobenzaprine 10mg one tablet three times daily #21', decision: 'Overturned', rationale: SILENT }]),
  });
  it('an Upheld item whose rationale is silent on the duration: one severity below', () => {
    const [f] = findings(letter([{ heading: 'Flexeril 10mg TID #90', decision: 'Upheld', rationale: SILENT_UPHELD }]), ID);
    assert.strictEqual(f.severity, 'information');
    assert.match(f.message, /a 30-day supply is beyond the 2 to 3 weeks the MTUS allows for muscle relaxants \(MTUS Chronic Pain Medical Treatment 2016, Section\(s\): Muscle relaxants \(for pain\)\)/);
  });
  it('a rationale that addresses the duration, in any of its wordings, settles it', () => {
    for (const said of ['not recommended for longer than 2 to 3 weeks', 'recommended for a short course only', 'long-term use is not supported', 'recommended for less than 3 weeks', 'chronic use is not recommended']) {
      assert.deepStrictEqual(findings(letter([{ heading: 'Flexeril 10mg TID #90', decision: 'Overturned', rationale: `Per MTUS it is ${said}. Therefore, the request is medically necessary.` }]), ID), [], said);
    }
  });
  it('without directions: the fewest days the quantity lasts at the labelled maximum dose a day', () => {
    const [f] = findings(letter([{ heading: 'Flexeril 10mg #90', decision: 'Overturned', rationale: SILENT }]), ID);
    assert.match(f.message, /#90 of 10mg, at least 30 days at the labelled maximum of 30 mg a day/);
    // 60 tablets of 10 mg last 20 days at 30 mg a day: within 3 weeks.
    assert.deepStrictEqual(findings(letter([{ heading: 'Flexeril 10mg #60', decision: 'Overturned', rationale: SILENT }]), ID), []);
  });
  it('refills count: each fill is another supply', () => {
    const [f] = findings(letter([{ heading: 'Tizanidine 4mg one tablet twice a day #20 with two refills', decision: 'Overturned', rationale: SILENT }]), ID);
    assert.match(f.message, /a 10-day supply with 2 refills/);
  });
  it('benzodiazepines (4 weeks, figure unverified) and stated durations', () => {
    const [f] = findings(letter([{ heading: 'Valium 5mg one at bedtime #30 x 6 weeks', decision: 'Overturned', rationale: SILENT }]), ID);
    assert.match(f.message, /42-day supply is beyond the 4 weeks \(not yet verified against the guideline text\)/);
  });
  it('classes without a duration, and topical compounds, are left alone', () => {
    assert.deepStrictEqual(findings(letter([{ heading: 'Naproxen 500mg BID #180', decision: 'Overturned', rationale: SILENT }]), ID), []);
    assert.deepStrictEqual(findings(letter([{ heading: 'Compound Cyclobenzaprine 5% cream, one application three times a day, 240 grams', decision: 'Overturned', rationale: SILENT }]), ID), []);
  });
  it('offers the guideline duration sentence, never as a safe fix', () => {
    const [f] = findings(letter([{ heading: 'Flexeril 10mg TID #90', decision: 'Overturned', rationale: SILENT }]), ID);
    assert.strictEqual(f.fixes[0].safe, false);
    assert.match(f.fixes[0].edits[0].newText, /muscle relaxants are recommended for no longer than 2 to 3 weeks; this request covers 30 days\./);
  });
});
