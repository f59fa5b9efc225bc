import * as assert from 'assert';
import { analyze, Finding, RULES } from '../../../src/core';

/** The findings of one rule on a text, with the default settings. */
export function findings(text: string, rule: string): Finding[] {
  return analyze(text).findings.filter((f) => f.rule === rule);
}

/** Every rule's first two tests: one finding, at its default severity, on a defective letter; none on a correct one. */
export function expectFiresAndQuiet(id: string, c: { fires: string; quiet: string }): void {
  it(`fires on a defective letter`, () => {
    const f = findings(c.fires, id);
    assert.strictEqual(f.length, 1, JSON.stringify(f.map((x) => x.message)));
    assert.strictEqual(f[0].severity, RULES.find((r) => r.id === id)!.defaultSeverity);
  });
  it(`is quiet on a correct letter`, () => assert.deepStrictEqual(findings(c.quiet, id), []));
}

/** The findings of one rule on a sample letter of ../shared. */
export function onSample(text: string, rule: string): Finding[] {
  return findings(text, rule);
}
