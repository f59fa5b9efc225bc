import { letter } from '../helpers';
import { expectFiresAndQuiet } from './ruleHelpers';

describe('missing-rationale', () => {
  expectFiresAndQuiet('missing-rationale', {
    fires: letter([{ heading: 'TENS unit', rationale: null }]),
    quiet: letter([{ heading: 'TENS unit' }]),
  });
});
