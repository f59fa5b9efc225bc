import * as assert from 'assert';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('missing-guideline-citation', () => {
  expectFiresAndQuiet('missing-guideline-citation', {
    fires: letter([{ heading: 'Acupuncture 6 sessions', maximus: 'The Expert Reviewer did not base their decision on the MTUS.' }]),
    quiet: letter([{ heading: 'Acupuncture 6 sessions', maximus: 'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines.' }]),
  });
  it('the MAXIMUS "did not cite any medical evidence" counts as no citation', () => {
    assert.strictEqual(findings(letter([{ heading: 'TENS unit', maximus: 'The Expert Reviewer did not cite any medical evidence for its decision.' }]), 'missing-guideline-citation').length, 1);
  });
  it('an empty MAXIMUS guideline and one citing nothing are reported', () => {
    assert.strictEqual(findings(letter([{ heading: 'TENS unit', maximus: '' }]), 'missing-guideline-citation').length, 1);
    assert.strictEqual(findings(letter([{ heading: 'TENS unit', maximus: 'Decision based on my experience.' }]), 'missing-guideline-citation').length, 1);
  });
  it('a rationale that refers to no guideline is reported', () => {
    const f = findings(letter([{ heading: 'TENS unit', rationale: 'The patient feels better. The request is not medically necessary.' }]), 'missing-guideline-citation');
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /rationale .* refers to no guideline/);
  });
});
