import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import fc from 'fast-check';
import { BUILTIN_TREATMENTS } from '../../src/core/knowledge/builtinTreatments';
import { requiredLiterals } from '../../src/core/knowledge/requiredLiterals';
import { trigramKeys, WordGate } from '../../src/core/knowledge/trigrams';
import { parseDetermination } from '../../src/core/parser';
import { realLetterFiles } from './helpers';

/** Every real heading we have: the bundled letters', and those of ../shared when present. */
function realTitles(): string[] {
  const files = realLetterFiles();
  return files.flatMap((f) => parseDetermination(fs.readFileSync(f, 'utf8')).items.map((i) => i.title));
}

/** Whether a gate of these words lets the text through. */
function opens(words: readonly string[], text: string): boolean {
  const gate = new WordGate([words.map(trigramKeys)]);
  gate.load(text);
  return gate.isOpen(0);
}

/**
 * What the shortcut promises: whenever the expression matches, the text holds one of the words,
 * and the gate of its words lets it through.
 */
function sound(source: string, text: string, flags = 'i'): boolean {
  const words = requiredLiterals(source);
  if (words === null || !new RegExp(source, flags).test(text)) return true;
  return words.some((w) => text.toLowerCase().includes(w)) && (words.some((w) => w.length < 3) || opens(words, text));
}

/** The gate by its definition: some word of the gate has every one of its trigram keys among the text's. */
function openByDefinition(words: readonly string[], text: string): boolean {
  const keys = new Set(trigramKeys(text));
  return words.some((w) => trigramKeys(w).every((k) => keys.has(k)));
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

  it('the word gate answers "no" only for a word the text lacks', () => {
    const gate = new WordGate([[trigramKeys('physical therapy')], [trigramKeys('post')], [trigramKeys('acupuncture'), trigramKeys('needling')]]);
    gate.load('post-op physical therapy x 12');
    assert.deepEqual([0, 1, 2].map((g) => gate.isOpen(g)), [true, true, false]);
    gate.load('POST-OP Physical Therapy');
    assert.ok(gate.isOpen(0), 'ASCII letters are compared in lower case');
    gate.load('dry needling');
    assert.deepEqual([0, 1, 2].map((g) => gate.isOpen(g)), [false, false, true], 'a new text forgets the trigrams of the last; any word of a gate opens it');
    gate.load('');
    assert.deepEqual([0, 1, 2].map((g) => gate.isOpen(g)), [false, false, false]);
  });

  it('the word gate opens exactly as its definition says, however the words share trigrams', () => {
    const piece = fc.constantFrom('a', 'b', 'c', 'ab', 'abc', 'bca', 'cab', 'A', 'B', 'C', ' ', 'a', '\u0101', 'q');
    const str = (max: number) => fc.array(piece, { minLength: 1, maxLength: max }).map((xs) => xs.join(''));
    const gates = fc.array(fc.array(str(4).filter((w) => w.length >= 3), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(gates, fc.array(str(12), { minLength: 1, maxLength: 4 }), (words, texts) => {
        const gate = new WordGate(words.map((ws) => ws.map(trigramKeys)));
        for (const text of texts) {
          gate.load(text);
          words.forEach((ws, g) => assert.equal(gate.isOpen(g), openByDefinition(ws, text), `gate ${g} ${JSON.stringify(ws)} on ${JSON.stringify(text)}`));
        }
      }),
      { numRuns: 3000 },
    );
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
