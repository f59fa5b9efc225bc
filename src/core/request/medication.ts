import type { DrugLexicon, DrugName } from '../knowledge/drugLexicon';
import type { Drug, DrugClassId, RouteId } from '../knowledge/drugSchema';
import { findFrequency, findQuantity, findRefills, QuantityUnit, round, statedDays, unitsPerDay } from './dosing';

/** A strength as written ("5/325mg") and as a figure: that of the drug that sets the class and the MME. */
export interface Strength {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
}

export interface Ingredient {
  readonly generic: string;
  readonly percent: number | null;
  readonly drugClass: DrugClassId;
}

/** A medication request as `--format json` reports it: figures the heading writes, or null. */
export interface Medication {
  /** The name as written, with its salt and release ("Oxycodone HCL ER"), or the ingredients of a compound. */
  readonly name: string;
  readonly generic: string;
  readonly drugClass: DrugClassId;
  readonly strength: Strength | null;
  /** The count dispensed (#, QTY), or the amount in ml or g when only that is written. */
  readonly quantity: number | null;
  /** Units (or ml) a day at the most the directions allow. */
  readonly perDay: number | null;
  /** Stated, or the quantity divided by the units a day. */
  readonly daysSupply: number | null;
  readonly refills: number | null;
  readonly route: RouteId | null;
  readonly ingredients: readonly Ingredient[] | null;
  /** Morphine milligram equivalents a day, from the drug's conversion table; null when the dose a day is not written. */
  readonly mmePerDay: number | null;
}

/** The medication with what the rules and the hover need besides. */
export interface MedicationRequest extends Medication {
  readonly drug: Drug;
  /** Where the name stands in the item's title. */
  readonly start: number;
  readonly end: number;
  readonly quantityUnit: QuantityUnit | null;
  readonly perDayUnit: 'unit' | 'ml' | null;
  /** A compounded topical: ingredients mixed for the patient, or a compound or kit of the lexicon. */
  readonly compound: boolean;
  readonly postOperative: boolean;
  /** The drugs of the ingredients (the drug itself when it has none). */
  readonly ingredientDrugs: readonly Drug[];
}

interface Mention {
  readonly name: DrugName;
  readonly start: number;
  /** The end of the name with its salt and release words. */
  readonly end: number;
  readonly strength: Strength | null;
  /** The figures of the strength ("5/325": 5 and 325). */
  readonly figures: readonly number[];
  /** The end of the strength, or of the name when it has none. */
  readonly through: number;
}

