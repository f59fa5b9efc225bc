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
  const width = n + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  // Three rows of the table in one buffer, kept between calls: the two before and the current.
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= n; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, rows[prev2 + j - 2] + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + n];
}
let rows = new Int32Array(3 * 64);

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
  // The state of the word being checked, kept on the instance so that a word costs no allocation.
  private best = 3;
  private readonly found: string[] = [];
  private lower: string | null = null;
  private readonly clean = new Int32Array(1 << 15);
  private cleanCount = 0;

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

  /** Every misspelt drug name in text[from, to): its offsets are those of `text`. */
  scan(text: string, found: (m: Misspelling) => void, from = 0, to = text.length): void {
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      let mask = 0;
      let hash = 0x811c9dc5;
      while (i < to && isAsciiLetter((c = text.charCodeAt(i)))) {
        mask |= 1 << ((c | 32) - 97);
        hash = Math.imul(hash ^ (c | 32), 0x01000193);
        i++;
      }
      const len = i - start;
      // A word glued to digits ("LMX4", "B12") is a code, not a name.
      if (len < MIN_WORD || len > MAX_WORD || (i < to && isDigit(text.charCodeAt(i))) || (start > from && isDigit(text.charCodeAt(start - 1)))) continue;
      const key = (hash ^ Math.imul(len, 0x9e3779b1) ^ mask) | 1;
      if (this.seenClean(key)) continue;
      this.best = 3;
      this.found.length = 0;
      this.lower = null;
      this.compare(this.byFirst[pairKeyAt(text, start)], text, start, i, mask);
      if (this.lower !== EXACT) this.compare(this.byLast[pairKeyAt(text, i - 2)], text, start, i, mask);
      if (this.found.length && this.lower !== null && this.lower !== EXACT && !this.isKnown(this.lower)) {
        found({ start, end: i, word: text.slice(start, i), suggestions: [...this.found] });
      } else {
        this.markClean(key);
      }
    }
  }

  /**
   * Whether a word (by its key: a hash of its letters, its length and its set of letters) was
   * found to be no misspelling before: a letter repeats its words, and an edited letter is read
   * again. The table is cleared when half full.
   */
  private seenClean(key: number): boolean {
    const slots = this.clean;
    const m = slots.length - 1;
    for (let at = key & m; slots[at] !== 0; at = (at + 1) & m) if (slots[at] === key) return true;
    return false;
  }

  private markClean(key: number): void {
    if (++this.cleanCount > this.clean.length / 2) {
      this.clean.fill(0);
      this.cleanCount = 1;
    }
    const m = this.clean.length - 1;
    let at = key & m;
    while (this.clean[at] !== 0) at = (at + 1) & m;
    this.clean[at] = key;
  }

  /** Compares the word text[start, end) with the names of a bucket, keeping the nearest. */
  private compare(bucket: number[] | undefined, text: string, start: number, end: number, mask: number): void {
    if (!bucket) return;
    const len = end - start;
    for (const k of bucket) {
      const limit = maxEdits(this.lengths[k]);
      if (Math.abs(len - this.lengths[k]) > limit || bitCount(mask ^ this.masks[k]) > 2 * limit) continue;
      if (this.lower === null) {
        const lower = text.slice(start, end).toLowerCase();
        this.lower = this.exact.has(lower) ? EXACT : lower;
      }
      if (this.lower === EXACT) return;
      const d = editDistance(this.lower, this.words[k], limit);
      if (d > limit || d > this.best || d === 0) continue;
      if (d < this.best) this.found.length = 0;
      this.best = d;
      if (!this.found.includes(this.words[k])) this.found.push(this.words[k]);
    }
  }
}

/** Marks a word that is itself a drug name. */
const EXACT = '';

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
