import type { Range } from '../text';

/** One row of completion: what the editor lists, and what choosing it inserts. */
export interface Completion {
  /** What the row says: a citation's topic, a decision, a paragraph's name. */
  readonly label: string;
  /** Shown beside the label, dimmed: a citation's source and pages. */
  readonly description?: string;
  /** What typing is matched against; the label when absent. */
  readonly filterText?: string;
  /** Shown beside the list for the selected row: what a cited guideline says. */
  readonly documentation?: string;
  readonly kind: 'citation' | 'decision' | 'paragraph' | 'drug';
  /** A snippet (VS Code snippet syntax) when `snippet` is set, else plain text. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly detail: string;
  /** Lower sorts first: citations that fit the item's treatment come before the others. */
  readonly sortText: string;
  readonly range: Range;
}
