import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, builtinKnowledgeBase, completionsAt, ITEM_SNIPPET, LETTER_SNIPPET, RATIONALES, rationaleSnippet } from '../../src/core';
import { letter } from './helpers';
import { expandSnippet } from './snippetExpand';

/**
 * Every sentence the extension writes into a letter is one a reviewer would sign: the snippets,
 * the standard paragraphs (with each choice), the conclusions the fixes and the paragraphs write,
 * the citations completion inserts. The checks are what proofreading the first drafts found.
 */
const snippets = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'snippets', 'imr.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

/** Sample values for the prompts, so that a filled paragraph reads as a reviewer's would. */
const FILLED: Record<string, string> = { date: '3/4/2016', number: '12', age: '45', 'date of injury': 'March 3, 2014', 'request as written': 'massage therapy 2x6' };
const fill = (s: string) => s.replace(/<([^<>]+)>/g, (_, w: string) => FILLED[w] ?? 'the objective findings');

/** Slash pairs of the standard boilerplate, which real letters print as they are. */
const BOILERPLATE_SLASHES = /\b(?:He\/she|his\/her|and\/or|items\/services)\b/g;

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z<])/)
    .filter((s) => s.length > 0);
}

function problemsOf(sentence: string): string[] {
  const out: string[] = [];
  if (!/^[A-Z0-9]/.test(sentence)) out.push('does not start with a capital');
  if (!/[.]$/.test(sentence)) out.push('does not end with a full stop');
  if (/ {2}| [,.;:]|,,|\.\.|;;/.test(sentence)) out.push('stray spacing or punctuation');
  if (/ \/ |[A-Za-z]\/[A-Za-z]/.test(sentence.replace(BOILERPLATE_SLASHES, ''))) out.push('alternatives with a slash');
  if (/\bthe request for [A-Z][a-z]/.test(sentence)) out.push('a capital mid-sentence after "the request for"');
  const per = /^Per the [^,]+?(?: \([^)]*\))?, (.*)$/.exec(sentence);
  if (per && !/\b(?:is|are|should|may|must|require|requires|recommend|recommends|allow|allows)\b/.test(per[1])) out.push('no verb after "Per the ..., "');
  if (/^(?:Recommended|Allow|Not recommended|Time to)\b/i.test(per?.[1] ?? '')) out.push('a guideline fragment after "Per the ..., "');
  if (!/\b(?:is|are|was|were|be|should|may|must|has|have|had|allow|allows|document|documents|require|requires|recommend|recommends|exceed|exceeds|give|sent|cite|did|selected|developed|based|familiar|licensed|sustained)\b/.test(sentence)) {
    out.push('no verb');
  }
  return out;
}

function expectSigned(where: string, text: string): void {
  for (const s of sentencesOf(text)) {
    const p = problemsOf(s);
    assert.deepStrictEqual(p, [], `${where}: "${s}"`);
  }
}

describe('every generated sentence is one a reviewer would sign', () => {
  const kb = builtinKnowledgeBase();
  it('the standard paragraphs, with each choice, their prompts filled', () => {
    for (const s of Object.values(snippets).filter((x) => x.prefix.startsWith('rat-'))) {
      for (const k of [1, 2]) expectSigned(`${s.prefix} (choice ${k})`, fill(expandSnippet(s.body.join(' '), (o) => o[Math.min(k, o.length - 1)])));
    }
  });
  it('the letter and item templates, their prompts filled', () => {
    for (const [name, body] of [['letter', LETTER_SNIPPET], ['item', ITEM_SNIPPET]]) {
      const prose = expandSnippet(body, (o) => o[o.length - 1])
        .split('\n')
        .filter((l) => /[a-z]/.test(l) && !/^[^:]*: (?:Upheld|Overturned)$/.test(l))
        .map((l) => l.replace(/^(?:Claims Administrator guideline|MAXIMUS guideline|Decision rationale): ?/, ''))
        .join(' ');
      expectSigned(name, fill(prose));
    }
  });
  it('the paragraph written for an item: its request in lower case when the title is a common name, as written when in capitals or an acronym', () => {
    const massage = RATIONALES.find((r) => r.prefix === 'rat-massage')!;
    const mri = RATIONALES.find((r) => r.prefix === 'rat-mri')!;
    const pt = RATIONALES.find((r) => r.prefix === 'rat-pt-myalgia')!;
    const conclusion = (spec: typeof massage, title: string) => /Therefore, the request for (.*?) \$\{9/.exec(rationaleSnippet(spec, kb, { title, decision: 'Upheld' })!)![1];
    assert.strictEqual(conclusion(massage, 'Massage therapy 2x6'), 'massage therapy 2x6');
    assert.strictEqual(conclusion(pt, 'Physical therapy 2 x 6 for the lumbar spine.'), 'physical therapy 2 x 6 for the lumbar spine');
    assert.strictEqual(conclusion(massage, 'MYOFASCIAL RELEASE 2X8 FOR LEFT KNEE'), 'MYOFASCIAL RELEASE 2X8 FOR LEFT KNEE');
    assert.strictEqual(conclusion(mri, 'MRI of the lumbar spine'), 'MRI of the lumbar spine');
    for (const spec of RATIONALES) expectSigned(spec.prefix, fill(expandSnippet(rationaleSnippet(spec, kb, { title: 'Physical therapy 2x6', decision: 'Overturned' })!, (o) => o[Math.min(1, o.length - 1)])));
  });
  it('the conclusion missing-conclusion offers, for each kind of title', () => {
    const cases: Array<[string, string, string]> = [
      ['Massage therapy 2x6', 'Upheld', 'Therefore, the request for massage therapy 2x6 is not medically necessary.'],
      ['ACUPUNCTURE 2 X WEEK X 6 WEEKS', 'Overturned', 'Therefore, the request for ACUPUNCTURE 2 X WEEK X 6 WEEKS is medically necessary.'],
      ['TENS unit for home use', 'Upheld', 'Therefore, the request for TENS unit for home use is not medically necessary.'],
      ['Norco 10/325mg #60', 'Upheld', 'Therefore, the request for Norco 10/325mg #60 is not medically necessary.'],
      ['Electro-acupuncture 6 sessions.', 'Overturned', 'Therefore, the request for electro-acupuncture 6 sessions is medically necessary.'],
    ];
    for (const [heading, decision, expected] of cases) {
      const f = analyze(letter([{ heading, decision, rationale: 'Per MTUS guidelines, the records were reviewed.' }])).findings.find((x) => x.rule === 'missing-conclusion')!;
      const sentence = f.fixes[0].edits[0].newText.trim();
      assert.strictEqual(sentence, expected);
      if (!heading.startsWith('Norco')) expectSigned(heading, sentence);
    }
  });
  it('the citations completion inserts, and the visit-limit sentence', () => {
    const a = analyze(letter([{ heading: 'Massage therapy 2x8', maximus: '' }]));
    for (const c of completionsAt(a, { line: 11, character: 'MAXIMUS guideline: '.length })) {
      assert.match(c.insertText.replace(/\$\{1:([^}]*)\}/, '$1'), /^(?:Decision based on |The Expert Reviewer did not )[^]*\.$/, c.label);
    }
    const limit = analyze(letter([{ heading: 'Massage therapy 2x8' }])).findings.find((f) => f.rule === 'visit-limit-exceeded')!;
    expectSigned('visit-limit-exceeded', limit.fixes[0].edits[0].newText.trim());
  });
});
