import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, builtinKnowledgeBase, completionsAt, decisionSummaryMarkdown, decisionSummaryText, RATIONALES } from '../../src/core';
import { guidelineFigures, figuresIn, limitSentence } from '../../src/core/analysis/rationales';
import { rationaleSnippet } from '../../src/core/analysis/writing';
import { letter } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'imr.code-snippets'), 'utf8')) as Record<string, { prefix: string; description: string; body: string[] }>;

/** A checker for VS Code's snippet grammar: tab stops, placeholders (nested), choices, escapes. */
function parseSnippet(body: string): { tabstops: Set<number> } {
  const tabstops = new Set<number>();
  let i = 0;
  const parseUntil = (stop: string | null): void => {
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (stop && c === stop) return;
      if (c === '$') {
        const m = /^\$(\d+)|^\$\{(\d+)(?::|\||\})/.exec(body.slice(i));
        if (!m) throw new Error(`bad "$" at ${i}: ${body.slice(i, i + 20)}`);
        const n = Number(m[1] ?? m[2]);
        tabstops.add(n);
        if (m[1] !== undefined) {
          i += m[0].length;
          continue;
        }
        const kind = m[0][m[0].length - 1];
        i += m[0].length;
        if (kind === '}') continue;
        if (kind === ':') {
          parseUntil('}');
          if (body[i] !== '}') throw new Error(`unclosed placeholder \${${n}`);
          i++;
          continue;
        }
        const end = body.indexOf('|}', i);
        if (end < 0) throw new Error(`unclosed choice \${${n}`);
        if (/\$/.test(body.slice(i, end))) throw new Error(`a choice holds a "$": ${body.slice(i, end)}`);
        i = end + 2;
        continue;
      }
      if (c === '}' && stop === null) throw new Error(`unescaped "}" at ${i}`);
      i++;
    }
  };
  parseUntil(null);
  return { tabstops };
}

describe('snippets', () => {
  it('every snippet parses, and prefixes are unique', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.description.length > 5, name);
      assert.doesNotThrow(() => parseSnippet(s.body.join('\n')), name);
    }
  });
  it('offers the skeletons and a paragraph for each common treatment', () => {
    const prefixes = new Set(Object.values(snippets).map((s) => s.prefix));
    for (const p of ['item', 'letter', 'rat-acupuncture', 'rat-acupuncture-extension', 'rat-electro-acupuncture', 'rat-chiropractic', 'rat-pt-myalgia', 'rat-pt-neuritis', 'rat-massage', 'rat-work-hardening', 'rat-functional-restoration', 'rat-psychotherapy', 'rat-biofeedback', 'rat-tens', 'rat-trigger-point', 'rat-epidural', 'rat-infrared', 'rat-cupping', 'rat-xray-cervical', 'rat-xray-lumbar', 'rat-mri', 'rat-postop-pt']) {
      assert.ok(prefixes.has(p), p);
    }
  });
  it('every figure in a rationale paragraph is a figure of its guideline in the data', () => {
    const kb = builtinKnowledgeBase();
    for (const spec of RATIONALES) {
      const g = kb.guidelines.find((x) => x.id === spec.guideline)!;
      const body = Object.values(snippets).find((s) => s.prefix === spec.prefix)!.body.join('\n').replace(/\$\{?\d+/g, '');
      const known = guidelineFigures(g);
      for (const n of figuresIn(body)) assert.ok(known.has(n), `${spec.prefix}: ${n} is not in ${g.id}`);
      assert.ok(body.startsWith(`Per the ${g.guideline.replace(/,\s.*$/, '')}`), `${spec.prefix} opens with what its guideline says`);
    }
  });
  it('a guideline whose figures a workspace file changed gets a plain opening, with its own limit', () => {
    const kb = builtinKnowledgeBase().withOverrides(
      { guidelines: [{ id: 'mtus-massage', treatment: 'massage', source: 'MTUS', guideline: 'Local policy', citation: 'Local massage policy', summary: 'Up to 12 visits.', limit: { maxVisits: 12 }, preferred: true, status: 'verified' }] },
      'test.json',
    ).base;
    const spec = RATIONALES.find((r) => r.prefix === 'rat-massage')!;
    const body = rationaleSnippet(spec, kb)!;
    assert.match(body, /^The Local policy address massage therapy and myofascial release\. The guidelines allow up to 12 visits\. The medical records/);
  });
  it('the limit sentence agrees with the structured limit', () => {
    const kb = builtinKnowledgeBase();
    const g = (id: string) => kb.guidelines.find((x) => x.id === id)!;
    assert.strictEqual(limitSentence(g('mtus-massage')), 'The guidelines allow up to 6 visits.');
    assert.strictEqual(limitSentence(g('mtus-manipulation')), 'The guidelines allow an initial trial of 6 visits and, with documented objective functional improvement, a total of up to 18 visits over 8 weeks.');
    assert.strictEqual(limitSentence(g('mtus-acupuncture')), 'The guidelines allow an initial trial of 6 visits; more visits require documented objective functional improvement.');
  });
});

