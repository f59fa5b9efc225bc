import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, parseDetermination } from '../../src/core';
import { matchFieldLabel } from '../../src/core/parser/lineKinds';
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLED, HAS_SHARED, letter, readShared } from './helpers';

/** Every item of the five sample letters, read off the letters by hand: heading line, decision, field lines (1-based). */
const SAMPLES: Record<string, Array<{ title: string; decision: string; line: number; ca: number; maximus: number; rationale: number }>> = {
  '000': [
    { title: "ELECTRO ACUPUNCTURE 1 X WEEK X 6 WEEKS TO LUMBAR SPINE AND CERVICAL SPINE", decision: 'Upheld', line: 53, ca: 58, maximus: 64, rationale: 68 },
    { title: "CUPPING 1 X WEEK X 6 WEEKS TO LUMBAR SPINE AND CERVICAL SPINE", decision: 'Upheld', line: 88, ca: 93, maximus: 99, rationale: 105 },
    { title: "INFRARED LAMP 1 X WEEK X 6 WEEKS TO LUMBAR SPINE AND CERVICAL SPINE", decision: 'Upheld', line: 121, ca: 126, maximus: 132, rationale: 138 },
  ],
  '001': [
    { title: "Continued electro acupuncture sessions, two sessions per week for six weeks to the lumbar spine", decision: 'Upheld', line: 65, ca: 71, maximus: 79, rationale: 83 },
    { title: "Infrared heat, two sessions per week for six weeks to the lumbar spine", decision: 'Upheld', line: 117, ca: 121, maximus: 129, rationale: 137 },
    { title: "Myofascial release, two sessions per week for six weeks to the lumbar spine", decision: 'Upheld', line: 149, ca: 153, maximus: 159, rationale: 165 },
  ],
  '002': [
    { title: "Acupuncture 6 sessions", decision: 'Upheld', line: 71, ca: 75, maximus: 81, rationale: 89 },
  ],
  '003': [
    { title: "ACUPUNCTURE ,BACK QUANTITY :6:00", decision: 'Upheld', line: 43, ca: 45, maximus: 49, rationale: 51 },
    { title: "X- RAYS OF CERVICAL SPINE QUANTITY :1:00", decision: 'Upheld', line: 89, ca: 93, maximus: 99, rationale: 105 },
    { title: "X-RAYS OF LUMBER SPINE ,QUANTITY :1:00", decision: 'Upheld', line: 125, ca: 129, maximus: 135, rationale: 141 },
    { title: "TRIGGER POINT INJECTION , NECK QUANTITY :1:00", decision: 'Upheld', line: 151, ca: 155, maximus: 159, rationale: 163 },
    { title: "EPIDURAL STEROID INJECTIONS ,CERVICAL QUANTITY :1:00", decision: 'Upheld', line: 213, ca: 215, maximus: 219, rationale: 223 },
  ],
  '004': [
    { title: "ACUPUNCTURE WITH INFRARED APPLICATION", decision: 'Upheld', line: 59, ca: 63, maximus: 69, rationale: 75 },
    { title: "MYOFASCIAL RELEASE 2X8 FOR LEFT KNEE", decision: 'Upheld', line: 97, ca: 101, maximus: 107, rationale: 113 },
    { title: "MYOFASCIAL RELEASE 2X8 FOR RIGHT HIP", decision: 'Upheld', line: 133, ca: 137, maximus: 143, rationale: 149 },
    { title: "WORK HARDENING X 12 SESSIONS", decision: 'Upheld', line: 171, ca: 175, maximus: 181, rationale: 187 },
  ],
};

describe('parser: the sample letters', function () {
  if (!HAS_SHARED) {
    it('needs ../shared/samples (absent here)');
    return;
  }
  for (const [prefix, items] of Object.entries(SAMPLES)) {
    it(`sample ${prefix}: every item, its title, decision and field lines`, () => {
      const doc = parseDetermination(readShared('samples', prefix));
      assert.deepStrictEqual(
        doc.sections.map((s) => s.kind),
        ['howMade', 'caseSummary', 'issues'],
      );
      assert.deepStrictEqual(
        doc.items.map((it) => ({
          title: it.title,
          decision: it.decision,
          line: it.headingRange.start.line + 1,
          ca: (it.fields.claimsAdministrator?.labelRange.start.line ?? -2) + 1,
          maximus: (it.fields.maximus?.labelRange.start.line ?? -2) + 1,
          rationale: (it.fields.rationale?.labelRange.start.line ?? -2) + 1,
        })),
        items,
      );
    });
  }

  it('joins a field over doubled lines and a page break', () => {
    const doc = parseDetermination(readShared('samples', '000'));
    const r = doc.items[0].fields.rationale!;
    assert.match(r.text, /It is used to increase the effectiveness of the needles\. The time to produce/);
    assert.ok(!/\s{2}/.test(r.text), 'white space is folded');
  });
});

