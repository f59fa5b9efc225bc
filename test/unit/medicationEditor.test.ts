import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, builtinKnowledgeBase, completionsAt, standardRationale } from '../../src/core';
import { medicationRationales } from '../../src/core/analysis/medicationRationales';
import { letter } from './helpers';

const kb = builtinKnowledgeBase();

describe('completion of drug names in a heading', () => {
  it('offers generics and brands that start with the word typed, with generic, class and strengths', () => {
    const text = letter([{ heading: 'Flex' }]);
    const c = completionsAt(analyze(text), { line: 9, character: 4 });
    const flexeril = c.find((x) => x.label === 'Flexeril');
    assert.ok(flexeril, JSON.stringify(c.map((x) => x.label)));
    assert.strictEqual(flexeril.kind, 'drug');
    assert.match(flexeril.detail, /^cyclobenzaprine, muscle relaxants; 5 mg/);
    assert.deepStrictEqual(flexeril.range, { start: { line: 9, character: 0 }, end: { line: 9, character: 4 } });
    const gen = completionsAt(analyze(letter([{ heading: 'Post-op hydroc' }])), { line: 9, character: 14 });
    assert.ok(gen.some((x) => x.label === 'hydrocodone/acetaminophen'));
  });
  it('offers nothing after the decision, in fields, or for a single letter typed', () => {
    const text = letter([{ heading: 'Norco 10/325mg #60' }]);
    const a = analyze(text);
    assert.ok(!completionsAt(a, { line: 9, character: 'Norco 10/325mg #60: Uph'.length }).some((x) => x.kind === 'drug'));
    assert.ok(!completionsAt(a, { line: 12, character: 'Decision rationale: Nor'.length }).some((x) => x.kind === 'drug'));
    assert.deepStrictEqual(completionsAt(analyze(letter([{ heading: 'N' }])), { line: 9, character: 1 }, false).filter((x) => x.kind === 'drug'), []);
  });
});

describe('standard rationale paragraphs for the medication classes', () => {
  it('one per position of the lexicon, with its citation, summary and the position\'s figures', () => {
    const all = medicationRationales(kb);
    assert.strictEqual(all.length, kb.drugPositions.length);
    assert.strictEqual(new Set(all.map((r) => r.prefix)).size, all.length);
    const mr = all.find((r) => r.prefix === 'rat-med-muscle-relaxants')!;
    assert.match(mr.body, /^Per the MTUS Chronic Pain Medical Treatment Guidelines \(8 CCR 9792\.24\.2\), muscle relaxants are recommended for a short course/);
    assert.match(mr.body, /\$\{4\|<how that compares with the guideline>,beyond the 2 to 3 weeks the guideline allows,within the 2 to 3 weeks the guideline allows\|\}/);
  });
  it('are in the generated snippets file', () => {
    const snippets = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'snippets', 'imr.code-snippets'), 'utf8')) as Record<string, { prefix: string }>;
    for (const r of medicationRationales(kb)) assert.ok(Object.values(snippets).some((s) => s.prefix === r.prefix), r.prefix);
  });
  it('are offered in the rationale of a medication item, filled with its heading', () => {
    const text = letter([{ heading: 'Flexeril 10mg #90', rationale: '' }]);
    const c = completionsAt(analyze(text), { line: 12, character: 'Decision rationale: '.length });
    assert.strictEqual(c.length, 1);
    assert.match(c[0].insertText, /Therefore, the request for Flexeril 10mg #90 \$\{9\|/);
    assert.strictEqual(c[0].detail, 'MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain)');
  });
});

describe('the standard rationale of an item (what Insert Rationale and completion insert)', () => {
  it("is the medication class's paragraph for a medication item, its conclusion agreeing with the decision first", () => {
    const a = analyze(letter([{ heading: 'Flexeril 10mg #90', decision: 'Overturned', rationale: '' }]));
    const p = standardRationale(a.doc.items[0], a)!;
    assert.strictEqual(p.citation, 'MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain)');
    assert.match(p.body, /^Per the MTUS Chronic Pain Medical Treatment Guidelines \(8 CCR 9792\.24\.2\), muscle relaxants/);
    assert.match(p.body, /Therefore, the request for Flexeril 10mg #90 \$\{9\|is medically necessary,is not medically necessary\|\}\.$/);
  });
  it("is the treatment's paragraph otherwise, and none for an item of neither", () => {
    const a = analyze(letter([{ heading: 'Massage therapy 2x6', rationale: '' }, { heading: 'Gym membership', rationale: '' }]));
    assert.match(standardRationale(a.doc.items[0], a)!.body, /the request for massage therapy 2x6/);
    assert.strictEqual(standardRationale(a.doc.items[1], a), null);
  });
});
