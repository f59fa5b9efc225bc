/** The text layer: positions, lines, characters and folded text. It imports nothing above it. */
export type { Position, Range, TextEdit } from './positions';
export { pos, range, comparePositions, rangeContains, rangesOverlap } from './positions';
export { LineIndex } from './lineIndex';
export { isBlankCode, isBlank, firstNonBlank, lastNonBlank, wordAt, normalizeSpace } from './chars';
export { isPageNoise } from './pageNoise';
export { FoldedText } from './foldedText';
export { LineFolding } from './lineFolding';
export type { LineText, Span } from './lineFolding';