describe('parser: variants real letters show', () => {
  it('reads a heading wrapped over lines with blank PDF lines between, and the decision on its own line', () => {
    const text = letter([]) + 'CUPPING 1 X WEEK X 6 WEEKS TO LUMBAR\n\n \n\nCERVICAL SPINE:\n\nUpheld\n\nClaims Administrator guideline: x\nMAXIMUS guideline: Decision based on ODG.\nDecision rationale: not medically necessary.\n';
    const [item] = parseDetermination(text).items;
    assert.strictEqual(item.title, 'CUPPING 1 X WEEK X 6 WEEKS TO LUMBAR CERVICAL SPINE');
    assert.strictEqual(item.decision, 'Upheld');
    assert.strictEqual(item.decisionText, 'Upheld');
    assert.strictEqual(item.headingRange.start.line, 8);
    assert.strictEqual(item.decisionRange!.start.line, 14);
    assert.ok(item.fields.rationale);
  });

  it('reads CRLF and lone CR line breaks with the same lines and columns', () => {
    const lf = letter([{ heading: 'Acupuncture 6 sessions', decision: 'Overturned' }]);
    for (const eol of ['\r\n', '\r']) {
      const a = parseDetermination(lf);
      const b = parseDetermination(lf.replace(/\n/g, eol));
      assert.deepStrictEqual(
        b.items.map((i) => [i.title, i.decision, i.headingRange, i.fields.rationale!.range]),
        a.items.map((i) => [i.title, i.decision, i.headingRange, i.fields.rationale!.range]),
      );
    }
  });

  it('keeps colons inside a heading and odd punctuation', () => {
    const doc = parseDetermination(
      letter([
        { heading: 'ACUPUNCTURE ,BACK QUANTITY :6:00' },
        { heading: 'Oxycodone HCL ER 20mg #60 day supply: 30', decision: 'Overturned' },
        { heading: 'Associated surgical service: Cold therapy unit' },
      ]),
    );
    assert.deepStrictEqual(
      doc.items.map((i) => [i.title, i.decision]),
      [
        ['ACUPUNCTURE ,BACK QUANTITY :6:00', 'Upheld'],
        ['Oxycodone HCL ER 20mg #60 day supply: 30', 'Overturned'],
        ['Associated surgical service: Cold therapy unit', 'Upheld'],
      ],
    );
  });

  it('reads a dash or a semicolon written before the decision in place of the colon', () => {
    const doc = parseDetermination(
      letter([
        { heading: 'MRI of the knee - Upheld', decision: null },
        { heading: 'TENS unit \u2013 Overturned', decision: null },
        { heading: 'Norco 10/325mg #60; Upheld', decision: null },
        { heading: 'X-ray of the wrist', decision: 'Upheld' },
      ]),
    );
    assert.deepStrictEqual(
      doc.items.map((i) => [i.title, i.decision]),
      [
        ['MRI of the knee', 'Upheld'],
        ['TENS unit', 'Overturned'],
        ['Norco 10/325mg #60', 'Upheld'],
        ['X-ray of the wrist', 'Upheld'],
      ],
    );
    const item = doc.items[0];
    const line = doc.index.lines[item.titleRange.start.line];
    assert.equal(line.slice(item.titleRange.start.character, item.titleRange.end.character), 'MRI of the knee');
  });

  it('reads decisions in any case and the other wordings', () => {
    const doc = parseDetermination(
      letter([
        { heading: 'MRI of the knee', decision: 'UPHELD' },
        { heading: 'TENS unit', decision: 'overturned' },
        { heading: 'Norco 10/325mg #60', decision: 'Partially Overturned' },
        { heading: 'Flexeril 10mg #30', decision: 'Uphold.' },
      ]),
    );
    assert.deepStrictEqual(
      doc.items.map((i) => [i.decision, i.decisionText]),
      [
        ['Upheld', 'UPHELD'],
        ['Overturned', 'overturned'],
        ['Partially Overturned', 'Partially Overturned'],
        ['Upheld', 'Uphold'],
      ],
    );
  });

  it('takes the disputed portion of a modified request as the title', () => {
    const text = letter([]) + [
      'Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was',
      'authorized by the Claims Administrator. The remaining IMR eligible portion of the',
      'original request, Norco 10/325mg #35 is: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Opioids.',
      'MAXIMUS guideline: Decision based on MTUS Opioids.',
      'Decision rationale: It is not medically necessary.',
    ].join('\n');
    const [item] = parseDetermination(text).items;
    assert.strictEqual(item.title, 'Norco 10/325mg #35');
    assert.match(item.heading, /^Norco 10\/325mg #60 was the original request\./);
    assert.strictEqual(item.headingRange.start.line, 8);
    assert.deepStrictEqual(item.titleRange, { start: { line: 10, character: 18 }, end: { line: 10, character: 36 } });
  });

  it('reads a modified request whose sentences end at line ends', () => {
    const text = letter([]) + [
      'Acupuncture treatments (unspecified quantity) was the original request.',
      'The Claims Administrator authorized Acupuncture treatments, 6 sessions, leaving the original request IMR eligible.',
      'The original request, Acupuncture treatments (unspecified quantity) is: Overturned',
      'Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment 2007.',
      'MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment 2007.',
      'Decision rationale: The request is medically necessary.',
    ].join('\n');
    const [item] = parseDetermination(text).items;
    assert.strictEqual(item.title, 'Acupuncture treatments (unspecified quantity)');
    assert.strictEqual(item.headingRange.start.line, 8);
    assert.strictEqual(item.decision, 'Overturned');
  });

  it('finds items whose decision is missing, and fields that are missing', () => {
    const doc = parseDetermination(
      letter([
        { heading: 'Acupuncture 6 sessions', decision: null },
        { heading: 'MRI of the lumbar spine', maximus: null },
        { heading: 'TENS unit', ca: null, rationale: null },
      ]),
    );
    assert.deepStrictEqual(
      doc.items.map((i) => [i.title, i.decision, Object.keys(i.fields).sort().join(',')]),
      [
        ['Acupuncture 6 sessions', null, 'claimsAdministrator,maximus,rationale'],
        ['MRI of the lumbar spine', 'Upheld', 'claimsAdministrator,rationale'],
        ['TENS unit', 'Upheld', 'maximus'],
      ],
    );
  });

  it('reads a letter with no issues section, and one with no sections at all', () => {
    const withoutIssues = letter([{ heading: 'Acupuncture 6 sessions' }]).replace('IMR ISSUES, DECISIONS AND RATIONALES\n', '');
    const a = parseDetermination(withoutIssues);
    assert.deepStrictEqual(a.sections.map((s) => s.kind), ['howMade', 'caseSummary']);
    assert.deepStrictEqual(a.items.map((i) => i.title), ['Acupuncture 6 sessions']);
    const b = parseDetermination(letter([{ heading: 'Acupuncture 6 sessions', decision: 'Overturned' }], { sections: false }));
    assert.deepStrictEqual(b.items.map((i) => [i.title, i.decision]), [['Acupuncture 6 sessions', 'Overturned']]);
    assert.ok(b.isDetermination);
  });

  it('recognises a section heading wrapped over two lines', () => {
    const doc = parseDetermination('HOW THE IMR FINAL DETERMINATION\n\nWAS MADE\ntext\nCLINICAL CASE SUMMARY\n');
    assert.deepStrictEqual(doc.sections.map((s) => [s.kind, s.headingRange.start.line, s.headingRange.end.line]), [
      ['howMade', 0, 2],
      ['caseSummary', 4, 4],
    ]);
  });

  it('reads the 2016-2017 header block as a section', () => {
    const doc = parseDetermination('Case Number:\nDate Assigned:\n\nCM17-0002857\n' + letter([{ heading: 'MRI of the knee' }]));
    assert.deepStrictEqual(doc.sections.map((s) => s.kind), ['header', 'howMade', 'caseSummary', 'issues']);
  });

  it('returns an empty model for an empty file, plain prose and random bytes, and never throws', () => {
    for (const text of ['', '\n\n', 'Dear Sir, thank you for your letter.\nRegards', '\u0000\u0001\uFFFD\uD800 binary \u0000'.repeat(50)]) {
      const doc = parseDetermination(text);
      assert.strictEqual(doc.isDetermination, false);
      assert.strictEqual(doc.items.length, 0);
    }
  });

  it('keeps every range inside the document', () => {
    const text = letter([{ heading: 'Acupuncture 6 sessions' }, { heading: 'TENS unit', decision: null, maximus: null }]) + 'tail';
    const doc = parseDetermination(text);
    const lines = text.split('\n');
    const inside = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      for (const p of [r.start, r.end]) {
        assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line}`);
        assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} on line ${p.line}`);
      }
    };
    for (const s of doc.sections) [s.range, s.headingRange].forEach(inside);
    for (const i of doc.items) {
      [i.range, i.headingRange, i.titleRange].forEach(inside);
      for (const f of Object.values(i.fields)) [f!.range, f!.labelRange].forEach(inside);
    }
  });
});

