/**
 * What the consistency checks read of a letter, read once per analysis however many rules ask: the
 * case summary, and the body parts of each heading and each rationale. One per analysis, in the
 * rules' context (not in a table keyed by the letter: an entry there keeps a young letter alive
 * through the garbage collector's minor cycles, which then copies the whole parse).
 */
import type { Anatomy, BodyPartMention } from '../knowledge/anatomy';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Determination, Field, Item } from '../model';
import type { Range } from '../text';
import { CaseSummary } from './caseSummary';

/** A text read by the consistency checks (a field's folded text, the case summary) and the way back to the document. */
export interface LocatedText {
  readonly text: string;
  rangeOf(start: number, end: number): Range;
}

export class LetterReading {
  readonly anatomy: Anatomy;
  #summary: CaseSummary | null | undefined;
  readonly #headings: Array<readonly BodyPartMention[] | undefined> = [];
  readonly #rationales: Array<readonly BodyPartMention[] | undefined> = [];
  readonly #texts: Array<LocatedText | null | undefined> = [];

  constructor(
    readonly doc: Determination,
    readonly kb: KnowledgeBase,
  ) {
    this.anatomy = kb.anatomy;
  }

  get summary(): CaseSummary | null {
    if (this.#summary === undefined) this.#summary = CaseSummary.of(this.doc);
    return this.#summary;
  }

  /** The body parts the item's title names (the remaining portion, for a modified request), in title offsets. */
  headingParts(item: Item): readonly BodyPartMention[] {
    return (this.#headings[item.index] ??= this.anatomy.mentions(item.title));
  }

  /** The rationale's text (folded); null when the item has none. */
  rationale(item: Item): LocatedText | null {
    let t = this.#texts[item.index];
    if (t === undefined) {
      const field = item.fields.rationale;
      t = field ? fieldText(field) : null;
      this.#texts[item.index] = t;
    }
    return t;
  }

  /** The body parts the rationale names, in offsets of its (folded) text. */
  rationaleParts(item: Item): readonly BodyPartMention[] {
    let parts = this.#rationales[item.index];
    if (parts === undefined) {
      const w = this.rationale(item);
      parts = w ? this.anatomy.mentions(w.text) : [];
      this.#rationales[item.index] = parts;
    }
    return parts;
  }
}

/** A field's folded text, located through the field. */
export function fieldText(field: Field): LocatedText {
  return { text: field.text, rangeOf: (start, end) => field.textRangeOf(start, end) };
}
