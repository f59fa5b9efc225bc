import * as assert from 'assert';
import { analyze, applyEdits, builtinKnowledgeBase, Finding } from '../../../src/core';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'misquoted-guideline';
const CHIRO_MAXIMUS = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.';
const PT_MAXIMUS = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.';

/** The findings on one item's rationale (a conclusion added, as letters have). */
function on(heading: string, rationale: string, maximus = CHIRO_MAXIMUS): Finding[] {
  return findings(letter([{ heading, maximus, ca: maximus, rationale: `${rationale} Therefore, the request is not medically necessary.` }]), ID);
}

function quiet(heading: string, rationale: string, maximus?: string): void {
  const f = on(heading, rationale, maximus);
  assert.deepStrictEqual(
    f.map((x) => x.message),
    [],
    `quiet on: ${rationale}`,
  );
}

function fires(heading: string, rationale: string, maximus?: string): Finding {
  const f = on(heading, rationale, maximus);
  assert.strictEqual(f.length, 1, `one finding on: ${rationale}\n${f.map((x) => x.message).join('\n')}`);
  return f[0];
}

describe('misquoted-guideline', () => {
  expectFiresAndQuiet(ID, {
    fires: letter([
      {
        heading: 'Chiropractic care 2 times a week for 4 weeks',
        maximus: CHIRO_MAXIMUS,
        rationale:
          'The MTUS recommends manipulation for chronic low back pain caused by musculoskeletal conditions. It is recommended for a trial of 6 visits over 2 weeks, and with objective functional improvement a total of up to 16 visits over 6-8 weeks. Therefore, the request is not medically necessary.',
      },
    ]),
    quiet: letter([
      {
        heading: 'Chiropractic care 2 times a week for 4 weeks',
        maximus: CHIRO_MAXIMUS,
        rationale:
          'The MTUS recommends manipulation for chronic low back pain caused by musculoskeletal conditions. It is recommended for a trial of 6 visits over 2 weeks, and with objective functional improvement a total of up to 18 visits over 6-8 weeks. Therefore, the request is not medically necessary.',
      },
    ]),
  });

  describe('1. other figures for the same treatment and course', () => {
    it('a total the guideline does not give, in one sentence or going on from the one that names the guideline', () => {
      fires('Chiropractic 2x4', 'Per the MTUS, manipulation is recommended as a trial of 6 visits over 2 weeks, with a total of up to 16 visits over 6-8 weeks.');
      fires('Chiropractic 2x4', 'According to the MTUS Chronic Pain Guidelines, manual therapy is recommended for chronic pain. With documented functional improvement, a total of up to twelve visits may be appropriate.');
      fires('Chiropractic 2x4', 'The MTUS allows up to 24 chiropractic visits over 8 weeks.');
    });
    it('a trial the guideline does not give', () => {
      fires('Acupuncture 6 sessions', 'The ODG recommends an initial trial of 8 visits over 2 weeks, with up to 8-12 visits over 4-6 weeks with functional improvement.', 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Acupuncture.');
      fires('Acupuncture 6 sessions', 'The MTUS Acupuncture Medical Treatment Guidelines state that the time to produce functional improvement is 2 to 10 treatments over 1 to 2 months.');
    });
    it('the figures of another condition where the letter names its own', () => {
      fires('Physical therapy 2x6', 'The MTUS recommends 9-10 visits over 8 weeks for neuralgia, neuritis and radiculitis.', PT_MAXIMUS);
      fires('Physical therapy 2x6', 'Per MTUS guidelines, myalgia and myositis warrant 8-10 visits over 4 weeks.', PT_MAXIMUS);
    });
    it('a frequency or a duration the guideline does not give', () => {
      fires('Massage 2x4', 'The MTUS states that massage should be an adjunct to exercise and limited to 8-10 visits in most cases.');
      fires('MRI of the cervical spine', 'The ACOEM guidelines state that for most patients with true neck or upper back problems, special studies are not needed unless a six- to eight-week period of conservative care fails to improve symptoms.');
    });
    it('the message gives the figures as written, the guideline\'s, its words and its source; the fix quotes it in place of the sentence', () => {
      const text = letter([
        {
          heading: 'Chiropractic 2x4',
          maximus: CHIRO_MAXIMUS,
          rationale: 'The patient has low back pain. Per the MTUS, manipulation is recommended as a trial of 6 visits over 2 weeks, with a total of up to 16 visits over 6-8 weeks. Therefore, the request is not medically necessary.',
        },
      ]);
      const [f] = findings(text, ID);
      assert.strictEqual(f.severity, 'warning');
      assert.match(f.message, /16 visits over 6-8 weeks, where the MTUS Chronic Pain Medical Treatment Guidelines \(Manual therapy & manipulation, pages 58-59\) gives 18 visits over 6-8 weeks/);
      assert.match(f.message, /"Low back: Recommended as an option\. Therapeutic care – Trial of 6 visits over 2 weeks, with evidence of objective functional improvement, total of up to 18 visits over 6-8 weeks\."/);
      assert.strictEqual(f.fixes.length, 1);
      assert.strictEqual(f.fixes[0].safe, false);
      const after = applyEdits(text, f.fixes[0].edits);
      assert.match(after, /The patient has low back pain\. According to the MTUS Chronic Pain Medical Treatment Guidelines \(Manual therapy & manipulation, pages 58-59\), "Low back: .*18 visits over 6-8 weeks\." Therefore/);
      assert.deepStrictEqual(findings(after, ID), []);
    });
    it('within quotation marks, the fix replaces what is quoted', () => {
      const text = letter([{ heading: 'Massage 2x4', rationale: 'Per MTUS Massage therapy page 60: "This treatment should be an adjunct to other recommended treatment, and it should be limited to 6-8 visits in most cases." Therefore, the request is not medically necessary.' }]);
      const [f] = findings(text, ID);
      const after = applyEdits(text, f.fixes[0].edits);
      assert.match(after, /page 60: "This treatment should be an adjunct to other recommended treatment \(e\.g\. exercise\), and it should be limited to 4-6 visits in most cases\." Therefore/);
    });
  });

  describe('2. a statement reversed', () => {
    it('a negation dropped', () => {
      fires('TENS unit', 'Per ACOEM, physical modalities such as massage, ultrasound, TENS units and biofeedback have proven efficacy in treating acute low back symptoms.');
      fires('TENS unit', 'According to the MTUS, TENS is recommended as a primary treatment modality for chronic pain.');
    });
    it('a negation added', () => {
      fires('Chiropractic 1x6', 'Per the MTUS, elective/maintenance care is medically necessary.');
    });
    it('the message quotes the statement as worded', () => {
      const f = fires('TENS unit', 'According to the MTUS, TENS is recommended as a primary treatment modality for chronic pain.');
      assert.match(f.message, /reversed: the MTUS Chronic Pain Medical Treatment Guidelines \(TENS, chronic pain .*\) says "Not recommended as a primary treatment modality, but a one-month home-based TENS trial/);
    });
  });

  describe('3. a qualifying clause dropped', () => {
    it('the compounding rule without "that is not recommended"', () => {
      const f = fires('Flurbiprofen 20%/Lidocaine 5% cream 120gm', 'The MTUS states that any compounded product that contains at least one drug or drug class is not recommended.');
      assert.match(f.message, /without "that is not recommended", which changes its meaning/);
      assert.match(f.message, /not yet verified against the guideline text/);
    });
    it('the extension of acupuncture without its condition', () => {
      fires('Acupuncture 6 sessions', 'Per the MTUS, acupuncture treatments may be extended beyond the initial trial.', 'Decision based on MTUS Acupuncture Treatment Guidelines.');
    });
  });

  describe('faithful quotations and paraphrases stay quiet', () => {
    it('figures as the guideline gives them, in digits or words, ranges or their ends', () => {
      quiet('Chiropractic 2x4', 'The MTUS recommends a trial of six visits over two weeks; with objective functional improvement, a total of up to eighteen visits over six to eight weeks.');
      quiet('Chiropractic 2x4', 'MTUS recommends that up to 18 visits over 6-8 weeks may be appropriate with documentation of objective functional improvement.');
      quiet('Chiropractic 2x4', 'The guidelines state that the time to produce effect is 4 to 6 treatments, at 1 to 2 times per week for the first 2 weeks, with a maximum duration of 8 weeks.');
      quiet('Chiropractic 2x4', 'Per MTUS, if return to work is achieved, then 1-2 visits every 4-6 months is recommended for flare-ups.');
      quiet('Acupuncture 6 sessions', 'MTUS acupuncture guidelines allow 3-6 treatments to produce functional improvement, 1 to 3 times per week, with an optimum duration of 1 to 2 months.', 'Decision based on MTUS Acupuncture Treatment Guidelines.');
      quiet('Massage 2x4', 'The MTUS recommends a short course of 4-6 visits of massage as an adjunct to exercise.');
      quiet('Massage 2x4', 'Per the MTUS, massage should be limited to six visits in most cases.');
      quiet('Work hardening x 12 sessions', 'Regarding work hardening, the ODG allows 10 visits over 8 weeks.', 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).');
    });
    it('figures of several conditions, named together or each with its own', () => {
      quiet('Physical therapy 2x6', 'The MTUS recommends 9-10 visits over 8 weeks for myalgia and myositis, 8-10 visits over 4 weeks for neuralgia, neuritis and radiculitis, and 24 visits over 16 weeks for CRPS.', PT_MAXIMUS);
      quiet('Physical therapy 2x6', 'According to the MTUS, for myalgias and/or neuralgias physical therapy is indicated for up to 8-10 sessions over 4-8 weeks.', PT_MAXIMUS);
      quiet('Physical therapy 2x6', 'The MTUS guidelines allow up to 10 supervised physical therapy visits over 8 weeks for myalgia and myositis.', PT_MAXIMUS);
    });
    it('another guideline\'s figure for the same treatment and condition (the 2016 MTUS refers to the ODG tables)', () => {
      quiet('Physical therapy 2x6', 'Per the MTUS, reflex sympathetic dystrophy (CRPS) warrants up to 26 visits over 16 weeks.', PT_MAXIMUS);
    });
    it('figures of a condition or guideline the knowledge base does not hold are left alone', () => {
      quiet('Physical therapy 2x4 for the knee', 'The ODG recommends 12 physical therapy sessions over 8 weeks for sprains and strains of the knee.', 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).');
      quiet('Physical therapy 2x6', 'Current guidelines recommend up to 12 sessions for the claimant\'s condition.', PT_MAXIMUS);
      quiet('Physical therapy 2x6', 'The MTUS recommends up to 14 visits.', PT_MAXIMUS);
    });
    it('the reviewer\'s own arithmetic and the request are not quotations', () => {
      quiet('Chiropractic 2x6', 'The request for 12 sessions exceeds the MTUS recommendation of an initial trial of 6 visits.');
      quiet('Chiropractic 2x6', 'Per MTUS guidelines, 12 sessions exceeds the recommended trial.');
      quiet('Chiropractic 2x6', 'The patient has completed 16 chiropractic visits, which exceeds the MTUS guidelines.');
      quiet('Chiropractic 2x6', 'An additional 10 visits would exceed the MTUS limit of up to 18 visits.');
      quiet('Chiropractic 4 times a week for 6 weeks', 'Chiropractic 4 times a week for 6 weeks is not medically necessary per the MTUS Chronic Pain Medical Treatment Guidelines.');
      quiet('Physical therapy 2x6', 'The guidelines recommend 9-10 visits over 8 weeks for myalgia, which the patient would exceed with an additional 12 sessions.', PT_MAXIMUS);
      quiet('Chiropractic 2x8', 'The MTUS recommends a trial. The patient was authorized 16 visits over 8 weeks.');
    });
    it('statements with their negation and their clauses, in other words', () => {
      quiet('TENS unit', 'Per ACOEM, physical modalities such as massage, ultrasound, TENS units and biofeedback have no proven efficacy in treating acute low back symptoms.');
      quiet('TENS unit', 'ACOEM states that physical modalities such as TENS have not been proven effective for acute low back symptoms.');
      quiet('TENS unit', 'According to the MTUS, TENS is not recommended as a primary treatment modality, but a one-month home-based trial may be considered as an adjunct to functional restoration.');
      quiet('TENS unit', 'The MTUS guidelines do not recommend TENS as a primary treatment modality.');
      quiet('Chiropractic 1x6', 'Per the MTUS, maintenance care is not medically necessary.');
      quiet('Flurbiprofen 20%/Lidocaine 5% cream 120gm', 'The MTUS states that any compounded product that contains at least one drug (or drug class) that is not recommended is not recommended.');
      quiet('Flurbiprofen 20%/Lidocaine 5% cream 120gm', 'The MTUS states any combination medication containing a drug or drug class not recommended is therefore also not recommended.');
      quiet('Flurbiprofen 20%/Lidocaine 5% cream 120gm', 'Per the guidelines, a compounded product containing a non-recommended drug is not recommended.');
      quiet('Acupuncture 6 sessions', 'The MTUS states that acupuncture treatments may be extended if functional improvement is documented.', 'Decision based on MTUS Acupuncture Treatment Guidelines.');
      quiet('Acupuncture 6 sessions', 'Per MTUS, treatments can be extended with documented functional improvement.', 'Decision based on MTUS Acupuncture Treatment Guidelines.');
    });
    it('words of a statement the reviewer uses about the case, or with no guideline named, are not quotations', () => {
      quiet('Chiropractic 1x6', 'The patient is in maintenance care, which is medically necessary per the treating physician.');
      quiet('TENS unit', 'Physical modalities have proven efficacy for this patient according to the provider.');
      quiet('Chiropractic 2x4', 'A total of up to 16 visits over 6-8 weeks was requested.');
    });
    it('a rationale that names no guideline costs a test or two and says nothing', () => {
      quiet('Chiropractic 2x4', 'There is no documentation of functional improvement with 16 prior visits.');
    });
  });

  describe('the knowledge base', () => {
    it('a guidelines file replaces a statement by its id, and its figures are then the ones compared', () => {
      const kb = builtinKnowledgeBase().withOverrides(
        {
          statements: [
            {
              id: 'mtus-massage',
              treatments: ['massage'],
              source: 'MTUS',
              guideline: 'MTUS Chronic Pain Medical Treatment Guidelines',
              section: 'Massage therapy',
              text: 'Limited to 4-8 visits in most cases.',
              figures: [{ course: 'any', visits: [4, 8] }],
              polarity: 'positive',
              status: { verification: 'unverified', sources: 'a test' },
            },
          ],
        },
        'test.json',
      );
      assert.deepStrictEqual(kb.problems, []);
      const text = letter([{ heading: 'Massage 2x4', rationale: 'Per the MTUS, massage should be limited to 8 visits in most cases. Therefore, the request is not medically necessary.' }]);
      assert.strictEqual(findings(text, ID).length, 1);
      assert.strictEqual(analyze(text, { kb: kb.base }).findings.filter((f) => f.rule === ID).length, 0);
    });
    it('a statement of an unknown treatment is a problem located in the file', () => {
      const { problems } = builtinKnowledgeBase().withOverrides(
        { statements: [{ id: 'x', treatments: ['no-such'], source: 'MTUS', guideline: 'g', section: 's', text: 't', polarity: 'positive', status: { verification: 'unverified', sources: 's' } }] },
        'test.json',
      );
      assert.deepStrictEqual(problems.map((p) => p.path), ['statements[0].treatments[0]']);
    });
  });

  describe('the folded rationale', () => {
    it('reads a figure written over a line break, and its fix replaces the sentence across the lines', () => {
      const rationale =
        'The MTUS recommends manipulation for chronic low back pain caused by musculoskeletal conditions. It is recommended for a trial of 6 visits over 2 weeks,\nand with objective functional improvement a total of up to 16 visits\nover 6-8 weeks.';
      const text = letter([{ heading: 'Chiropractic care 2 times a week for 4 weeks', maximus: CHIRO_MAXIMUS, rationale: `${rationale}\nTherefore, the request is not medically necessary.` }]);
      const f = findings(text, ID);
      assert.strictEqual(f.length, 1, f.map((x) => x.message).join('\n'));
      assert.match(f[0].message, /16 visits over 6-8 weeks, where .* gives 18 visits over 6-8 weeks/);
      assert.ok(f[0].range.end.line === f[0].range.start.line + 1, 'the figure spans its two lines');
      const fixed = applyEdits(text, f[0].fixes[0].edits);
      assert.deepStrictEqual(findings(fixed, ID), []);
      assert.ok(fixed.includes('Therefore, the request is not medically necessary.'));
    });

    // The work grows with what is found, not with the square of the text: a sentence is found
    // within a bounded reach of each figure, and a text without full stops is read in stretches.
    for (const [name, unit] of [
      ['misquoted figures', 'The MTUS recommends up to 16 visits over 6 weeks '],
      ['misquoted figures in sentences', 'Per the MTUS, up to 10 visits are recommended. '],
      ['a statement reversed', 'the guidelines state physical modalities have proven efficacy '],
      ['figure words without figures', 'visits over up to limited to '],
    ] as const) {
      it(`analyses a 1 MB line of ${name} in linear time`, () => {
        const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
        for (const heading of ['Chiropractic manipulation 2x6', 'Massage therapy x 8']) {
          const t0 = process.hrtime.bigint();
          const a = analyze(letter([{ heading, rationale: line }]));
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          assert.deepStrictEqual(a.internalErrors, []);
          assert.ok(ms < 5000, `${heading}: ${ms.toFixed(0)} ms`);
          for (const f of a.findings) assert.ok(f.range.start.line <= f.range.end.line && f.range.end.line < a.doc.index.lineCount);
        }
      });
    }
  });

  it('a statement pattern that can backtrack without end is refused at load', () => {
    const { problems } = builtinKnowledgeBase().withOverrides(
      {
        statements: [
          { id: 'x', treatments: ['massage'], source: 'MTUS', guideline: 'g', section: 's', text: 't', polarity: 'positive', anchor: '(a+)+b', status: { verification: 'unverified', sources: 's' } },
        ],
      },
      'test.json',
    );
    assert.deepStrictEqual(problems.map((p) => p.path), ['statements[0].anchor']);
    assert.match(problems[0].message, /refused/);
  });

  it('on ../shared: the samples quote the MTUS faithfully (acupuncture, massage, special studies, work hardening)', function () {
    if (!HAS_SHARED) this.skip();
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(findings(readShared('samples', p), ID), [], p);
  });
});
