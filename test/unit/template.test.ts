import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ITEM_SNIPPET, LETTER_SNIPPET } from '../../src/core';
import { letter } from './helpers';
import { expandSnippet } from './snippetExpand';

const snippets = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'snippets', 'imr.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

/** The findings on a text, as "rule: shown text" pairs, for the lines of one item or the whole letter. */
function problems(text: string): string[] {
  const a = analyze(text);
  const lines = text.split('\n');
  return a.findings.map((f) => `${f.rule}: ${lines[f.range.start.line].slice(f.range.start.character, f.range.start.line === f.range.end.line ? f.range.end.character : undefined)}`);
}

describe('an unfinished letter does not lint clean', () => {
  it('the untouched New Determination template: each prompt and the empty rationale are reported', () => {
    const p = problems(expandSnippet(LETTER_SNIPPET));
    assert.deepStrictEqual(p.sort(), [
      'empty-field: Decision rationale:',
      "unfilled-placeholder: <age>",
      "unfilled-placeholder: <date of injury>",
      'unfilled-placeholder: <diagnoses, treatment to date, findings, the request and the UR decision>',
      "unfilled-placeholder: <guideline and section>",
      "unfilled-placeholder: <male or female>",
      "unfilled-placeholder: <request as written>",
      "unfilled-placeholder: <specialty>",
      "unfilled-placeholder: <the claims administrator's citation>",
    ]);
  });
  it('the untouched item snippet', () => {
    const text = letter([]) + expandSnippet(ITEM_SNIPPET) + '\n';
    assert.deepStrictEqual(problems(text).sort(), [
      'empty-field: Decision rationale:',
      'unfilled-placeholder: <guideline and section>',
      'unfilled-placeholder: <request as written>',
      "unfilled-placeholder: <the claims administrator's citation>",
    ]);
  });
  it('every standard paragraph left as inserted keeps a reported prompt, whichever choices were taken', () => {
    for (const s of Object.values(snippets).filter((x) => x.prefix.startsWith('rat-'))) {
      for (const pick of [(o: string[]) => o[0], (o: string[]) => o[o.length - 1]]) {
        const text = letter([{ heading: 'Massage therapy 2x6', rationale: expandSnippet(s.body.join('\n'), pick) }]);
        const shown = problems(text).filter((x) => x.startsWith('unfilled-placeholder: <'));
        assert.ok(shown.length >= 2, `${s.prefix}: ${shown.join(', ')}`);
      }
    }
  });
  it('a letter written from the template, its prompts filled, lints clean of them', () => {
    const filled = expandSnippet(LETTER_SNIPPET, (o) => o[o.length - 1])
      .replace('<specialty>', 'Physical Medicine and Rehabilitation')
      .replace('<age>', '45')
      .replace('<date of injury>', 'March 3, 2014')
      .replace(/<diagnoses[^>]*>/, 'The diagnoses are lumbar strain. A TENS unit was requested and denied by utilization review.')
      .replace('<request as written>', 'TENS unit')
      .replace("<the claims administrator's citation>", 'MTUS Chronic Pain Treatment Guidelines TENS')
      .replace('<guideline and section>', 'Chronic Pain Treatment Guidelines TENS, chronic pain Page(s): 114-116.')
      .replace('Decision rationale: ', 'Decision rationale: Per the MTUS, a one-month home-based trial may be considered as an adjunct to functional restoration. The records document it. Therefore, the request for a TENS unit is medically necessary.');
    assert.deepStrictEqual(problems(filled), []);
  });
});
