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
