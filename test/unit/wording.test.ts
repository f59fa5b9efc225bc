import * as assert from 'assert';
import fc from 'fast-check';
import { anchorsIn, findConclusion, lastAnchorBefore } from '../../src/core/wording/conclusions';
import { citesNothing, mayDisclaimCitation, saysNotMtusWithoutCitation } from '../../src/core/wording/citations';

/** Every position where an anchor word starts, overlapping ones included: what the scan must find. */
function anchorPositions(text: string): number[] {
  const out: number[] = [];
  const re = /(?=medically|medical nec|recommendation|certified|warranted)/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** Text made of the pieces conclusions are made of, in any case, with the characters that fool case folding. */
const piece = fc.constantFrom(
  'medically',
  'MEDICALLY',
  'Medical nec',
  'medical\u00a0nec',
  'medical necessity',
  'medicalnec',
  'recommendation',
  'Recommendation is for denial',
  'certified',
  'non-certified',
  'WARRANTED',
  'warrant',
  ' is not ',
  ' is ',
  'not ',
  'necessary',
  'The request ',
  'it is ',
  '. ',
  ', ',
  ' and ',
  'ı',
  '\u212a',
  '\u0000',
  'x',
  ' ',
);
const rationale = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('language: conclusions', () => {
  it('finds every anchor word, from the last one back', () => {
    fc.assert(
      fc.property(rationale, (text) => {
        const found: number[] = [];
        for (let at = lastAnchorBefore(text, text.length); at >= 0; at = lastAnchorBefore(text, at)) found.push(at);
        assert.deepStrictEqual(found.reverse(), anchorPositions(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every anchor word in a stretch read forwards, as read backwards', () => {
    fc.assert(
      fc.property(rationale, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        assert.deepStrictEqual(anchorsIn(text, from, to), anchorPositions(text).filter((p) => p >= from && p < to));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the last conclusion, however far back it stands', () => {
    const filler = 'The records were reviewed in full. '.repeat(400);
    const text = `The request is not medically necessary. ${filler}`;
    const c = findConclusion(text);
    assert.ok(c);
    assert.strictEqual(c.polarity, 'not-necessary');
    assert.strictEqual(text.slice(c.start, c.end), 'medically necessary');
    assert.strictEqual(text.slice(c.negation!.start, c.negation!.end), 'not ');
  });

  it('takes the last of several conclusions, and an anchor without one does not count', () => {
    const text = 'Earlier it was medically necessary. The request is not certified. The medically documented history was reviewed.';
    const c = findConclusion(text);
    assert.ok(c);
    assert.strictEqual(text.slice(c.start, c.end), 'request is not certified');
    assert.strictEqual(c.polarity, 'not-necessary');
  });

  it('finds none where no anchor has one', () => {
    assert.strictEqual(findConclusion('The medically documented history was reviewed; nothing was certified.'), null);
    assert.strictEqual(findConclusion(''), null);
  });
});

describe('language: citations', () => {
  it('never rules out a citation that disclaims the MTUS or cites no evidence', () => {
    const piece = fc.constantFrom(
      'The Expert Reviewer ',
      'did not base their decision on the MTUS.',
      'DID NOT BASE ITS DECISION ON THE MTUS',
      'did not cite any medical evidence',
      'did not cite any evidence',
      'based their decision on recommendations outside of the MTUS Guidelines.',
      'based its decision on recommendation outside of the MTUS',
      'based his decision on the MTUS. ',
      'Decision based on ODG. ',
      'did not  base ',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (citesNothing(text) || saysNotMtusWithoutCitation(text)) assert.ok(mayDisclaimCitation(text), text);
      }),
      { numRuns: 3000 },
    );
    assert.ok(!mayDisclaimCitation('The Expert Reviewer based his decision on the MTUS Chronic Pain Guidelines.'));
  });
});
