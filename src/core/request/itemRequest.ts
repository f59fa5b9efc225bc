import type { Guideline, Treatment } from '../knowledge/schema';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Item } from '../model';
import type { Range } from '../text';
import { MedicationRequest, readMedication } from './medication';
import { findRequestedTotal, parseQuantity, Quantity, QuantityUnit } from './quantity';

export interface ItemRequest {
  readonly treatment: Treatment | undefined;
  /** Visits requested; null when the quantity is not a visit count or none is written. */
  readonly visits: number | null;
  readonly perWeek: number | null;
  readonly weeks: number | null;
  /** The count as written, whatever it counts (studies, injections, tablets). */
  readonly quantity: number | null;
  readonly unit: QuantityUnit | null;
  readonly additional: boolean;
  /** The quantity text as written, and where. */
  readonly text: string | null;
  readonly range: Range | null;
  /** Whether the count came from the rationale because the heading has none. */
  readonly fromRationale: boolean;
  /** The medication the heading names (see request/medication.ts), or null. */
  readonly medication: MedicationRequest | null;
}

export interface VisitLimit {
  readonly guideline: Guideline;
  /** The visits this request may have: the trial for a first request, the full course for more. */
  readonly maxVisits: number;
  /** Whether maxVisits is the initial trial (further visits need documented functional improvement). */
  readonly isTrial: boolean;
}

/** A request whose quantity the heading states; where it stands is found only when asked. */
class HeadingRequest implements ItemRequest {
  readonly perWeek: number | null;
  readonly weeks: number | null;
  readonly quantity: number | null;
  readonly unit: QuantityUnit | null;
  readonly additional: boolean;
  readonly text: string;
  readonly fromRationale = false;
  medication: MedicationRequest | null = null;
  readonly #item: Item;
  readonly #start: number;
  readonly #end: number;

  constructor(
    item: Item,
    readonly treatment: Treatment | undefined,
    readonly visits: number | null,
    q: Quantity,
  ) {
    this.perWeek = q.perWeek;
    this.weeks = q.weeks;
    this.quantity = q.total;
    this.unit = q.unit;
    this.additional = q.additional;
    this.text = item.title.slice(q.start, q.end);
    this.#item = item;
    this.#start = q.start;
    this.#end = q.end;
  }

  get range(): Range | null {
    return this.#item.title.length ? this.#item.titleRangeOf(this.#start, this.#end) : null;
  }
}

const ASKS_FOR_MORE = /\b(?:additional|continued|continue|further|extension)\b/i;

export function describeRequest(item: Item, kb: KnowledgeBase): ItemRequest {
  const request = describeTreatment(item, kb);
  // Only a heading that names no other treatment is read for a drug ("acupuncture with capsaicin patch" is acupuncture).
  if (!request.treatment || request.treatment.id === 'medication') request.medication = readMedication(item.title, kb.drugLexicon);
  return request;
}

function describeTreatment(item: Item, kb: KnowledgeBase): ItemRequest & { medication: MedicationRequest | null } {
  const treatment = kb.recognize(item.title);
  const q = parseQuantity(item.title);
  const visitBased = treatment?.visitBased ?? false;
  if (q && (q.total !== null || q.perWeek !== null || q.weeks !== null)) {
    const countsVisits = q.unit === 'visits' || (q.unit === 'quantity' && visitBased);
    return new HeadingRequest(item, treatment, countsVisits && (visitBased || !treatment) ? q.total : null, q);
  }
  const rationale = item.fields.rationale;
  if (visitBased && rationale) {
    const r = findRequestedTotal(rationale.text);
    if (r) {
      return {
        treatment,
        visits: r.total,
        perWeek: null,
        weeks: null,
        quantity: r.total,
        unit: 'visits',
        additional: r.additional || (q?.additional ?? false),
        text: rationale.text.slice(r.start, r.end),
        range: rationale.textRangeOf(r.start, r.end),
        fromRationale: true,
        medication: null,
      };
    }
  }
  return {
    treatment,
    visits: null,
    perWeek: null,
    weeks: null,
    quantity: null,
    unit: null,
    additional: ASKS_FOR_MORE.test(item.title),
    text: null,
    range: null,
    fromRationale: false,
    medication: null,
  };
}

/** The visit limit that applies to a request, from the treatment's preferred guideline entry. */
export function visitLimit(request: ItemRequest, kb: KnowledgeBase): VisitLimit | null {
  if (!request.treatment) return null;
  const g = kb.preferredGuideline(request.treatment.id);
  const l = g?.limit;
  if (!g || !l) return null;
  if (l.trialVisits !== undefined && (!request.additional || l.maxVisits === undefined)) {
    return { guideline: g, maxVisits: l.trialVisits, isTrial: true };
  }
  if (l.maxVisits !== undefined) return { guideline: g, maxVisits: l.maxVisits, isTrial: false };
  return null;
}
