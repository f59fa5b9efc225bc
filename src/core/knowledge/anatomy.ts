import { PartFinder, RawMention, Side, withoutCaptures } from './bodyPartExpressions';
import { requiredLiterals } from './requiredLiterals';
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
/** Where an ODG citation starts; the chapter is read after it. */
const ODG_NAME = '\\b(?:ODG|Official\\s+Disability\\s+Guidelines?)\\b\\)?';
const ODG_LEAD = /[\s,:;(-]*(?:\(?ODG\)?)?[\s,:;(-]*/y;
/** How far around a mention the whole vocabulary is read to confirm it (see mentionsAmong). */
const CONFIRM_AROUND = 40;

function sideWord(w: string): Side {
  const c = w.charCodeAt(0) | 32;
  return c === 108 /* l */ ? 'left' : c === 114 /* r */ ? 'right' : 'bilateral';
}

/**
 * What a citation of a body-part chapter holds at least one of: a word each MTUS chapter's name
 * cannot do without ("complaints"), and the ODG's names ("ODG", "Official Disability Guidelines"),
 * without their first letter. Null when a name's words cannot be told.
 */
function chapterNeedles(chapters: readonly GuidelineChapter[]): string[] | null {
  const needles = new Set(['DG', 'isability']);
  for (const c of chapters) {
    if (c.source !== 'MTUS') continue;
    for (const p of c.patterns) {
      const words = requiredLiterals(p);
      if (!words) return null;
      for (const w of words) needles.add(w.slice(1));
    }
  }
  return [...needles];
}

interface ChapterExpression {
  readonly re: RegExp;
  readonly chapters: readonly GuidelineChapter[];
}

/**
 * One expression for the chapters of a source, each chapter a numbered group. With `odg`, the
 * name of the ODG as one more alternative, after the chapters (its group is chapters.length + 1).
 */
function chapterExpression(chapters: readonly GuidelineChapter[], source: GuidelineChapter['source'], flags: string, lead: string, odg = false): ChapterExpression {
  const kept = chapters.filter((c) => c.source === source);
  const groups = kept.map((c) => `(${c.patterns.map((t) => `(?:${withoutCaptures(t)})`).join('|')})`);
  const chapterPart = groups.length ? `${lead}(?:${groups.join('|')})(?![A-Za-z])` : '(?!)';
  return { re: new RegExp(odg ? `${chapterPart}|(${ODG_NAME})` : chapterPart, flags), chapters: kept };
}

/**
 * The body-part vocabulary and the chapters that cover each part, compiled: finds the body parts a
 * text names (with their sides) and the chapters a citation names. Built once per knowledge base.
 */
export class Anatomy {
  private readonly byId = new Map<string, BodyPart>();
  private readonly all: PartFinder;
  /** The MTUS chapters and the name of the ODG, in one expression; the ODG chapters, read where the ODG is named. */
  private readonly mtus: ChapterExpression;
  private readonly odg: ChapterExpression;
  /** Words a citation of a body-part chapter cannot do without, written without their first letter (its case varies); null: always read it. */
  private readonly chapterNeedles: readonly string[] | null;
  private readonly ancestors = new Map<string, ReadonlySet<string>>();
  /** What each chapter covers, and what overlaps each part: worked out once, when first asked for. */
  private readonly coverage = new Map<GuidelineChapter, ReadonlySet<BodyPart>>();
  private readonly overlapSets = new Map<string, ReadonlySet<string>>();
  /** The finders for some of the parts only (see mentionsAmong), by the parts' ids. */
  private readonly restricted = new Map<string, PartFinder>();
  /** The expressions for a side's word just before some parts (see sideThenPart), by side and ids. */
  private readonly sided = new Map<string, RegExp>();

  constructor(
    readonly parts: readonly BodyPart[],
    readonly chapters: readonly GuidelineChapter[],
  ) {
    for (const p of parts) this.byId.set(p.id, p);
    for (const p of parts) this.ancestors.set(p.id, this.collectAncestors(p.id));
    this.all = new PartFinder(parts);
    this.mtus = chapterExpression(chapters, 'MTUS', 'gi', '(?<![A-Za-z])', true);
    this.odg = chapterExpression(chapters, 'ODG', 'iy', '');
    this.chapterNeedles = chapterNeedles(chapters);
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
    let covered = this.coverage.get(chapter);
    if (!covered) {
      covered = new Set(this.parts.filter((p) => this.computeCovers(chapter, p)));
      this.coverage.set(chapter, covered);
    }
    return covered.has(part);
  }

  private computeCovers(chapter: GuidelineChapter, part: BodyPart): boolean {
    for (const id of chapter.covers) {
      const c = this.byId.get(id);
      if (!c) continue;
      // A group listed covers the group as named ("upper extremity"), not each of its members.
      if (c.kind === 'group' ? part.id === c.id : this.isWithin(part, c) || (part.kind === 'group' && this.isWithin(c, part))) return true;
    }
    return false;
  }

  /** The ids of the parts that overlap a part (see overlaps): itself, what it lies within, what lies within it. The set is shared: read it, never change it. */
  overlapping(part: BodyPart, partsOnly = false): ReadonlySet<string> {
    const key = partsOnly ? `${part.id} parts` : part.id;
    let out = this.overlapSets.get(key);
    if (!out) {
      const ids = new Set<string>();
      for (const p of this.parts) if ((!partsOnly || p.kind === 'part') && this.overlaps(p, part)) ids.add(p.id);
      ids.add(part.id);
      out = ids;
      this.overlapSets.set(key, out);
    }
    return out;
  }

  /** The body parts a text names, in order, each with its side. */
  mentions(text: string): BodyPartMention[] {
    const found = this.all.find(text);
    return found.length ? this.withSides(text, found) : found;
  }

  private finderFor(ids: ReadonlySet<string>): PartFinder {
    const key = [...ids].sort().join(' ');
    let f = this.restricted.get(key);
    if (!f) {
      f = new PartFinder(this.parts.filter((p) => ids.has(p.id)));
      this.restricted.set(key, f);
    }
    return f;
  }

  /**
   * The mentions of some body parts only, each with its side: cheaper on a long text than finding
   * every part. A side carried over a list from a part not looked for is not seen ("right ankle
   * and fingers": the fingers have none). With `from` and `to`, only the mentions that start in
   * text[from, to).
   */
  mentionsAmong(text: string, ids: ReadonlySet<string>, from = 0, to = text.length): BodyPartMention[] {
    const hits = this.finderFor(ids).find(text, from, to);
    if (hits.length === 0) return hits;
    // A hit counts where all the vocabulary reads the same part there: "spine" of "cervical spine" is the cervical spine, not the spine.
    const found = hits.filter((h) => this.confirmed(text, h));
    return found.length ? this.withSides(text, found) : found;
  }

  /**
   * An expression that finds a side's word just before one of some body parts ("right knee",
   * "left lower leg", "RUE"): where a mention on that side may stand. Case-insensitive, and loose:
   * what it finds is read again with mentionsAmong.
   */
  sideThenPart(side: 'left' | 'right', ids: ReadonlySet<string>): RegExp {
    const key = `${side} ${[...ids].sort().join(' ')}`;
    let re = this.sided.get(key);
    if (!re) {
      const parts = this.parts.filter((p) => ids.has(p.id));
      const terms = parts.flatMap((p) => p.terms).map((t) => `(?:${withoutCaptures(t)})`);
      const prefixed = parts.filter((p) => p.sidePrefix).flatMap((p) => p.caseSensitive).map((t) => `${side[0]}(?:${withoutCaptures(t)})`);
      const word = `${side}(?:[\\s-]*sided)?\\s+(?:[A-Za-z]+\\s+){0,2}?(?:${terms.join('|') || '(?!)'})`;
      re = new RegExp(`(?<![A-Za-z0-9])(?:${[word, ...prefixed].join('|')})(?![A-Za-z])`, 'gi');
      this.sided.set(key, re);
    }
    return re;
  }

  /** Whether a text names one of some body parts at all (see mentionsAmong). */
  namesAny(text: string, ids: ReadonlySet<string>): boolean {
    return this.finderFor(ids)
      .find(text)
      .some((h) => this.confirmed(text, h));
  }

  /** Whether the whole vocabulary, read around a mention found by a part of it, finds the same part at the same place. */
  private confirmed(text: string, hit: RawMention): boolean {
    let from = Math.max(0, hit.start - CONFIRM_AROUND);
    while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
    const around = this.all.find(text, from, Math.min(text.length, hit.end + CONFIRM_AROUND));
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
    // The cheap test first: a word of a chapter's name, or of the ODG's, in the line.
    if (this.chapterNeedles && !this.chapterNeedles.some((n) => text.includes(n) || text.includes(n.toUpperCase()))) return out;
    const { re, chapters } = this.mtus;
    const odgGroup = chapters.length + 1;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[odgGroup] === undefined) {
        out.push(citation(chapters, m));
        continue;
      }
      ODG_LEAD.lastIndex = m.index + m[0].length;
      ODG_LEAD.exec(text);
      const odg = this.odg.re;
      odg.lastIndex = ODG_LEAD.lastIndex;
      const c = this.odg.chapters.length ? odg.exec(text) : null;
      if (c) out.push(citation(this.odg.chapters, c));
      re.lastIndex = Math.max(re.lastIndex, ODG_LEAD.lastIndex);
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
