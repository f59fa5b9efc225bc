import * as assert from 'assert';
import { fixAllEdits } from '../../../src/core';
import { HAS_SHARED, letter, readShared } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

describe('unfilled-placeholder', () => {
  expectFiresAndQuiet('unfilled-placeholder', {
    fires: letter([{ heading: 'Acupuncture 6 sessions', maximus: 'Decision based on ODG <Insert Topic (Acupuncture)>.' }]),
    quiet: letter([{ heading: 'Acupuncture 6 sessions', maximus: 'Decision based on ODG, Acupuncture.' }]),
  });
  it('placeholders: [INSERT ...], XXX, TBD, ___ and a stray "<"', () => {
    const text = letter([
      { heading: 'TENS unit', maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines < TENS Page(s): 114.', rationale: 'Per MTUS [INSERT criteria] on XXX and TBD, ___ so it is not medically necessary.' },
    ]);
    assert.strictEqual(findings(text, 'unfilled-placeholder').length, 5);
  });
  it('a placeholder that runs over a field label is offered a replacement, but fix-all leaves it', () => {
    // Replacing it would merge the label into the text and change the item (found by the fix-all fuzz test).
    const text = letter([{ heading: 'TENS unit', maximus: 'Decision based on ODG <Insert Topic (Low back', rationale: 'pain)> It is not medically necessary.' }]);
    const [f] = findings(text, 'unfilled-placeholder');
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Low back Decision rationale: pain');
    assert.strictEqual(f.fixes[0].safe, false);
    assert.deepStrictEqual(fixAllEdits([f]), []);
    const plain = findings(letter([{ heading: 'TENS unit', maximus: 'Decision based on ODG <Insert Topic (Low back\npain)>.' }]), 'unfilled-placeholder');
    assert.strictEqual(plain[0].fixes[0].safe, true, 'a placeholder wrapped over plain lines is still fixed unasked');
  });
  it('a prompt in angle brackets, as the template and the snippets leave it: "<age>", "<date of injury>"', () => {
    const text = letter([{ heading: '<request as written>', maximus: 'Decision based on MTUS <guideline, section and page(s)>', rationale: 'The records dated <date> document <findings>. It is not medically necessary.' }]);
    const f = findings(text, 'unfilled-placeholder');
    assert.deepStrictEqual(
      f.map((x) => x.message),
      [
        'Unfilled template placeholder <request as written>: replace it with the intended text before the letter is sent.',
        'Unfilled template placeholder <guideline, section and page(s)>: replace it with the intended text before the letter is sent.',
        'Unfilled template placeholder <date>: replace it with the intended text before the letter is sent.',
        'Unfilled template placeholder <findings>: replace it with the intended text before the letter is sent.',
      ],
    );
    assert.ok(f.every((x) => x.fixes.every((y) => !y.safe)), 'a prompt holds no value: nothing to apply unasked');
  });
  it('a "<" in prose is not a placeholder: pain <5/10, "<" then a space, "<>" ', () => {
    const text = letter([{ heading: 'TENS unit', rationale: 'Pain is <5/10 and VAS < 3 at times; a <> mark. It is not medically necessary.' }]);
    assert.deepStrictEqual(findings(text, 'unfilled-placeholder'), []);
  });
  it('sample 001 has the two unfilled placeholders, with their intended values', function () {
    if (!HAS_SHARED) this.skip();
    const f = findings(readShared('samples', '001'), 'unfilled-placeholder');
    assert.deepStrictEqual(
      f.map((x) => x.fixes[0].edits[0].newText),
      ['Low back pain', 'Infrared'],
    );
  });
});
