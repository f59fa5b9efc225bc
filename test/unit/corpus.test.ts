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

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The letter with every item heading and every field laid out again at another line width, as a
 * PDF of other margins would give them: the blocks as the parser found them, their words re-wrapped.
 */
function rewrapped(text: string, width: number, blankBetween: boolean): string {
  const doc = parseDetermination(text);
  const lines = text.split(/\r?\n/);
  const blocks: Array<{ from: number; to: number; text: string }> = [];
  for (const item of doc.items) {
    blocks.push({ from: item.headingRange.start.line, to: item.headingRange.end.line, text: `${item.heading}: ${item.decisionText}` });
    for (const f of [item.fields.claimsAdministrator, item.fields.maximus, item.fields.rationale]) {
      if (f) blocks.push({ from: f.range.start.line, to: f.range.end.line, text: `${f.label}: ${f.text}` });
    }
  }
  const out: string[] = [];
  let next = 0;
  for (const b of blocks.sort((x, y) => x.from - y.from)) {
    out.push(...lines.slice(next, b.from));
    for (const l of wrap(b.text, width)) out.push(...(blankBetween ? [l, ''] : [l]));
    next = b.to + 1;
  }
  out.push(...lines.slice(next));
  return out.join('\n');
}

/** The same letter as other PDF extractions render it. */
const LAYOUTS: Record<string, (text: string) => string> = {
  'doubled line breaks and trailing spaces': (t) => t.split(/\r?\n/).map((l) => `${l} \n`).join('\n'),
  CRLF: (t) => t.replace(/\r?\n/g, '\r\n'),
  'form feeds and blank runs at page breaks': (t) => t.split(/\r?\n/).map((l, i) => (i % 37 === 36 ? `${l}\n\f\n\n` : l)).join('\n'),
  'every line indented': (t) => t.split(/\r?\n/).map((l) => `    ${l}`).join('\n'),
  'every line centred': (t) => t.split(/\r?\n/).map((l) => ' '.repeat(Math.max(0, (100 - l.trim().length) >> 1)) + l.trim()).join('\n'),
  'some spaces written as tabs or no-break spaces': (t) => t.replace(/ /g, (_space, at: number) => (at % 7 === 3 ? '\t' : at % 5 === 0 ? '\u00a0' : ' ')),
  'field labels alone on their line, in capitals': (t) =>
    t.replace(/^(\s*)(Claims Administrator guideline|MAXIMUS guideline|Decision rationale):[ \t]*(?=\S)/gim, (_label, indent: string, name: string) => `${indent}${name.toUpperCase()}:\n`),
  'the decision on the line after the heading, without its colon': (t) => t.replace(/:[ \t]*(Upheld|Overturned)[ \t]*$/gm, '\n$1'),
  'items re-wrapped at 45 columns': (t) => rewrapped(t, 45, false),
  'items re-wrapped at 100 columns with blank lines between': (t) => rewrapped(t, 100, true),
  'items unwrapped, one line per heading and field': (t) => rewrapped(t, 100000, false),
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