describe('parser: the 2013 layout', () => {
  const text = [
    'MAXIMUS FEDERAL SERVICES, INC.',
    'Notice of Independent Medical Review Determination',
    'Dated: 9/26/2013',
    '1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional restoration',
    'program is not medically necessary and appropriate.',
    '2) MAXIMUS Federal Services, Inc. has determined the request for 12 sessions of physical therapy is',
    'medically necessary and appropriate.',
    'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE',
    'An application for Independent Medical Review was filed on 7/1/13.',
    'Medical Qualifications of the Expert Reviewer:',
    'The physician reviewer is Board Certified in Occupational Medicine.',
    'Case Summary:',
    'Disclaimer: The following case summary was taken directly from the utilization review denial.',
  ].join('\n');

  it('is recognised and outlined by its headings, its numbered decisions as items', () => {
    const doc = parseDetermination(text);
    assert.ok(doc.isDetermination);
    assert.deepStrictEqual(doc.sections.map((s) => s.kind), ['notice', 'issues', 'qualifications', 'caseSummary']);
    assert.deepStrictEqual(
      doc.items.map((i) => [i.title, i.decision, i.form, i.headingRange.start.line]),
      [
        ['a 28 day functional restoration program', 'Upheld', 'notice', 3],
        ['12 sessions of physical therapy', 'Overturned', 'notice', 5],
      ],
    );
  });

  it('reads decisions numbered "1." and requests written "the requested ..."', () => {
    const other = text.replace('1) MAXIMUS', '1. MAXIMUS').replace('the request for 12 sessions', 'that the requested 12 sessions');
    assert.deepStrictEqual(
      parseDetermination(other).items.map((i) => [i.title, i.decision]),
      [
        ['a 28 day functional restoration program', 'Upheld'],
        ['12 sessions of physical therapy', 'Overturned'],
      ],
    );
  });

  it('is not held to the later template', () => {
    const rules = analyze(text).findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-section') && !rules.includes('missing-rationale') && !rules.includes('missing-guideline-citation'), rules.join(', '));
  });
});

