import * as assert from 'assert';
import * as fs from 'fs';
import { analyze, builtinKnowledgeBase, KnowledgeBase } from '../../src/core';
import { medicationFields, readMedication } from '../../src/core/request/medication';
import { HAS_SHARED, letter, sharedLetters } from './helpers';

const lex = () => builtinKnowledgeBase().drugLexicon;
const read = (title: string) => medicationFields(readMedication(title, lex()));

/** The fields of a reading that a test names, and only those. */
function pick(title: string, keys: string[]): Record<string, unknown> {
  const m = read(title) as unknown as Record<string, unknown> | null;
  assert.ok(m, `no medication read in "${title}"`);
  return Object.fromEntries(keys.map((k) => [k, m[k]]));
}

describe('medication requests: the forms letters write', () => {
  it('drug, strength and count: "Ultram 50mg #30", "Flexeril 10mg #60"', () => {
    assert.deepStrictEqual(read('Ultram 50mg #30'), {
      name: 'Ultram',
      generic: 'tramadol',
      drugClass: 'opioid',
      strength: { text: '50mg', value: 50, unit: 'mg' },
      quantity: 30,
      perDay: null,
      daysSupply: null,
      refills: null,
      route: 'oral',
      ingredients: null,
      mmePerDay: null,
    });
    assert.deepStrictEqual(pick('Flexeril 10mg #60', ['generic', 'drugClass', 'quantity', 'daysSupply']), { generic: 'cyclobenzaprine', drugClass: 'muscle-relaxant', quantity: 60, daysSupply: null });
  });
  it('salt and release kept in the name; a stated supply gives the average a day and the MME', () => {
    assert.deepStrictEqual(pick('Oxycodone HCL ER 20mg #60 day supply: 30', ['name', 'generic', 'quantity', 'daysSupply', 'perDay', 'mmePerDay']), {
      name: 'Oxycodone HCL ER',
      generic: 'oxycodone',
      quantity: 60,
      daysSupply: 30,
      perDay: 2,
      // 20 mg x 2 a day x 1.5 (CDC 2016)
      mmePerDay: 60,
    });
  });
  it('a combination strength, a dose range and "every 4-6 hrs": the most a day, and MME from the opioid\'s figure', () => {
    assert.deepStrictEqual(pick('Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed', ['generic', 'strength', 'quantity', 'perDay', 'daysSupply', 'route', 'mmePerDay']), {
      generic: 'hydrocodone/acetaminophen',
      strength: { text: '5/325mg', value: 5, unit: 'mg' },
      quantity: 60,
      perDay: 12,
      daysSupply: 5,
      route: 'oral',
      mmePerDay: 60,
    });
    assert.strictEqual(readMedication('Post-op Norco 5/325mg #60', lex())!.postOperative, true);
  });
  it('refills before the drug, and x N refills after it', () => {
    assert.deepStrictEqual(pick('Three refills of Voltaren 75mg #60', ['generic', 'refills', 'route', 'quantity']), { generic: 'diclofenac', refills: 3, route: 'oral', quantity: 60 });
    assert.strictEqual(read('Tramadol 50mg #60 x 2 refills')!.refills, 2);
    assert.strictEqual(read('Omeprazole 20mg, one by mouth daily #30 with two refills')!.refills, 2);
    assert.strictEqual(read('Naproxen 500mg #60, no refills')!.refills, 0);
  });
  it('a topical product: route from the form or the strength in %, ingredients from the lexicon', () => {
    assert.deepStrictEqual(pick('Anecream cream 4% #30', ['generic', 'drugClass', 'strength', 'route', 'quantity']), {
      generic: 'lidocaine',
      drugClass: 'local-anesthetic',
      strength: { text: '4%', value: 4, unit: '%' },
      route: 'topical',
      quantity: 30,
    });
    assert.deepStrictEqual(read('Salonpas pad #60')!.ingredients, [
      { generic: 'methyl salicylate', percent: 10, drugClass: 'topical-other' },
      { generic: 'menthol', percent: 3, drugClass: 'topical-other' },
    ]);
  });
  it('an oral suspension kit: mg/ml strength, the amount in ml', () => {
    assert.deepStrictEqual(pick('Fanatrex 25mg/ml oral suspension 420ml', ['generic', 'drugClass', 'strength', 'quantity', 'route']), {
      generic: 'gabapentin',
      drugClass: 'anticonvulsant',
      strength: { text: '25mg/ml', value: 25, unit: 'mg/ml' },
      quantity: 420,
      route: 'oral',
    });
  });
  it('directions in words: "one tablet three times daily", "one by mouth daily", BID, TID, QID, q6h, PRN', () => {
    assert.deepStrictEqual(pick('Methocarbamol 750mg one tablet three times daily #90', ['perDay', 'daysSupply', 'quantity']), { perDay: 3, daysSupply: 30, quantity: 90 });
    assert.deepStrictEqual(pick('Omeprazole 20mg, one by mouth daily #30 with two refills', ['perDay', 'daysSupply', 'route']), { perDay: 1, daysSupply: 30, route: 'oral' });
    const perDay = (t: string) => read(t)!.perDay;
    assert.strictEqual(perDay('Naproxen 500mg BID #60'), 2);
    assert.strictEqual(perDay('Cyclobenzaprine 10mg TID #90'), 3);
    assert.strictEqual(perDay('Gabapentin 300mg QID #120'), 4);
    assert.strictEqual(perDay('Tramadol 50mg 1 tab q6h #120'), 4);
    assert.strictEqual(perDay('Norco 10/325mg one tablet twice daily #60'), 2);
    assert.strictEqual(perDay('Norco 10/325mg PRN #60'), null);
    assert.strictEqual(perDay('Colace 100mg #60, 1 tablet by mouth as needed'), null);
    assert.strictEqual(read('Norco 10/325mg 1 tab every 4-6 hours as needed #60')!.mmePerDay, 60);
  });
  it('a compound written as its ingredients: generic, class and percent of each', () => {
    const m = read('Ketoprofen 10%, Gabapentin 6%, Lidocaine 2% in cream base 120g')!;
    assert.strictEqual(m.generic, 'ketoprofen/gabapentin/lidocaine');
    assert.strictEqual(m.drugClass, 'topical-other');
    assert.strictEqual(m.route, 'topical');
    assert.strictEqual(m.quantity, 120);
    assert.deepStrictEqual(m.ingredients, [
      { generic: 'ketoprofen', percent: 10, drugClass: 'nsaid' },
      { generic: 'gabapentin', percent: 6, drugClass: 'anticonvulsant' },
      { generic: 'lidocaine', percent: 2, drugClass: 'local-anesthetic' },
    ]);
    assert.strictEqual(readMedication('Ketoprofen 10%, Gabapentin 6%, Lidocaine 2% in cream base 120g', lex())!.compound, true);
  });
  it('"Retrospective ... per 11/02/2016 order": the date is neither a strength nor a count', () => {
    assert.deepStrictEqual(pick('Retrospective Flexeril 10mg #60 per 11/02/2016 order', ['generic', 'strength', 'quantity']), {
      generic: 'cyclobenzaprine',
      strength: { text: '10mg', value: 10, unit: 'mg' },
      quantity: 60,
    });
  });
  it('"one month supply of", "14 days", "x 2 weeks": days stated', () => {
    assert.strictEqual(read('one month supply of Trezix capsule 320.5/30/16mg')!.daysSupply, 30);
    assert.strictEqual(read('Flexeril 10mg, one tablet at bedtime, 14 days')!.daysSupply, 14);
    assert.strictEqual(read('Valium 5mg #30 x 2 weeks')!.daysSupply, 14);
  });
  it('QTY 60, QUANTITY :60:00 (the 2013 artefact), "60 tabs"', () => {
    assert.strictEqual(read('Norco 10/325mg QTY 60')!.quantity, 60);
    assert.strictEqual(read('NORCO 10/325MG QUANTITY :60:00')!.quantity, 60);
    assert.strictEqual(read('Soma 350mg 60 tabs')!.quantity, 60);
  });
  it('the principal figure of a combination sets the MME (Trezix: dihydrocodeine 16 mg, CDC 2022 factor 0.25)', () => {
    const m = read('Trezix capsule 320.5/30/16mg, one capsule every 4 hours #30')!;
    assert.strictEqual(m.strength!.value, 16);
    assert.strictEqual(m.perDay, 6);
    assert.strictEqual(m.mmePerDay, 24);
  });
  it('methadone: the factor of the band of its daily dose; a fentanyl patch: per mcg/hr', () => {
    assert.strictEqual(read('Methadone 10mg one tablet three times a day #90')!.mmePerDay, 240);
    assert.strictEqual(read('Methadone 5mg one tablet twice a day #60')!.mmePerDay, 40);
    assert.strictEqual(read('Duragesic 25mcg/hr patch #10')!.mmePerDay, 60);
    assert.strictEqual(read('Duragesic 25mcg/hr patch #10')!.route, 'transdermal');
  });
  it('no medication: a heading without a drug, or a drug used in another treatment', () => {
    assert.strictEqual(read('Physical therapy 2x6 for the lumbar spine'), null);
    assert.strictEqual(read('Urine drug testing'), null);
    const a = analyze(letter([{ heading: 'Twelve acupuncture visits with Capsaicin patch, 2 times weekly for 6 weeks' }]));
    assert.strictEqual(a.requests[0].medication, null);
  });
  it('a guidelines file adds a drug, or replaces one by id', () => {
    const { base, problems } = builtinKnowledgeBase().withOverrides(
      {
        drugs: [
          { id: 'zz-newdrug', generic: 'newdrugamine', drugClass: 'opioid', brands: ['Newdrugol'], mme: { factor: 2, table: 'Local', source: 'test' } },
          { id: 'tramadol', generic: 'tramadol', drugClass: 'opioid', brands: ['Ultram'], mme: { factor: 0.2, table: 'CDC 2022', source: 'CDC 2022 Table 1' } },
        ],
      },
      'test.json',
    );
    assert.deepStrictEqual(problems, []);
    const kb: KnowledgeBase = base;
    assert.strictEqual(readMedication('Newdrugol 10mg BID #60', kb.drugLexicon)!.mmePerDay, 40);
    assert.strictEqual(readMedication('Ultram 50mg QID #120', kb.drugLexicon)!.mmePerDay, 40);
    assert.strictEqual(readMedication('Ultram 50mg QID #120', lex())!.mmePerDay, 20);
  });
  it('a guidelines file with a drug of an unknown ingredient is refused with the path', () => {
    const { problems } = builtinKnowledgeBase().withOverrides({ drugs: [{ id: 'kit-x', generic: 'xylo', kind: 'kit', drugClass: 'other', ingredients: [{ drug: 'nothing-such' }] }] }, 'f.json');
    assert.deepStrictEqual(problems.map((p) => p.path), ['drugs[0].ingredients[0].drug']);
  });
});

