import { letter } from '../helpers';
import { expectFiresAndQuiet } from './ruleHelpers';

describe('missing-decision', () => {
  expectFiresAndQuiet('missing-decision', {
    fires: letter([{ heading: 'TENS unit', decision: null }]),
    quiet: letter([{ heading: 'TENS unit' }]),
  });
});
