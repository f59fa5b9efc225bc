import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, builtinKnowledgeBase, completionsAt, GuidelinesFileSchema, hoverAt, parseDetermination } from '../../src/core';
import { BUILTIN_STATEMENTS } from '../../src/core/knowledge/builtinStatements';
import { holdsStatement, wordsOnly } from '../../src/core/quotes/statementText';
import { HAS_SHARED, letter, SHARED, sharedLetters } from './helpers';

const kb = builtinKnowledgeBase();

/** The line of a letter that starts with the text. */
function lineOf(text: string, start: string): number {
  const n = text.split('\n').findIndex((l) => l.startsWith(start));
  assert.ok(n >= 0, start);
  return n;
}

describe('guideline statements: the data', () => {
  it('validates, has unique ids, and names treatments the base knows', () => {
    const parsed = GuidelinesFileSchema.safeParse({ statements: BUILTIN_STATEMENTS });
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
    const ids = kb.statements.map((s) => s.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const s of kb.statements) for (const t of s.treatments) assert.ok(kb.treatment(t), `${s.id}: ${t}`);
  });
  it('every anchor, predicate and condition matches the statement\'s own words where it should', () => {
    for (const s of kb.statements) {
      for (const q of s.qualifiers) assert.match(s.text, new RegExp(q.pattern, 'i'), `${s.id}: qualifier ${q.text}`);
    }
  });
  it('seenIn names exactly the letters of ../shared that hold the statement word for word (counted, not claimed)', function () {
    if (!HAS_SHARED) this.skip();
    const letters = [...sharedLetters('samples'), ...sharedLetters('corpus')].map((f) => {
      const doc = parseDetermination(fs.readFileSync(f, 'utf8'));
      const rationales = doc.items.map((i) => i.fields.rationale?.text ?? '').join(' ');
      return { name: path.relative(SHARED, f), words: wordsOnly(rationales) };
    });
    for (const s of kb.statements) {
      const seen = letters.filter((l) => holdsStatement(l.words, s)).map((l) => l.name);
      assert.deepStrictEqual(seen, s.status.seenIn, s.id);
    }
  });
  it('a statement neither seen in a letter nor in ../shared/reference says it is unverified', () => {
    for (const s of kb.statements) {
      if (s.status.verification === 'verified' || s.status.verification === 'verified-secondary') {
        assert.ok(s.status.seenIn.length > 0 || /shared\/reference/.test(s.status.sources), `${s.id}: verified by what?`);
      }
    }
  });
});

describe('guideline statements: hover and completion', () => {
  const text = letter([
    {
      heading: 'Chiropractic 2x4',
      rationale:
        'The patient has low back pain. Per the MTUS, manipulation is recommended as a trial of 6 visits over 2 weeks, with a total of up to 16 visits over 6-8 weeks. Therefore, the request is not medically necessary.',
    },
    { heading: 'Massage therapy 2x4', rationale: 'Per the MTUS, massage is limited to 4-6 visits in most cases. Therefore, the request is not medically necessary.' },
  ]);
  const a = analyze(text);
  it('on a misquoted sentence: the statement as worded, its source, its status and what differs', () => {
    const line = lineOf(text, 'Decision rationale: The patient has');
    const h = hoverAt(a, { line, character: 60 });
    assert.ok(h);
    assert.match(h.markdown, /\*\*MTUS:\*\* MTUS Chronic Pain Medical Treatment Guidelines \(Manual therapy & manipulation, pages 58-59\)/);
    assert.match(h.markdown, /> Low back: Recommended as an option\./);
    assert.match(h.markdown, /This sentence gives other figures\*\*: 16 visits over 6-8 weeks, where the guideline gives 18 visits over 6-8 weeks/);
    assert.match(h.markdown, /\*\*Status:\*\* verified\./);
  });
  it('on a faithful quotation: the statement and where it was seen', () => {
    const line = lineOf(text, 'Decision rationale: Per the MTUS, massage');
    const h = hoverAt(a, { line, character: 40 });
    assert.ok(h);
    assert.match(h.markdown, /> This treatment should be an adjunct to other recommended treatment/);
    assert.doesNotMatch(h.markdown, /This sentence/);
  });
  it('not on a sentence that quotes nothing', () => {
    const line = lineOf(text, 'Decision rationale: The patient has');
    assert.strictEqual(hoverAt(a, { line, character: 25 }), null);
  });
  it('after "The MTUS states" in a rationale: the MTUS statements of the item\'s treatment, quoted as worded', () => {
    const t = letter([{ heading: 'Chiropractic 2x4', rationale: 'The MTUS states ' }]);
    const line = lineOf(t, 'Decision rationale:');
    const c = completionsAt(analyze(t), { line, character: 'Decision rationale: The MTUS states '.length }, false);
    assert.ok(c.length >= 4, c.map((x) => x.label).join('\n'));
    assert.ok(c.every((x) => x.detail.startsWith('MTUS')));
    assert.ok(c.some((x) => x.insertText === '"Low back: Recommended as an option. Therapeutic care – Trial of 6 visits over 2 weeks, with evidence of objective functional improvement, total of up to 18 visits over 6-8 weeks."'));
  });
  it('after "ODG recommends": the ODG\'s statements; elsewhere in the rationale, not these', () => {
    const t = letter([{ heading: 'Acupuncture 6 sessions', rationale: 'ODG recommends ' }]);
    const line = lineOf(t, 'Decision rationale:');
    const c = completionsAt(analyze(t), { line, character: 'Decision rationale: ODG recommends '.length }, false);
    assert.deepStrictEqual(
      c.map((x) => x.detail.split(':')[0]),
      ['ODG'],
    );
    const plain = completionsAt(analyze(t), { line, character: 'Decision rationale: ODG'.length }, false);
    assert.ok(plain.every((x) => x.kind !== 'citation'));
  });
});
