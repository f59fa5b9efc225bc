import * as assert from 'assert';
import * as fs from 'fs';
import { builtinKnowledgeBase, loadGuidelinesFile, startsLikeLetter } from '../../src/core';
import { realLetterFiles } from './helpers';

describe('startsLikeLetter', () => {
  it('accepts every real letter, as written', () => {
    for (const f of realLetterFiles()) if (f.endsWith('.txt')) assert.ok(startsLikeLetter(fs.readFileSync(f, 'utf8')), f);
  });
  it('accepts a byte order mark, blank lines and spaces before the heading; rejects other first lines', () => {
    assert.ok(startsLikeLetter('\ufeff\n \n  HOW THE IMR FINAL DETERMINATION WAS MADE\n'));
    assert.ok(startsLikeLetter('Case Number: CM16-0230651  \nDate Assigned: 12/07/2016'));
    assert.ok(startsLikeLetter('Case Number:\r\nDate Assigned:'));
    assert.ok(!startsLikeLetter('# Meeting notes\nHOW THE IMR FINAL DETERMINATION WAS MADE'));
    assert.ok(!startsLikeLetter('Case Number: see below, and more text'));
    assert.ok(!startsLikeLetter(''));
  });
});

describe('loadGuidelinesFile', () => {
  it('reads a file with a byte order mark', () => {
    const { kb, problems } = loadGuidelinesFile(builtinKnowledgeBase(), '\ufeff{"version": 1}', 'g.json');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(kb.guidelines.length, builtinKnowledgeBase().guidelines.length);
  });
  it('says a file is not JSON, and keeps the base in force', () => {
    const { kb, problems } = loadGuidelinesFile(builtinKnowledgeBase(), '{oops', 'g.json');
    assert.strictEqual(kb, builtinKnowledgeBase());
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /not valid JSON/);
  });
});
