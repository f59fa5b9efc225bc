import * as assert from 'assert';
import { analyze, applyEdits, builtinKnowledgeBase, fixAllEdits } from '../../../src/core';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'citation-body-part-mismatch';
const mtus = (chapter: string) => `Decision based on MTUS ${chapter}, Section(s): Special Studies.`;
const odg = (chapter: string) => `The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ${chapter}.`;
const item = (heading: string, maximus: string) => letter([{ heading, maximus, rationale: 'Imaging is not supported without red flags. Therefore, the request is not medically necessary.' }]);
const count = (heading: string, maximus: string) => findings(item(heading, maximus), ID).length;

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: item('MRI of the right knee', mtus('Low Back Complaints 2004')),
    quiet: item('MRI of the right knee', mtus('Knee Complaints 2004')),
  });

  it('names both places, points at the heading, and offers the knee chapter (never in fix-all)', () => {
    const text = item('MRI of the right knee', mtus('Low Back Complaints 2004'));
    const [f] = findings(text, ID);
    assert.match(f.message, /heading: right knee \(line \d+\); MAXIMUS guideline: Low Back Complaints \(line \d+\)/);
    assert.strictEqual(f.related?.length, 1);
    assert.deepStrictEqual(f.fixes.map((x) => [x.title, x.safe]), [['Cite MTUS Knee Complaints 2004 instead', false]]);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.match(fixed, /Decision based on MTUS Knee Complaints 2004, Section\(s\): Special Studies\./);
    assert.deepStrictEqual(findings(fixed, ID), []);
    assert.deepStrictEqual(fixAllEdits(findings(text, ID)), []);
  });

  it('fires for the body-part chapters of every kind of citation', () => {
    assert.strictEqual(count('MRI of the cervical spine', mtus('Low Back Complaints 2004')), 1);
    assert.strictEqual(count('Right shoulder arthroscopy', mtus('Knee Complaints 2004')), 1);
    assert.strictEqual(count('MRI of the left wrist', mtus('Elbow Complaints 2007')), 1);
    assert.strictEqual(count('X-ray of the right foot', mtus('Shoulder Complaints 2004')), 1);
    assert.strictEqual(count('EMG of the left upper extremity', mtus('Low Back Complaints 2004')), 1);
    assert.strictEqual(count('MRI of the left shoulder', odg('Knee & Leg (Acute & Chronic), MRI')), 1);
    assert.strictEqual(count('Physical therapy for the lumbar spine 2 times a week for 3 weeks', odg('Shoulder, Physical therapy')), 1);
  });

  it('the 2009 citation style: the ACOEM chapter number is replaced with the name, and the pages are left to check', () => {
    const text = item('X-rays of the lumbar spine', 'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 182.');
    const [f] = findings(text, ID);
    assert.strictEqual(f.fixes[0].title, 'Cite MTUS Low Back Complaints 2004 instead (check the pages cited)');
    assert.match(applyEdits(text, f.fixes[0].edits), /MTUS ACOEM Chapter 12 Low Back Complaints Page\(s\): 182\./);
  });

  it('one fix per chapter that covers the heading, and the ODG chapter by its name', () => {
    const forearm = findings(item('MRI of the left forearm', mtus('Knee Complaints 2004')), ID)[0];
    assert.deepStrictEqual(forearm.fixes.map((x) => x.title), ['Cite MTUS Elbow Complaints 2007 instead', 'Cite MTUS Forearm, Wrist, and Hand Complaints 2004 instead']);
    const text = item('MRI of the left shoulder', odg('Knee & Leg (Acute & Chronic), MRI'));
    const [f] = findings(text, ID);
    assert.match(applyEdits(text, f.fixes[0].edits), /\(ODG\) Shoulder \(Acute & Chronic\), MRI\./);
  });

  it('is quiet when a chapter cited covers the heading, or none names a body part', () => {
    assert.strictEqual(count('MRI of the right knee', 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, and Knee Complaints 2004, Section(s): Special Studies.'), 0);
    assert.strictEqual(count('MRI of the right knee', 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine.'), 0);
    assert.strictEqual(count('MRI of the right knee', 'Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment.'), 0);
    assert.strictEqual(count('Pre-op labs: CBC', odg('Low Back, Preoperative lab testing')), 0);
    assert.strictEqual(count('Transportation to all medical appointments', odg('Knee/ Transportation')), 0);
    assert.strictEqual(count('Naproxen 550mg #60', mtus('Neck and Upper Back Complaints 2004')), 0);
  });

  it('is quiet when the heading names several body parts that no one chapter covers', () => {
    assert.strictEqual(count('Physical therapy 3 times a week for 4 weeks for the lumbar spine and left shoulder', mtus('Low Back Complaints 2004')), 0);
    assert.strictEqual(count('MRI of neck and right hand without contrast', mtus('Neck and Upper Back Complaints 2004')), 0);
    assert.strictEqual(count('Physical therapy for the right shoulder, elbow and wrist', mtus('Shoulder Complaints 2004')), 0);
    // Several parts of one chapter are one region: the wrist and the hand.
    assert.strictEqual(count('Chiropractic for the left wrist/hand', mtus('Low Back Complaints 2004')), 1);
    assert.strictEqual(count('Chiropractic for the left wrist/hand', mtus('Forearm, Wrist, and Hand Complaints 2004')), 0);
  });

  it('is quiet where reviewers use either chapter: the thoracic spine, the arms and legs for electrodiagnosis, the back', () => {
    assert.strictEqual(count('MRI of the thoracic spine', mtus('Low Back Complaints 2004')), 0);
    assert.strictEqual(count('MRI of the thoracic spine', mtus('Neck and Upper Back Complaints 2004')), 0);
    assert.strictEqual(count('EMG of the left upper extremity', mtus('Neck and Upper Back Complaints 2004')), 0);
    assert.strictEqual(count('NCS/EMG RUE', mtus('Shoulder Complaints 2004')), 0);
    assert.strictEqual(count('EMG/NCV of the lower extremities', mtus('Low Back Complaints 2004')), 0);
    assert.strictEqual(count('Back support', mtus('Low Back Complaints 2004')), 0);
    assert.strictEqual(count('Electroacupuncture 2x6 to the L4-5 and L5-S1 levels', mtus('Low Back Complaints 2004')), 0);
  });

  it('is quiet for a body part with no chapter of that source, and for words that only look like one', () => {
    // The MTUS of 2004 has no hip chapter: reviewers cite the low back or the knee for it.
    assert.strictEqual(count('MRI of the left hip', mtus('Low Back Complaints 2004')), 0);
    assert.strictEqual(count('1 knee scooter', mtus('Ankle and Foot Complaints 2004')), 0);
    assert.strictEqual(count('Evaluation after an 8 foot fall', mtus('Low Back Complaints 2004')), 0);
  });

  it('a guidelines file can add a chapter: a hip chapter makes the hip under Low Back a finding', () => {
    const { base, problems } = builtinKnowledgeBase().withOverrides(
      { chapters: [{ id: 'mtus-hip', source: 'MTUS', name: 'Hip and Groin Disorders', citation: 'MTUS Hip and Groin Disorders 2019', patterns: ['Hip\\s+and\\s+Groin'], covers: ['hip'] }] },
      'imr-guidelines.json',
    );
    assert.deepStrictEqual(problems, []);
    const text = item('MRI of the left hip', mtus('Low Back Complaints 2004'));
    const f = analyze(text, { kb: base }).findings.filter((x) => x.rule === ID);
    assert.deepStrictEqual(f.map((x) => x.fixes.map((y) => y.title)), [['Cite MTUS Hip and Groin Disorders 2019 instead']]);
  });
});
