import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/core';

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
