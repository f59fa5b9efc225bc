import * as assert from 'assert';
import * as fs from 'fs';
import { analyze } from '../../src/core';
import { findingsOn, lettersOfShared, readReviewed, reviewedKey } from '../reviewed/reviewed';
import { HAS_SHARED } from './helpers';

/** A multiset of keys, as counts. */
function tally(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function difference(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a].filter(([k, n]) => n > (b.get(k) ?? 0)).map(([k]) => k);
}

describe('findings on the real letters, as reviewed (test/reviewed/<rule-id>.json)', function () {
  if (!HAS_SHARED) {
    it('needs ../shared (absent here)');
    return;
  }
  const found = lettersOfShared().flatMap((l) => findingsOn(l.name, fs.readFileSync(l.file, 'utf8'), analyze));
  const reviewed = readReviewed();
  it('every finding is in the table, and every finding of the table is found', () => {
    const f = tally(found.map(reviewedKey));
    const r = tally(reviewed.map(reviewedKey));
    assert.deepStrictEqual({ notReviewed: difference(f, r), noLongerFound: difference(r, f) }, { notReviewed: [], noLongerFound: [] }, 'run `npm run corpus -- --update`, then review the new rows');
  });
  it('every row has a verdict and its reason', () => {
    for (const row of reviewed) {
      assert.ok(['defect', 'noise', 'unreviewed'].includes(row.verdict), reviewedKey(row));
      if (row.verdict !== 'unreviewed') assert.ok(row.reason.length > 10, `${reviewedKey(row)}: a reason`);
    }
  });
});
