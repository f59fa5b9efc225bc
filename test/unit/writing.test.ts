import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, builtinKnowledgeBase, completionsAt, decisionSummary, RATIONALES } from '../../src/core';
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
      const known = new Set(`${g.summary} ${g.citation} ${g.section ?? ''} ${JSON.stringify(g.limit ?? {})} ${g.guideline}`.match(/\d+(?:\.\d+)*/g) ?? []);
      for (const n of body.match(/\d+(?:\.\d+)*/g) ?? []) assert.ok(known.has(n), `${spec.prefix}: ${n} is not in ${g.id}`);
      assert.ok(body.includes(g.summary.slice(1, 40)), `${spec.prefix} quotes the guideline`);
    }
  });
  it('the limit sentence agrees with the structured limit', () => {
    const body = Object.values(snippets).find((s) => s.prefix === 'rat-massage')!.body.join('');
    assert.match(body, /The guidelines allow up to 6 visits\./);
    const chiro = Object.values(snippets).find((s) => s.prefix === 'rat-chiropractic')!.body.join('');
    assert.match(chiro, /an initial trial of 6 visits, and with documented objective functional improvement a total of up to 18 visits over 8 weeks/);
  });
});

describe('completion', () => {
  const kb = builtinKnowledgeBase();
  const text = letter([{ heading: 'Massage therapy 2x6', maximus: '' }]);
  const a = analyze(text);
  it('offers citations after "MAXIMUS guideline:", the treatment\'s first', () => {
    const c = completionsAt(a, kb, { line: 11, character: 'MAXIMUS guideline: '.length });
    const sorted = [...c].sort((x, y) => x.sortText.localeCompare(y.sortText));
    assert.strictEqual(sorted[0].label, 'Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.');
    // Citing no evidence is the form of an ancillary service decided with its surgery, not of a treatment of its own.
    assert.ok(!c.some((x) => x.label === 'The Expert Reviewer did not cite any medical evidence for its decision.'));
    assert.ok(c.some((x) => x.label.startsWith('The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation')));
  });
  it('offers the Claims Administrator forms after its label', () => {
    const c = completionsAt(a, kb, { line: 10, character: 31 });
    assert.ok(c.some((x) => x.label === 'The Claims Administrator did not cite any medical evidence for its decision.'));
  });
  it('offers Upheld and Overturned at the end of a heading', () => {
    const t = letter([]) + 'TENS unit for home use: \n';
    const c = completionsAt(analyze(t), kb, { line: 8, character: 24 });
    assert.deepStrictEqual(c.map((x) => [x.label, x.insertText]), [['Upheld', 'Upheld'], ['Overturned', 'Overturned']]);
  });
  it('offers the standard paragraph in a rationale, filled with the item', () => {
    const c = completionsAt(a, kb, { line: 12, character: 25 });
    assert.strictEqual(c.length, 1);
    assert.match(c[0].insertText, /massage therapy|Massage therapy/);
    assert.match(c[0].insertText, /the request for Massage therapy 2x6 \$\{9\|is not medically necessary,is medically necessary\|\}/);
  });
  it('offers nothing in the case summary', () => {
    assert.deepStrictEqual(completionsAt(a, kb, { line: 4, character: 5 }), []);
  });
});

describe('decision summary', () => {
  it('lists items, decisions, treatments and requested visits', () => {
    const s = decisionSummary(analyze(letter([{ heading: 'Massage therapy 2x6' }, { heading: 'MRI of the knee', decision: 'Overturned' }])));
    assert.strictEqual(s, 'Disputed item\tDecision\tTreatment\tRequested visits\nMassage therapy 2x6\tUpheld\tMassage therapy / myofascial release\t12\nMRI of the knee\tOverturned\tMRI\t\n');
  });
});

describe('completion while typing', () => {
  const kb = builtinKnowledgeBase();
  it('does not open the list on every space of a rationale or a citation, only where a value starts', () => {
    const text = letter([{ heading: 'Massage therapy 2x6', maximus: 'Decision based on MTUS', rationale: 'Per MTUS the request' }]);
    const a = analyze(text);
    assert.deepStrictEqual(completionsAt(a, kb, { line: 12, character: 'Decision rationale: Per MTUS '.length }, false), []);
    assert.deepStrictEqual(completionsAt(a, kb, { line: 11, character: 'MAXIMUS guideline: Decision based '.length }, false), []);
    assert.strictEqual(completionsAt(a, kb, { line: 12, character: 'Decision rationale: Per MTUS '.length }, true).length, 1);
    const empty = analyze(letter([{ heading: 'Massage therapy 2x6', maximus: '', rationale: '' }]));
    assert.ok(completionsAt(empty, kb, { line: 11, character: 'MAXIMUS guideline: '.length }, false).length > 5);
    assert.strictEqual(completionsAt(empty, kb, { line: 12, character: 'Decision rationale: '.length }, false).length, 1);
  });
});
