import { collectAll, mentionOf, partExpressions, PartExpressions, RawMention, Side, withoutCaptures } from './bodyPartExpressions';
import type { BodyPart, GuidelineChapter } from './schema';

export type { Side } from './bodyPartExpressions';

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
const ODG_NAME = /\b(?:ODG|Official\s+Disability\s+Guidelines?)\b\)?/g;
const ODG_LEAD = /[\s,:;(-]*(?:\(?ODG\)?)?[\s,:;(-]*/y;
/** How far around a mention the whole vocabulary is read to confirm it (see mentionsAmong). */
const CONFIRM_AROUND = 40;

function sideWord(w: string): Side {
  const c = w.charCodeAt(0) | 32;
  return c === 108 /* l */ ? 'left' : c === 114 /* r */ ? 'right' : 'bilateral';
}

/** One expression for the chapters of a source, each chapter a numbered group. */
function chapterExpression(chapters: readonly GuidelineChapter[], source: GuidelineChapter['source'], flags: string, lead: string): { re: RegExp; chapters: GuidelineChapter[] } | null {
  const kept = chapters.filter((c) => c.source === source);
  if (kept.length === 0) return null;
  const groups = kept.map((c) => `(${c.patterns.map((t) => `(?:${withoutCaptures(t)})`).join('|')})`);
  return { re: new RegExp(`${lead}(?:${groups.join('|')})(?![A-Za-z])`, flags), chapters: kept };
}

/**
 * The body-part vocabulary and the chapters that cover each part, compiled: finds the body parts a
 * text names (with their sides) and the chapters a citation names. Built once per knowledge base.
 */
export class Anatomy {
  private readonly byId = new Map<string, BodyPart>();
  private readonly all: PartExpressions;
  private readonly mtus: { re: RegExp; chapters: GuidelineChapter[] } | null;
  private readonly odg: { re: RegExp; chapters: GuidelineChapter[] } | null;
  private readonly ancestors = new Map<string, ReadonlySet<string>>();
  /** The expressions for some of the parts only (see mentionsAmong), by the parts' ids. */
  private readonly restricted = new Map<string, PartExpressions>();

  constructor(
    readonly parts: readonly BodyPart[],
    readonly chapters: readonly GuidelineChapter[],
  ) {
    for (const p of parts) this.byId.set(p.id, p);
    for (const p of parts) this.ancestors.set(p.id, this.collectAncestors(p.id));
    this.all = partExpressions(parts);
    this.mtus = chapterExpression(chapters, 'MTUS', 'gi', '(?<![A-Za-z])');
    this.odg = chapterExpression(chapters, 'ODG', 'iy', '');
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

  /** The ids of the parts that overlap a part (see overlaps): itself, what it lies within, what lies within it. */
  overlapping(part: BodyPart, partsOnly = false): Set<string> {
    const out = new Set<string>();
    for (const p of this.parts) if ((!partsOnly || p.kind === 'part') && this.overlaps(p, part)) out.add(p.id);
    out.add(part.id);
    return out;
  }

  /** The body parts a text names, in order, each with its side. */
  mentions(text: string): BodyPartMention[] {
    const found = collectAll(this.all, text);
    return found.length ? this.withSides(text, found) : found;
  }

  private expressionsFor(ids: ReadonlySet<string>): PartExpressions {
    const key = [...ids].sort().join(' ');
    let e = this.restricted.get(key);
    if (!e) {
      e = partExpressions(this.parts.filter((p) => ids.has(p.id)));
      this.restricted.set(key, e);
    }
    return e;
  }

  /**
   * The mentions of some body parts only, each with its side: one expression for those parts,
   * cheaper on a long text than finding every part. A side carried over a list from a part not
   * looked for is not seen ("right ankle and fingers": the fingers have none). With `from` and
   * `to`, only the mentions that start in text[from, to).
   */
  mentionsAmong(text: string, ids: ReadonlySet<string>, from = 0, to = text.length): BodyPartMention[] {
    const hits = collectAll(this.expressionsFor(ids), text, from, to);
    if (hits.length === 0) return hits;
    // A hit counts where all the vocabulary reads the same part there: "spine" of "cervical spine" is the cervical spine, not the spine.
    const found = hits.filter((h) => this.confirmed(text, h));
    return found.length ? this.withSides(text, found) : found;
  }

  /** Whether a text names one of some body parts at all (see mentionsAmong); reads no further than the first. */
  namesAny(text: string, ids: ReadonlySet<string>): boolean {
    const e = this.expressionsFor(ids);
    for (const c of [e.phrases, e.abbreviations]) {
      if (!c) continue;
      c.re.lastIndex = 0;
      for (let m = c.re.exec(text); m !== null; m = c.re.exec(text)) {
        const hit = mentionOf(c, m);
        if (hit && this.confirmed(text, hit)) return true;
      }
    }
    return false;
  }

  /** Whether the whole vocabulary, read around a mention found by a part of it, finds the same part at the same place. */
  private confirmed(text: string, hit: RawMention): boolean {
    let from = Math.max(0, hit.start - CONFIRM_AROUND);
    while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
    const around = collectAll(this.all, text, from, Math.min(text.length, hit.end + CONFIRM_AROUND));
    return around.some((m) => m.part === hit.part && m.start === hit.start && m.end === hit.end);
  }

  /** Each mention with its side: written before it, after it ("bilaterally"), or carried over from the part before it in a list. */
  private withSides(text: string, found: RawMention[]): BodyPartMention[] {
    let previous: RawMention | null = null;
    for (const f of found) {
      if (f.side === null && f.part.sided) this.readSide(text, f, previous);
      previous = f;
    }
    return found;
  }

  private readSide(text: string, f: RawMention, previous: RawMention | null): void {
    const before = text.slice(Math.max(0, f.start - 64), f.start);
    const s = SIDE_BEFORE.exec(before);
    if (s) {
      const at = f.start - before.length + s.index;
      f.side = s[2] && sideWord(s[2]) !== sideWord(s[1]) ? 'bilateral' : sideWord(s[1]);
      f.sideStart = at;
      f.sideEnd = at + s[1].length;
      return;
    }
    const after = text.slice(f.end, f.end + 24);
    const of = OF_SIDE_AFTER.exec(after);
    if (BILATERALLY_AFTER.test(after)) {
      f.side = 'bilateral';
    } else if (of) {
      f.side = sideWord(of[1]);
      f.sideEnd = f.end + of.index + of[0].length;
      f.sideStart = f.sideEnd - of[1].length;
    } else if (previous && previous.side !== null && previous.end <= f.start && CHAIN.test(text.slice(previous.end, f.start))) {
      f.side = previous.side;
    } else {
      const word = text.slice(f.start, f.end).toLowerCase();
      if (word.endsWith('s') || word === 'feet') f.side = 'bilateral';
    }
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
      mtus.re.lastIndex = 0;
      for (let m = mtus.re.exec(text); m !== null; m = mtus.re.exec(text)) out.push(citation(mtus.chapters, m));
    }
    const odg = this.odg;
    if (odg) {
      ODG_NAME.lastIndex = 0;
      for (let m = ODG_NAME.exec(text); m !== null; m = ODG_NAME.exec(text)) {
        ODG_LEAD.lastIndex = m.index + m[0].length;
        ODG_LEAD.exec(text);
        odg.re.lastIndex = ODG_LEAD.lastIndex;
        const c = odg.re.exec(text);
        if (c) out.push(citation(odg.chapters, c));
        ODG_NAME.lastIndex = Math.max(ODG_NAME.lastIndex, ODG_LEAD.lastIndex);
      }
    }
    return out;
  }
}

function citation(chapters: readonly GuidelineChapter[], m: RegExpExecArray): ChapterCitation {
  let n = 0;
  while (n < chapters.length - 1 && m[n + 1] === undefined) n++;
  return { chapter: chapters[n], start: m.index, end: m.index + m[0].length };
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
