import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, fixAllEdits, LineIndex, RULES } from '../../src/core';
import type { Analysis, Finding, Fix } from '../../src/core';
import { intendedValue } from '../../src/core/wording/placeholders';
import { BUNDLED, letter, sharedLetters } from './helpers';

const CONSTRUCTED: Record<string, string> = {
  'placeholder and stray <': letter([{ heading: 'Massage 6 visits', maximus: 'Decision based on MTUS Chronic Pain < Massage therapy Page(s): 60 <Insert Topic (Massage)>.' }]),
  'no MAXIMUS, with a CA citation': letter([{ heading: 'Acupuncture 6 sessions', maximus: null }]),
  'no MAXIMUS, CA cites nothing': letter([{ heading: 'Acupuncture 6 sessions', maximus: null, ca: 'The Claims Administrator did not cite any medical evidence for its decision.' }]),
  'MAXIMUS cites nothing': letter([{ heading: 'Massage 6 visits', maximus: 'The Expert Reviewer did not cite any medical evidence for its decision.' }]),
  'not MTUS without citation': letter([{ heading: 'Infrared heat 2x6', maximus: 'The Expert Reviewer did not base their decision on the MTUS.' }]),
  'no guideline lines at all': letter([{ heading: 'Massage 6 visits', maximus: null, ca: null }]),
  'visit limit': letter([{ heading: 'Massage therapy 2x8' }]),
  'mismatch upheld': letter([{ heading: 'TENS unit', rationale: 'Per MTUS a trial is indicated. The request is medically necessary.' }]),
  'mismatch overturned': letter([{ heading: 'TENS unit', decision: 'OVERTURNED', rationale: 'Per MTUS it is not indicated. The request is not medically necessary.' }]),
  'no conclusion': letter([{ heading: 'TENS unit', rationale: 'MTUS guidelines do not recommend TENS as a primary modality.' }]),
  'no MAXIMUS, a placeholder in the CA citation': letter([{ heading: 'Massage 6 visits', maximus: null, ca: 'Decision based on ODG <Insert Topic (Massage)>.' }]),
  'no conclusion, a placeholder in the title': letter([{ heading: 'Massage <Insert Region (low back)> 6 visits', rationale: 'Massage is an adjunct to exercise per MTUS guidelines.' }]),
  'no conclusion, XXX in the title': letter([{ heading: 'Massage XXX visits', rationale: 'Massage is an adjunct to exercise per MTUS guidelines.' }]),
  'no decision': letter([{ heading: 'TENS unit', decision: null }]),
  'no rationale': letter([{ heading: 'TENS unit', rationale: null }]),
  'no summary section': letter([{ heading: 'TENS unit' }]).replace('CLINICAL CASE SUMMARY\n', ''),
  'no issues section at the end': letter([{ heading: 'TENS unit' }]).replace('IMR ISSUES, DECISIONS AND RATIONALES\n', ''),
  'a misspelt drug': letter([{ heading: 'Ketaprofen 10% cream 120g' }]),
  'a muscle relaxant beyond its course': letter([{ heading: 'Cyclobenzaprine 10mg one tablet three times daily #90', decision: 'Overturned', rationale: 'Per MTUS this medication is supported. Therefore, the request is medically necessary.' }]),
  'a compound with an ingredient not recommended': letter([{ heading: 'Ketoprofen 10%, Gabapentin 6%, Lidocaine 2% in cream base 120g', rationale: 'Topical analgesics are largely experimental. Therefore, the request is not medically necessary.' }]),
  'an opioid without its monitoring': letter([{ heading: 'Norco 10/325mg #60', decision: 'Overturned', rationale: 'The patient continues to need this medication for chronic low back pain. Therefore, the request is medically necessary.' }]),
  'a chapter for another body part': letter([{ heading: 'MRI of the right knee', maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', rationale: 'Imaging is not supported without red flags. Therefore, the request is not medically necessary.' }]),
  'the other side in the rationale': letter(
    [{ heading: 'MRI of the left wrist', rationale: 'The right wrist has no red flags; the right wrist was not splinted. Therefore, the request is not medically necessary.' }],
    { summary: 'The injured worker is a 40 year old female who sustained an industrial injury on 10/2/16. She complains of left wrist pain.' },
  ),
  'the other pronoun than the summary': letter(
    [{ heading: 'Physical therapy 2x4 for the lumbar spine', rationale: 'The patient did not improve. He had normal strength and his gait was normal. Therefore, the request is not medically necessary.' }],
    { summary: 'The injured worker is a 44 year old female who sustained an industrial injury on 10/2/16. She complains of low back pain.' },
  ),
  'another number in the verdict': letter([{ heading: 'Physical therapy 18 sessions', rationale: 'Guidelines allow 10 visits. Therefore, the request for 24 sessions of physical therapy is not medically necessary.' }]),
};

function allLetters(): Array<[string, string]> {
  const files = [...sharedLetters('samples'), ...sharedLetters('corpus'), ...fs.readdirSync(BUNDLED).map((f) => path.join(BUNDLED, f))];
  return [...Object.entries(CONSTRUCTED), ...files.map((f): [string, string] => [path.basename(f), fs.readFileSync(f, 'utf8')])];
}

/** Checks that `after` keeps every character of `text` outside the ranges of the edits (which must not overlap). */
function assertOnlyEditsChanged(text: string, edits: Fix['edits'], after: string, where: string): void {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ s: index.offsetAt(e.range.start), t: index.offsetAt(e.range.end), n: e.newText.length })).sort((a, b) => a.s - b.s);
  let from = 0;
  let at = 0;
  for (const { s, t, n } of spans) {
    assert.ok(s >= from, `${where}: edits that do not overlap`);
    assert.strictEqual(after.slice(at, at + s - from), text.slice(from, s), `${where}: text before an edit`);
    at += s - from + n;
    from = t;
  }
  assert.strictEqual(after.slice(at), text.slice(from), `${where}: text after the edits`);
}

