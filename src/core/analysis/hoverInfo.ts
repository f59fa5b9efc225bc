import type { Range } from '../text';

/** What a hover shows (Markdown) and the range it is about. */
export interface HoverInfo {
  readonly markdown: string;
  readonly range: Range;
}
