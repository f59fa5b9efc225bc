import * as assert from 'assert';
import { documentOutline, foldingRanges, parseDetermination } from '../../src/core';
import { letter } from './helpers';

describe('outline and folding', () => {
  const text = letter([{ heading: 'Acupuncture 6 sessions' }, { heading: 'TENS unit', decision: 'Overturned', maximus: null }]);
  it('puts sections at the top, items under the issues section with their decision, fields under items', () => {
    const o = documentOutline(parseDetermination(text));
    assert.deepStrictEqual(o.map((s) => s.name), ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']);
    assert.deepStrictEqual(o[2].children.map((i) => [i.name, i.detail, i.children.map((f) => f.name)]), [
      ['Acupuncture 6 sessions', 'Upheld', ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']],
      ['TENS unit', 'Overturned', ['Claims Administrator guideline', 'Decision rationale']],
    ]);
    const contains = (outer: { range: { start: { line: number }; end: { line: number } } }, inner: { range: { start: { line: number }; end: { line: number } } }) =>
      outer.range.start.line <= inner.range.start.line && inner.range.end.line <= outer.range.end.line;
    for (const item of o[2].children) {
      assert.ok(contains(o[2], item));
      for (const f of item.children) assert.ok(contains(item, f));
    }
  });
  it('puts items at the top when there is no issues section', () => {
    const o = documentOutline(parseDetermination(letter([{ heading: 'TENS unit' }], { sections: false })));
    assert.deepStrictEqual(o.map((s) => [s.kind, s.name]), [['item', 'TENS unit']]);
  });
  it('folds every section and item that spans lines', () => {
    const f = foldingRanges(parseDetermination(text));
    assert.ok(f.some((r) => r.startLine === 0 && r.endLine === 1));
    assert.ok(f.some((r) => r.startLine === 9 && r.endLine === 12));
    assert.ok(f.every((r) => r.endLine > r.startLine));
  });
});
