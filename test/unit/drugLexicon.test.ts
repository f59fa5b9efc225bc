import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinKnowledgeBase } from '../../src/core';
import { DRUG_CLASSES } from '../../src/core/knowledge/drugSchema';
import { editDistance, maxEdits } from '../../src/core/knowledge/drugSpelling';
import { NEAR_DRUG_WORDS } from '../../src/core/knowledge/drugNearWords';
import { HAS_SHARED, SHARED } from './helpers';

const kb = builtinKnowledgeBase();
const lex = kb.drugLexicon;

describe('drug lexicon (built-in data)', () => {
  it('every class but "other" has the position a reviewer quotes, with its citation', () => {
    for (const c of DRUG_CLASSES.filter((x) => x !== 'other')) {
      const p = kb.drugPositions.find((x) => x.drugClass === c && !x.route && !x.context);
      assert.ok(p, c);
      assert.ok(p.citation.length > 10 && p.summary.length > 40, c);
    }
  });
  it('every opioid with an MME factor names its conversion table and where it is published', () => {
    const opioids = kb.drugs.filter((d) => d.drugClass === 'opioid');
    assert.ok(opioids.filter((d) => d.mme).length >= 15);
    for (const d of opioids) if (d.mme) assert.match(`${d.mme.table} ${d.mme.source}`, /CDC (?:2016|2022).*MMWR/, d.id);
  });
  it('a status of verified names letters that quote the position, and they are letters of ../shared', function () {
    const claims = [...kb.drugPositions.map((p) => [p.id, p.status, p.sources ?? ''] as const), ...kb.drugs.filter((d) => d.topical).map((d) => [d.id, d.topical!.status, d.topical!.sources ?? ''] as const)];
    for (const [id, status, sources] of claims) {
      if (status === 'unverified') continue;
      const cases = sources.match(/CM1\d-\d{7}/g) ?? [];
      assert.ok(cases.length, `${id}: ${status} without a letter named`);
      if (HAS_SHARED) for (const c of cases) assert.ok(fs.existsSync(path.join(SHARED, 'corpus', `${c}.txt`)), `${id}: ${c} is not a letter of ../shared`);
    }
  });
  it('every drug of a medication item of ../shared and of the other letters read, and the compounds and kits of the issue, are known', () => {
    const shared = ['Ultram', 'Flexeril', 'Oxycodone', 'Salonpas', 'Anecream', 'Percocet', 'Zofran', 'Norco', 'Colace', 'Voltaren', 'lidocaine', 'dexamethasone', 'Celecoxib', 'Fanatrex', 'Dicopanol', 'Deprizine', 'Tabradol', 'Motrin'];
    const others = ['Norflex', 'Pepcid', 'Baclofen', 'Diclofenac', 'Cyclobenzaprine', 'Lidoderm', 'Etodolac', 'Omeprazole', 'Flector', 'Pantoprazole', 'Flurbiprofen', 'Menthol', 'Capsaicin', 'Gabapentin', 'Bupivacaine', 'Lorzone', 'Dextromethorphan', 'Trezix', 'Nortriptyline', 'Naproxen', 'Amitriptyline', 'Synapryn', 'Cyclophene', 'Ketophene', 'Ketoprofen', 'Prilosec', 'Prevacid', 'Tramadol'];
    for (const n of [...shared, ...others, 'Terocin', 'LidoPro']) {
      assert.ok(lex.hasWord(n.toLowerCase()), n);
    }
  });
  it('the near-word list holds only known words within reach of a drug name, none of them a name', () => {
    const targets = lex.spelling.targets;
    for (const w of NEAR_DRUG_WORDS.split(' ')) {
      assert.ok(!lex.hasWord(w), w);
      assert.ok(targets.some((t) => editDistance(w, t, maxEdits(t.length)) <= maxEdits(t.length)), `${w} is near no drug name: regenerate with scripts/drugWords.ts`);
    }
  });
});
