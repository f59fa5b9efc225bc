import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, fixAllEdits, LineIndex, Range } from '../../src/core';
import { BUNDLED, letter, sharedLetters } from './helpers';

const seeds = [
  ...sharedLetters('samples'),
  ...fs.readdirSync(BUNDLED).map((f) => path.join(BUNDLED, f)),
].map((f) => fs.readFileSync(f, 'utf8'));
seeds.push(letter([{ heading: 'Massage 2x8', maximus: null }, { heading: 'TENS unit', decision: null, rationale: 'XXX <Insert Topic (TENS)>' }]));

function checkRanges(text: string): void {
  const a = analyze(text);
  const index = new LineIndex(text);
  const inside = (r: Range) => {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < index.lineCount, `line ${p.line} of ${index.lineCount}`);
      assert.ok(p.character >= 0 && p.character <= index.lines[p.line].length, `character ${p.character}`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), 'start before end');
  };
  assert.deepStrictEqual(a.internalErrors, []);
  for (const f of a.findings) {
    inside(f.range);
    for (const x of f.fixes) for (const e of x.edits) inside(e.range);
  }
  for (const i of a.doc.items) [i.range, i.headingRange, i.titleRange].forEach(inside);
}

/** Mutations a letter goes through: lines deleted, duplicated, truncated, line breaks mixed, odd characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('crlf' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\u0000', '\r', ': Upheld', 'Massage: Overturned', 'Decision rationale:', 'MAXIMUS guideline:', 'Claims Administrator guideline:', '<Insert ', 'XXX', '\ud800', '\uFEFF', 'x'.repeat(5000))) }),
);

function mutate(text: string, ms: Array<{ kind: string; at: number; count?: number; text?: string }>): string {
  let lines = text.split('\n');
  for (const m of ms) {
    const at = lines.length ? m.at % lines.length : 0;
    if (m.kind === 'delete') lines.splice(at, m.count!);
    else if (m.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + m.count!));
    else if (m.kind === 'truncate') lines = lines.join('\n').slice(0, m.at % (text.length + 1)).split('\n');
    else if (m.kind === 'crlf') lines = lines.map((l, i) => (i % ((m.at % 3) + 2) === 0 ? l + '\r' : l));
    else if (m.kind === 'insert') lines.splice(at, 0, m.text!);
  }
  return lines.join('\n');
}

describe('robustness', function () {
  this.timeout(120000);

  it('never throws and keeps every range inside the document, on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => checkRanges(s)), { numRuns: 300 });
  });

  it('never throws and keeps every range inside the document, on mutated letters', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { maxLength: 6 }), (seed, ms) => checkRanges(mutate(seeds[seed], ms))),
      { numRuns: 800 },
    );
  });

  it('fix-all on mutated letters keeps every character outside the fixes, and a second fix-all is a no-op', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { maxLength: 4 }), (seed, ms) => {
        const text = mutate(seeds[seed], ms);
        const edits = fixAllEdits(analyze(text).findings);
        const fixed = applyEdits(text, edits);
        // Every edit inserts or replaces; what lies between edits is the original text, in order.
        const index = new LineIndex(text);
        let pos = 0;
        let out = 0;
        for (const e of edits) {
          const s = index.offsetAt(e.range.start);
          const t = index.offsetAt(e.range.end);
          assert.strictEqual(fixed.slice(out, out + (s - pos)), text.slice(pos, s));
          out += s - pos + e.newText.length;
          pos = t;
        }
        assert.strictEqual(fixed.slice(out), text.slice(pos));
        assert.deepStrictEqual(fixAllEdits(analyze(fixed).findings), []);
      }),
      { numRuns: 200 },
    );
  });

  // Folding a line must not take stack in proportion to its words: an expression that repeats a
  // group once per word ran out of stack on such a line when it had white space to fold.
  it('analyses a 6.7 MB line of words one space apart in the issues section, with and without white space to fold', () => {
    const line = 'x '.repeat(3_400_000);
    for (const text of [
      letter([{ heading: 'Massage' }]) + line,
      letter([{ heading: 'Massage', rationale: line }]),
      letter([{ heading: 'Massage', rationale: `\t${line}\tTherefore, the request is not medically necessary.` }]),
      letter([{ heading: `\t${line}` }]),
    ]) {
      const a = analyze(text);
      assert.deepStrictEqual(a.internalErrors, []);
      for (const item of a.doc.items) for (const f of Object.values(item.fields)) assert.ok(f.text.length > 0 && f.textRangeOf(0, f.text.length).end.line >= 0);
    }
  });

  // A guard against catastrophic backtracking, not a speed goal (those are in `npm run bench`):
  // a quadratic regular expression takes minutes on these inputs, linear code well under a second.
  for (const [name, unit] of [
    ['spaces', ' '],
    ['colons and spaces', ': '],
    ['letters', 'a'],
    ['digits and x', '2x'],
    ['a placeholder that never closes', '<insert ('],
    ['number words', 'two sessions per '],
    ['sentence stops', 'not. '],
    ['underscores', '_'],
    ['words two spaces apart', 'a  '],
    ['words a space and a tab apart', 'a \t'],
    ['verdicts on counts, with no request named', 'the 24 sessions are excessive, '],
  ] as const) {
    it(`analyses a 1 MB line of ${name} without backtracking`, () => {
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const text = letter([{ heading: `Massage ${line.slice(0, 100_000)}`, rationale: line }]) + line;
      const t0 = process.hrtime.bigint();
      checkRanges(text);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    });
  }
});
