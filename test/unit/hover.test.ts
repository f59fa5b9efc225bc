import * as assert from 'assert';
import { analyze, builtinKnowledgeBase, hoverAt } from '../../src/core';
import { letter } from './helpers';

describe('hover', () => {
  it('shows the parsed request and the limit with its citation on a heading', () => {
    const text = letter([{ heading: 'Massage therapy 2x6' }]);
    const h = hoverAt(analyze(text), { line: 9, character: 2 });
    assert.ok(h);
    assert.match(h.markdown, /\*\*Requested:\*\* "2x6": 2 a week, 6 weeks, \*\*12 visits\*\*/);
    assert.match(h.markdown, /\*\*Limit:\*\* 6 visits — \*\*exceeded\*\*/);
    assert.match(h.markdown, /Cite as: `MTUS Chronic Pain Treatment Guidelines Massage therapy Page\(s\): 60`/);
  });
  it('shows what the cited guideline says about visits on a guideline field, and flags unverified figures', () => {
    const text = letter([{ heading: 'Psychotherapy 6 sessions', maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines Behavioral interventions.' }]);
    const h = hoverAt(analyze(text), { line: 11, character: 30 });
    assert.ok(h);
    assert.match(h.markdown, /initial trial 4 visits, up to 10 visits/);
    assert.match(h.markdown, /unverified/);
  });
  it('shows nothing outside items', () => {
    assert.strictEqual(hoverAt(analyze(letter([{ heading: 'TENS unit' }])), { line: 0, character: 0 }), null);
  });
  it('reads the limits of the knowledge base the analysis ran with', () => {
    const massage = builtinKnowledgeBase().guidelinesFor('massage')[0];
    const { base } = builtinKnowledgeBase().withOverrides({ version: 1, guidelines: [{ ...massage, limit: { maxVisits: 14 } }] }, 'g.json');
    const a = analyze(letter([{ heading: 'Massage therapy 2x6' }]), { kb: base });
    assert.strictEqual(a.kb, base);
    const h = hoverAt(a, { line: 9, character: 2 });
    assert.match(h!.markdown, /\*\*Limit:\*\* 14 visits/);
  });
});

describe('hover on a medication heading', () => {
  const hover = (heading: string) => hoverAt(analyze(letter([{ heading }])), { line: 9, character: 2 })!.markdown;
  it('shows the drug, class, strength, per day, days\' supply and the MME a day with its table', () => {
    const h = hover('Norco 10/325mg one tablet every 6 hours #120');
    assert.match(h, /\*\*Drug:\*\* Norco — hydrocodone\/acetaminophen \(opioids, oral\)/);
    assert.match(h, /\*\*Strength:\*\* 10\/325mg · \*\*Quantity:\*\* 120 · \*\*Per day:\*\* 4 · \*\*Days' supply:\*\* 30/);
    assert.match(h, /\*\*MME per day:\*\* \*\*40\*\* — factor 1, CDC 2016 \(CDC Guideline for Prescribing Opioids/);
    assert.match(h, /Cite as: `MTUS Opioid Treatment 2016, Section\(s\): 3\.3\.9/);
  });
  it('shows the MTUS position of the class with its status, and the fewest days without directions', () => {
    const h = hover('Flexeril 10mg #90');
    assert.match(h, /not recommended for longer than 2 to 3 weeks/);
    assert.match(h, /at least 30 at the labelled maximum of 30 mg a day/);
    assert.match(hover('Valium 5mg #30'), /most guidelines limit use to 4 weeks.*_\(unverified/);
  });
  it('lists the ingredients of a compound, and whether each is recommended as a topical', () => {
    const h = hover('Ketoprofen 10%, Gabapentin 6% in cream base 120g');
    assert.match(h, /- gabapentin 6% \(antiepilepsy drugs\) — as a topical: \*\*not recommended\*\*/);
    assert.match(h, /Section\(s\): Topical analgesics/);
  });
});
