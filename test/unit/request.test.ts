import * as assert from 'assert';
import { analyze, builtinKnowledgeBase } from '../../src/core';
import { summaryTellsPriorCourse } from '../../src/core/request/priorVisits';
import { buildFileReport } from '../../src/cli/report';
import { letter } from './helpers';

/** The request of a one-item letter. */
function request(heading: string, rationale?: string, maximus?: string) {
  return analyze(letter([{ heading, rationale, maximus }])).requests[0];
}

describe('request: visits already done or authorized', () => {
  const PT = 'Physical therapy 2x3';
  const WORDINGS: Array<[string, number | null]> = [
    ['The injured worker has completed 8 sessions of physical therapy.', 8],
    ['She has had 6 prior visits of therapy.', 6],
    ['The patient was approved for 6 prior sessions.', 6],
    ['He has already been authorized for twelve physical therapy visits.', 12],
    ['Twelve sessions of physical therapy to date have helped little.', 12],
    ['The patient has attended 10 visits so far.', 10],
    ['At least 6 sessions were completed last year.', 6],
    ['She underwent 9 physical therapy treatments in 2016.', 9],
    ['He completed eight (8) sessions of therapy.', 8],
    // A course given before, with no count: a continuation, no prior visits counted.
    ['She was previously treated with physical therapy.', null],
    ['The patient had prior physical therapy with no lasting benefit.', null],
  ];
  for (const [said, n] of WORDINGS) {
    it(`"${said}"`, () => {
      const r = request(PT, `${said} The request is not medically necessary.`);
      assert.deepStrictEqual([r.priorVisits, r.continuation], [n, true]);
    });
  }
  it('not the visits of another treatment, the guideline\'s figures, the request, nor visits denied', () => {
    for (const said of [
      'She has completed 8 sessions of acupuncture.',
      'MTUS recommends 9-10 visits over 8 weeks.',
      'The provider requested 6 additional sessions.',
      'There is no record of prior physical therapy.',
      'The ODG says "patients who have completed 6 visits should be reassessed."',
    ]) {
      const r = request(PT, `${said} The request is not medically necessary.`);
      assert.deepStrictEqual([r.priorVisits, r.continuation], [null, false], said);
    }
  });
  it('a modified request keeps the original and the authorized visits; the authorized ones count as prior', () => {
    const heading =
      'Acupuncture for the low back eight sessions was the original request. Acupuncture for the low back six sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Acupuncture for the low back two sessions is';
    const r = analyze(letter([{ heading, rationale: 'The six sessions were authorized on 1/2/17. The request is not medically necessary.' }])).requests[0];
    assert.deepStrictEqual([r.visits, r.originalVisits, r.authorizedVisits, r.priorVisits, r.continuation], [2, 8, 6, 6, true]);
    const other =
      'Acupuncture treatments (unspecified quantity) was the original request. The Claims Administrator authorized Acupuncture treatments, 6 sessions, leaving the original request IMR eligible. The original request, Acupuncture treatments (unspecified quantity) is';
    const o = analyze(letter([{ heading: other }])).requests[0];
    assert.deepStrictEqual([o.visits, o.originalVisits, o.authorizedVisits], [null, null, 6]);
  });
  it('--format json reports them', () => {
    const text = letter([{ heading: PT, rationale: 'She has completed 8 sessions. The request is not medically necessary.' }]);
    const r = buildFileReport('x.imr', analyze(text)).items[0].request;
    assert.deepStrictEqual([r.priorVisits, r.originalVisits, r.authorizedVisits], [8, null, null]);
  });
});

describe('request: post-surgical physical medicine', () => {
  it('from the heading, the MAXIMUS citation or the rationale', () => {
    assert.strictEqual(request('Post-op PT 2x6').treatment!.id, 'postsurgical-pt');
    assert.strictEqual(request('Physical therapy 2x6 status post ACL reconstruction').treatment!.id, 'postsurgical-pt');
    assert.strictEqual(request('Physical therapy 2x6', undefined, 'Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee.').treatment!.id, 'postsurgical-pt');
    assert.strictEqual(request('Physical therapy 2x6', 'The Postsurgical Treatment Guidelines allow 24 visits. The request is medically necessary.').treatment!.id, 'postsurgical-pt');
    assert.strictEqual(request('Post-operative physical therapy after rotator cuff repair x 12').treatment!.id, 'postsurgical-pt-rotator-cuff');
    assert.strictEqual(request('Physical therapy 2x6 for the low back').treatment!.id, 'physical-therapy');
  });
});

describe('request: the case summary read with the treatment in force', () => {
  it('a treatment overridden with other names (a guidelines file) is looked for by its own names', () => {
    const builtin = builtinKnowledgeBase().treatment('acupuncture')!;
    const renamed = { ...builtin, patterns: ['needling'], abbreviations: [] };
    const summary = 'Treatment to date has included needling.';
    assert.strictEqual(summaryTellsPriorCourse(summary, builtin), false);
    assert.strictEqual(summaryTellsPriorCourse(summary, renamed), true);
  });
});
