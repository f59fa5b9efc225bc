/**
 * The three-character sequences of a text, as marks in a table indexed by the low five bits of
 * each character: a cheap way to learn that a heading cannot hold a word, before running a regular
 * expression that needs it. Characters that share those bits share a slot, which only ever turns a
 * "no" into a "maybe", never the reverse.
 */

const SIZE = 1 << 15;

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

function key(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

/** The keys of every trigram of a (lower-case) word, for `TrigramSet.hasAll`. */
export function trigramKeys(word: string): Int32Array {
  const keys = new Set<number>();
  for (let i = 0; i + 2 < word.length; i++) keys.add(key(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2)));
  return Int32Array.from(keys);
}

export class TrigramSet {
  // Each load marks its trigrams with a new stamp, so the table is never cleared between texts.
  private readonly stamps = new Uint16Array(SIZE);
  private stamp = 0;

  /**
   * Holds the trigrams of `text`, ASCII letters lower-cased, and no others. (The words looked for
   * are ASCII, and an ASCII letter matches only ASCII letters case-insensitively.)
   */
  load(text: string): void {
    if (++this.stamp === 0x10000) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    let a = lower(text.charCodeAt(0));
    let b = lower(text.charCodeAt(1));
    for (let i = 2; i < text.length; i++) {
      const c = lower(text.charCodeAt(i));
      this.stamps[key(a, b, c)] = stamp;
      a = b;
      b = c;
    }
  }

  /** False when the text cannot contain the word whose keys these are. */
  hasAll(keys: Int32Array): boolean {
    for (let i = 0; i < keys.length; i++) if (this.stamps[keys[i]] !== this.stamp) return false;
    return true;
  }
}
