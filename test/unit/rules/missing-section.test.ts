import * as assert from 'assert';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('missing-section', () => {
  expectFiresAndQuiet('missing-section', {
    fires: letter([{ heading: 'TENS unit' }]).replace('CLINICAL CASE SUMMARY\n', ''),
    quiet: letter([{ heading: 'TENS unit' }]),
  });
  it('is quiet on the five sample letters', function () {
    if (!HAS_SHARED) this.skip();
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(findings(readShared('samples', p), 'missing-section'), [], p);
  });
});