describe('parser: what other extractions leave', () => {
  it('keeps page footers and a wrapped intro out of item headings', () => {
    const text = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The Final Determination was based on decisions for the disputed items/services set forth',
      'below:',
      'MRI of the lumbar spine: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.',
      'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.',
      'Decision rationale: Guidelines support imaging with red flags. The request is not medically',
      'Page 3 of 5',
      'CM17-0002857',
      'necessary',
      'Page 4 of 5',
      'Physical therapy 2 times a week for 4 weeks: Overturned',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'Decision rationale: Per the guidelines the request is medically necessary.',
    ].join('\n');
    const doc = parseDetermination(text);
    assert.deepStrictEqual(doc.items.map((i) => [i.title, i.decision, i.headingRange.start.line]), [
      ['MRI of the lumbar spine', 'Upheld', 3],
      ['Physical therapy 2 times a week for 4 weeks', 'Overturned', 11],
    ]);
    assert.strictEqual(doc.items[0].fields.rationale!.text, 'Guidelines support imaging with red flags. The request is not medically necessary');
    assert.deepStrictEqual(analyze(text).findings.map((f) => f.rule), ['missing-section', 'missing-section'], 'only the two sections this excerpt leaves out');
  });
});

describe('parser: a colon lost before the decision', () => {
  it('reads "<heading> Upheld" when a field label follows, and not in running text', () => {
    const text = letter([]) + [
      'MRI of the lumbar spine Upheld',
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.',
      'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.',
      'Decision rationale: The prior request was upheld',
      'and the records are unchanged. The request is not medically necessary.',
    ].join('\n');
    const doc = parseDetermination(text);
    assert.deepStrictEqual(doc.items.map((i) => [i.title, i.decision]), [['MRI of the lumbar spine', 'Upheld']]);
    assert.match(doc.items[0].fields.rationale!.text, /^The prior request was upheld and the records/);
  });
});

