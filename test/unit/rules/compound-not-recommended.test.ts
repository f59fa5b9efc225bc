import * as assert from 'assert';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'compound-not-recommended';
const GENERAL = 'Topical analgesics are largely experimental and are recommended for neuropathic pain when trials of antidepressants and anticonvulsants have failed. Therefore, the request is not medically necessary.';

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: letter([{ heading: 'Ketoprofen 10%, Gabapentin 6%, Lidocaine 2% in cream base 120g', rationale: GENERAL }]),
    quiet: letter([{ heading: 'Ketoprofen 10%, Gabapentin 6%, Lidocaine 2% in cream base 120g', rationale: 'Gabapentin is not recommended as a topical. Therefore, the request is not medically necessary.' }]),
  });
  it('an Overturned compound with a non-recommended ingredient, whatever its rationale says', () => {
    const [f] = findings(letter([{ heading: 'Flurbiprofen 20%, Baclofen 5% in cream base', decision: 'Overturned', rationale: 'Baclofen helps. Therefore, the request is medically necessary.' }]), ID);
    assert.match(f.message, /contains baclofen, which the MTUS does not recommend as a topical .*yet the item is overturned/);
    assert.deepStrictEqual(f.fixes, []);
  });
  it('a kit compound of the lexicon (Ketophene: ketoprofen 20%)', () => {
    assert.strictEqual(findings(letter([{ heading: 'Ketophene 20% cream, 167 grams', rationale: GENERAL }]), ID).length, 1);
  });
  it('the request repeated in the closing sentence does not name the ingredient; the class of a muscle relaxant does', () => {
    const closing = (t: string) => `${GENERAL.replace(' Therefore, the request is not medically necessary.', '')} The request for ${t} is not medically necessary.`;
    assert.strictEqual(findings(letter([{ heading: 'Compound Ketoprofen 20%, 240 grams', rationale: closing('Compound Ketoprofen 20%, 240 grams') }]), ID).length, 1);
    assert.deepStrictEqual(findings(letter([{ heading: 'Cyclophene 5% cream', rationale: 'Muscle relaxants as topicals are not supported. Therefore, the request is not medically necessary.' }]), ID), []);
  });
  it('lidocaine counts only outside the patch; ingredients the MTUS allows do not count', () => {
    assert.strictEqual(findings(letter([{ heading: 'Compound lidocaine 5% cream', rationale: GENERAL }]), ID).length, 1);
    assert.deepStrictEqual(findings(letter([{ heading: 'Capsaicin 0.025%, Menthol 2% in cream base', rationale: GENERAL }]), ID), []);
    assert.deepStrictEqual(findings(letter([{ heading: 'Lidoderm 5% patch #30', rationale: GENERAL }]), ID), []);
  });
  it('offers the compounded-product sentence naming the ingredient (Upheld), never as a safe fix', () => {
    const [f] = findings(letter([{ heading: 'Gabapentin 10%, Cyclobenzaprine 6% in cream base', rationale: GENERAL }]), ID);
    assert.strictEqual(f.fixes[0].safe, false);
    assert.match(f.fixes[0].edits[0].newText, /this compound contains gabapentin and cyclobenzaprine, which are not recommended for topical use\.$/);
  });
});
