import * as assert from 'assert';
import { builtinKnowledgeBase, formatProblem } from '../../src/core';
import { unsafePatternReason } from '../../src/core/knowledge/patternSafety';
import { BUILTIN_TREATMENTS } from '../../src/core/knowledge/builtinTreatments';
import { letter } from './helpers';
import { analyze } from '../../src/core';

describe('patterns from a guidelines file cannot hang the linter', () => {
  const load = (patterns: string[], requires: string[] = []) =>
    builtinKnowledgeBase().withOverrides({ treatments: [{ id: 'evil', name: 'E', visitBased: true, patterns, requires }] }, 'g.json');

  it('refuses, at load, the patterns that backtrack catastrophically, naming the pattern and its path in the file', () => {
    for (const [patterns, requires, where] of [
      [['(a+)+$'], [], 'treatments[0].patterns[0]'],
      [['ok', '(acupuncture|acupuncture)+$'], [], 'treatments[0].patterns[1]'],
      [['ok'], ['(\\w+\\s?)+$'], 'treatments[0].requires[0]'],
      [['(a?){30}a{30}'], [], 'treatments[0].patterns[0]'],
      [['a.*b.*c'], [], 'treatments[0].patterns[0]'],
    ] as const) {
      const { problems } = load([...patterns], [...requires]);
      assert.strictEqual(problems.length, 1, JSON.stringify(problems));
      const bad = [...patterns, ...requires].find((p) => p !== 'ok')!;
      assert.strictEqual(problems[0].path, where);
      assert.ok(formatProblem(problems[0]).startsWith(`g.json: ${where}: the pattern "${bad}" is refused: `), formatProblem(problems[0]));
    }
  });

  it('accepts every built-in pattern and the ordinary forms of a treatment phrase', () => {
    for (const t of BUILTIN_TREATMENTS) for (const p of [...t.patterns, ...(t.requires ?? [])]) assert.strictEqual(unsafePatternReason(p), null, p);
    for (const p of ['shock ?wave', 'electro[\\s-]*acu?puncture', '(?:post)?x+', 'therapy[^.]{0,40}post', '\\bTENS\\b', 'a.*b', '(echo)-\\1 therapy', '[(|+]+x']) {
      assert.strictEqual(unsafePatternReason(p), null, p);
    }
  });

  it('an accepted pattern takes little time on a hostile heading of any length', () => {
    const { base, problems } = load(['a.*!'], ['\\s*x?\\s*y']);
    assert.deepStrictEqual(problems, []);
    for (const n of [40, 10_000, 2_000_000]) {
      const heading = 'a'.repeat(n) + ' ' + ' '.repeat(n);
      const t = performance.now();
      analyze(letter([{ heading }]), { kb: base });
      assert.ok(performance.now() - t < 2000, `${n}: ${(performance.now() - t).toFixed(0)} ms`);
    }
  });
});
