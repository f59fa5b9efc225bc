/**
 * The three-character sequences of a text, as marks in a table indexed by the low five bits of
 * each character: a cheap way to learn that a heading cannot hold a word, before running a regular
 * expression that needs it. Characters that share those bits share a slot, which only ever turns a
 * "no" into a "maybe", never the reverse. ASCII letters are compared in lower case: the words
 * looked for are ASCII, and an ASCII letter matches only ASCII letters case-insensitively.
 */

const SIZE = 1 << 15;

/** Upper and lower case of an ASCII letter differ in the bit of 32 only, which the key leaves out. */
function key(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

/** The keys of every trigram of a (lower-case) word, as WordGate takes them. */
export function trigramKeys(word: string): Int32Array {
  const keys = new Set<number>();
  for (let i = 0; i + 2 < word.length; i++) keys.add(key(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2)));
  return Int32Array.from(keys);
}

/**
 * Which of many word lists a text may hold a word of, decided in one pass over the text rather
 * than one look per word. Each word is filed under one of its trigrams; loading a text marks its
 * trigrams, notes those under which words are filed, and then checks all the trigrams of those
 * words only. A list is open when one of its words passes.
 */
export class WordGate {
  private readonly stamps = new Uint16Array(SIZE);
  /** Gates opened by the last text loaded, marked with its stamp. */
  private readonly open: Uint16Array;
  private stamp = 0;
  /** One bit per trigram key: whether any word is filed under it. */
  private readonly filed = new Uint32Array(SIZE >> 5);
  /** The words filed under each key that has any: their gate and all their keys. */
  private readonly byKey = new Map<number, Array<{ gate: number; keys: Int32Array }>>();
  /** Keys met in the text under which words are filed (reused between texts). */
  private met = new Int32Array(64);

  /** `gates[g]` is the list of words of gate g, each as the keys of its trigrams (see trigramKeys). */
  constructor(gates: readonly (readonly Int32Array[])[]) {
    this.open = new Uint16Array(gates.length);
    // Each word is filed under its trigram that the fewest other words share, so that a common
    // trigram ("the", "ion") does not send every text to many checks.
    const uses = new Map<number, number>();
    for (const words of gates) for (const keys of words) for (const k of keys) uses.set(k, (uses.get(k) ?? 0) + 1);
    gates.forEach((words, gate) => {
      for (const keys of words) {
        if (keys.length === 0) continue;
        let best = keys[0];
        for (const k of keys) if (uses.get(k)! < uses.get(best)!) best = k;
        const list = this.byKey.get(best) ?? [];
        list.push({ gate, keys });
        this.byKey.set(best, list);
        this.filed[best >> 5] |= 1 << (best & 31);
      }
    });
  }

  /** Loads a text: afterwards isOpen(g) tells whether it may hold a word of gate g. */
  load(text: string): void {
    if (++this.stamp === 0x10000) {
      this.stamps.fill(0);
      this.open.fill(0);
      this.stamp = 1;
    }
    const { stamps, filed, stamp } = this;
    let met = this.met;
    let count = 0;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = key(a, b, c);
      if (stamps[k] !== stamp) {
        stamps[k] = stamp;
        if ((filed[k >> 5] & (1 << (k & 31))) !== 0) {
          if (count === met.length) {
            const grown = new Int32Array(met.length * 2);
            grown.set(met);
            this.met = met = grown;
          }
          met[count++] = k;
        }
      }
      a = b;
      b = c;
    }
    for (let n = 0; n < count; n++) {
      for (const w of this.byKey.get(met[n])!) {
        if (this.open[w.gate] === stamp) continue;
        let all = true;
        for (let i = 0; i < w.keys.length && all; i++) all = stamps[w.keys[i]] === stamp;
        if (all) this.open[w.gate] = stamp;
      }
    }
  }

  isOpen(gate: number): boolean {
    return this.open[gate] === this.stamp;
  }
}