/** Every fix with edits that the analysis of the letters offers, with its finding and letter. */
function offeredFixes(): Array<{ letter: string; text: string; before: Analysis; finding: Finding; fix: Fix }> {
  return allLetters().flatMap(([letter, text]) => {
    const before = analyze(text);
    return before.findings.flatMap((finding) => finding.fixes.filter((fix) => fix.edits.length).map((fix) => ({ letter, text, before, finding, fix })));
  });
}

describe('fixes: each one settles its finding and touches nothing else', () => {
  const offered = offeredFixes();
  for (const rule of RULES) {
    const fixes = offered.filter((o) => o.finding.rule === rule.id);
    it(`${rule.id}: ${rule.hasFix ? 'every fix offered settles its finding and changes only its ranges' : 'offers no fix'}`, () => {
      if (!rule.hasFix) {
        assert.deepStrictEqual(fixes.map((o) => `${o.letter}: ${o.fix.title}`), []);
        return;
      }
      assert.ok(fixes.length > 0, 'the letters here give this rule a fix to check');
      for (const { letter, text, before, finding, fix } of fixes) {
        const where = `${letter}: ${fix.title}`;
        const after = applyEdits(text, fix.edits);
        // A fix may have several edits (the side or the pronoun corrected in each place): each its own range.
        assertOnlyEditsChanged(text, fix.edits, after, where);
        const count = (a: Analysis) => a.findings.filter((f) => f.rule === finding.rule).length;
        assert.strictEqual(count(analyze(after)), count(before) - 1, `${where}: settles its finding`);
      }
    });
  }
});

