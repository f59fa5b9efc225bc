import * as assert from 'assert';
import { analyze, parseSettings, parseSettingsWith } from '../../src/core';
import { ExtensionSettingsSchema } from '../../src/vscode/settingsSchema';
import { letter } from './helpers';

describe('settings', () => {
  it('gives the defaults for nothing: the engine takes its own settings only', () => {
    const { settings, problems } = parseSettings(undefined);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, { rules: {}, maxProblems: 1000 });
  });
  it('the editor reads the engine settings and its own, with their defaults', () => {
    const { settings, problems } = parseSettingsWith(ExtensionSettingsSchema, { run: 'onSave', other: 1 });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, { rules: {}, run: 'onSave', maxProblems: 1000, guidelinesFile: '', detectTxtLetters: true, largeFileThreshold: 5000000 });
  });
  it('reports each wrong value by its setting name and keeps the valid ones', () => {
    const { settings, problems } = parseSettingsWith(ExtensionSettingsSchema, {
      run: 'sometimes',
      maxProblems: 'many',
      rules: { 'missing-section': 'off', 'visit-limit-exceeded': 'loud' },
    });
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
  it('settings change a rule severity or turn it off', () => {
    // Approved beyond the limit with no reason given: a finding at the rule's own severity.
    const text = letter([{ heading: 'Massage therapy 2x6', decision: 'Overturned', rationale: 'Per MTUS massage is an adjunct to exercise. Therefore, the request is medically necessary.' }]);
    const { settings } = parseSettings({ rules: { 'visit-limit-exceeded': 'error', 'missing-section': 'off' } });
    const f = analyze(text, { settings }).findings;
    assert.strictEqual(f.find((x) => x.rule === 'visit-limit-exceeded')!.severity, 'error');
    const off = analyze(letter([{ heading: 'TENS unit' }]).replace('CLINICAL CASE SUMMARY\n', ''), { settings }).findings;
    assert.ok(!off.some((x) => x.rule === 'missing-section'));
  });
});
