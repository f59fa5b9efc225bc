import * as assert from 'assert';
import fc from 'fast-check';
import { FoldedText, FoldSpan } from '../../src/core/foldedText';
import { LineIndex } from '../../src/core/text';

/** A line of words, spaces, tabs, no-break spaces and now and then a page footer. */
const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom('word', 'MTUS', ' ', '  ', '\t', '\u00a0', 'x'.repeat(300), '.'), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('Page 2 of 5', '', ' ') },
);

describe('FoldedText.foldAll', () => {
  it('gives each span the text and positions that folding it alone gives, across the joined chunks', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 400 }), fc.array(fc.nat(), { maxLength: 60 }), (lines, cuts) => {
        const index = new LineIndex(lines.join('\n'));
        // Consecutive spans over the lines, cut at random places, as the fields of a letter are.
        const bounds = [...new Set(cuts.map((c) => c % lines.length))].sort((a, b) => a - b);
        const spans: FoldSpan[] = [];
        let start = 0;
        for (const b of [...bounds, lines.length]) {
          if (b <= start) continue;
          const startChar = Math.min(2, lines[start].length);
          spans.push({ startLine: start, startChar, endLine: b - 1, endChar: lines[b - 1].length });
          start = b;
        }
        const all = FoldedText.foldAll(index, spans);
        assert.equal(all.length, spans.length);
        spans.forEach((s, k) => {
          const one = FoldedText.fold(index, s.startLine, s.startChar, s.endLine, s.endChar);
          assert.equal(all[k].text, one.text, `span ${k}`);
          assert.deepStrictEqual(all[k].range, one.range);
          if (one.text.length > 0) assert.deepStrictEqual(all[k].rangeOf(0, one.text.length), one.rangeOf(0, one.text.length));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('folds every run of spaces, tabs and line breaks to one space, wherever it lies in a line', () => {
    const plain = fc.array(fc.constantFrom('word', 'MTUS', ' ', '  ', '   ', '\t', '\f', '.'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 40 }), (lines) => {
        const index = new LineIndex(lines.join('\n'));
        const last = lines.length - 1;
        const folded = FoldedText.fold(index, 0, 0, last, lines[last].length);
        assert.equal(folded.text, lines.join('\n').replace(/[ \t\f\n]+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });
});
