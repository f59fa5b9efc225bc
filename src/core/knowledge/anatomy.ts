import type { BodyPart, GuidelineChapter } from './schema';

export type Side = 'left' | 'right' | 'bilateral';

/** A body part named in a text, with the side the text gives it. Offsets are in the text read. */
export interface BodyPartMention {
  readonly part: BodyPart;
  readonly side: Side | null;
  readonly start: number;
  readonly end: number;
  /** Where the side is written ("left", the R of "RUE"); -1 when the mention has none of its own. */
  readonly sideStart: number;
  readonly sideEnd: number;
}

/** A guideline chapter named in a citation, and where. */
export interface ChapterCitation {
  readonly chapter: GuidelineChapter;
  readonly start: number;
  readonly end: number;
}

/** "left", "right and left", "bilateral", "both", "left-sided", then a word or two of anatomy. */
const SIDE_BEFORE =
  /\b(left|right|bilateral|both)(?:\s*(?:and|&|\/|or)\s*(left|right))?(?:[\s-]*sided)?\s+(?:(?:the|upper|lower|distal|proximal|medial|lateral|anterior|posterior|dorsal|volar|radial|ulnar|index|middle|ring|small|little|great|big|first|second|third|fourth|fifth|\d(?:st|nd|rd|th))\s+){0,2}$/i;
