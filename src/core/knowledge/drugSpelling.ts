import { NEAR_DRUG_WORDS } from './drugNearWords';

/** How many edits a word may be from a drug name of this length to be taken for a misspelling of it. */
export function maxEdits(nameLength: number): number {
  return nameLength >= 8 ? 2 : nameLength >= 5 ? 1 : 0;
}

/**
 * Edits between two lower-case words (insertions, deletions, substitutions and transpositions of
 * neighbours: the optimal string alignment distance), or `limit + 1` once it is certain to be more.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A misspelt drug name found in a text: where, as written, and the names it may stand for (nearest first). */
export interface Misspelling {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly suggestions: readonly string[];
}

const MIN_WORD = 5;
const MAX_WORD = 30;
/** Words that are not drug names although close to one (generated, see scripts/drugWords.ts). */
let nearWords: Set<string> | undefined;

/**
 * Finds words one or two edits from a drug name of the lexicon that are neither a drug name nor a
 * known word near one. Fast on ordinary text: a word is compared only with the names that share its
 * first two letters or its last two (a misspelling seldom changes both ends), of a length within
 * reach and with nearly the same letters, before any edit distance is computed; nothing is
 * allocated for a word that passes none of these tests.
 */
export class DrugSpelling {
  private readonly words: string[] = [];
  private readonly lengths: number[] = [];
  private readonly masks: number[] = [];
  private readonly byFirst: (number[] | undefined)[] = new Array(26 * 26);
  private readonly byLast: (number[] | undefined)[] = new Array(26 * 26);
  private readonly exact: Set<string>;

  /** `names`: the first words of drug names, in lower case, looked for; `known`: other words of names. */
  constructor(names: readonly string[], known: Iterable<string> = []) {
    this.exact = new Set([...names, ...known]);
    for (const w of names) {
      if (w.length < MIN_WORD || !/^[a-z]+$/.test(w)) continue;
      const k = this.words.push(w) - 1;
      this.lengths.push(w.length);
      let mask = 0;
      for (let i = 0; i < w.length; i++) mask |= 1 << (w.charCodeAt(i) - 97);
      this.masks.push(mask);
      (this.byFirst[pairKey(w, 0)] ??= []).push(k);
      (this.byLast[pairKey(w, w.length - 2)] ??= []).push(k);
    }
  }

  /** The names looked for (drug names of one word, five letters or more). */
  get targets(): readonly string[] {
    return this.words;
  }

  /** Whether a lower-case word is a drug name, or a known word close to one. */
  isKnown(word: string): boolean {
    nearWords ??= new Set(NEAR_DRUG_WORDS.split(' '));
    if (this.exact.has(word) || nearWords.has(word)) return true;
    // A plural of a drug name ("Norcos"): not a misspelling.
    return word.endsWith('s') && this.exact.has(word.slice(0, -1));
  }

  /** Every misspelt drug name in the text. */
  scan(text: string, found: (m: Misspelling) => void): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      let mask = 0;
      while (i < n && isAsciiLetter((c = text.charCodeAt(i)))) {
        mask |= 1 << ((c | 32) - 97);
        i++;
      }
      const len = i - start;
      // A word glued to digits ("LMX4", "B12") is a code, not a name.
      if (len < MIN_WORD || len > MAX_WORD || (i < n && isDigit(text.charCodeAt(i))) || (start > 0 && isDigit(text.charCodeAt(start - 1)))) continue;
      const m = this.check(text, start, i, mask);
      if (m) found(m);
    }
  }

  private check(text: string, start: number, end: number, mask: number): Misspelling | null {
    const len = end - start;
    let lower: string | null = null;
    let best = 3;
    let suggestions: string[] = [];
    for (const bucket of [this.byFirst[pairKeyAt(text, start)], this.byLast[pairKeyAt(text, end - 2)]]) {
      if (!bucket) continue;
      for (const k of bucket) {
        const limit = maxEdits(this.lengths[k]);
        if (Math.abs(len - this.lengths[k]) > limit || bitCount(mask ^ this.masks[k]) > 2 * limit) continue;
        lower ??= text.slice(start, end).toLowerCase();
        if (this.exact.has(lower)) return null;
        const d = editDistance(lower, this.words[k], limit);
        if (d > limit || d > best || d === 0) continue;
        if (d < best) suggestions = [];
        best = d;
        if (!suggestions.includes(this.words[k])) suggestions.push(this.words[k]);
      }
    }
    if (!suggestions.length || this.isKnown(lower!)) return null;
    return { start, end, word: text.slice(start, end), suggestions };
  }
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function pairKey(w: string, at: number): number {
  return (w.charCodeAt(at) - 97) * 26 + (w.charCodeAt(at + 1) - 97);
}

function pairKeyAt(text: string, at: number): number {
  return ((text.charCodeAt(at) | 32) - 97) * 26 + ((text.charCodeAt(at + 1) | 32) - 97);
}
