/**
 * The sentences of a rationale's folded text, found when first asked for: a rationale that quotes
 * nothing is never split.
 */

// A sentence ends at a full stop, question or exclamation mark followed by a space and a capital,
// a quotation mark, a bracket or a digit ("(2) Frequency"); not inside "e.g. exercise" or "729.1".
const END = /[.!?]["\u201d]?\s+(?=["\u201c(A-Z0-9])/g;

export class Sentences {
  #starts: number[] | undefined;

  constructor(readonly text: string) {}

  /** The starts of the sentences, in order (the first is 0). */
  private get starts(): number[] {
    if (!this.#starts) {
      const starts = [0];
      END.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = END.exec(this.text)) !== null) starts.push(m.index + m[0].length);
      this.#starts = starts;
    }
    return this.#starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** The index of the sentence holding the offset. */
  indexAt(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  start(i: number): number {
    return this.starts[i];
  }

  /** Where sentence i ends: before the white space that follows it. */
  end(i: number): number {
    const next = i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length;
    let e = next;
    while (e > this.starts[i] && this.text.charCodeAt(e - 1) <= 32) e--;
    return e;
  }

  sentence(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }
}