describe('fix-all', () => {
  for (const [name, text] of allLetters()) {
    it(`${name}: applying it twice changes nothing the second time`, () => {
      const once = applyEdits(text, fixAllEdits(analyze(text).findings));
      assert.deepStrictEqual(fixAllEdits(analyze(once).findings), []);
    });
  }
  it('drops a fix whose edit overlaps or shares a start with one already chosen', () => {
    const r = (l: number, a: number, b: number) => ({ start: { line: l, character: a }, end: { line: l, character: b } });
    const finding = (range: ReturnType<typeof r>, newText: string) => ({
      rule: 'unfilled-placeholder', severity: 'error' as const, message: 'm', range, fixes: [{ title: 't', edits: [{ range, newText }], safe: true }],
    });
    const edits = fixAllEdits([finding(r(0, 0, 5), 'A'), finding(r(0, 3, 8), 'B'), finding(r(0, 0, 0), 'C'), finding(r(0, 8, 9), 'D')]);
    assert.deepStrictEqual(edits.map((e) => e.newText), ['A', 'D']);
    assert.strictEqual(applyEdits('0123456789', edits), 'A567D9');
  });
  it('keeps CRLF line breaks in inserted text', () => {
    const text = CONSTRUCTED['no MAXIMUS, with a CA citation'].replace(/\n/g, '\r\n');
    const fix = analyze(text).findings.find((f) => f.rule === 'claims-administrator-without-maximus')!.fixes[0];
    const fixed = applyEdits(text, fix.edits);
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
    assert.match(fixed, /\r\nMAXIMUS guideline: Decision based on MTUS Acupuncture Treatment Guidelines\.\r\n/);
  });
  it('applies only safe fixes: a guessed citation or decision is never applied unattended', () => {
    const text = CONSTRUCTED['no decision'] + CONSTRUCTED['MAXIMUS cites nothing'];
    assert.strictEqual(applyEdits(text, fixAllEdits(analyze(text).findings)), text);
  });
  it('never writes the reviewer\'s citation or conclusion: a MAXIMUS line copied from the Claims Administrator, a conclusion sentence', () => {
    for (const name of ['no MAXIMUS, with a CA citation', 'no conclusion', 'visit limit', 'mismatch upheld', 'no rationale']) {
      const text = CONSTRUCTED[name];
      assert.strictEqual(applyEdits(text, fixAllEdits(analyze(text).findings)), text, name);
    }
  });
});

describe('safe fixes are mechanical', () => {
  // Safe means: a placeholder replaced by the value it holds, or a stray "<" removed. Anything
  // that writes a citation, a conclusion, a decision or a number is the reviewer's to accept.
  it('on every letter, each safe fix fills a placeholder with its own value or removes a stray "<"', () => {
    let safe = 0;
    for (const [name, text] of allLetters()) {
      const index = new LineIndex(text);
      for (const f of analyze(text).findings) {
        for (const fix of f.fixes.filter((x) => x.safe)) {
          safe++;
          assert.strictEqual(f.rule, 'unfilled-placeholder', `${name}: ${f.rule} has a safe fix "${fix.title}"`);
          for (const e of fix.edits) {
            const replaced = text.slice(index.offsetAt(e.range.start), index.offsetAt(e.range.end));
            if (e.newText === '') assert.match(replaced, /^<\s+$/, `${name}: ${fix.title}`);
            else assert.strictEqual(e.newText, intendedValue(replaced), `${name}: ${fix.title}`);
          }
        }
      }
    }
    assert.ok(safe > 3, `${safe} safe fixes seen`);
  });
});

describe('fixes that copy text from the letter copy it with its placeholders filled', () => {
  const inserted = (text: string, rule: string): string => analyze(text).findings.find((f) => f.rule === rule)!.fixes[0].edits[0].newText;
  it('the MAXIMUS line copied from a Claims Administrator citation', () => {
    assert.match(inserted(CONSTRUCTED['no MAXIMUS, a placeholder in the CA citation'], 'claims-administrator-without-maximus'), /MAXIMUS guideline: Decision based on ODG Massage\.$/);
  });
  it('the conclusion that names the request', () => {
    assert.match(inserted(CONSTRUCTED['no conclusion, a placeholder in the title'], 'missing-conclusion'), / Therefore, the request for massage low back 6 visits is not medically necessary\.$/);
    assert.match(inserted(CONSTRUCTED['no conclusion, XXX in the title'], 'missing-conclusion'), / Therefore, the request is not medically necessary\.$/);
  });
});
