import * as assert from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import { endsSentence, isItemsIntro, matchDecisionAtEnd, matchFieldLabel } from '../../src/core/parser/lineKinds';
import { isPageNoise } from '../../src/core/text';
import { firstNonBlank, isBlank, lastNonBlank, LineIndex } from '../../src/core/text';
import { realLetterFiles } from './helpers';

/** Text of words, blanks and every kind of line break, mixed. */
const mixedText = fc
  .array(fc.constantFrom('a', 'Upheld', ' ', '\t', '\u00a0', '\n', '\r\n', '\r', 'x'), { maxLength: 60 })
  .map((p) => p.join(''));

describe('LineIndex', () => {
  it('reads lines and breaks as a split on every kind of line break does, and positions round-trip', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const index = new LineIndex(text);
        assert.deepStrictEqual(index.lines, text.split(/\r\n|\r|\n/));
        assert.equal(index.lines.map((l, n) => l + index.eols[n]).join(''), text, 'lines and breaks rebuild the text');
        for (let l = 0; l < index.lineCount; l++) {
          assert.equal(index.line(l), index.lines[l]);
          assert.equal(index.lineLength(l), index.lines[l].length);
          assert.equal(index.text.slice(index.starts[l], index.ends[l]), index.lines[l]);
        }
        for (let o = 0; o <= text.length; o++) {
          const p = index.positionAt(o);
          // An offset inside a CRLF pair maps to the end of its line; every other offset round-trips.
          if (!(text[o - 1] === '\r' && text[o] === '\n')) assert.equal(index.offsetAt(p), o, `offset ${o}`);
        }
        const crlf = (text.match(/\r\n/g) ?? []).length;
        const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
        const cr = (text.match(/\r(?!\n)/g) ?? []).length;
        assert.equal(index.preferredEol, cr > crlf && cr > lf ? '\r' : crlf > lf ? '\r\n' : '\n');
      }),
      { numRuns: 500 },
    );
  });
});

/** Every line of every letter we have, with the text around it. */
function realLines(): Array<{ text: string; index: LineIndex; line: number }> {
  const files = realLetterFiles();
  return files.flatMap((f) => {
    const index = new LineIndex(fs.readFileSync(f, 'utf8'));
    return index.lines.map((_, line) => ({ text: index.text, index, line }));
  });
}

describe('line kinds read in place', () => {
  it('give the same answers on a line inside the whole text as on the line alone (offsets shifted)', () => {
    const lines = realLines();
    // The bundled letters alone hold 87 lines; ../shared, when present, adds thousands.
    assert.ok(lines.length > 50);
    // The line alone, and the line between others that could mislead a reader going past its ends.
    const extra = ['Decision rationale: x', 'MRI of the knee: Upheld', 'Page 2 of 5', 'below:'];
    for (const s of extra) {
      const text = `${s}\n${s}\n${s}`;
      const index = new LineIndex(text);
      lines.push({ text, index, line: 1 });
    }
    for (const { text, index, line } of lines) {
      const from = index.starts[line];
      const to = index.ends[line];
      const alone = index.line(line);
      const shift = <T extends object | null>(m: T, keys: string[]): T => {
        if (!m) return m;
        const out: Record<string, unknown> = { ...m };
        for (const k of keys) if (typeof out[k] === 'number' && (out[k] as number) >= 0) out[k] = (out[k] as number) + from;
        return out as T;
      };
      const where = `${JSON.stringify(alone)}`;
      assert.equal(isBlank(text, from, to), isBlank(alone), where);
      assert.equal(firstNonBlank(text, from, to), firstNonBlank(alone) + from, where);
      assert.equal(lastNonBlank(text, from, to), lastNonBlank(alone) + from, where);
      assert.deepStrictEqual(matchFieldLabel(text, from, to), shift(matchFieldLabel(alone), ['labelStart', 'end']), where);
      assert.deepStrictEqual(matchDecisionAtEnd(text, from, to), shift(matchDecisionAtEnd(alone), ['colon', 'wordStart', 'wordEnd']), where);
      assert.equal(isItemsIntro(text, from, to), isItemsIntro(alone), where);
      assert.equal(isPageNoise(text, from, to), isPageNoise(alone), where);
      assert.equal(endsSentence(text, from, to), endsSentence(alone), where);
    }
  });
});

describe('line kinds: the quick rejections never turn away a line the patterns accept', () => {
  const fragment = fc.constantFrom(
    ...['The', 'the', 'THE', 'There', 'Final', 'final', 'f', 'Determination', 'was', 'based', 'on', 'set', 'forth', 'FORTH', 'below', 'BELOW', ':', ' :', '.', 'w', 'h'],
    ...[' ', '  ', '\t', '\u00a0', '\f', '\u2003', '\u200b', '\ufeff', 'Page', 'page', 'PA', 'pa', '2', '12', 'of', '/', 'CM14-', '12345', 'Case Number:', 'Case', 'cm', 'x'],
    ...['Upheld', 'UPHELD', 'upheld', 'Overturned', 'overturn', 'Partially', 'uphold', 'Uphold', 'ed', 'rn', 'eld', 'ned', 'urn', 'old'],
  );
  const line = fc.array(fragment, { maxLength: 10 }).map((p) => p.join(''));

  it('page footers: as the pattern says', () => {
    const footer = /^[\s\f]*(?:Page\s+\d+\s*(?:of\s+\d+)?|\d+\s*(?:of|\/)\s*\d+|CM\d{2}-\d{5,8}|Case Number:?\s*CM\d{2}-\d{5,8})[\s\f]*$/i;
    fc.assert(
      fc.property(line, (l) => isPageNoise(l) === (l.length <= 60 && footer.test(l))),
      { numRuns: 5000 },
    );
  });

  it('the items intro: as the patterns say, on the line between its blanks', () => {
    const head = /^The\s+Final\s+Determination\s+was\s+based\s+on/i;
    const tail = /(?:set\s+forth(?:\s+below)?|^\s*below)\s*:?\s*$/i;
    const intro = (l: string): boolean => {
      const text = l.slice(firstNonBlank(l), lastNonBlank(l));
      return head.test(text) || tail.test(text);
    };
    fc.assert(
      fc.property(line, (l) => isItemsIntro(l) === intro(l)),
      { numRuns: 5000 },
    );
    // The intro with a space before its colon: the pattern takes it, and so does the parser.
    assert.ok(isItemsIntro('the disputed items/services set forth :'));
    assert.ok(isItemsIntro('below :'));
    assert.ok(!isItemsIntro('as set forth in the guidelines:'));
  });

  it('decisions: every wording, in any case, ends a heading', () => {
    const wordings: Array<[string, string]> = [
      ['Partially Overturned', 'Partially Overturned'],
      ['Partially Overturn', 'Partially Overturned'],
      ['Partially Upheld', 'Partially Overturned'],
      ['Overturned', 'Overturned'],
      ['Overturn', 'Overturned'],
      ['Upheld', 'Upheld'],
      ['Uphold', 'Upheld'],
    ];
    for (const [w, decision] of wordings) {
      for (const written of [w, w.toUpperCase(), w.toLowerCase()]) {
        for (const l of [`MRI of the knee: ${written}`, `MRI:${written}.`, written, `  ${written}  `]) {
          assert.equal(matchDecisionAtEnd(l)?.decision, decision, l);
        }
      }
    }
  });
});
