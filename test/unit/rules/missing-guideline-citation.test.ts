import * as assert from 'assert';
import { analyze, applyEdits, completionsAt } from '../../../src/core';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const RULE = 'missing-guideline-citation';
const NO_EVIDENCE = 'The Expert Reviewer did not cite any medical evidence for its decision.';
const DENIED_WITH_SURGERY = 'As the requested surgical intervention is not medically necessary per the documentation, the requested ancillary service is not medically necessary.';

describe('missing-guideline-citation', () => {
  expectFiresAndQuiet(RULE, {
    fires: letter([{ heading: 'Acupuncture 6 sessions', maximus: 'The Expert Reviewer did not base their decision on the MTUS.' }]),
    quiet: letter([{ heading: 'Acupuncture 6 sessions', maximus: 'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines.' }]),
  });
  it('the MAXIMUS "did not cite any medical evidence" counts as no citation for a treatment decided on its own', () => {
    assert.strictEqual(findings(letter([{ heading: 'TENS unit', maximus: NO_EVIDENCE }]), RULE).length, 1);
    assert.strictEqual(findings(letter([{ heading: 'Associated surgical service: Cold therapy unit', maximus: NO_EVIDENCE, rationale: 'Per ODG cold therapy is an option for 7 days after surgery. The request is not medically necessary.' }]), RULE).length, 1);
  });
  it('an empty MAXIMUS guideline and one citing nothing are reported', () => {
    assert.strictEqual(findings(letter([{ heading: 'TENS unit', maximus: '' }]), RULE).length, 1);
    assert.strictEqual(findings(letter([{ heading: 'TENS unit', maximus: 'Decision based on my experience.' }]), RULE).length, 1);
  });

  describe('an ancillary service of a surgery, decided with it, cites no evidence of its own: the standard MAXIMUS form', () => {
    const ANCILLARY: Array<[heading: string, decision: 'Upheld' | 'Overturned', rationale: string]> = [
      ['Associated surgical service: Shoulder sling', 'Upheld', DENIED_WITH_SURGERY],
      ['Pre-op clearance', 'Upheld', DENIED_WITH_SURGERY],
      ['Labs to include: CBC', 'Upheld', 'Since the proposed surgery has not been certified, the associated pre-operative labs are not medically necessary.'],
      ['Assistant surgeon', 'Upheld', 'The surgical procedure was not medically necessary; therefore the associated request is not medically necessary either.'],
      ['Post-op physical therapy 2 times a week for 4 weeks', 'Upheld', 'Because the requested surgery is not supported, the post-operative therapy is not medically necessary.'],
      ['Associated surgical service: Assistant surgeon', 'Overturned', 'As the requested surgical intervention is medically necessary, the associated service is medically necessary.'],
    ];
    for (const [heading, decision, rationale] of ANCILLARY) {
      it(`${heading}: ${decision}`, () => assert.deepStrictEqual(findings(letter([{ heading, decision, ca: 'The Claims Administrator did not cite any medical evidence for its decision.', maximus: NO_EVIDENCE, rationale }]), RULE), []));
    }
    it('but not the surgery itself', () => {
      const surgery = letter([{ heading: 'Right shoulder arthroscopy', decision: 'Overturned', maximus: NO_EVIDENCE, rationale: 'Given the failed conservative care, the requested surgical intervention is medically necessary.' }]);
      assert.strictEqual(findings(surgery, RULE).length, 1);
    });
  });

  describe('a source named otherwise than by the usual guideline names is a citation', () => {
    for (const source of [
      'http://www.example.org/inpatient-rehabilitation-criteria, https://example.com/rehab',
      'Smith J, et al. Outcomes of inpatient rehabilitation after foot fracture.',
      'American Academy of Orthopaedic Surgeons, Management of Hip Fractures in the Elderly.',
      'AAOS Clinical Practice Guideline on the treatment of osteoarthritis of the knee.',
      'Journal of Bone and Joint Surgery, 2015, volume 97.',
    ]) {
      it(source, () => {
        const maximus = `The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ${source}`;
        assert.deepStrictEqual(findings(letter([{ heading: 'Inpatient rehabilitation 7 days', maximus }]), RULE), []);
      });
    }
    it('a topic alone is not', () => {
      const maximus = 'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Low Back (Hyperstimulation analgesia).';
      assert.strictEqual(findings(letter([{ heading: 'Hyperstimulation analgesia', maximus }]), RULE).length, 1);
    });
  });

  it('a rationale that names no guideline is reported with the MAXIMUS line that cites none, and not beside a citation', () => {
    const silent = 'The patient feels better. The request is not medically necessary.';
    const f = findings(letter([{ heading: 'TENS unit', maximus: NO_EVIDENCE, rationale: silent }]), RULE);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /cites no medical evidence, and the rationale refers to no guideline either/);
    assert.deepStrictEqual(findings(letter([{ heading: 'MRI of the lumbar spine', maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', rationale: silent }]), RULE), []);
  });

  it('no citation the completion offers on a MAXIMUS line is an error', () => {
    let offered = 0;
    for (const [heading, rationale] of [
      ['Massage therapy 2x6', 'Massage is an adjunct to exercise. The request is not medically necessary.'],
      ['Associated surgical service: Cold therapy unit', DENIED_WITH_SURGERY],
      ['Pre-op clearance', ''],
    ]) {
      const text = letter([{ heading, maximus: '', rationale }]);
      const line = text.split('\n').findIndex((l) => l.startsWith('MAXIMUS guideline:'));
      for (const c of completionsAt(analyze(text), { line, character: 'MAXIMUS guideline: '.length })) {
        const inserted = applyEdits(text, [{ range: c.range, newText: c.snippet ? c.insertText.replace(/\$\{\d+:([^}]*)\}/g, '$1') : c.insertText }]);
        const errors = analyze(inserted).findings.filter((x) => x.rule === RULE);
        assert.deepStrictEqual(errors.map((x) => x.message), [], `${heading}: ${c.label}`);
        offered++;
      }
    }
    assert.ok(offered > 60, `${offered} completions checked`);
  });
});
