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

/** A field's text as written (its `source`) and the way back to the document. */
export interface WrittenText {
  readonly text: string;
  rangeOf(start: number, end: number): Range;
}

export class LetterReading {
  readonly anatomy: Anatomy;
  #summary: CaseSummary | null | undefined;
  readonly #headings: Array<readonly BodyPartMention[] | undefined> = [];
  readonly #rationales: Array<readonly BodyPartMention[] | undefined> = [];
  readonly #written: Array<WrittenText | null | undefined> = [];

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

  /** The rationale as written; null when the item has none. */
  rationale(item: Item): WrittenText | null {
    let w = this.#written[item.index];
    if (w === undefined) {
      const field = item.fields.rationale;
      w = field ? writtenText(this.doc, field) : null;
      this.#written[item.index] = w;
    }
    return w;
  }

  /** The body parts the rationale names, in offsets of its text as written. */
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

/** A field's text as written, located: it starts where its label ends. */
export function writtenText(doc: Determination, field: Field): WrittenText {
  const index = doc.index;
  const base = index.offsetAt(field.labelRange.end);
  return {
    text: field.source,
    rangeOf: (start, end) => ({ start: index.positionAt(base + start), end: index.positionAt(base + end) }),
  };
}