describe('parser: a rationale without its closing period', () => {
  it('does not lend its last line to the next heading', () => {
    const text = letter([]) + [
      'Acupuncture 6 sessions: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment Guidelines.',
      'MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment Guidelines.',
      'Decision rationale: Per MTUS no functional improvement is documented. The request is not',
      'medically necessary',
      'MRI of the lumbar spine: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.',
      'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.',
      'Decision rationale: No red flags. The request is not medically necessary.',
    ].join('\n');
    const doc = parseDetermination(text);
    assert.deepStrictEqual(doc.items.map((i) => i.title), ['Acupuncture 6 sessions', 'MRI of the lumbar spine']);
    assert.match(doc.items[0].fields.rationale!.text, /The request is not medically necessary$/);
  });
});

describe('parser: field labels', () => {
  // The pattern the hand-written matcher replaced, kept here as its specification.
  const SPEC = /^[\s\ufeff]*(claims[ \t\u00a0]*administrator[ \t\u00a0]*guideline(?:s|\(s\))?|maximus[ \t\u00a0]*guideline(?:s|\(s\))?|decision[ \t\u00a0]*rationale)[ \t\u00a0]*:/i;

  function bySpec(line: string): { label: string; labelStart: number; end: number } | null {
    const m = SPEC.exec(line);
    return m ? { label: m[1], labelStart: m[0].indexOf(m[1]), end: m[0].length } : null;
  }

  it('reads labels in any case and spacing, and nothing else', () => {
    assert.deepStrictEqual(matchFieldLabel('  Claims Administrator guideline: Decision based on MTUS'), { kind: 'claimsAdministrator', label: 'Claims Administrator guideline', labelStart: 2, end: 33 });
    assert.deepStrictEqual(matchFieldLabel('MAXIMUS GUIDELINES :'), { kind: 'maximus', label: 'MAXIMUS GUIDELINES', labelStart: 0, end: 20 });
    assert.deepStrictEqual(matchFieldLabel('\ufeffDecision\trationale:x'), { kind: 'rationale', label: 'Decision\trationale', labelStart: 1, end: 20 });
    assert.deepStrictEqual(matchFieldLabel('MAXIMUS\u00a0Guideline(s):'), { kind: 'maximus', label: 'MAXIMUS\u00a0Guideline(s)', labelStart: 0, end: 21 });
    assert.equal(matchFieldLabel('Decision rationales: no'), null);
    assert.equal(matchFieldLabel('Maximus guideline states'), null);
    assert.equal(matchFieldLabel('Claims: none'), null);
  });

  it('agrees with the pattern it replaced on any line', () => {
    const piece = fc.constantFrom('claims', 'Claims', 'CLAIMS', 'administrator', 'Administrator', 'guideline', 'Guidelines', 'maximus', 'MAXIMUS', 'decision', 'Decision', 'rationale', 'RATIONALE', 's', ':', ' ', '  ', '\t', '\u00a0', '\ufeff', '\u200b', '\u2003', 'x', '-', '(s)', '(');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (parts) => {
        const line = parts.join('');
        const got = matchFieldLabel(line);
        const want = bySpec(line);
        if (got === null || want === null) return got === want;
        return got.label === want.label && got.labelStart === want.labelStart && got.end === want.end;
      }),
      { numRuns: 20000 },
    );
  });
});

