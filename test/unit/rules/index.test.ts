import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, RULES } from '../../../src/core';
import { letter } from '../helpers';

describe('rules: the set', () => {
  it('every rule has a kebab-case id, a description, its documentation, tags and a test file of its own', () => {
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.description.length > 20, r.id);
      assert.strictEqual(r.docs, `docs/rules/${r.id}.md`);
      assert.ok(fs.existsSync(path.join(__dirname, '..', '..', '..', r.docs)), r.docs);
      assert.ok(r.tags.length > 0, `${r.id} has tags`);
      assert.ok(fs.existsSync(path.join(__dirname, `${r.id}.test.ts`)), `test/unit/rules/${r.id}.test.ts`);
    }
  });
});

describe('rules: how messages name an item', () => {
  it('a long title is cut at a word, never inside one', () => {
    const a = analyze(letter([{ heading: 'Myofascial release, two sessions per week for four weeks to the lumbar spine and the cervical spine', rationale: 'Per MTUS, the records were reviewed.' }]));
    const m = a.findings.find((f) => f.rule === 'missing-conclusion')!.message;
    assert.match(m, /"Myofascial release, two sessions per week for four weeks to the\.\.\."/);
    const long = analyze(letter([{ heading: 'A'.repeat(90), rationale: 'Per MTUS, the records were reviewed.' }]));
    assert.match(long.findings.find((f) => f.rule === 'missing-conclusion')!.message, new RegExp(`"${'A'.repeat(67)}\\.\\.\\."`));
  });
});