describe('medication requests: every medication heading of ../shared', () => {
  /** Generic and quantity expected of each medication item of ../shared, by title. */
  const EXPECTED: Record<string, [string, number | null]> = {
    'Ultram 50mg #30': ['tramadol', 30],
    'Flexeril 10mg #60': ['cyclobenzaprine', 60],
    'Oxycodone HCL ER 20mg #60 day supply: 30': ['oxycodone', 60],
    'Salonpas pad #60': ['methyl salicylate/menthol', 60],
    'Anecream cream 4% #30': ['lidocaine', 30],
    'Post-op Percocet 5/325mg': ['oxycodone/acetaminophen', null],
    'Post-op Zofran': ['ondansetron', null],
    'Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed': ['hydrocodone/acetaminophen', 60],
    'Post-op Colace 100mg #60, 1 tablet by mouth as needed': ['docusate', 60],
    'Three refills of Voltaren 75mg #60': ['diclofenac', 60],
    'Ultram (tramadol) 50mg #90': ['tramadol', 90],
    'Retrospective injection 5cc of lidocaine hcl 1percent and 1cc of dexamethasone 120mg to the right knee': ['lidocaine/dexamethasone', null],
    'Celecoxib 200mg #90': ['celecoxib', 90],
    'Fanatrex 25mg/ml oral suspension 420ml': ['gabapentin', 420],
    'Dicopanol 5mg/ml oral suspension, 150ml': ['diphenhydramine', 150],
    'Deprizine 15mg/ml oral suspension, 250ml': ['ranitidine', 250],
    'Tabradol 1mg/ml oral suspension, 250ml': ['cyclobenzaprine', 250],
    'Motrin 600mg #40': ['ibuprofen', 40],
    'Ultram 50mg #60': ['tramadol', 60],
    'Flexeril 10mg #90': ['cyclobenzaprine', 90],
  };
  it('reads each, and finds no medication in the other headings', function () {
    if (!HAS_SHARED) this.skip();
    const seen: Record<string, [string, number | null]> = {};
    for (const f of [...sharedLetters('samples'), ...sharedLetters('corpus')]) {
      const a = analyze(fs.readFileSync(f, 'utf8'));
      for (const item of a.doc.items) {
        const m = a.requests[item.index].medication;
        if (m) seen[item.title] = [m.generic, m.quantity];
      }
    }
    assert.deepStrictEqual(seen, EXPECTED);
  });
});
