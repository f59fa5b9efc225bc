import type { Guideline, Treatment } from '../knowledge/schema';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Item } from '../model';
import type { Range } from '../text';
import { readModifiedRequest } from './modifiedRequest';
import { isPostSurgical } from './postSurgical';
import { priorCourseInRationale, readPriorVisits, summaryTellsPriorCourse } from './priorVisits';
import { MedicationRequest, readMedication } from './medication';
import { findRequestedTotal, parseQuantity, Quantity, QuantityUnit } from './quantity';

export interface ItemRequest {
  /** The treatment, as the heading names it; post-surgical physical medicine where the item is post-surgical. */
  readonly treatment: Treatment | undefined;
  /** Visits requested; null when the quantity is not a visit count or none is written. */
  readonly visits: number | null;
  readonly perWeek: number | null;
  readonly weeks: number | null;
  /** The count as written, whatever it counts (studies, injections, tablets). */
  readonly quantity: number | null;
  readonly unit: QuantityUnit | null;
  /** The heading asks for more of a treatment already given ("additional", "continued"). */
  readonly additional: boolean;
  /** The count is the upper bound of a range as written ("2-3 times a week"). */
  readonly isRange: boolean;
  /** The count adds up counts written apart (one per body part). */
  readonly isSum: boolean;
  /** The quantity text as written, and where. */
  readonly text: string | null;
  readonly range: Range | null;
  /** Whether the count came from the rationale because the heading has none. */
  readonly fromRationale: boolean;
  /** Visits already done or authorised before this request, as the letter states them; null when it gives no count. */
  readonly priorVisits: number | null;
  /** A modified request: the visits originally requested, and those the Claims Administrator authorised. */
  readonly originalVisits: number | null;
  readonly authorizedVisits: number | null;
  /** More of a course already given: asked as "additional", or prior visits stated. */
  readonly continuation: boolean;
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

const ASKS_FOR_MORE = /\b(?:additional|continued|continue|further|extension)\b/i;
/** Treatments that are physical medicine, which the post-surgical guidelines govern after surgery. */
const PHYSICAL_MEDICINE = new Set(['physical-therapy', 'aquatic-therapy', 'therapeutic-exercise']);

/** What the heading or the rationale states about the quantity. */
interface Stated {
  readonly visits: number | null;
  readonly q: Quantity | null;
  readonly text: string | null;
  readonly range: () => Range | null;
  readonly fromRationale: boolean;
}

const NOTHING_STATED: Stated = { visits: null, q: null, text: null, range: () => null, fromRationale: false };

/** What an item's request may read beyond the item: the letter's clinical case summary, read only when asked. */
export interface RequestContext {
  caseSummary(): string;
}

const NO_CONTEXT: RequestContext = { caseSummary: () => '' };

/** What the case summary tells of each treatment, read once per letter however many items ask. */
const toldCache = new WeakMap<RequestContext, Map<string, boolean>>();

function toldInSummary(context: RequestContext, t: Treatment): boolean {
  let told = toldCache.get(context);
  if (!told) toldCache.set(context, (told = new Map()));
  let answer = told.get(t.id);
  if (answer === undefined) told.set(t.id, (answer = summaryTellsPriorCourse(context.caseSummary(), t)));
  return answer;
}
/** A heading that says the request is a first course: the case summary's history does not make it a continuation. */
const FIRST_COURSE = /\b(?:initial|trial)\b/i;

/** An item's request; the prior course is read from the rationale (and the case summary) only when asked. */
class Request implements ItemRequest {
  readonly visits: number | null;
  readonly perWeek: number | null;
  readonly weeks: number | null;
  readonly quantity: number | null;
  readonly unit: QuantityUnit | null;
  readonly additional: boolean;
  readonly isRange: boolean;
  readonly isSum: boolean;
  readonly text: string | null;
  readonly fromRationale: boolean;
  readonly originalVisits: number | null;
  readonly authorizedVisits: number | null;
  medication: MedicationRequest | null = null;
  readonly #item: Item;
  readonly #kb: KnowledgeBase;
  readonly #stated: Stated;
  readonly #context: RequestContext;
  /** The prior visits the rationale counts (undefined until asked), and whether a course was given before. */
  #prior: number | null | undefined;
  #given: boolean | undefined;

  constructor(item: Item, kb: KnowledgeBase, readonly treatment: Treatment | undefined, stated: Stated, context: RequestContext) {
    const q = stated.q;
    this.visits = stated.visits;
    this.perWeek = stated.fromRationale ? null : (q?.perWeek ?? null);
    this.weeks = stated.fromRationale ? null : (q?.weeks ?? null);
    this.quantity = stated.fromRationale ? stated.visits : (q?.total ?? null);
    this.unit = stated.fromRationale ? 'visits' : (q?.unit ?? null);
    this.additional = (q?.additional ?? false) || ASKS_FOR_MORE.test(item.title);
    this.isRange = q?.isRange ?? false;
    this.isSum = q?.isSum ?? false;
    this.text = stated.text;
    this.fromRationale = stated.fromRationale;
    const modified = treatment?.visitBased && item.heading !== item.title ? readModifiedRequest(item.heading) : null;
    this.originalVisits = modified?.originalVisits ?? null;
    this.authorizedVisits = modified?.authorizedVisits ?? null;
    this.#item = item;
    this.#kb = kb;
    this.#stated = stated;
    this.#context = context;
  }

