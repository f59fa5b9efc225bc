import * as assert from 'assert';
import { analyze, applyEdits, builtinKnowledgeBase, RATIONALES, rationaleSnippet, visitLimit } from '../../../src/core';
import { limitSentence } from '../../../src/core/rules/visitLimitExceeded';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const RULE = 'visit-limit-exceeded';
const CONCLUDES_NOT = 'Therefore, the request is not medically necessary.';
const CONCLUDES = 'Therefore, the request is medically necessary.';

/** The findings on one item: heading, decision, rationale. */
function on(heading: string, decision: 'Upheld' | 'Overturned', rationale: string) {
  return findings(letter([{ heading, decision, rationale }]), RULE);
}

describe('visit-limit-exceeded', () => {
  expectFiresAndQuiet(RULE, {
    fires: letter([{ heading: 'Massage therapy 2x6', decision: 'Overturned', rationale: `Per MTUS massage is an adjunct to exercise, which the patient does. ${CONCLUDES}` }]),
    quiet: letter([{ heading: 'Massage therapy 2x3', decision: 'Overturned', rationale: `Per MTUS massage is an adjunct to exercise, which the patient does. ${CONCLUDES}` }]),
  });

  describe('a denial whose rationale states the excess, in the reviewer\'s own words, is settled', () => {
    const silent = `Per MTUS massage is an option as an adjunct to exercise. The records show no home exercise program. ${CONCLUDES_NOT}`;
    it('and one silent about it is an information note', () => {
      const f = on('Massage therapy 2x6', 'Upheld', silent);
      assert.strictEqual(f.length, 1);
      assert.strictEqual(f[0].severity, 'information');
      assert.match(f[0].message, /the rationale does not say so/);
    });
    const WORDINGS = [
      'The request for 12 sessions exceeds the guideline recommendation.',
      'The 12 visits requested will exceed the MTUS recommended maximum.',
      'Twelve sessions go beyond guideline recommendations for massage.',
      'The number of visits asked for is in excess of what the guidelines support.',
      'The requested duration exceeds the guidelines.',
      'The request exceeds the initial trial the MTUS allows.',
      'Twelve visits is an excessive number of sessions for an adjunct treatment.',
      'This is more than the guidelines recommend for massage.',
      'The requested quantity falls outside the recommended guidelines.',
      'The request is above the recommended number of visits.',
      'THE REQUEST EXCEEDS THE GUIDELINE LIMIT OF 6 VISITS.',
      'MTUS limits massage to 4-6 visits in most cases, and 12 were asked for.',
      'The guidelines support up to six sessions; the provider asked for twelve.',
    ];
    for (const w of WORDINGS) it(`"${w}"`, () => assert.deepStrictEqual(on('Massage therapy 2x6', 'Upheld', `Per MTUS massage is an adjunct to exercise. ${w} ${CONCLUDES_NOT}`), []));
    it('over lines and a page footer', () => {
      assert.deepStrictEqual(on('Massage therapy 2x6', 'Upheld', `Per MTUS massage is limited. The request exceeds the\n\nPage 3 of 5\n\nguideline  limit of 6 visits. ${CONCLUDES_NOT}`), []);
    });
    it('but not an "exceeds" of something else, nor a guideline quoted on when visits exceed', () => {
      assert.strictEqual(on('Massage therapy 2x6', 'Upheld', `Per MTUS massage is an adjunct to exercise. Her pain exceeds 7/10 most days. ${CONCLUDES_NOT}`).length, 1);
      assert.strictEqual(on('Massage therapy 2x6', 'Upheld', `The ODG says "when treatment duration and/or number of visits exceeds the guideline, exceptional factors should be noted." No home program is documented. ${CONCLUDES_NOT}`).length, 1);
      assert.strictEqual(on('Massage therapy 2x6', 'Upheld', `Per MTUS massage is an adjunct. She has had pain for more than six months. ${CONCLUDES_NOT}`).length, 1);
    });
  });

  describe('an approval beyond the limit must say why', () => {
    it('without a stated exception it is a warning, even with the excess stated', () => {
      for (const r of [`Per MTUS massage is an adjunct to exercise. ${CONCLUDES}`, `The request exceeds the guideline limit of 6 visits. ${CONCLUDES}`]) {
        const f = on('Massage therapy 2x6', 'Overturned', r);
        assert.strictEqual(f.length, 1, r);
        assert.strictEqual(f[0].severity, 'warning');
        assert.match(f[0].message, /approves it without saying why/);
        assert.deepStrictEqual(f[0].fixes, [], 'the reason is the reviewer\'s to write');
      }
    });
    const EXCEPTIONS = [
      'Exceptional factors are documented: she returned to full duty with the first course.',
      'There are extenuating circumstances: a second injury to the same region in March.',
      'The records document objective functional improvement with the prior course.',
      'She has had a flare-up of her low back pain after lifting at work.',
      'The exacerbation of symptoms in January warrants a further course.',
      'This is a post-operative course after the repair of her rotator cuff.',
      'The treating physician explains why a home program alone is not sufficient now.',
      'The patient reported benefit from previous sessions, with better sleep and sitting tolerance.',
      'Range of motion and strength improved with the treatment, and the patient responded well.',
      'Six more visits will allow a transition to an independent home exercise program.',
      'She has made measurable progress toward her work goals.',
    ];
    for (const e of EXCEPTIONS) it(`"${e}"`, () => assert.deepStrictEqual(on('Massage therapy 2x6', 'Overturned', `The request exceeds the guideline recommendation. ${e} ${CONCLUDES}`), []));
    it('nor when the guideline the reviewer cites allows as many ("up to 24 visits")', () => {
      assert.deepStrictEqual(on('Physical therapy 2x6', 'Overturned', `The ODG allows up to 12 visits over 8 weeks for a knee sprain. ${CONCLUDES}`), []);
    });
    it('but not an exception denied, nor one only quoted from the guideline', () => {
      assert.strictEqual(on('Massage therapy 2x6', 'Overturned', `There is no documented functional improvement with prior massage. ${CONCLUDES}`).length, 1);
      assert.strictEqual(on('Massage therapy 2x6', 'Overturned', `There is a lack of objective improvement in function. ${CONCLUDES}`).length, 1);
      assert.strictEqual(on('Massage therapy 2x6', 'Overturned', `The MTUS says "treatments may be extended if functional improvement is documented." ${CONCLUDES}`).length, 1);
    });
  });

  describe('visits already done or authorized count', () => {
    const PT = 'Physical therapy 2 times a week for 3 weeks';
    const PRIORS = [
      'The injured worker has completed 8 sessions of physical therapy.',
      'She was approved for 6 prior sessions with little change.',
      'He has had 12 sessions of physical therapy to date.',
      'The patient has attended eight physical therapy visits so far.',
      'Six sessions were completed in December.',
    ];
    for (const p of PRIORS) {
      it(`"${p}"`, () => {
        const f = on(PT, 'Overturned', `Per MTUS physical medicine allows 9-10 visits. ${p} ${CONCLUDES}`);
        assert.strictEqual(f.length, 1);
        assert.match(f[0].message, /after \d+ already done or authorized \(\d+ in all\)/);
      });
    }
    it('the sum is shown, and without prior visits 6 are within the 10 of physical medicine', () => {
      const [f] = on(PT, 'Overturned', `Per MTUS physical medicine allows 9-10 visits. The injured worker has completed 8 sessions. ${CONCLUDES}`);
      assert.match(f.message, /\(2 a week for 3 weeks = 6 visits\), after 8 already done or authorized \(14 in all\)/);
      assert.deepStrictEqual(on(PT, 'Overturned', `Per MTUS physical medicine allows 9-10 visits. ${CONCLUDES}`), []);
    });
    it('not the visits of another treatment, nor prior visits denied', () => {
      assert.deepStrictEqual(on(PT, 'Overturned', `She has completed 8 sessions of acupuncture without benefit. ${CONCLUDES}`), []);
      assert.strictEqual(analyze(letter([{ heading: 'Chiropractic 2x4', rationale: `There was no prior chiropractic care. ${CONCLUDES_NOT}` }])).requests[0].continuation, false);
    });
    it('the visits the Claims Administrator authorised in a modified request', () => {
      const heading =
        'Physical therapy for the neck twelve sessions was the original request. Physical therapy for the neck six sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy for the neck six sessions is';
      const text = letter([{ heading, decision: 'Overturned', rationale: `Per MTUS physical medicine allows 9-10 visits. ${CONCLUDES}` }]);
      const a = analyze(text);
      assert.deepStrictEqual([a.requests[0].visits, a.requests[0].originalVisits, a.requests[0].authorizedVisits, a.requests[0].priorVisits], [6, 12, 6, 6]);
      assert.match(findings(text, RULE)[0].message, /after 6 already done or authorized \(12 in all\)/);
    });
    it('a continuation after a documented course is held to the full course, not the initial trial', () => {
      const chiro = 'Chiropractic 2 times a week for 6 weeks';
      assert.strictEqual(on(chiro, 'Overturned', `Per MTUS manipulation is an option for low back pain. ${CONCLUDES}`).length, 1, '12 exceed the trial of 6');
      assert.deepStrictEqual(on(chiro, 'Overturned', `Per MTUS manipulation is an option. She was previously treated with chiropractic care. ${CONCLUDES}`), []);
      // Acupuncture has no total beyond its trial: further visits rest on functional improvement alone.
      assert.deepStrictEqual(on('Acupuncture 2x6', 'Upheld', `The patient had prior acupuncture without documented improvement. ${CONCLUDES_NOT}`), []);
      assert.deepStrictEqual(on('Additional acupuncture 2x6', 'Upheld', `No improvement is documented. ${CONCLUDES_NOT}`), []);
    });
  });

  describe('the case summary tells of a course given before: the initial trial no longer applies', () => {
    const silent = `Per MTUS acupuncture is an option when medication is not tolerated. ${CONCLUDES_NOT}`;
    const withSummary = (summary: string, heading = 'Acupuncture 2x6') =>
      findings(letter([{ heading, rationale: silent }]).replace('The patient is a 50 year old male injured on 1/2/12.', summary), RULE).length;
    it('told in several ways', () => {
      assert.strictEqual(withSummary('Treatment to date has included medication, acupuncture and a home exercise program.'), 0);
      assert.strictEqual(withSummary('She completed a course of acupuncture in 2015 with some relief.'), 0);
      assert.strictEqual(withSummary('He was previously treated with acupuncture.'), 0);
    });
    it('but not the request, a course denied, another treatment, nor a heading that asks for the first course', () => {
      assert.strictEqual(withSummary('The provider requested acupuncture twice a week.'), 1);
      assert.strictEqual(withSummary('She has not had acupuncture before.'), 1);
      assert.strictEqual(withSummary('Treatment to date has included chiropractic care and medication.'), 1);
      assert.strictEqual(withSummary('Treatment to date has included acupuncture.', 'Initial trial of acupuncture 2x6'), 1);
    });
  });

  describe('post-surgical physical medicine is held to the post-surgical guidelines, never the chronic-pain figures', () => {
    const r = `Per the guidelines therapy is indicated after the procedure. ${CONCLUDES}`;
    for (const heading of [
      'Post-op physical therapy 2 times a week for 6 weeks',
      'Postoperative physical therapy x 18 for the right knee',
      'Physical therapy 2x8 status post ORIF of the right ankle',
      'Physical therapy 3x4 following arthroscopy of the left shoulder',
      'Associated surgical service: Physical therapy, times 12',
    ]) {
      it(heading, () => {
        assert.deepStrictEqual(on(heading, 'Overturned', r), []);
        assert.strictEqual(analyze(letter([{ heading, decision: 'Overturned', rationale: r }])).requests[0].treatment!.id, 'postsurgical-pt');
      });
    }
    it('so is physical therapy whose MAXIMUS guideline cites the Postsurgical Treatment Guidelines', () => {
      const text = letter([{ heading: 'PT/OT 18 sessions left hand', decision: 'Overturned', maximus: 'Decision based on MTUS Postsurgical Treatment 2009, Section(s): Forearm, Wrist, & Hand.', rationale: r }]);
      assert.deepStrictEqual(findings(text, RULE), []);
    });
    it('with the surgery named, its own figures apply', () => {
      const [f] = on('Post-operative physical therapy after carpal tunnel release, 12 visits', 'Overturned', r);
      assert.match(f.message, /Postsurgical Treatment Guidelines, Carpal Tunnel Syndrome/);
    });
  });

  it('an ancillary service of a denied surgery is decided with the surgery: nothing to say of its visits', () => {
    const r = 'As the requested surgical intervention is not medically necessary, the requested ancillary service is not medically necessary.';
    assert.deepStrictEqual(on('Associated surgical service: Physical therapy x 24', 'Upheld', r), []);
    assert.deepStrictEqual(on('Post-op physical therapy 12-18 sessions', 'Upheld', r), []);
  });

  it('the message gives the request as written, the total, a range\'s upper bound, a sum, the limit and the citation', () => {
    const [f] = on('Massage 2 times a week for 4 weeks', 'Overturned', CONCLUDES);
    assert.match(f.message, /"2 times a week for 4 weeks" \(2 a week for 4 weeks = 8 visits\)/);
    assert.match(f.message, /Massage therapy Page\(s\): 60, which allows 6 visits/);
    const [range] = on('Physical therapy 2-3 times a week for 6 weeks', 'Overturned', CONCLUDES);
    assert.match(range.message, /\(up to 3 a week for 6 weeks = 18 visits, the upper bound of the range\)/);
    const [sum] = on('two physical therapy sessions for the neck and ten physical therapy sessions for the left wrist', 'Overturned', CONCLUDES);
    assert.match(sum.message, /\(12 visits in all\)/);
  });

  describe('its fix', () => {
    it('puts the limit sentence before the conclusion, and settles the finding', () => {
      const text = letter([{ heading: 'Massage therapy 2x6', rationale: `Per MTUS massage is an adjunct to exercise. ${CONCLUDES_NOT}` }]);
      const [f] = findings(text, RULE);
      const fixed = applyEdits(text, f.fixes[0].edits);
      assert.match(fixed, /adjunct to exercise\. The guidelines \(MTUS Chronic Pain Treatment Guidelines Massage therapy Page\(s\): 60\) allow up to 6 visits; the request for 12 visits exceeds the guideline limit of 6 visits\. Therefore, the request is not medically necessary\.\n/);
      assert.deepStrictEqual(findings(fixed, RULE), []);
      assert.strictEqual(f.fixes[0].safe, false);
    });
    it('appends it to a rationale with no conclusion', () => {
      const text = letter([{ heading: 'Massage therapy 2x6', rationale: 'Per MTUS massage is an adjunct to exercise.' }]);
      const fixed = applyEdits(text, findings(text, RULE)[0].fixes[0].edits);
      assert.match(fixed, /adjunct to exercise\. The guidelines .* exceeds the guideline limit of 6 visits\.\n/);
    });
  });

  it("the extension's limit sentence and standard paragraphs settle the finding of their treatment", () => {
    const kb = builtinKnowledgeBase();
    let checked = 0;
    for (const spec of RATIONALES) {
      const heading = `${spec.description.split(':')[0]} 3 times a week for 10 weeks`;
      const request = analyze(letter([{ heading }])).requests[0];
      const limit = visitLimit(request, kb);
      if (!limit || request.treatment?.id !== spec.treatment) continue;
      const body = rationaleSnippet(spec, kb, { title: heading, decision: 'Upheld' })!;
      // The snippet as completed: each tab stop's default, each choice's first option that is not a prompt.
      const inserted = body.replace(/\$\{\d+\|<[^>|]*>,/g, '${0|').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '').replace(/\\([$}\\])/g, '$1');
      assert.deepStrictEqual(findings(letter([{ heading, rationale: inserted }]), RULE), [], spec.prefix);
      assert.deepStrictEqual(findings(letter([{ heading, rationale: `Per MTUS. ${limitSentence(30, limit)} ${CONCLUDES_NOT}` }]), RULE), [], `${spec.prefix}: the limit sentence`);
      checked++;
    }
    assert.ok(checked >= 6, `${checked} paragraphs checked`);
  });

  it('on the samples: none is left where the rationales state the excess (001, 004)', function () {
    if (!HAS_SHARED) this.skip();
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(findings(readShared('samples', p), RULE), [], p);
  });
});
