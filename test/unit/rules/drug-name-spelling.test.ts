import * as assert from 'assert';
import * as fs from 'fs';
import { builtinKnowledgeBase } from '../../../src/core';
import { HAS_SHARED, letter, sharedLetters } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const ID = 'drug-name-spelling';

describe(ID, () => {
  expectFiresAndQuiet(ID, {
    fires: letter([{ heading: 'Ketaprofen 10% cream 120g' }]),
    quiet: letter([{ heading: 'Ketoprofen 10% cream 120g' }]),
  });
  it('finds misspelt generics and brands in headings and rationales, one or two edits away', () => {
    const text = letter([
      { heading: 'Cyclobenzaprin 10mg #60', rationale: 'Gabapenten and Hydrocodne were tried; Flexiril is not recommended. Therefore, the request is not medically necessary.' },
    ]);
    assert.deepStrictEqual(
      findings(text, ID).map((f) => f.message.match(/"(\w+)"/)![1]),
      ['Cyclobenzaprin', 'Gabapenten', 'Hydrocodne', 'Flexiril'],
    );
  });
  it('reads the rationales of medication items only', () => {
    const rationale = 'Gabapenten was tried. Therefore, the request is not medically necessary.';
    assert.strictEqual(findings(letter([{ heading: 'Norco 10/325mg #60', rationale }]), ID).length, 1);
    assert.strictEqual(findings(letter([{ heading: 'Physical therapy 2x6', rationale }]), ID).length, 0);
  });
  it('offers the name in the case of the word written, never as a safe fix', () => {
    const [f] = findings(letter([{ heading: 'NORCOO 10/325MG #60' }]), ID);
    assert.match(f.message, /Norco \(hydrocodone\/acetaminophen\)/);
    assert.deepStrictEqual(f.fixes.map((x) => [x.title, x.safe, x.edits[0].newText]), [['Change to "NORCO"', false, 'NORCO']]);
  });
  it('reads the case summary, where the medications taken are listed', () => {
    const text = letter([{ heading: 'Norco 10/325mg #60' }]).replace('injured on 1/2/12.', 'injured on 1/2/12. Medications include Tramdol and Syrtec.');
    assert.deepStrictEqual(findings(text, ID).map((f) => f.fixes[0].edits[0].newText), ['Tramadol', 'Zyrtec']);
  });
  it('is quiet on ordinary and medical words close to a drug name, on other drugs, plurals and words of names', () => {
    const rationale =
      'The patient is alive and the concern is a reflex machine; Ultra and lyrical words. Celexa, Lexapro and Cymbalta were tried; Norcos and NSAIDs; diclofenac epolamine; protons and margarine. Therefore, the request is not medically necessary.';
    assert.deepStrictEqual(findings(letter([{ heading: 'Norco 10/325mg #60', rationale }]), ID), []);
  });
  it('finds no misspelt drug name in any word of the real letters of ../shared (all of their text, not only what the rule reads)', function () {
    if (!HAS_SHARED) this.skip();
    const spelling = builtinKnowledgeBase().drugLexicon.spelling;
    for (const f of [...sharedLetters('samples'), ...sharedLetters('corpus')]) {
      const words: string[] = [];
      spelling.scan(fs.readFileSync(f, 'utf8'), (m) => words.push(m.word));
      assert.deepStrictEqual(words, [], f);
    }
  });
});
