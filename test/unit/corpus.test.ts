import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, parseDetermination } from '../../src/core';
import { BUNDLED, HAS_SHARED, sharedLetters } from './helpers';

/** Decisions counted independently of the parser: lines that end in a decision word. */
function countDecisionLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((l) => /(?:^|:)\s*(?:Upheld|Overturned)\s*$/.test(l)).length;
}

const bundled = fs.readdirSync(BUNDLED).map((f) => path.join(BUNDLED, f));

describe('parser: every real letter', function () {
  if (!HAS_SHARED) it('needs ../shared (absent here): the bundled samples are checked below');
  const letters = [...sharedLetters('samples'), ...sharedLetters('corpus'), ...bundled];
  for (const file of letters) {
    it(`${path.basename(path.dirname(file))}/${path.basename(file)}: every item has a title, a decision and its three fields`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const doc = parseDetermination(text);
      assert.ok(doc.isDetermination);
      for (const kind of ['howMade', 'caseSummary', 'issues']) assert.ok(doc.sections.some((s) => s.kind === kind), `section ${kind}`);
      assert.ok(doc.items.length > 0, 'has items');
      assert.strictEqual(doc.items.length, countDecisionLines(text), 'one item per decision line');
      for (const item of doc.items) {
        const name = `item at line ${item.headingRange.start.line + 1}`;
        assert.ok(item.title.length > 2, `${name} has a title`);
        assert.ok(!/\b(?:Claims Administrator guideline|MAXIMUS guideline|Decision rationale)\b/.test(item.title), `${name}: the title holds no field`);
        assert.ok(item.decision === 'Upheld' || item.decision === 'Overturned', `${name} has a decision`);
        if (path.dirname(file) !== BUNDLED) {
          for (const k of ['claimsAdministrator', 'maximus', 'rationale'] as const) {
            const f = item.fields[k];
            assert.ok(f && f.text.length > 0, `${name} has a non-empty ${k}`);
          }
        }
      }
      // The analysis of a real letter never breaks a rule.
      assert.deepStrictEqual(analyze(text).internalErrors, []);
    });
  }
});

/** The same letter as other PDF extractions render it. */
const LAYOUTS: Record<string, (text: string) => string> = {
  'doubled line breaks and trailing spaces': (t) => t.split(/\r?\n/).map((l) => `${l} \n`).join('\n'),
  CRLF: (t) => t.replace(/\r?\n/g, '\r\n'),
  'form feeds and blank runs at page breaks': (t) => t.split(/\r?\n/).map((l, i) => (i % 37 === 36 ? `${l}\n\f\n\n` : l)).join('\n'),
};

describe('parser: one letter, whatever the extraction layout', function () {
  const letters = [...sharedLetters('samples'), ...sharedLetters('corpus'), ...bundled];
  const summary = (text: string) =>
    parseDetermination(text).items.map((i) => [i.title, i.decision, i.fields.claimsAdministrator?.text, i.fields.maximus?.text, i.fields.rationale?.text]);
  for (const [name, transform] of Object.entries(LAYOUTS)) {
    it(`${name}: every letter parses to the same items and field texts`, () => {
      for (const file of letters) {
        const text = fs.readFileSync(file, 'utf8');
        assert.deepStrictEqual(summary(transform(text)), summary(text), path.basename(file));
      }
    });
  }
});