const BILATERALLY_AFTER = /^\s*,?\s*bilaterally\b/i;
/** "the fingers of the right hand": the side of the part that follows. */
const OF_SIDE_AFTER = /^\s+of\s+(?:the\s+|his\s+|her\s+)?(left|right)\b/i;
/** What joins the body parts one side governs: "left shoulder, elbow and wrist", "right hand/wrist". */
const CHAIN = /^[\s,]*(?:(?:and|or|&|\/)\s*)?$/i;
const SIDE_LETTER: Readonly<Record<string, Side>> = { R: 'right', L: 'left', B: 'bilateral' };
const ODG_NAME = /\b(?:ODG|Official\s+Disability\s+Guidelines?)\b\)?/g;
const ODG_LEAD = /[\s,:;(-]*(?:\(?ODG\)?)?[\s,:;(-]*/y;

function sideWord(w: string): Side {
  const c = w.charCodeAt(0) | 32;
  return c === 108 /* l */ ? 'left' : c === 114 /* r */ ? 'right' : 'bilateral';
}

/**
 * The body-part vocabulary and the chapters that cover each part, compiled: finds the body parts a
 * text names (with their sides) and the chapters a citation names. Built once per knowledge base.
 */
export class Anatomy {
  private readonly byId = new Map<string, BodyPart>();
  /** One expression for every part's phrases (case-insensitive), one for the abbreviations; named groups p<n> and s<n> (a side letter). */
  private readonly phrases: RegExp | null = null;
  private readonly abbreviations: RegExp | null = null;
  private readonly mtus: RegExp | null;
  private readonly odg: RegExp | null;
  private readonly ancestors = new Map<string, ReadonlySet<string>>();

  /** The expressions for some of the parts only (see mentionsAmong), by the parts' ids. */
  private readonly restricted = new Map<string, { phrases: RegExp | null; abbreviations: RegExp | null }>();

  constructor(
    readonly parts: readonly BodyPart[],
    readonly chapters: readonly GuidelineChapter[],
  ) {
    for (const p of parts) this.byId.set(p.id, p);
    for (const p of parts) this.ancestors.set(p.id, this.collectAncestors(p.id));
    ({ phrases: this.phrases, abbreviations: this.abbreviations } = this.expressions(() => true));
    const named = (source: GuidelineChapter['source']): string[] =>
      chapters.flatMap((c, n) => (c.source === source ? [`(?<c${n}>${c.patterns.map((t) => `(?:${t})`).join('|')})`] : []));
    const mtus = named('MTUS');
    this.mtus = mtus.length ? new RegExp(`(?<![A-Za-z])(?:${mtus.join('|')})(?![A-Za-z])`, 'gi') : null;
    const odg = named('ODG');
    this.odg = odg.length ? new RegExp(`(?:${odg.join('|')})(?![A-Za-z])`, 'iy') : null;
  }

  /** The expressions that find the parts `keep` keeps; their named groups are numbered by the part's place in `parts`. */
  private expressions(keep: (p: BodyPart) => boolean): { phrases: RegExp | null; abbreviations: RegExp | null } {
    const parts = this.parts;
    const words = parts.flatMap((p, n) => (keep(p) ? [`(?<p${n}>${p.terms.map((t) => `(?:${t})`).join('|')})`] : []));
    const abbr = parts.flatMap((p, n) =>
      keep(p) && p.caseSensitive.length ? [`${p.sidePrefix ? `(?<s${n}>[RLB])?` : ''}(?<p${n}>${p.caseSensitive.map((t) => `(?:${t})`).join('|')})`] : [],
    );
    return {
      phrases: words.length ? new RegExp(`(?<![A-Za-z])(?:${words.join('|')})(?![A-Za-z])`, 'gi') : null,
      abbreviations: abbr.length ? new RegExp(`(?<![A-Za-z0-9])(?:${abbr.join('|')})(?![A-Za-z0-9])`, 'g') : null,
    };
  }

  part(id: string): BodyPart | undefined {
    return this.byId.get(id);
  }

  private collectAncestors(id: string): Set<string> {
    const out = new Set<string>();
    const todo = [...(this.byId.get(id)?.within ?? [])];
    while (todo.length) {
      const a = todo.pop()!;
      if (out.has(a) || a === id) continue;
      out.add(a);
      todo.push(...(this.byId.get(a)?.within ?? []));
    }
    return out;
  }

  /** Whether `a` is `b` or lies within it ("finger" within "hand", "knee" within "lower-extremity"). */
  isWithin(a: BodyPart, b: BodyPart): boolean {
    return a.id === b.id || (this.ancestors.get(a.id)?.has(b.id) ?? false);
  }

  /** Whether two mentions can name the same body part: one is, or lies within, the other. */
  overlaps(a: BodyPart, b: BodyPart): boolean {
    return this.isWithin(a, b) || this.isWithin(b, a);
  }

  /**
   * Whether a chapter governs a body part: it covers the part or something the part lies within;
   * a group, when it covers one of its members or the group itself.
   */
  covers(chapter: GuidelineChapter, part: BodyPart): boolean {
    for (const id of chapter.covers) {
      const c = this.byId.get(id);
      if (!c) continue;
      // A group listed covers the group as named ("upper extremity"), not each of its members.
      if (c.kind === 'group' ? part.id === c.id : this.isWithin(part, c) || (part.kind === 'group' && this.isWithin(c, part))) return true;
    }
    return false;
  }

  /** The chapters of a source that govern a body part, in the order of the data. */
  chaptersFor(part: BodyPart, source: GuidelineChapter['source']): GuidelineChapter[] {
    return this.chapters.filter((c) => c.source === source && this.covers(c, part));
  }

  /** The body parts a text names, in order, each with its side. */
  mentions(text: string): BodyPartMention[] {
    const found: BodyPartMention[] = [];
    if (this.phrases) this.collect(this.phrases, text, found);
    if (this.abbreviations) this.collect(this.abbreviations, text, found);
    if (found.length === 0) return found;
    found.sort((a, b) => a.start - b.start);
    return this.withSides(text, found);
  }

  /**
   * The mentions of some body parts only, each with its side: one expression for those parts,
   * cheaper on a long text than finding every part. A side carried over a list from a part not
   * looked for is not seen ("right ankle and fingers": the fingers have none).
   */
  mentionsAmong(text: string, ids: ReadonlySet<string>): BodyPartMention[] {
    const key = [...ids].sort().join(' ');
    let re = this.restricted.get(key);
    if (!re) {
      re = this.expressions((p) => ids.has(p.id));
      this.restricted.set(key, re);
    }
    const hits: BodyPartMention[] = [];
    if (re.phrases) this.collect(re.phrases, text, hits);
    if (re.abbreviations) this.collect(re.abbreviations, text, hits);
    if (hits.length === 0) return hits;
    // A hit counts where all the vocabulary reads the same part there: "spine" of "cervical spine" is the cervical spine, not the spine.
    const found = hits.filter((h) => this.confirmed(text, h));
    found.sort((a, b) => a.start - b.start);
    return this.withSides(text, found);
  }

  /** Whether the whole vocabulary, read around a mention found by a part of it, finds the same part at the same place. */
  private confirmed(text: string, hit: BodyPartMention): boolean {
    let from = Math.max(0, hit.start - 40);
    while (from > 0 && /\S/.test(text[from - 1])) from--;
    const window = text.slice(from, Math.min(text.length, hit.end + 40));
    const around: BodyPartMention[] = [];
    if (this.phrases) this.collect(this.phrases, window, around);
    if (this.abbreviations) this.collect(this.abbreviations, window, around);
    return around.some((m) => m.part.id === hit.part.id && from + m.start === hit.start && from + m.end === hit.end);
  }

  /** The ids of the parts that overlap a part (see overlaps): itself, what it lies within, what lies within it. */
  overlapping(part: BodyPart, partsOnly = false): Set<string> {
    const out = new Set<string>();
    for (const p of this.parts) if ((!partsOnly || p.kind === 'part') && this.overlaps(p, part)) out.add(p.id);
    out.add(part.id);
    return out;
  }

  private collect(re: RegExp, text: string, out: BodyPartMention[]): void {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const groups = m.groups!;
      for (let n = 0; n < this.parts.length; n++) {
        const word = groups[`p${n}`];
        if (word === undefined) continue;
        const letter = groups[`s${n}`];
        const end = m.index + m[0].length;
        out.push({
          part: this.parts[n],
          side: letter ? SIDE_LETTER[letter] : null,
          start: letter ? m.index + 1 : m.index,
          end,
          sideStart: letter ? m.index : -1,
          sideEnd: letter ? m.index + 1 : -1,
        });
        break;
      }
    }
  }

  /** Each mention with its side: written before it, after it ("bilaterally"), or carried over from the part before it in a list. */
  private withSides(text: string, found: BodyPartMention[]): BodyPartMention[] {
    const out: BodyPartMention[] = [];
    let previous: BodyPartMention | null = null;
    for (const f of found) {
      let m = f;
      if (f.side === null && f.part.sided) m = this.sideOf(text, f, previous);
      out.push(m);
      previous = m;
    }
    return out;
  }

  private sideOf(text: string, f: BodyPartMention, previous: BodyPartMention | null): BodyPartMention {
    const before = text.slice(Math.max(0, f.start - 64), f.start);
    const s = SIDE_BEFORE.exec(before);
    if (s) {
      const at = f.start - before.length + s.index;
      const side = s[2] && sideWord(s[2]) !== sideWord(s[1]) ? 'bilateral' : sideWord(s[1]);
      return { ...f, side, sideStart: at, sideEnd: at + s[1].length };
    }
    const after = text.slice(f.end, f.end + 24);
    if (BILATERALLY_AFTER.test(after)) return { ...f, side: 'bilateral' };
    const of = OF_SIDE_AFTER.exec(after);
    if (of) return { ...f, side: sideWord(of[1]), sideStart: f.end + of.index + of[0].length - of[1].length, sideEnd: f.end + of.index + of[0].length };
    if (previous && previous.side !== null && previous.end <= f.start && CHAIN.test(text.slice(previous.end, f.start))) {
      return { ...f, side: previous.side };
    }
    const word = text.slice(f.start, f.end).toLowerCase();
    if (word.endsWith('s') || word === 'feet') return { ...f, side: 'bilateral' };
    return f;
  }

  /**
   * The body-part chapters a citation names: the MTUS (ACOEM) chapters anywhere in it, the ODG
   * chapters where an ODG citation starts ("(ODG) Knee & Leg", "Official Disability Guidelines,
   * Neck and Upper Back"). The general chapters are not looked for.
   */
  chaptersCited(text: string): ChapterCitation[] {
    const out: ChapterCitation[] = [];
    const mtus = this.mtus;
    if (mtus) {
      mtus.lastIndex = 0;
      for (let m = mtus.exec(text); m !== null; m = mtus.exec(text)) out.push(this.citation(m));
    }
    const odg = this.odg;
    if (odg) {
      ODG_NAME.lastIndex = 0;
      for (let m = ODG_NAME.exec(text); m !== null; m = ODG_NAME.exec(text)) {
        ODG_LEAD.lastIndex = m.index + m[0].length;
        ODG_LEAD.exec(text);
        odg.lastIndex = ODG_LEAD.lastIndex;
        const c = odg.exec(text);
        if (c) out.push(this.citation(c));
        ODG_NAME.lastIndex = Math.max(ODG_NAME.lastIndex, ODG_LEAD.lastIndex);
      }
    }
    return out;
  }

  private citation(m: RegExpExecArray): ChapterCitation {
    const groups = m.groups!;
    let n = 0;
    while (groups[`c${n}`] === undefined) n++;
    return { chapter: this.chapters[n], start: m.index, end: m.index + m[0].length };
  }
}

/** A reference to a body part that the vocabulary does not hold, located by its path in the file. */
export interface AnatomyProblem {
  readonly path: string;
  readonly message: string;
}

/** The body parts' `within` and the chapters' `covers` that name no known body part; ids repeated. */
export function anatomyProblems(
  data: { readonly bodyParts: readonly BodyPart[]; readonly chapters: readonly GuidelineChapter[] },
  known: ReadonlySet<string> = new Set(data.bodyParts.map((p) => p.id)),
): AnatomyProblem[] {
  const problems: AnatomyProblem[] = [];
  const seen = new Set<string>();
  data.bodyParts.forEach((p, i) => {
    if (seen.has(p.id)) problems.push({ path: `bodyParts[${i}].id`, message: `duplicate id "${p.id}"` });
    seen.add(p.id);
    p.within.forEach((id, k) => {
      if (!known.has(id)) problems.push({ path: `bodyParts[${i}].within[${k}]`, message: `unknown body part "${id}"` });
    });
  });
  data.chapters.forEach((c, i) => {
    c.covers.forEach((id, k) => {
      if (!known.has(id)) problems.push({ path: `chapters[${i}].covers[${k}]`, message: `unknown body part "${id}"` });
    });
  });
  return problems;
}