describe('completion', () => {
  const text = letter([{ heading: 'Massage therapy 2x6', maximus: '' }]);
  const a = analyze(text);
  it('offers citations after "MAXIMUS guideline:", the treatment\'s first, each row named by its topic', () => {
    const c = completionsAt(a, { line: 11, character: 'MAXIMUS guideline: '.length });
    const sorted = [...c].sort((x, y) => x.sortText.localeCompare(y.sortText));
    assert.deepStrictEqual([sorted[0].label, sorted[0].description, sorted[0].insertText], ['Massage therapy / myofascial release', 'MTUS, page(s) 60', 'Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.']);
    assert.strictEqual(sorted[0].detail, sorted[0].insertText, 'the full citation in the detail');
    const labels = c.map((x) => x.label);
    const rows = c.map((x) => `${x.label} ${x.description ?? ''}`);
    assert.strictEqual(new Set(rows).size, rows.length, `no two rows look the same: ${rows.join(' | ')}`);
    assert.ok(!labels.some((l) => l.startsWith('Decision based on')), 'no row starts with the words they all share');
    // Citing no evidence is the form of an ancillary service decided with its surgery, not of a treatment of its own.
    assert.ok(!c.some((x) => x.insertText === 'The Expert Reviewer did not cite any medical evidence for its decision.'));
    assert.ok(c.some((x) => x.insertText.startsWith('The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation')));
  });
  it('offers the Claims Administrator forms after its label', () => {
    const c = completionsAt(a, { line: 10, character: 31 });
    assert.ok(c.some((x) => x.insertText === 'The Claims Administrator did not cite any medical evidence for its decision.'));
  });
  it('offers Upheld and Overturned at the end of a heading', () => {
    const t = letter([]) + 'TENS unit for home use: \n';
    const c = completionsAt(analyze(t), { line: 8, character: 24 });
    assert.deepStrictEqual(c.map((x) => [x.label, x.insertText]), [['Upheld', 'Upheld'], ['Overturned', 'Overturned']]);
  });
  it('offers the standard paragraph in an empty rationale, filled with the item, its conclusion agreeing with the decision first', () => {
    const empty = analyze(letter([{ heading: 'Massage therapy 2x6', rationale: '' }]));
    const c = completionsAt(empty, { line: 12, character: 'Decision rationale: '.length });
    assert.strictEqual(c.length, 1);
    assert.match(c[0].insertText, /the request for massage therapy 2x6 \$\{9\|is not medically necessary,is medically necessary\|\}/);
    const overturned = analyze(letter([{ heading: 'Massage therapy 2x6', decision: 'Overturned', rationale: '' }]));
    assert.match(completionsAt(overturned, { line: 12, character: 'Decision rationale: '.length })[0].insertText, /\$\{9\|is medically necessary,is not medically necessary\|\}/);
  });
  it('offers no paragraph in a rationale that has text, asked or not', () => {
    assert.deepStrictEqual(completionsAt(a, { line: 12, character: 25 }, true), []);
    assert.deepStrictEqual(completionsAt(a, { line: 12, character: 25 }, false), []);
  });
  it('offers nothing in the case summary', () => {
    assert.deepStrictEqual(completionsAt(a, { line: 4, character: 5 }), []);
  });
});

describe('decision summary', () => {
  const a = analyze(letter([{ heading: 'Massage therapy 2x6' }, { heading: 'MRI of the knee', decision: 'Overturned' }]));
  it('as a Markdown table: items, decisions, treatments and requested visits', () => {
    assert.strictEqual(
      decisionSummaryMarkdown(a),
      [
        '| Disputed item       | Decision   | Treatment                            | Requested visits |',
        '| ------------------- | ---------- | ------------------------------------ | ---------------: |',
        '| Massage therapy 2x6 | Upheld     | Massage therapy / myofascial release |               12 |',
        '| MRI of the knee     | Overturned | MRI                                  |                  |',
        '',
      ].join('\n'),
    );
  });
  it('as plain text in aligned columns', () => {
    assert.strictEqual(
      decisionSummaryText(a),
      [
        'Disputed item        Decision    Treatment                             Requested visits',
        'Massage therapy 2x6  Upheld      Massage therapy / myofascial release                12',
        'MRI of the knee      Overturned  MRI',
        '',
      ].join('\n'),
    );
  });
  it('escapes a pipe in a Markdown cell', () => {
    assert.match(decisionSummaryMarkdown(analyze(letter([{ heading: 'TENS | unit' }]))), /\| TENS \\\| unit +\|/);
  });
});

describe('completion while typing', () => {
  it('does not open the list on every space of a rationale or a citation, only where a value starts', () => {
    const text = letter([{ heading: 'Massage therapy 2x6', maximus: 'Decision based on MTUS', rationale: 'Per MTUS the request' }]);
    const a = analyze(text);
    assert.deepStrictEqual(completionsAt(a, { line: 12, character: 'Decision rationale: Per MTUS '.length }, false), []);
    assert.deepStrictEqual(completionsAt(a, { line: 11, character: 'MAXIMUS guideline: Decision based '.length }, false), []);
    const empty = analyze(letter([{ heading: 'Massage therapy 2x6', maximus: '', rationale: '' }]));
    assert.ok(completionsAt(empty, { line: 11, character: 'MAXIMUS guideline: '.length }, false).length > 5);
    assert.strictEqual(completionsAt(empty, { line: 12, character: 'Decision rationale: '.length }, false).length, 1);
  });
  it('offers the paragraph while its first word is typed, and not once the rationale has more', () => {
    const typing = analyze(letter([{ heading: 'Massage therapy 2x6', rationale: 'Sta' }]));
    assert.strictEqual(completionsAt(typing, { line: 12, character: 'Decision rationale: Sta'.length }, true).length, 1);
    const filling = analyze(letter([{ heading: 'Massage therapy 2x6', rationale: 'Per the MTUS Chronic Pain Medical Treatment Guidelines, massage therapy is an option. The medical records dated' }]));
    assert.deepStrictEqual(completionsAt(filling, { line: 12, character: 'Decision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines, massage therapy is an option. The medical records dated'.length }, true), []);
  });
});
