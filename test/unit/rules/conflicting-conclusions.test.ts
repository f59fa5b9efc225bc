import * as assert from 'assert';
import * as fs from 'fs';
import { analyze, builtinKnowledgeBase, RATIONALES, rationaleSnippet } from '../../../src/core';
import { expandSnippet } from '../snippetExpand';
import { letter, realLetterFiles } from '../helpers';
import { expectFiresAndQuiet, findings } from './ruleHelpers';

const BOTH_WAYS = 'Per MTUS a trial may be considered. Therefore, the request for a TENS unit is medically necessary. The records document no trial. Therefore, the request for a TENS unit is not medically necessary.';

describe('conflicting-conclusions', () => {
  expectFiresAndQuiet('conflicting-conclusions', {
    fires: letter([{ heading: 'TENS unit', rationale: BOTH_WAYS }]),
    quiet: letter([{ heading: 'TENS unit', rationale: 'Per MTUS a trial may be considered; the records document none. Therefore, the request for a TENS unit is not medically necessary.' }]),
  });
  it('reports the conclusion that differs from the last, and points to the last', () => {
    const text = letter([{ heading: 'TENS unit', rationale: BOTH_WAYS }]);
    const [f] = findings(text, 'conflicting-conclusions');
    const line = text.split('\n')[f.range.start.line];
    assert.strictEqual(line.slice(f.range.start.character, f.range.end.character), 'medically necessary');
    assert.ok(line.slice(0, f.range.start.character).endsWith('TENS unit is '), 'the positive conclusion');
    assert.strictEqual(f.related![0].message, 'The last conclusion of the rationale');
    assert.match(f.message, /concludes both ways: that it is medically necessary here, and that it is not medically necessary at the end\. Keep one conclusion, the one that matches the decision \(Upheld\)\.$/);
  });
  it('leaves a last conclusion against the decision to decision-rationale-mismatch', () => {
    const a = analyze(letter([{ heading: 'TENS unit', decision: 'Overturned', rationale: BOTH_WAYS }]));
    assert.deepStrictEqual(a.findings.filter((f) => f.rule === 'conflicting-conclusions'), []);
    assert.ok(a.findings.some((f) => f.rule === 'decision-rationale-mismatch'));
  });
  const quiet: Array<[string, string, string]> = [
    ['what a guideline deems not necessary, then a positive conclusion', 'Overturned', 'Per MTUS, maintenance care is not medically necessary. The patient improved with each visit. Therefore, the request for 6 chiropractic visits is medically necessary.'],
    ['a list after a negation', 'Upheld', 'No, the request for an MRI was not medically necessary, medically appropriate, or indicated here. The applicant is not a surgical candidate. Therefore, the request was not medically necessary.'],
    ['a condition', 'Upheld', 'The request would be medically necessary if red flags were documented. None are. Therefore, the request is not medically necessary.'],
    ['a condition after the conclusion', 'Upheld', 'The requested visits are medically necessary only when progress is documented. It is not. Therefore, the request is not medically necessary.'],
    ['a guideline statement of what is necessary', 'Upheld', 'Home health services deemed to be medically necessary for patients who are homebound are recommended. The patient is not homebound. Therefore, the request is not medically necessary.'],
    ['a quotation', 'Upheld', 'The provider wrote "the request is medically necessary for recovery". The records show no deficit. Therefore, the request is not medically necessary.'],
    ['one conclusion', 'Upheld', 'Therefore, the request is not medically necessary.'],
  ];
  for (const [name, decision, rationale] of quiet) {
    it(`is quiet on ${name}`, () => assert.deepStrictEqual(findings(letter([{ heading: 'Chiropractic 6 visits', decision, rationale }]), 'conflicting-conclusions'), []));
  }
  it('reports a standard paragraph inserted after a conclusion of the other way: the earlier one does not vanish unseen', () => {
    const spec = RATIONALES.find((r) => r.prefix === 'rat-tens')!;
    const paragraph = expandSnippet(rationaleSnippet(spec, builtinKnowledgeBase(), { title: 'TENS unit', decision: 'Upheld' })!, (o) => o[o.length > 2 ? 1 : 0]);
    const text = letter([{ heading: 'TENS unit', rationale: `A trial is supported. Therefore, the request is medically necessary. ${paragraph}` }]);
    const a = analyze(text);
    assert.deepStrictEqual(a.findings.filter((f) => f.rule === 'decision-rationale-mismatch'), [], 'the last conclusion now agrees');
    assert.strictEqual(a.findings.filter((f) => f.rule === 'conflicting-conclusions').length, 1);
  });
  it('catches a conclusion of the other way put before the real letters\' own, in many wordings', () => {
    const positive = ['Therefore, the request is medically necessary.', 'The requested treatment is medically necessary and appropriate.', 'The documentation supports the medical necessity of the request.', 'As such, the request is medically necessary at this time.'];
    const negative = ['The request is not medically necessary.', 'Therefore, the requested service is not medically necessary at this time.', 'Medical necessity of the request has not been established.', 'As such, the request cannot be considered medically necessary.'];
    let tried = 0;
    for (const file of realLetterFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      const a = analyze(text);
      for (const item of a.doc.items) {
        const r = item.fields.rationale;
        if (!r?.textRange || a.findings.some((f) => f.range.start.line >= item.range.start.line && f.range.start.line <= item.range.end.line && /conclusion|mismatch/.test(f.rule))) continue;
        const add = item.decision === 'Upheld' ? positive : item.decision === 'Overturned' ? negative : null;
        if (!add) continue;
        const sentence = add[tried++ % add.length];
        const at = r.textRange.start;
        const lines = text.split('\n');
        lines[at.line] = lines[at.line].slice(0, at.character) + sentence + ' ' + lines[at.line].slice(at.character);
        const after = analyze(lines.join('\n')).findings.filter((f) => f.rule === 'conflicting-conclusions' && f.range.start.line === at.line);
        assert.strictEqual(after.length, 1, `${file}, "${item.title}" with "${sentence}" put first`);
      }
    }
    assert.ok(tried > 100, `${tried} rationales tried`);
  });
});
