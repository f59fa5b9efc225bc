import * as assert from 'assert';
import fc from 'fast-check';
import { FoldedText, LineFolding, LineIndex } from '../../src/core/text';

/** A line of words, spaces, tabs, no-break spaces and now and then a page footer. */
const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom('word', 'MTUS', ' ', '  ', '\t', '\u00a0', 'x'.repeat(300), '.'), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('Page 2 of 5', '', ' ') },
);

/** The text of a span of a document, folded. */
function fold(lines: LineFolding, startLine: number, startChar: number, endLine: number, endChar: number): FoldedText {
  return new FoldedText(lines, { startLine, startChar, endLine, endChar });
}

function foldingOf(text: string): LineFolding {
  return new LineFolding(new LineIndex(text));
}

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
        const shared = foldingOf(text);
        const spans = spansOf(lines, cuts);
        // Spans folded in any order, on one document's folding.
        const sequence = order.length ? order.map((o) => spans[o % spans.length]) : spans;
        for (const s of [...sequence, ...spans]) {
          const folded = fold(shared, ...s);
          const alone = fold(foldingOf(text), ...s);
          assert.equal(folded.text, alone.text);
          assert.deepStrictEqual(folded.range, alone.range);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds where its text starts and ends without folding it, as folding it would', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 10 }), (lines, cuts) => {
        for (const s of spansOf(lines, cuts)) {
          const folding = foldingOf(lines.join('\n'));
          const unfolded = fold(folding, ...s);
          const range = unfolded.range;
          const folded = fold(folding, ...s);
          const text = folded.text;
          assert.equal(range === null, text.length === 0);
          if (range) assert.deepStrictEqual(range, { start: folded.positionAt(0), end: folded.rangeOf(text.length - 1, text.length).end });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('maps every character of its text back to the same character of the document, or a folded space to white space', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), (lines, cuts) => {
        const folding = foldingOf(lines.join('\n'));
        const { index } = folding;
        for (const s of spansOf(lines, cuts)) {
          const folded = fold(folding, ...s);
          for (let o = 0; o < folded.text.length; o++) {
            const p = folded.positionAt(o);
            const written = index.line(p.line)[p.character] ?? '\n';
            if (folded.text[o] === ' ') assert.match(written, /\s/, `offset ${o}`);
            else assert.equal(written, folded.text[o], `offset ${o}`);
            const r = folded.rangeOf(o, o + 1);
            assert.deepStrictEqual(r.start, p);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('folds every run of spaces, tabs and line breaks to one space, wherever it lies in a line', () => {
    const plain = fc.array(fc.constantFrom('word', 'MTUS', ' ', '  ', '   ', '\t', '\f', '.'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 40 }), (lines) => {
        const last = lines.length - 1;
        const folded = fold(foldingOf(lines.join('\n')), 0, 0, last, lines[last].length);
        assert.equal(folded.text, lines.join('\n').replace(/[ \t\f\n]+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });
});
