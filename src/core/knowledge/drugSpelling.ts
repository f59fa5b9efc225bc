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

/** A misspelt drug name found in a text: where, as written, and the names it may stand for (nearest first). */
export interface Misspelling {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly suggestions: readonly string[];
}

const MIN_WORD = 5;
const MAX_WORD = 30;
const WORDS = new RegExp(`[A-Za-z]{${MIN_WORD},}`, 'g');

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A word glued to digits ("LMX4", "B12") is a code, not a name. */
function gluedToDigits(text: string, start: number, end: number): boolean {
  return isDigit(text.charCodeAt(end)) || isDigit(text.charCodeAt(start - 1));
}

const MAX_CHECKED = 16384;

/**
 * Finds words one or two edits from a drug name of the lexicon that are neither a drug name nor a
 * known word near one. A word is compared only with the names that share its first two letters or
 * its last two: a misspelling seldom changes both ends.
 */
export class DrugSpelling {
  /** The names looked for (drug names of one word, five letters or more). */
  readonly targets: readonly string[];
  private readonly byFirstTwo = new Map<string, string[]>();
  private readonly byLastTwo = new Map<string, string[]>();
  /** Drug names and the other words of names. */
  private readonly exact: Set<string>;
  /** Words that are not drug names although close to one (generated, see scripts/drugWords.ts). */
  private readonly nearWords = new Set(NEAR_DRUG_WORDS.split(' '));
  /**
   * The suggestions found for each word (as written) already checked: a letter repeats its words
   * and is analysed again at each edit, and the edit distances would cost as much as the rest of
   * the analysis. Cleared when it grows large.
   */
  private readonly checked = new Map<string, readonly string[]>();

  /** `names`: the first words of drug names, in lower case, looked for; `known`: other words of names. */
  constructor(names: readonly string[], known: Iterable<string> = []) {
    this.exact = new Set([...names, ...known]);
    this.targets = names.filter((w) => w.length >= MIN_WORD && /^[a-z]+$/.test(w));
    for (const w of this.targets) {
      addTo(this.byFirstTwo, w.slice(0, 2), w);
      addTo(this.byLastTwo, w.slice(-2), w);
    }
  }

  /** Whether a lower-case word is a drug name, or a known word close to one. */
  isKnown(word: string): boolean {
    if (this.exact.has(word) || this.nearWords.has(word)) return true;
    // A plural of a drug name ("Norcos"): not a misspelling.
    return word.endsWith('s') && this.exact.has(word.slice(0, -1));
  }

  /** Every misspelt drug name in text[from, to): its offsets are those of `text`. */
  scan(text: string, found: (m: Misspelling) => void, from = 0, to = text.length): void {
    const part = text.slice(from, to);
    // Runs of MIN_WORD letters or more, each whole: a shorter run matches nowhere in it. One call
    // lists them all; a run's place is then the first of its letters after the run before it.
    const words = part.match(WORDS) ?? [];
    let start = 0;
    for (const word of words) {
      start = part.indexOf(word, start);
      const end = start + word.length;
      if (word.length <= MAX_WORD && !gluedToDigits(part, start, end)) {
        const suggestions = this.checkedSuggestions(word);
        if (suggestions.length) found({ start: from + start, end: from + end, word, suggestions });
      }
      start = end;
    }
  }

  /** The suggestions for a word as written (see suggestionsFor), remembered. */
  private checkedSuggestions(word: string): readonly string[] {
    let suggestions = this.checked.get(word);
    if (!suggestions) {
      if (this.checked.size >= MAX_CHECKED) this.checked.clear();
      this.checked.set(word, (suggestions = this.suggestionsFor(word.toLowerCase())));
    }
    return suggestions;
  }

  /** The names a lower-case word may be a misspelling of, nearest first: none for a name or a known word. */
  suggestionsFor(word: string): string[] {
    if (this.exact.has(word)) return [];
    const candidates = [...(this.byFirstTwo.get(word.slice(0, 2)) ?? []), ...(this.byLastTwo.get(word.slice(-2)) ?? [])];
    let best = 3;
    const nearest: string[] = [];
    for (const name of candidates) {
      const limit = maxEdits(name.length);
      const d = editDistance(word, name, limit);
      if (d > limit || d > best) continue;
      if (d < best) nearest.length = 0;
      best = d;
      if (!nearest.includes(name)) nearest.push(name);
    }
    return nearest.length && !this.isKnown(word) ? nearest : [];
  }
}

function addTo(index: Map<string, string[]>, key: string, word: string): void {
  const list = index.get(key);
  if (list) list.push(word);
  else index.set(key, [word]);
}