  get range(): Range | null {
    return this.#stated.range();
  }

  /** The visits done before, as the rationale counts them (authorisations of a modified request apart). */
  private get counted(): number | null {
    if (this.#prior === undefined) {
      const r = this.#item.fields.rationale;
      const t = this.treatment;
      this.#prior = t?.visitBased && r ? readPriorVisits(r.text, t, this.#kb, this.authorizedVisits !== null) : null;
    }
    return this.#prior;
  }

  get priorVisits(): number | null {
    const done = this.counted;
    if (this.authorizedVisits === null) return done;
    return (done ?? 0) + this.authorizedVisits;
  }

  get continuation(): boolean {
    if (this.additional || this.authorizedVisits !== null || this.counted !== null) return true;
    if (this.#given === undefined) this.#given = this.givenBefore();
    return this.#given;
  }

  /** Whether the rationale, or else the case summary's history, tells of a course given before. */
  private givenBefore(): boolean {
    const t = this.treatment;
    if (!t?.visitBased) return false;
    const r = this.#item.fields.rationale;
    const said = r ? priorCourseInRationale(r.text, t, this.#kb) : null;
    if (said) return said === 'given';
    return !FIRST_COURSE.test(this.#item.title) && toldInSummary(this.#context, t);
  }
}

/** The quantity the heading states, else (for a visit-based treatment) the total the rationale requests. */
function statedQuantity(item: Item, treatment: Treatment | undefined): Stated {
  const q = parseQuantity(item.title);
  const visitBased = treatment?.visitBased ?? false;
  if (q && (q.total !== null || q.perWeek !== null || q.weeks !== null)) {
    const countsVisits = q.unit === 'visits' || (q.unit === 'quantity' && visitBased);
    const visits = countsVisits && (visitBased || !treatment) ? q.total : null;
    const range = () => (item.title.length ? item.titleRangeOf(q.start, q.end) : null);
    return { visits, q, text: item.title.slice(q.start, q.end), range, fromRationale: false };
  }
  const rationale = item.fields.rationale;
  const r = visitBased && rationale ? findRequestedTotal(rationale.text) : null;
  if (rationale && r) {
    const fromRationale = { ...(q ?? EMPTY_QUANTITY), additional: r.additional || (q?.additional ?? false) };
    return { visits: r.total, q: fromRationale, text: rationale.text.slice(r.start, r.end), range: () => rationale.textRangeOf(r.start, r.end), fromRationale: true };
  }
  return q ? { ...NOTHING_STATED, q } : NOTHING_STATED;
}

const EMPTY_QUANTITY: Quantity = { total: null, perWeek: null, weeks: null, unit: null, additional: false, isRange: false, isSum: false, start: 0, end: 0 };

export function describeRequest(item: Item, kb: KnowledgeBase, context: RequestContext = NO_CONTEXT): ItemRequest {
  let treatment = kb.recognize(item.title);
  // Physical medicine after surgery is held to the post-surgical guidelines, never the chronic-pain figures.
  if (treatment && PHYSICAL_MEDICINE.has(treatment.id) && isPostSurgical(item)) treatment = kb.treatment('postsurgical-pt') ?? treatment;
  const request = new Request(item, kb, treatment, statedQuantity(item, treatment), context);
  // Only a heading that names no other treatment is read for a drug ("acupuncture with capsaicin patch" is acupuncture).
  if (!treatment || treatment.id === 'medication') request.medication = readMedication(item.title, kb.drugLexicon);
  return request;
}

/** Whether the treatment's guideline counts visits at all (a trial or a full course). */
export function hasVisitLimit(treatment: Treatment | undefined, kb: KnowledgeBase): boolean {
  const l = treatment ? kb.preferredGuideline(treatment.id)?.limit : undefined;
  return l !== undefined && (l.trialVisits !== undefined || l.maxVisits !== undefined);
}

/**
 * The visit limit that applies to a request, from the treatment's preferred guideline entry: the
 * initial trial for a first course, the full course for a continuation (none where the guideline
 * sets no total beyond the trial: further visits then rest on documented functional improvement).
 */
export function visitLimit(request: ItemRequest, kb: KnowledgeBase): VisitLimit | null {
  if (!request.treatment) return null;
  const g = kb.preferredGuideline(request.treatment.id);
  const l = g?.limit;
  if (!g || !l) return null;
  if (l.trialVisits !== undefined && !request.continuation) return { guideline: g, maxVisits: l.trialVisits, isTrial: true };
  if (l.maxVisits !== undefined) return { guideline: g, maxVisits: l.maxVisits, isTrial: false };
  return null;
}
