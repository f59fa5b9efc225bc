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
  it('every row has been reviewed: a verdict and its reason', () => {
    const unreviewed = reviewed.filter((row) => row.verdict === 'unreviewed').map(reviewedKey);
    assert.deepStrictEqual(unreviewed, [], 'read each finding in its letter and write its verdict and reason');
    for (const row of reviewed) {
      assert.ok(['defect', 'noise'].includes(row.verdict), reviewedKey(row));
      assert.ok(row.reason.length > 10, `${reviewedKey(row)}: a reason`);
    }
  });
  it('at least 9 of 10 findings on the published letters are defects, per rule and overall (a rule with fewer than 10: one noise at most)', () => {
    // The bundled samples are demos written to show findings: they count apart.
    const published = reviewed.filter((row) => row.letter.startsWith('samples/') || row.letter.startsWith('corpus/'));
    const byRule = new Map<string, { defect: number; noise: number }>();
    for (const row of published) {
      const t = byRule.get(row.rule) ?? { defect: 0, noise: 0 };
      if (row.verdict === 'defect') t.defect++;
      else t.noise++;
      byRule.set(row.rule, t);
    }
    const failing = [...byRule]
      .filter(([, t]) => (t.defect + t.noise < 10 ? t.noise > 1 : t.defect < 0.9 * (t.defect + t.noise)))
      .map(([rule, t]) => `${rule}: ${t.defect} defect, ${t.noise} noise`);
    assert.deepStrictEqual(failing, []);
    const defects = published.filter((row) => row.verdict === 'defect').length;
    assert.ok(defects >= 0.9 * published.length, `${defects} defects of ${published.length} findings`);
  });
});
