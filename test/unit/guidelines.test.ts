import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, builtinKnowledgeBase, formatProblem, KnowledgeBase } from '../../src/core';
import { BUILTIN_GUIDELINES } from '../../src/core/knowledge/builtinGuidelines';
import { BUILTIN_TREATMENTS } from '../../src/core/knowledge/builtinTreatments';
import { letter } from './helpers';

const root = path.resolve(__dirname, '..', '..');

describe('guidelines data', () => {
  it('the built-in data passes its schema and cross-checks', () => {
    const { base, problems } = KnowledgeBase.fromData({ treatments: BUILTIN_TREATMENTS, guidelines: BUILTIN_GUIDELINES }, 'built-in');
    assert.deepStrictEqual(problems, []);
    assert.ok(base);
  });

  it('every treatment has a preferred guideline entry, except medication', () => {
    const kb = builtinKnowledgeBase();
    for (const t of kb.treatments) {
      if (t.id === 'medication') continue;
      assert.ok(kb.preferredGuideline(t.id), `${t.id} has a guideline`);
    }
  });

  it('carries the figures of the reference: massage 6, physical medicine 10, acupuncture trial 6, manipulation 6 then 18', () => {
    const kb = builtinKnowledgeBase();
    assert.strictEqual(kb.preferredGuideline('massage')!.limit!.maxVisits, 6);
    assert.strictEqual(kb.preferredGuideline('physical-therapy')!.limit!.maxVisits, 10);
    assert.strictEqual(kb.preferredGuideline('acupuncture')!.limit!.trialVisits, 6);
    assert.deepStrictEqual([kb.preferredGuideline('chiropractic')!.limit!.trialVisits, kb.preferredGuideline('chiropractic')!.limit!.maxVisits], [6, 18]);
    assert.strictEqual(kb.preferredGuideline('psychotherapy')!.status, 'unverified');
  });

  it('a workspace file overrides a limit and adds a treatment', () => {
    const kb = builtinKnowledgeBase().withOverrides(
      {
        treatments: [{ id: 'shockwave', name: 'Shockwave therapy', visitBased: true, patterns: ['shock ?wave'] }],
        guidelines: [
          { id: 'mtus-massage', treatment: 'massage', source: 'MTUS', guideline: 'Local massage policy', citation: 'Local policy', summary: 'Up to 12.', limit: { maxVisits: 12 }, preferred: true, status: 'verified' },
          { id: 'odg-shockwave', treatment: 'shockwave', source: 'ODG', guideline: 'ODG', citation: 'ODG Shockwave', summary: 'Up to 3.', limit: { maxVisits: 3 }, preferred: true, status: 'verified' },
        ],
      },
      'imr-guidelines.json',
    );
    assert.deepStrictEqual(kb.problems, []);
    const text = letter([{ heading: 'Massage 2x6' }, { heading: 'Shockwave therapy x 6 sessions' }]);
    const findings = analyze(text, { kb: kb.base }).findings.filter((f) => f.rule === 'visit-limit-exceeded');
    assert.deepStrictEqual(findings.length, 1);
    assert.match(findings[0].message, /ODG Shockwave/);
  });

  it('recognises treatments of a workspace file whose patterns use groups of one name and back-references', () => {
    const { base, problems } = builtinKnowledgeBase().withOverrides(
      {
        treatments: [
          { id: 'shockwave', name: 'Shockwave therapy', visitBased: true, patterns: ['(?<w>shock) ?wave'] },
          { id: 'laser', name: 'Laser therapy', visitBased: true, patterns: ['(?<w>laser) therapy'] },
          { id: 'echo', name: 'Echo therapy', visitBased: true, patterns: ['(echo)-\\1 therapy'] },
        ],
      },
      'imr-guidelines.json',
    );
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(base.recognize('Shockwave x 3')?.id, 'shockwave');
    assert.strictEqual(base.recognize('Laser therapy x 6')?.id, 'laser');
    assert.strictEqual(base.recognize('Echo-echo therapy x 2')?.id, 'echo');
    assert.strictEqual(base.recognize('Acupuncture x 6')?.id, 'acupuncture');
    assert.strictEqual(base.recognize('Tramadol 50 mg #60')?.id, 'medication');
  });

  it('names no treatment for a heading that matches none, and still finds one named only by its abbreviation', () => {
    const kb = builtinKnowledgeBase();
    assert.strictEqual(kb.recognize('Purchase of a shower chair'), undefined);
    assert.strictEqual(kb.recognize('EA x 6'), kb.treatment('electro-acupuncture'));
  });

  it('an invalid file is refused with the file, the path inside it and what is wrong; the built-in data stays', () => {
    const builtin = builtinKnowledgeBase();
    const { base, problems } = builtin.withOverrides({ guidelines: [{ id: 'Bad Id', treatment: 'massage', source: 'MTUS', limit: { maxVisits: -1 } }] }, 'my-guidelines.json');
    assert.strictEqual(base, builtin);
    const text = problems.map(formatProblem).join('\n');
    assert.match(text, /my-guidelines\.json: guidelines\[0\]\.id: .*kebab-case/);
    assert.match(text, /guidelines\[0\]\.limit\.maxVisits: /);
    assert.match(text, /guidelines\[0\]\.citation: /);
  });

  it('the example guidelines file in examples/ is valid', () => {
    const data = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'imr-guidelines.json'), 'utf8'));
    const { base, problems } = builtinKnowledgeBase().withOverrides(data, 'examples/imr-guidelines.json');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(base.recognize('Shockwave therapy x 6')?.id, 'shockwave');
  });

  it('a guideline naming an unknown treatment is refused', () => {
    const { problems } = builtinKnowledgeBase().withOverrides(
      { guidelines: [{ id: 'x', treatment: 'teleportation', source: 'Other', guideline: 'g', citation: 'c', summary: 's', status: 'verified' }] },
      'f.json',
    );
    assert.deepStrictEqual(problems.map(formatProblem), ['f.json: guidelines[0].treatment: unknown treatment "teleportation"']);
  });

  it('the generated files are up to date (the guidelines JSON schema, the settings in package.json, the snippets, the README\'s table of rules) and every rule has its docs/rules/<id>.md', () => {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/generate.ts', '--check'], { cwd: root, stdio: 'pipe' });
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'guidelines.schema.json'), 'utf8'));
    assert.ok(schema.properties.guidelines && schema.properties.treatments);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.configuration.properties['imr.rules'].properties['visit-limit-exceeded']);
  });
});
