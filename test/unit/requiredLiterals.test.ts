import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import fc from 'fast-check';
import { BUILTIN_TREATMENTS } from '../../src/core/knowledge/builtinTreatments';
import { requiredLiterals } from '../../src/core/knowledge/requiredLiterals';
import { parseDetermination } from '../../src/core/parser';
import { realLetterFiles } from './helpers';

/** Every real heading we have: the bundled letters', and those of ../shared when present. */
function realTitles(): string[] {
  const files = realLetterFiles();
  return files.flatMap((f) => parseDetermination(fs.readFileSync(f, 'utf8')).items.map((i) => i.title));
}

/** What the shortcut promises: whenever the expression matches, the text holds one of the words. */
function sound(source: string, text: string, flags = 'i'): boolean {
  const words = requiredLiterals(source);
  if (words === null || !new RegExp(source, flags).test(text)) return true;
  return words.some((w) => text.toLowerCase().includes(w));
}

describe('requiredLiterals (the statement index\'s search words, the anatomy\'s chapter words)', () => {
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
