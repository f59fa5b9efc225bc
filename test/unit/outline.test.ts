import * as assert from 'assert';
import { analyze, builtinKnowledgeBase, documentOutline, foldingRanges, hoverAt, parseDetermination, parseSettings } from '../../src/core';
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

describe('hover', () => {
  it('shows the parsed request and the limit with its citation on a heading', () => {
    const text = letter([{ heading: 'Massage therapy 2x6' }]);
    const h = hoverAt(analyze(text), builtinKnowledgeBase(), { line: 9, character: 2 });
    assert.ok(h);
    assert.match(h.markdown, /\*\*Requested:\*\* "2x6": 2 a week, 6 weeks, \*\*12 visits\*\*/);
    assert.match(h.markdown, /\*\*Limit:\*\* 6 visits — \*\*exceeded\*\*/);
    assert.match(h.markdown, /Cite as: `MTUS Chronic Pain Treatment Guidelines Massage therapy Page\(s\): 60`/);
  });
  it('shows what the cited guideline says about visits on a guideline field, and flags unverified figures', () => {
    const text = letter([{ heading: 'Psychotherapy 6 sessions', maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines Behavioral interventions.' }]);
    const h = hoverAt(analyze(text), builtinKnowledgeBase(), { line: 11, character: 30 });
    assert.ok(h);
    assert.match(h.markdown, /initial trial 4 visits, up to 10 visits/);
    assert.match(h.markdown, /unverified/);
  });
  it('shows nothing outside items', () => {
    assert.strictEqual(hoverAt(analyze(letter([{ heading: 'TENS unit' }])), builtinKnowledgeBase(), { line: 0, character: 0 }), null);
  });
});

describe('settings', () => {
  it('gives the defaults for nothing', () => {
    const { settings, problems } = parseSettings(undefined);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, { rules: {}, run: 'onType', maxProblems: 1000, guidelinesFile: '', detectTxtLetters: true, largeFileThreshold: 5000000 });
  });
  it('reports each wrong value by its setting name and keeps the valid ones', () => {
    const { settings, problems } = parseSettings({ run: 'sometimes', maxProblems: 'many', rules: { 'missing-section': 'off', 'visit-limit-exceeded': 'loud' } });
    assert.strictEqual(settings.run, 'onType');
    assert.strictEqual(settings.maxProblems, 1000);
    assert.deepStrictEqual(settings.rules, { 'missing-section': 'off' });
    assert.strictEqual(problems.length, 3);
    assert.ok(problems.some((p) => p.startsWith('imr.run:')));
    assert.ok(problems.some((p) => p.startsWith('imr.rules.visit-limit-exceeded:')));
  });
  it('caps the problems reported with maxProblems', () => {
    const text = letter(Array.from({ length: 10 }, () => ({ heading: 'TENS unit', decision: null })));
    assert.strictEqual(analyze(text, { settings: parseSettings({ maxProblems: 3 }).settings }).findings.length, 3);
  });
});
