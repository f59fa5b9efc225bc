/**
 * The clinical case summary, read for what the consistency checks compare the rest of the letter
 * with: the worker's sex and age, and the body parts it names (with their sides). Read from the
 * document text as written: the summary is read once per analysis, and its words are searched with
 * expressions that allow a line break wherever a space may stand.
 */
import type { Anatomy, BodyPartMention } from '../knowledge/anatomy';
import type { Determination } from '../model';
import type { Range } from '../text';

export type Sex = 'male' | 'female';

/** Where the summary states the worker's sex ("a 44 year old female"), in summary offsets. */
export interface SexStatement {
  readonly sex: Sex;
  /** The word as written: "female", "woman", "gentleman". */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** "44 year old female", "now 27-year-old male", "48 year old right-handed female", "The 35 year old male injured worker". */
const AGE_AND_SEX = /\b(\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b[\s,]*(?:[A-Za-z]+(?:-[A-Za-z]+)?\s+){0,2}?(male|female|man|woman|gentleman|lady)\b/gi;
/** "The injured worker is a female who ...". */
const IS_A_SEX = /\b(?:is|was)\s+an?(?:\(n\))?\s+(male|female|man|woman|gentleman|lady)\b/gi;

/** Where the summary states diagnoses: "diagnoses are documented as", "treatment for", "Impression:". */
const DIAGNOSES = /\b(?:diagnos[a-z]*|impressions?|assessments?|treat(?:ed|ment|ing)\s+for|injur(?:y|ies|ed)\s+(?:to|of))\b/gi;
/** How far after its keyword a statement of diagnoses is read: a list of a few diagnoses, numbered or not. */
const DIAGNOSES_SPAN = 300;

function sexOfWord(word: string): Sex {
  const w = word.toLowerCase();
  return w === 'female' || w === 'woman' || w === 'lady' ? 'female' : 'male';
}

/** The first statement of the worker's sex; null when there is none, or when two statements disagree. */
export function findSex(text: string): { statement: SexStatement; age: number | null } | null {
  let first: SexStatement | null = null;
  let age: number | null = null;
  for (const re of [AGE_AND_SEX, IS_A_SEX]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const word = m[m.length - 1];
      const start = m.index + m[0].length - word.length;
      const statement: SexStatement = { sex: sexOfWord(word), word, start, end: m.index + m[0].length };
      if (first && first.sex !== statement.sex) return null;
      if (!first || start < first.start) first = statement;
      if (age === null && m.length > 2) age = Number(m[1]);
    }
  }
  return first ? { statement: first, age } : null;
}

/** The case summary of a letter: its text after the heading, as written, and what is read from it. */
export class CaseSummary {
  #sex: { statement: SexStatement; age: number | null } | null | undefined;
  #mentions: BodyPartMention[] | undefined;
  #diagnoses: BodyPartMention[] | undefined;

  private constructor(
    private readonly doc: Determination,
    /** The summary's text after its heading, as written. */
    readonly text: string,
    /** The document offset of text[0]. */
    readonly offset: number,
  ) {}

  /** The case summary of a letter; null when it has none. */
  static of(doc: Determination): CaseSummary | null {
    const section = doc.sections.find((s) => s.kind === 'caseSummary');
    if (!section) return null;
    const from = doc.index.offsetAt(section.headingRange.end);
    const to = doc.index.offsetAt(section.range.end);
    if (to <= from) return null;
    return new CaseSummary(doc, doc.index.text.slice(from, to), from);
  }

  /** The worker's sex as the summary states it; null when it does not, or says both. */
  get sex(): SexStatement | null {
    return this.readSex()?.statement ?? null;
  }

  get age(): number | null {
    return this.readSex()?.age ?? null;
  }

  private readSex(): { statement: SexStatement; age: number | null } | null {
    if (this.#sex === undefined) this.#sex = findSex(this.text);
    return this.#sex;
  }

  /** The body parts the summary names, each with its side. */
  mentions(anatomy: Anatomy): readonly BodyPartMention[] {
    return (this.#mentions ??= anatomy.mentions(this.text));
  }

  /** The body parts of the summary's diagnoses: those named just after "diagnoses", "treatment for", "Impression". */
  diagnoses(anatomy: Anatomy): readonly BodyPartMention[] {
    if (this.#diagnoses) return this.#diagnoses;
    const spans: Array<[number, number]> = [];
    DIAGNOSES.lastIndex = 0;
    for (let m = DIAGNOSES.exec(this.text); m !== null; m = DIAGNOSES.exec(this.text)) spans.push([m.index, m.index + m[0].length + DIAGNOSES_SPAN]);
    this.#diagnoses = this.mentions(anatomy).filter((x) => spans.some(([from, to]) => x.start >= from && x.start < to));
    return this.#diagnoses;
  }

  /** The document range of summary offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    const index = this.doc.index;
    return { start: index.positionAt(this.offset + start), end: index.positionAt(this.offset + end) };
  }
}
