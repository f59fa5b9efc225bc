import { firstNonBlank } from './chars';

/**
 * Lines that PDF pages add around the text: "Page 2 of 5", a lone case number, a form feed. They
 * belong to no heading.
 */
export function isPageNoise(line: string, from = 0, to = line.length, first?: number): boolean {
  if (to - from > 60) return false;
  // Every form starts with "p", "c" or a digit after white space: other lines skip the pattern.
  // (Beyond ASCII the character may be a space that only the pattern knows.)
  const c = line.charCodeAt(first ?? firstNonBlank(line, from, to)) | 32;
  if (c < 128 && c !== 112 /* p */ && c !== 99 /* c */ && !(c >= 48 && c <= 57)) return false;
  return PAGE_NOISE.test(from === 0 && to === line.length ? line : line.slice(from, to));
}

const PAGE_NOISE = /^[\s\f]*(?:Page\s+\d+\s*(?:of\s+\d+)?|\d+\s*(?:of|\/)\s*\d+|CM\d{2}-\d{5,8}|Case Number:?\s*CM\d{2}-\d{5,8})[\s\f]*$/i;
