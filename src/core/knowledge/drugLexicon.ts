import type { Drug, DrugClassId, DrugPosition, RouteId } from './drugSchema';
import { DrugSpelling } from './drugSpelling';

/** One name of a drug (its generic, another generic spelling, or a brand), as the lexicon holds it. */
export interface DrugName {
  readonly drug: Drug;
  /** As written in the data ("Norco", "hydrocodone/APAP", "MS Contin"). */
  readonly name: string;
  readonly brand: boolean;
  /** The name in lower case after its first word ("" for a name of one word): matched after that word. */
  readonly rest: string;
}

/** The first word of a name: its leading letters, in lower case. */
function firstWord(name: string): string {
  return /^[a-z]*/i.exec(name)![0].toLowerCase();
}

const SPACE = /\s/;

/**
 * Whether `rest` (lower case, from a name) is written in `text` at `at`: a space in the name matches
 * any run of white space, and a slash or hyphen may have spaces around it. Returns the end, or -1.
 */
function matchRest(text: string, at: number, rest: string): number {
  let i = at;
  for (let k = 0; k < rest.length; k++) {
    const r = rest[k];
    if (r === ' ') {
      if (i >= text.length || !SPACE.test(text[i])) return -1;
      while (i < text.length && SPACE.test(text[i])) i++;
      continue;
    }
    if (r === '/' || r === '-') while (i < text.length && text[i] === ' ') i++;
    if (i >= text.length || text[i].toLowerCase() !== r) return -1;
    i++;
    if (r === '/' || r === '-') while (i < text.length && text[i] === ' ') i++;
  }
  // A name ending in a letter or digit ends a word there.
  if (i < text.length && rest.length && /[a-z0-9]/.test(rest[rest.length - 1]) && /[A-Za-z0-9]/.test(text[i])) return -1;
  return i;
}

/**
 * The drugs and what the guidelines say about them, indexed for reading headings (by first word),
 * for completion (every name) and for spelling (see DrugSpelling). Immutable.
 */
export class DrugLexicon {
  readonly names: readonly DrugName[];
  readonly spelling: DrugSpelling;
  private readonly byId = new Map<string, Drug>();
  /** The names by their first word in lower case, longest first. */
  private readonly byFirstWord = new Map<string, DrugName[]>();

  constructor(
    readonly drugs: readonly Drug[],
    readonly positions: readonly DrugPosition[],
  ) {
    const names: DrugName[] = [];
    for (const d of drugs) {
      this.byId.set(d.id, d);
      const own = new Set<string>();
      const add = (name: string, brand: boolean) => {
        const key = name.toLowerCase();
        if (own.has(key)) return;
        own.add(key);
        const first = firstWord(name);
        if (!first) return;
        const n: DrugName = { drug: d, name, brand, rest: key.slice(first.length) };
        names.push(n);
        const list = this.byFirstWord.get(first) ?? [];
        list.push(n);
        this.byFirstWord.set(first, list);
      };
      // The generic of a product, compound or kit is that of its drug, which the drug's own entry names.
      if (d.kind === 'drug') add(d.generic, false);
      for (const n of d.names) add(n, false);
      for (const b of d.brands) add(b, true);
    }
    // Longest first, so that "Ultram ER" is tried before "Ultram"; a later drug with the same name
    // (a guidelines file's) is tried first.
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.rest.length - a.rest.length || drugs.indexOf(b.drug) - drugs.indexOf(a.drug));
    this.names = names;
    // Every word of every name is a known word ("epolamine" of diclofenac epolamine); first words are also looked for.
    const words = new Set(names.flatMap((n) => n.name.toLowerCase().match(/[a-z]+/g) ?? []));
    this.spelling = new DrugSpelling([...this.byFirstWord.keys()], words);
  }

  drug(id: string): Drug | undefined {
    return this.byId.get(id);
  }

  /** A one-word name (lower case) as the data writes it ("Flexeril", "ketoprofen"), and its drug. */
  displayName(word: string): { name: string; drug: Drug } | undefined {
    const n = this.byFirstWord.get(word)?.find((x) => !x.rest) ?? this.byFirstWord.get(word)?.[0];
    return n ? { name: n.name.slice(0, word.length), drug: n.drug } : undefined;
  }

  /** Whether a word (in lower case) is the first word of a drug name. */
  hasWord(word: string): boolean {
    return this.byFirstWord.has(word);
  }

  /**
   * The drug name written at `start` in `text`, whose first word (`word`, as written) ends at
   * `wordEnd`: the longest name that matches, and where it ends.
   */
  nameAt(text: string, word: string, wordEnd: number): { name: DrugName; end: number } | null {
    const list = this.byFirstWord.get(word.toLowerCase());
    if (!list) return null;
    for (const n of list) {
      const end = n.rest ? matchRest(text, wordEnd, n.rest) : wordEnd;
      if (end >= 0) return { name: n, end };
    }
    return null;
  }

  /**
   * What the guidelines say about a drug given by a route and in a context: a position about the
   * drug itself first, then one about its class for that route or context, then its class.
   */
  positionFor(drug: Drug, drugClass: DrugClassId, route: RouteId | null, context: 'post-operative' | null): DrugPosition | undefined {
    const fits = (p: DrugPosition) => (!p.route || p.route === route) && (!p.context || p.context === context);
    const own = this.positions.filter((p) => p.drugs?.includes(drug.id) && fits(p));
    if (own.length) return own.find((p) => p.route || p.context) ?? own[0];
    const ofClass = this.positions.filter((p) => !p.drugs && p.drugClass === drugClass && fits(p));
    return ofClass.find((p) => p.route || p.context) ?? ofClass[0];
  }
}
