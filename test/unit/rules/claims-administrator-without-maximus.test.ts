import * as assert from 'assert';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('claims-administrator-without-maximus', () => {
  expectFiresAndQuiet('claims-administrator-without-maximus', {
    fires: letter([{ heading: 'MRI of the lumbar spine', maximus: null }]),
    quiet: letter([{ heading: 'MRI of the lumbar spine' }]),
  });
  it('is quiet on the five sample letters', function () {
    if (!HAS_SHARED) this.skip();
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(findings(readShared('samples', p), 'claims-administrator-without-maximus'), [], p);
  });
});
