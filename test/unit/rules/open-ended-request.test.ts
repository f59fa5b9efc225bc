import { letter } from '../helpers';
import { expectFiresAndQuiet } from './ruleHelpers';

describe('open-ended-request', () => {
  expectFiresAndQuiet('open-ended-request', {
    fires: letter([{ heading: 'Acupuncture for the low back' }]),
    quiet: letter([{ heading: 'Acupuncture 6 sessions for the low back' }]),
  });
});