const MODIFIERS = /^(?:\s*(?:hcl|hydrochloride|sodium|sod|potassium|citrate|sulfate|tartrate|bitartrate|er|xr|sr|cr|dr|ir|es|ds|ec|dsc|cd|la|odt|extended[\s-]release|delayed[\s-]release)\b)+/i;
const FORMS = /^[\s,]*(?:(?:\(?(?:compound(?:ed)?|topical|oral|transdermal|cream|gel|ointment|lotion|patch(?:es)?|pads?|capsules?|caps?|tablets?|tabs?|suspension|solution|liquid|spray)\b\)?|\([A-Za-z /-]+\))[\s,]*)*/i;
const STRENGTH = /^\s*\(?\s*(\d*\.?\d+(?:\s*\/\s*\d*\.?\d+)*)\s*(mcg\s*\/\s*h(?:r|our)?|mg\s*\/\s*\d*\s*ml|mg|mcg|%|\s?percent)(?![a-z])/i;

function readStrength(title: string, from: number): { strength: Strength; figures: number[]; end: number } | null {
  const skipped = FORMS.exec(title.slice(from))![0].length;
  const m = STRENGTH.exec(title.slice(from + skipped));
  if (!m) return null;
  const unit = m[2].replace(/\s+/g, '').toLowerCase().replace('percent', '%').replace(/^mg\/\d*ml$/, 'mg/ml').replace(/^mcg\/h(?:r|our)?$/, 'mcg/hr');
  const figures = m[1].split('/').map((x) => Number(x.trim()));
  return { strength: { text: m[0].replace(/^[\s(]+/, ''), value: figures[0], unit }, figures, end: from + skipped + m[0].length };
}

/** The drug names of a title, in order, each with the strength written after it. */
function mentions(title: string, lex: DrugLexicon): Mention[] {
  const out: Mention[] = [];
  const words = /[A-Za-z]+/g;
  for (let w = words.exec(title); w; w = words.exec(title)) {
    const start = w.index;
    const found = lex.nameAt(title, w[0], words.lastIndex);
    if (!found) continue;
    // A generic in brackets after its brand ("Ultram (tramadol)") is the same mention.
    const prev = out[out.length - 1];
    if (prev && prev.name.drug.generic === found.name.drug.generic && /^\s*\($/.test(title.slice(prev.through, start))) continue;
    const end = found.end + (MODIFIERS.exec(title.slice(found.end))?.[0].length ?? 0);
    const s = readStrength(title, end);
    out.push({ name: found.name, start, end, strength: s?.strength ?? null, figures: s?.figures ?? [], through: s?.end ?? end });
    words.lastIndex = Math.max(words.lastIndex, s?.end ?? end);
  }
  return out;
}

const TOPICAL_CUE = /\b(?:cream|gel|ointment|lotion|topical|patch(?:es)?|pads?|spray|roll[\s-]?on|liniment|balm|transdermal|cream base)\b/i;
const ORAL_CUE = /\b(?:tabs?|tablets?|caps?|capsules?|oral(?:ly)?|by mouth|p\.o\.?|suspension|syrup|elixir|chewable|odt|pills?)\b|\bPO\b/i;
const INJECTION_CUE = /\b(?:inj(?:ection)?s?|injectable|intramuscular|intravenous|intra-?articular|subcutaneous)\b|\b(?:IM|IV)\b/;

function routeOf(title: string, drug: Drug, strength: Strength | null): RouteId | null {
  if (drug.routes.includes('injection') && INJECTION_CUE.test(title)) return 'injection';
  if (TOPICAL_CUE.test(title)) return drug.routes.includes('transdermal') && !drug.routes.includes('topical') ? 'transdermal' : 'topical';
  if (ORAL_CUE.test(title)) return 'oral';
  if (strength?.unit === '%') return 'topical';
  if (strength?.unit === 'mcg/hr') return 'transdermal';
  if (drug.routes.length === 1) return drug.routes[0];
  // A dose in mg of a drug that comes by mouth is a tablet or a capsule (topicals are dosed in %).
  if (strength && (strength.unit === 'mg' || strength.unit === 'mcg') && drug.routes.includes('oral')) return 'oral';
  return null;
}

const POST_OPERATIVE = /\bpost[\s-]*(?:op(?:erative(?:ly)?)?|surg(?:ical|ery)?)\b/i;
const COMPOUND_CUE = /\bcompound(?:ed)?\b|\bcream base\b|\bin (?:a )?(?:cream|gel|lotion) base\b/i;

/** The medication a heading requests, or null when it names no drug of the lexicon. */
export function readMedication(title: string, lex: DrugLexicon): MedicationRequest | null {
  const found = mentions(title, lex);
  if (!found.length) return null;
  const first = found[0];
  const drug = first.name.drug;
  const route = routeOf(title, drug, first.strength);
  // Several drugs named together, one at least with a strength in %, or by a topical or injected route: a mixture.
  const mixture = found.length > 1 && (found.some((m) => m.strength?.unit === '%') || route === 'topical' || route === 'injection');
  const parts = mixture ? found : null;
  const ingredientDrugs = parts ? parts.map((m) => m.name.drug) : (drug.ingredients ?? []).map((g) => lex.drug(g.drug) ?? drug);
  const ingredients: Ingredient[] | null = parts
    ? parts.map((m) => ({ generic: m.name.drug.generic, percent: m.strength?.unit === '%' ? m.strength.value : null, drugClass: m.name.drug.drugClass }))
    : drug.ingredients
      ? drug.ingredients.map((g) => {
          const d = lex.drug(g.drug);
          return { generic: d?.generic ?? g.drug, percent: g.percent ?? null, drugClass: d?.drugClass ?? 'other' };
        })
      : null;
  const classes = new Set(ingredientDrugs.map((d) => d.drugClass));
  const drugClass: DrugClassId = !parts ? drug.drugClass : classes.size === 1 ? [...classes][0] : route === 'topical' ? 'topical-other' : 'other';
  const strength = parts ? null : principalStrength(first, drug);
  const amounts = dosing(title, first.through);
  const compound = route === 'topical' && (mixture || drug.kind === 'compound' || drug.kind === 'kit' || (/compound|base/i.test(title) && COMPOUND_CUE.test(title)));
  return {
    name: title.slice(first.start, parts ? parts[parts.length - 1].through : first.end).trim(),
    generic: parts ? parts.map((m) => m.name.drug.generic).join('/') : drug.generic,
    drugClass,
    strength,
    ...amounts,
    route,
    ingredients,
    mmePerDay: parts ? null : mmePerDay(drug, strength, amounts.perDay, amounts.perDayUnit),
    drug,
    start: first.start,
    end: first.end,
    compound,
    postOperative: /post/i.test(title) && POST_OPERATIVE.test(title),
    ingredientDrugs: ingredientDrugs.length ? ingredientDrugs : [drug],
  };
}

/** The strength with the figure of the drug that sets the class ("320.5/30/16mg" of acetaminophen/caffeine/dihydrocodeine: 16). */
function principalStrength(m: Mention, drug: Drug): Strength | null {
  const s = m.strength;
  if (!s) return null;
  const at = m.figures.length === drug.generic.split('/').length ? drug.principal : 0;
  return { ...s, value: m.figures[at] ?? s.value };
}

interface Amounts {
  quantity: number | null;
  quantityUnit: QuantityUnit | null;
  perDay: number | null;
  perDayUnit: 'unit' | 'ml' | null;
  daysSupply: number | null;
  refills: number | null;
}

function dosing(title: string, from: number): Amounts {
  const after = title.slice(from);
  const q = findQuantity(after);
  const f = findFrequency(after);
  const units = f ? unitsPerDay(after, f) : null;
  const stated = statedDays(title);
  const computed = q && units && units.perDay > 0 && q.unit === units.unit ? Math.floor(q.value / units.perDay) : null;
  // With no directions, a count and its stated days' supply give the average a day (as the CMS MME measure reads a claim).
  const average = !units && q && q.unit === 'unit' && stated ? round(q.value / stated) : null;
  return {
    quantity: q?.value ?? null,
    quantityUnit: q?.unit ?? null,
    perDay: units?.perDay ?? average,
    perDayUnit: units?.unit ?? (average !== null ? 'unit' : null),
    daysSupply: stated ?? computed,
    refills: findRefills(title),
  };
}

function mmePerDay(drug: Drug, s: Strength | null, perDay: number | null, perDayUnit: 'unit' | 'ml' | null): number | null {
  const mme = drug.mme;
  if (!mme || !s) return null;
  if (mme.unit === 'mcg/hr') return s.unit === 'mcg/hr' ? round(s.value * mme.factor) : null;
  if (perDay === null) return null;
  const mgPerDay = s.unit === 'mg' && perDayUnit === 'unit' ? s.value * perDay : s.unit === 'mg/ml' && perDayUnit === 'ml' ? s.value * perDay : null;
  if (mgPerDay === null) return null;
  let factor: number | null = mme.factor;
  if (mme.bands?.length) factor = mme.bands.find((b) => mgPerDay <= b.upToMgPerDay)?.factor ?? null;
  return factor === null ? null : round(mgPerDay * factor);
}

/** The fields of the JSON report, and only those. */
export function medicationFields(m: Medication | null): Medication | null {
  if (!m) return null;
  const { name, generic, drugClass, strength, quantity, perDay, daysSupply, refills, route, ingredients, mmePerDay } = m;
  return { name, generic, drugClass, strength, quantity, perDay, daysSupply, refills, route, ingredients, mmePerDay };
}
