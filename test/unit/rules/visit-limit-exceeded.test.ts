import * as assert from 'assert';
import { analyze } from '../../../src/core';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('visit-limit-exceeded', () => {
  expectFiresAndQuiet('visit-limit-exceeded', {
    fires: letter([{ heading: 'Massage therapy 2x6' }]),
    quiet: letter([{ heading: 'Massage therapy 2x3' }]),
  });
  it('visit limits: an additional request is held to the full course, a first one to the trial', () => {
    assert.strictEqual(findings(letter([{ heading: 'Chiropractic 2x4' }]), 'visit-limit-exceeded').length, 1);
    assert.strictEqual(findings(letter([{ heading: 'Additional chiropractic 2x4' }]), 'visit-limit-exceeded').length, 0);
    assert.strictEqual(findings(letter([{ heading: 'Additional chiropractic 2x10' }]), 'visit-limit-exceeded').length, 1);
  });
  it('visit limits: a rationale that states the limit and the excess settles the finding, wherever its lines break', () => {
    const said = 'The guidelines (MTUS) allow up to 6 visits; the request for 12 visits exceeds the guideline limit of 6 visits.';
    const withSentence = (rationale: string) => findings(letter([{ heading: 'Massage therapy 2x6', rationale }]), 'visit-limit-exceeded').length;
    assert.strictEqual(withSentence(`Per MTUS massage is limited. ${said} Therefore, the request is not medically necessary.`), 0);
    // Over lines, with a page footer between its words: the rationale as written has the words apart.
    assert.strictEqual(withSentence(`Per MTUS massage is limited. The request exceeds the\n\nPage 3 of 5\n\nguideline  limit of 6 visits. Therefore, the request is not medically necessary.`), 0);
    assert.strictEqual(withSentence('Per MTUS massage is limited; the request EXCEEDS THE GUIDELINE LIMIT OF 6 VISITS. Therefore, the request is not medically necessary.'), 0);
    // Another limit, or words that only look like it, do not.
    assert.strictEqual(withSentence('Per MTUS massage is limited; the request exceeds the guideline limit of 4 visits. Therefore, the request is not medically necessary.'), 1);
    assert.strictEqual(withSentence('Per MTUS the request exceeds the recommendation, within no limit. Therefore, the request is not medically necessary.'), 1);
  });
  it('visit limits: the message gives the request as written, the total, the limit and the citation', () => {
    const [f] = findings(letter([{ heading: 'Massage 2 times a week for 4 weeks' }]), 'visit-limit-exceeded');
    assert.match(f.message, /"2 times a week for 4 weeks" \(2 a week for 4 weeks = 8 visits\)/);
    assert.match(f.message, /Massage therapy Page\(s\): 60/);
    assert.match(f.message, /6 visits/);
  });
  it('visit limits are exceeded on 001 (electro-acupuncture 12, myofascial release 12) and 004 (myofascial release 16 twice, work hardening 12)', function () {
    if (!HAS_SHARED) this.skip();
    const titles = (p: string) => {
      const a = analyze(readShared('samples', p));
      return a.findings.filter((f) => f.rule === 'visit-limit-exceeded').map((f) => {
        const item = a.doc.items.find((i) => i.range.start.line <= f.range.start.line && f.range.start.line <= i.range.end.line)!;
        return [a.requests[item.index].treatment!.id, a.requests[item.index].visits];
      });
    };
    assert.deepStrictEqual(titles('001'), [['electro-acupuncture', 12], ['massage', 12]]);
    assert.deepStrictEqual(titles('004'), [['massage', 16], ['massage', 16], ['work-hardening', 12]]);
    assert.deepStrictEqual([...titles('000'), ...titles('002'), ...titles('003')], []);
  });
});
