import type { LineIndex, Range } from './text';

export type SectionKind =
  | 'header'
  | 'howMade'
  | 'documentsReviewed'
  | 'caseSummary'
  | 'issues'
  | 'notice'
  | 'qualifications';

export interface Section {
  readonly kind: SectionKind;
  /** The heading as written, white space normalised. */
  readonly title: string;
  readonly headingRange: Range;
  /** From the heading to the last non-blank line before the next section. */
  readonly range: Range;
}

export type FieldKind = 'claimsAdministrator' | 'maximus' | 'rationale';

export const FIELD_KINDS: readonly FieldKind[] = ['claimsAdministrator', 'maximus', 'rationale'];

export const FIELD_LABELS: Readonly<Record<FieldKind, string>> = {
  claimsAdministrator: 'Claims Administrator guideline',
  maximus: 'MAXIMUS guideline',
  rationale: 'Decision rationale',
};

export interface Field {
  readonly kind: FieldKind;
  /** The label as written, without the colon. */
  readonly label: string;
  readonly labelRange: Range;
  /** The whole field: label, text, continuation lines across blank lines and page breaks. */
  readonly range: Range;
  /** The field's text with line breaks and runs of spaces folded to one space. */
  readonly text: string;
  /** Where the text starts and ends; null when the field is empty. */
  readonly textRange: Range | null;
  /** The document range of text characters [start, end) (the text is joined over lines). */
  textRangeOf(start: number, end: number): Range;
}

export type Decision = 'Upheld' | 'Overturned' | 'Partially Overturned';

export interface Item {
  readonly index: number;
  /** The disputed item: the heading without its decision, or the remaining portion of a modified request. */
  readonly title: string;
  /** The whole heading as written, joined over its lines. */
  readonly heading: string;
  readonly headingRange: Range;
  /** Range of the title part of the heading (for hovers and highlighting). */
  readonly titleRange: Range;
  /** The document range of title characters [start, end) (the title is joined over lines). */
  titleRangeOf(start: number, end: number): Range;
  readonly decision: Decision | null;
  /** The decision word as written (`UPHELD`, `Overturned`, ...). */
  readonly decisionText: string | null;
  readonly decisionRange: Range | null;
  readonly range: Range;
  readonly fields: Readonly<Partial<Record<FieldKind, Field>>>;
  /** A field label that occurs again within the item (kept so that no text is silently dropped). */
  readonly extraFields: readonly Field[];
  /**
   * `item`: a disputed item of the later letters, with its fields. `notice`: a numbered decision of
   * the 2013 "Notice of Independent Medical Review Determination", which has no fields.
   */
  readonly form: 'item' | 'notice';
}

export interface Determination {
  /** Whether the text has the structure of a determination: a known section, or an item block with its labels (see hasLetterStructure). */
  readonly isDetermination: boolean;
  readonly sections: readonly Section[];
  readonly items: readonly Item[];
  readonly index: LineIndex;
}