describe('parser: a letter of more than a million characters', () => {
  it('gives every field the same text and positions as in a short letter', () => {
    // Past a million characters the texts folded with the parse are cut from strings joined 32 KB at a time (FoldedText.foldTogether).
    const items = [
      { heading: 'Acupuncture x 6', ca: 'MTUS  Acupuncture\tGuidelines', rationale: 'Per MTUS guidelines six visits\n\n  are a trial.\nPage 2 of 5\nTherefore, the request is medically necessary.', decision: 'Overturned' },
      { heading: 'Norco 10/325 mg #60', maximus: 'Decision based on ODG.', ca: null },
      { heading: 'Empty fields', ca: '', maximus: '', rationale: '' },
    ];
    const small = parseDetermination(letter(items));
    const body = letter(items, { sections: false });
    const big = letter([]) + '\n' + body.repeat(Math.ceil(1.1e6 / body.length));
    assert.ok(big.length > 1 << 20);
    const doc = parseDetermination(big);
    assert.equal(doc.items.length % items.length, 0);
    doc.items.forEach((item, n) => {
      const like = small.items[n % items.length];
      for (const kind of ['claimsAdministrator', 'maximus', 'rationale'] as const) {
        const f = item.fields[kind];
        const g = like.fields[kind];
        assert.equal(f?.text, g?.text, `item ${n} ${kind}`);
        if (!f || !g || !f.text) continue;
        // Positions: the same columns, on lines shifted by the copies before.
        const shift = f.labelRange.start.line - g.labelRange.start.line;
        const r = f.textRangeOf(0, f.text.length);
        const s = g.textRangeOf(0, g.text.length);
        assert.deepStrictEqual([r.start.line - shift, r.start.character, r.end.line - shift, r.end.character], [s.start.line, s.start.character, s.end.line, s.end.character]);
        assert.deepStrictEqual(f.textRange && [f.textRange.end.line - shift, f.textRange.end.character], g.textRange && [g.textRange.end.line, g.textRange.end.character]);
      }
    });
  });
});

describe('parser: typing in a letter, a character at a time', () => {
  const sample = fs.readFileSync(path.join(BUNDLED, 'acupuncture-and-massage.imr'), 'utf8');
  const titles = (text: string) => parseDetermination(text).items.map((i) => `${i.title}: ${i.decision}`);
  const expected = titles(sample);
  /** Every text on the way from `before` + `after` to `before` + `typed` + `after`. */
  const typing = (before: string, typed: string, after: string) => Array.from({ length: typed.length }, (_, n) => before + typed.slice(0, n + 1) + after);
  /** The offset just past the last line of each field's text. */
  const fieldEnds = (text: string): number[] => {
    const doc = parseDetermination(text);
    return doc.items.flatMap((i) => Object.values(i.fields).map((f) => doc.index.offsetAt(doc.index.lineEnd(f.range.end.line))));
  };

  it('a sentence typed at the end of a field, mid-sentence, never joins the next heading', () => {
    assert.ok(expected.length >= 3);
    for (const at of fieldEnds(sample)) {
      for (const text of typing(sample.slice(0, at), ' Therefore, the request', sample.slice(at))) assert.deepStrictEqual(titles(text), expected, JSON.stringify(text.slice(at - 20, at + 40)));
    }
  });

  it('a word typed on a new line after a field never joins the next heading', () => {
    for (const at of fieldEnds(sample)) {
      for (const text of typing(sample.slice(0, at), '\nrat', sample.slice(at))) assert.deepStrictEqual(titles(text), expected, JSON.stringify(text.slice(at - 20, at + 40)));
    }
  });

  it('typed from its first character to its last, every item keeps its title and decision once its heading is written', () => {
    const lines = parseDetermination(sample).index;
    for (let k = 1; k <= sample.length; k++) {
      const doc = parseDetermination(sample.slice(0, k));
      // The items whose heading line has been typed to its end.
      const written = doc.items.filter((i) => lines.offsetAt(lines.lineEnd(i.headingRange.end.line)) < k);
      assert.deepStrictEqual(written.map((i) => `${i.title}: ${i.decision}`), expected.slice(0, written.length), `after ${k} characters`);
    }
  });
});
