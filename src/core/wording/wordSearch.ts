/**
 * Reading a rationale without an expression tried at every position: a plain search for a word
 * (cheap, and cheaper still where the word is absent), then a sticky expression tried where the
 * word starts, or the few words before it compared where they stand, without making strings.
 */

export function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** A word to look for: its first letter (either case) and the rest in lower case. */
export interface Word {
  readonly first: number;
  readonly rest: string;
}

/** The words (lower case) to look for where a word starts, found by plain searches for all but their first letter. */
export function words(list: readonly string[]): readonly Word[] {
  return list.map((w) => ({ first: w.charCodeAt(0) | 32, rest: w.slice(1) }));
}

const MAX_OCCURRENCES = 200;

/**
 * Calls `at` with the start of each occurrence of the words that begins a word (and the word's
 * length), until it returns true (then returns true). Occurrences come word by word, not in text
 * order. (Plain searches: where a word is absent, a search costs a few instructions a character.)
 */
export function someWordStart(text: string, list: readonly Word[], at: (start: number, length: number) => boolean): boolean {
  for (const { first, rest } of list) {
    // A word a rationale holds thousands of times is text written to break a reading, not a letter's: the first ones answer.
    let left = MAX_OCCURRENCES;
    for (let i = text.indexOf(rest, 1); i >= 0 && left-- > 0; i = text.indexOf(rest, i + 1)) {
      const start = i - 1;
      if ((text.charCodeAt(start) | 32) !== first || (start > 0 && isLetter(text.charCodeAt(start - 1)))) continue;
      if (at(start, rest.length + 1)) return true;
    }
  }
  return false;
}

/** The match of a sticky expression at a position, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Words compared where they stand: by their first letter and length, then letter by letter. */
export class WordSet {
  private readonly byShape = new Map<number, string[]>();

  constructor(list: readonly string[]) {
    for (const w of list) {
      const k = shape(w.charCodeAt(0), w.length);
      const l = this.byShape.get(k);
      if (l) l.push(w);
      else this.byShape.set(k, [w]);
    }
  }

  /** The word of the set that text[start, end) is, in any case, or undefined. */
  at(text: string, start: number, end: number): string | undefined {
    const l = this.byShape.get(shape(text.charCodeAt(start), end - start));
    if (!l) return undefined;
    for (const w of l) if (sameWord(text, start, w)) return w;
    return undefined;
  }
}

function shape(first: number, length: number): number {
  return ((first | 32) << 6) | Math.min(length, 63);
}

function sameWord(text: string, start: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 /* - */ || c === 47 /* / */ || c === 39 /* ' */ || c === 40 || c === 41 /* ( ) */;
}

/** A clause stop: the words before a position are not read across it. */
function isStop(c: number): boolean {
  return c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 44; // . ; : ! ? ,
}

const MAX_WORDS = 12;

/**
 * The words before a position, nearest first, as start and end pairs: read one at a time, as far
 * as asked (back to a clause stop), into arrays kept for the next reading.
 */
export class WordsBefore {
  private readonly bounds = new Int32Array(2 * MAX_WORDS);
  private text = '';
  private next = 0;
  /** How many words are read. */
  size = 0;

  /** Starts reading back from `from`, and reads up to `max` words. */
  read(text: string, from: number, max: number): this {
    this.text = text;
    this.next = from - 1;
    this.size = 0;
    return this.more(max);
  }

  /** Reads on until `max` words are read (or a clause stop or the start is reached). */
  more(max: number): this {
    const { text } = this;
    let i = this.next;
    while (this.size < Math.min(max, MAX_WORDS)) {
      while (i >= 0 && !isWordChar(text.charCodeAt(i))) {
        if (isStop(text.charCodeAt(i))) {
          this.next = -1;
          return this;
        }
        i--;
      }
      if (i < 0) break;
      const end = i + 1;
      while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
      this.bounds[2 * this.size] = i + 1;
      this.bounds[2 * this.size + 1] = end;
      this.size++;
    }
    this.next = i;
    return this;
  }

  start(k: number): number {
    return this.bounds[2 * k];
  }

  end(k: number): number {
    return this.bounds[2 * k + 1];
  }

  /** Which word of the set word k is, or undefined. */
  is(set: WordSet, k: number): string | undefined {
    return k < this.size ? set.at(this.text, this.bounds[2 * k], this.bounds[2 * k + 1]) : undefined;
  }

  /** Digits in parentheses after a number word: "eight (8)". */
  isDigitsInParentheses(k: number): boolean {
    const s = this.bounds[2 * k];
    const e = this.bounds[2 * k + 1];
    return this.text.charCodeAt(s) === 40 && this.text.charCodeAt(e - 1) === 41 && e - s > 2;
  }

  /** Word k as a count: digits (1 to 3 of them) or a number word; null for anything else. */
  countAt(k: number): number | null {
    return countIn(this.text, this.bounds[2 * k], this.bounds[2 * k + 1]);
  }

  /** Word k as a figure: a count, or a range written "4-6" (its upper bound). */
  figure(k: number): number | null {
    const s = this.bounds[2 * k];
    const e = this.bounds[2 * k + 1];
    const dash = this.text.indexOf('-', s);
    if (dash > s && dash < e - 1) return countIn(this.text, dash + 1, e);
    return countIn(this.text, s, e);
  }
}

const NUMBER_VALUES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  'twenty-four': 24, thirty: 30,
};
const NUMBER_WORDS = new WordSet(Object.keys(NUMBER_VALUES));

/** text[start, end) as a count: digits (1 to 3 of them) or a number word; null for anything else. */
function countIn(text: string, start: number, end: number): number | null {
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) {
    if (end - start > 3) return null;
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return null;
      n = 10 * n + d;
    }
    return n > 0 ? n : null;
  }
  const w = NUMBER_WORDS.at(text, start, end);
  return w ? NUMBER_VALUES[w] : null;
}
