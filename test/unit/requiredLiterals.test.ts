import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import fc from 'fast-check';
import { BUILTIN_TREATMENTS } from '../../src/core/guidelines/builtinTreatments';
import { requiredLiterals } from '../../src/core/guidelines/requiredLiterals';
import { TrigramSet, trigramKeys } from '../../src/core/guidelines/trigrams';
import { parseDetermination } from '../../src/core/parser';
import { realLetterFiles } from './helpers';

/** Every real heading we have: the bundled letters', and those of ../shared when present. */
function realTitles(): string[] {
  const files = realLetterFiles();
  return files.flatMap((f) => parseDetermination(fs.readFileSync(f, 'utf8')).items.map((i) => i.title));
}

const grams = new TrigramSet();

/**
 * What the shortcut promises: whenever the expression matches, the text holds one of the words,
 * and the trigram table says it may.
 */
function sound(source: string, text: string, flags = 'i'): boolean {
  const words = requiredLiterals(source);
  if (words === null || !new RegExp(source, flags).test(text)) return true;
  const lower = text.toLowerCase();
  grams.load(lower);
  return words.some((w) => lower.includes(w)) && words.some((w) => w.length < 3 || grams.hasAll(trigramKeys(w)));
}

describe('requiredLiterals and the trigram table', () => {
  it('takes the longest run of each alternative, lower-cased, and drops what is optional', () => {
    assert.deepEqual(requiredLiterals('Massage'), ['massage']);
    assert.deepEqual(requiredLiterals('acc?upuncture'), ['upuncture']);
    assert.deepEqual(requiredLiterals('electro[\\s-]*acu?puncture|pool therapy'), ['puncture', 'pool therapy']);
    assert.deepEqual(requiredLiterals('counsel+ing sessions'), ['ing sessions']);
    assert.deepEqual(requiredLiterals('x[\\s-]*rays?\\b'), ['ray']);
    assert.deepEqual(requiredLiterals('hot packs?'), ['hot pack']);
    assert.deepEqual(requiredLiterals('\\bmri\\b'), ['mri']);
    assert.deepEqual(requiredLiterals('9792\\.24\\.1'), ['9792.24.1']);
    // A lookbehind is passed over: it tests the text before, it is not part of the match.
    assert.deepEqual(requiredLiterals('(?<!no )tens'), ['tens']);
    // Only ASCII is compared: other letters may fold in ways lower-casing does not follow.
    assert.deepEqual(requiredLiterals('caf\u00e9 visit'), [' visit']);
  });

  it('uses a group the match cannot do without when no run is long enough', () => {
    assert.deepEqual(requiredLiterals('\\b(?:tramadol|norco)\\b'), ['tramadol', 'norco']);
    assert.deepEqual(requiredLiterals('(?<drug>soma|ultram)'), ['soma', 'ultram']);
  });

  it('answers null (always run) for what it cannot read', () => {
    assert.equal(requiredLiterals('\\d+\\s*mg'), null);
    assert.equal(requiredLiterals('(?:ab|cd)?'), null);
    assert.equal(requiredLiterals('(?=tens)\\w+'), null);
    assert.equal(requiredLiterals('(?!tens)\\w+'), null);
    assert.equal(requiredLiterals('[abc]{3}'), null);
    assert.equal(requiredLiterals('mass(a|e)ge|tx'), null);
    assert.equal(requiredLiterals('unclosed (group'), null);
  });

  it('the trigram table answers "no" only for a word the text lacks', () => {
    grams.load('post-op physical therapy x 12');
    assert.ok(grams.hasAll(trigramKeys('physical therapy')));
    assert.ok(grams.hasAll(trigramKeys('post')));
    assert.ok(!grams.hasAll(trigramKeys('acupuncture')));
    grams.load('POST-OP Physical Therapy');
    assert.ok(grams.hasAll(trigramKeys('physical therapy')), 'ASCII letters are compared in lower case');
    grams.load('acupuncture');
    assert.ok(grams.hasAll(trigramKeys('acupuncture')));
    assert.ok(!grams.hasAll(trigramKeys('physical therapy')), 'a new text forgets the trigrams of the last');
  });

  it('never rules out a heading that a built-in treatment matches', () => {
    const sources = BUILTIN_TREATMENTS.flatMap((t) => [...(t.patterns ?? []), ...(t.requires ?? [])]);
    const titles = realTitles();
    // The bundled letters alone hold five items; ../shared, when present, adds the rest.
    assert.ok(titles.length >= 5);
    for (const source of sources) for (const title of titles) assert.ok(sound(source, title), `${source} on ${title}`);
    const words = ['Acupuncture', 'ELECTRO-ACUPUNCTURE', 'x-ray', 'X RAYS', 'Post-op', 'physical therapy', 'Norco', 'TENS unit', 'hot pack', 'counselling sessions', ' ', '-', '12', 'mg'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.constantFrom(...sources), (parts, source) => sound(source, parts.join(' '))),
      { numRuns: 2000 },
    );
  });

  it('never rules out a match of a random expression', () => {
    const atom = fc.constantFrom('a', 'b', 'c', 'ab', 'abc', 'bca', ' ', '-', '\\.', '\\b', '\\s', '\\d', '.', '[ab]', '[^a]', '(?:abc|bca)', '(ab|ca)', '(?<n>cab)', '(?=ab)', '(?!ab)', '(?<=a)', '(?<!b)');
    const quantified = fc.tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{1,2}', '{2}', '??', '+?')).map(([a, q]) => a + q);
    const pattern = fc.array(fc.array(quantified, { minLength: 1, maxLength: 6 }).map((xs) => xs.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'B', 'C', ' ', '-', '.', '1'), { maxLength: 20 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(pattern, text, fc.constantFrom('i', ''), (source, t, flags) => {
        try {
          new RegExp(source, flags);
        } catch {
          return true;
        }
        return sound(source, t, flags);
      }),
      { numRuns: 20000 },
    );
  });
});
