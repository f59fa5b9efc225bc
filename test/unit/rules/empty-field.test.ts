import * as assert from 'assert';
import { analyze, LETTER_SNIPPET } from '../../../src/core';
import { letter } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('empty-field', () => {
  expectFiresAndQuiet('empty-field', {
    fires: letter([{ heading: 'TENS unit', rationale: '' }]),
    quiet: letter([{ heading: 'TENS unit' }]),
  });
  it('an empty Claims Administrator guideline and an empty rationale, each at its label', () => {
    const text = letter([{ heading: 'TENS unit', ca: '', rationale: '' }]);
    assert.deepStrictEqual(
      findings(text, 'empty-field').map((f) => [f.range.start.line, f.message]),
      [
        [10, 'The Claims Administrator guideline of "TENS unit" is empty: write the guideline the utilization review cited, or that the Claims Administrator cited no medical evidence.'],
        [12, 'The Decision rationale of "TENS unit" is empty: explain the decision against the guideline and conclude on medical necessity.'],
      ],
    );
  });
  it('leaves an empty MAXIMUS guideline to missing-guideline-citation', () => {
    const a = analyze(letter([{ heading: 'TENS unit', maximus: '' }]));
    assert.deepStrictEqual(a.findings.filter((f) => f.rule === 'empty-field'), []);
    assert.ok(a.findings.some((f) => f.rule === 'missing-guideline-citation'));
  });
  it('a rationale whose text starts on the next line is not empty', () => {
    const text = letter([{ heading: 'TENS unit', rationale: '' }]).replace('Decision rationale: \n', 'Decision rationale:\nPer MTUS it is not indicated. The request is not medically necessary.\n');
    assert.deepStrictEqual(findings(text, 'empty-field'), []);
  });
  it('the untouched template: its empty rationale is reported', () => {
    const template = LETTER_SNIPPET.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\{\d+:((?:[^{}]|\{[^{}]*\})*)\}/g, '$1').replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
    assert.strictEqual(findings(template, 'empty-field').length, 1);
  });
});
