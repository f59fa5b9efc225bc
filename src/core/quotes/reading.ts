import type { GuidelineSource } from './attribution';
import { aboutTheCase } from './attribution';
import { Sentences, Span } from './sentences';
import type { StatementIndex } from './statementIndex';

/**
 * The reading of the sentences of a rationale (its folded text) that may quote a guideline: which
 * guideline a sentence speaks for, and of which treatment. Only those sentences, and a few before
 * them, are read.
 */

// A guideline named, and which: the MTUS (its chronic pain, acupuncture and postsurgical
// guidelines), ACOEM, the ODG; or "the guidelines" without a name.
const NAMES =
  /(MTUS|Chronic\s+Pain\s+(?:Medical\s+)?Treatment|Acupuncture\s+(?:Medical\s+)?Treatment\s+Guidelines|Post-?surgical\s+Treatment\s+Guidelines)|(ACOEM|American\s+College\s+of\s+Occupational)|(ODG|Official\s+Disability|OFFICIAL\s+DISABILITY)|([Gg]uideline|GUIDELINE)/g;
const SOURCE_OF_GROUP: ReadonlyArray<GuidelineSource | null> = [null, 'MTUS', 'ACOEM', 'ODG', null];

/** How many sentences back a quotation may go on from the one that names its guideline. */
const MAX_RUN = 4;
/** How many sentences back the treatment of a quotation may be named. */
const MAX_BACK = 8;

export interface Attribution {
  /** Where the sentence that names the guideline starts (the quoted sentence itself, or one before it). */
  readonly from: number;
  /** The guidelines named there, or before it in the rationale when it says only "the guidelines". */
  readonly sources: ReadonlySet<GuidelineSource>;
}

export const ANY_GUIDELINE: Attribution = { from: 0, sources: new Set() };

const NAMES_ONE = new RegExp(NAMES.source);

export class Reading {
  readonly sentences: Sentences;

  constructor(
    readonly text: string,
    private readonly index: StatementIndex,
  ) {
    this.sentences = new Sentences(text);
  }

  private slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  /** The guidelines a sentence names by name. */
  private sourcesIn(sentence: string, into: Set<GuidelineSource>): void {
    NAMES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAMES.exec(sentence)) !== null) {
      for (let group = 1; group < 4; group++) if (m[group] !== undefined) into.add(SOURCE_OF_GROUP[group]!);
    }
  }

  /** The guideline a sentence speaks for: it names one, or goes on from one that does without turning to the case; else null. */
  attribution(sentence: Span): Attribution | null {
    let s: Span | null = sentence;
    let naming: Span | null = null;
    for (let k = 0; s && k <= MAX_RUN; k++, s = this.sentences.before(s)) {
      const words = this.slice(s);
      if (NAMES_ONE.test(words)) {
        naming = s;
        break;
      }
      if (aboutTheCase(words)) return null;
    }
    if (!naming) return null;
    // "The guidelines recommend ..." speaks for the guideline named last before it.
    const sources = new Set<GuidelineSource>();
    s = naming;
    for (let k = 0; s && !sources.size && k <= MAX_BACK; k++, s = this.sentences.before(s)) this.sourcesIn(this.slice(s), sources);
    return { from: naming.start, sources };
  }

  /**
   * The treatment a quoted figure speaks of: the last named before it in its sentence or run; else
   * the last named in a sentence before that names a guideline (a few sentences back); else none.
   */
  topicAt(at: number, attribution: Attribution): string | undefined {
    const own = this.index.lastTopicIn(this.text.slice(attribution.from, at));
    if (own !== undefined) return own;
    let s = this.sentences.before(this.sentences.at(attribution.from));
    for (let k = 0; s && k < MAX_BACK; k++, s = this.sentences.before(s)) {
      const words = this.slice(s);
      if (!NAMES_ONE.test(words)) continue;
      const topic = this.index.lastTopicIn(words);
      if (topic !== undefined) return topic;
    }
    return undefined;
  }
}
