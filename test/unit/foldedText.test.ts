import * as assert from 'assert';
import fc from 'fast-check';
import { FoldedText } from '../../src/core/text';
import { LineIndex } from '../../src/core/text';

/** A line of words, spaces, tabs, no-break spaces and now and then a page footer. */
const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom('word', 'MTUS', ' ', '  ', '\t', '\u00a0', 'x'.repeat(300), '.'), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('Page 2 of 5', '', ' ') },
);

/** Spans over the lines, cut at random places, as the fields of a letter are. */
function spansOf(lines: string[], cuts: number[]): Array<[startLine: number, startChar: number, endLine: number, endChar: number]> {
  const bounds = [...new Set(cuts.map((c) => c % lines.length))].sort((a, b) => a - b);
  const spans: Array<[number, number, number, number]> = [];
  let start = 0;
  for (const b of [...bounds, lines.length]) {
    if (b <= start) continue;
    spans.push([start, Math.min(2, lines[start].length), b - 1, lines[b - 1].length]);
    start = b;
  }
  return spans;
}

describe('FoldedText', () => {
  it('folds a span alike whichever spans of the letter were folded before it', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 200 }), fc.array(fc.nat(), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }), (lines, cuts, order) => {
        const text = lines.join('\n');
        const shared = new LineIndex(text);
        const spans = spansOf(lines, cuts);
        // The lines' white space is searched span by span, in any order, on one index.
        const sequence = order.length ? order.map((o) => spans[o % spans.length]) : spans;
        for (const s of [...sequence, ...spans]) {
          const folded = FoldedText.fold(shared, ...s);
          const alone = FoldedText.fold(new LineIndex(text), ...s);
          assert.equal(folded.text, alone.text);
          assert.deepStrictEqual(folded.range, alone.range);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('folds texts together as it folds each alone, across the joined chunks', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 400 }), fc.array(fc.nat(), { maxLength: 60 }), fc.nat(3000), (lines, cuts, min) => {
        const text = lines.join('\n');
        const index = new LineIndex(text);
        // Some spans whole, some only their last lines, as a parse folds them.
        const together = spansOf(lines, cuts).map((s, k) => (k % 2 ? FoldedText.fold(index, ...s).tail(min) : FoldedText.fold(index, ...s)));
        FoldedText.foldTogether(together);
        spansOf(lines, cuts).forEach((s, k) => {
          const whole = FoldedText.fold(new LineIndex(text), ...s);
          const alone = k % 2 ? whole.tail(min) : whole;
          assert.equal(together[k].text, alone.text, `span ${k}`);
          assert.deepStrictEqual(together[k].range, alone.range);
          if (alone.text.length > 0) assert.deepStrictEqual(together[k].rangeOf(0, alone.text.length), alone.rangeOf(0, alone.text.length));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds where its text starts and ends without folding it, as folding it would', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 10 }), (lines, cuts) => {
        for (const s of spansOf(lines, cuts)) {
          const index = new LineIndex(lines.join('\n'));
          const unfolded = FoldedText.fold(index, ...s);
          const range = unfolded.range;
          const folded = FoldedText.fold(index, ...s);
          const text = folded.text;
          assert.equal(range === null, text.length === 0);
          if (range) assert.deepStrictEqual(range, { start: folded.positionAt(0), end: folded.rangeOf(text.length - 1, text.length).end });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives as its tail the end of its text, with the same positions', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.nat(2000), (lines, min) => {
        const index = new LineIndex(lines.join('\n'));
        const last = lines.length - 1;
        const all = FoldedText.fold(index, 0, 1, last, lines[last].length);
        const tail = all.tail(min);
        assert.ok(all.whole);
        assert.equal(tail.whole, tail === all);
        assert.ok(all.text.endsWith(tail.text), `${JSON.stringify(tail.text)} ends ${JSON.stringify(all.text)}`);
        const offset = all.text.length - tail.text.length;
        for (let i = 0; i < tail.text.length; i += 7) {
          assert.deepStrictEqual(tail.rangeOf(i, Math.min(i + 5, tail.text.length)), all.rangeOf(offset + i, offset + Math.min(i + 5, tail.text.length)));
        }
        // Whole lines at the end of the document, at least `min` characters of them, unless the tail is the whole text.
        assert.ok(all.source.endsWith(tail.source));
        if (tail !== all) assert.ok(tail.source.length >= min && (tail.source.length === index.text.length || index.text[index.text.length - tail.source.length - 1] === '\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps in its source every word of its text', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const index = new LineIndex(lines.join('\n'));
        const last = lines.length - 1;
        const folded = FoldedText.fold(index, 0, 0, last, lines[last].length);
        for (const word of folded.text.split(' ')) assert.ok(folded.source.includes(word));
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
