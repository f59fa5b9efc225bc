/**
 * Conclusions on medical necessity, as rationales word them: found, located, and written. Tolerant
 * of the typos real letters carry ("necssary", "neccessary").
 */

import { wordAt } from '../text';
import type { Field, Item } from '../model';
import type { Range } from '../text';
import { fillPlaceholders, hasPlaceholder } from './placeholders';
import { requestPhrase } from './requestPhrase';

const NECESSARY = 'nec{1,2}e?s{1,2}a?ry';
const NECESSITY = 'nec{1,2}e?s{1,2}ity';

export type Polarity = 'necessary' | 'not-necessary';

export interface Conclusion {
  readonly polarity: Polarity;
  /** Offsets of the conclusion phrase in the text searched. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the negation that makes it negative, when there is one word to remove. */
  readonly negation?: { start: number; end: number };
}

const CONCLUSION = new RegExp(
  [
    `medically\\s+(?:${NECESSARY}|appropriate|reasonable)`,
    `(?:is|are)\\s+(?:not\\s+)?a\\s+medical\\s+${NECESSITY}`,
    // "medical necessity" alone is often a topic ("this medical necessity decision"); only a verdict on it counts.
    `(?:support(?:s|ed|ing)?|establish(?:es|ed)?|demonstrat(?:es|ed)|substantiat(?:es|ed)|confirm(?:s|ed)?|warrant(?:s|ed)?)\\s+(?:the\\s+)?medical\\s+${NECESSITY}`,
    `medical\\s+${NECESSITY}\\s+(?:(?:of|for)\\s+[^.;]{0,80}?\\s+)?(?:is|has|have|was|were)\\s+(?:not\\s+)?(?:been\\s+)?(?:established|supported|demonstrated|substantiated|met|shown)`,
    `recommendation\\s+is\\s+(?:for\\s+)?(?:denial|non-?certification|certification|approval|authori[sz]ation)`,
    `(?:request|it)\\s+is\\s+(?:therefore\\s+)?(?:not\\s+)?(?:certified|non-?certified|warranted)`,
  ].join('|'),
  'gi',
);

const NEGATION_BEFORE = /\b(?:not|cannot|can ?not|never|no longer|non|neither|nor)\b[^.;:]{0,60}$|n't\b[^.;:]{0,60}$/i;
const SIMPLE_NOT = /\b(?:is|are|be|was)\s+(not\s+)(?:\w+\s+){0,2}$/i;


// Every conclusion holds an anchor word: "medically", "medical nec", "recommendation", "certified"
// or "warranted", in any case. The full pattern runs only in a window around each, from the last
// one backwards, so that a long rationale costs little more than a short one: rationales conclude
// in their last sentence, and the search reads a few dozen characters.
const WINDOW = 160;
/**
 * How far before its anchor a conclusion may start: "request is therefore not non-certified" is
 * the longest lead-in (29 characters of folded text); the rest is slack for unusual spaces.
 */
const LEAD = 64;
/**
 * How much of the end of a text is read backwards a character at a time. Further back, a
 * regular expression reads faster (a loop costs several nanoseconds a character here).
 */
const NEAR_END = 512;
const ANCHOR = /medically|medical nec|recommendation|certified|warranted/gi;

/**
 * The start of the last anchor word that begins in text[lowest, before), or -1. Read backwards, a
 * character at a time: the last anchor is usually a few words from the end.
 */
export function lastAnchorBefore(text: string, before: number, lowest = 0): number {
  for (let i = Math.min(before, text.length) - 1; i >= lowest; i--) {
    const c = text.charCodeAt(i) | 32;
    if (c === 109 /* m */) {
      if (wordAt(text, i, 'medically') || wordAt(text, i, 'medical nec')) return i;
    } else if (c === 114 /* r */) {
      if (wordAt(text, i, 'recommendation')) return i;
    } else if (c === 99 /* c */) {
      if (wordAt(text, i, 'certified')) return i;
    } else if (c === 119 /* w */) {
      if (wordAt(text, i, 'warranted')) return i;
    }
  }
  return -1;
}

/**
 * The anchors that start in text[from, to), in order. Each search goes on from just after the last
 * anchor found, not after its word, so that no anchor hides another that starts inside it.
 */
export function anchorsIn(text: string, from: number, to: number): number[] {
  const anchors: number[] = [];
  ANCHOR.lastIndex = from;
  for (let m = ANCHOR.exec(text); m !== null && m.index < to; m = ANCHOR.exec(text)) {
    anchors.push(m.index);
    ANCHOR.lastIndex = m.index + 1;
  }
  return anchors;
}

/**
 * The last match of CONCLUSION in the text: the one that holds the last anchor that has one. The
 * anchors near the end are read backwards; those further back in stretches that grow fourfold,
 * each read forwards.
 */
function lastConclusionMatch(text: string): RegExpExecArray | null {
  const near = Math.max(0, text.length - NEAR_END);
  for (let at = lastAnchorBefore(text, text.length, near); at >= 0; at = lastAnchorBefore(text, at, near)) {
    const m = conclusionAt(text, at);
    if (m) return m;
  }
  for (let to = near, size = 4 * NEAR_END; to > 0; size *= 4) {
    const from = Math.max(0, to - size);
    const anchors = anchorsIn(text, from, to);
    for (let k = anchors.length - 1; k >= 0; k--) {
      const m = conclusionAt(text, anchors[k]);
      if (m) return m;
    }
    to = from;
  }
  return null;
}

/** The match of CONCLUSION that holds the anchor at `at`, if any, in text offsets. */
function conclusionAt(text: string, at: number): RegExpExecArray | null {
  const start = Math.max(0, at - LEAD);
  const window = text.slice(start, at + WINDOW);
  CONCLUSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Only a match that holds this anchor counts here; earlier ones are found at their own anchor.
  // Matches do not overlap, so none after it can hold the anchor too.
  while ((m = CONCLUSION.exec(window)) !== null && m.index <= at - start) {
    if (at - start < m.index + m[0].length) {
      m.index += start;
      return m;
    }
  }
  return null;
}

const REFUSAL = /denial|non-?cert/i;
const RECOMMENDATION = /recommendation/i;
const INNER_NOT = /\bnot\s+/i;
/**
 * Where a clause starts: after a sentence stop, a comma or a conjunction. Read greedily from the
 * start, so the match ends after the last of them (no two of them can overlap).
 */
const UP_TO_LAST_CLAUSE_STOP = /^[\s\S]*(?:[.;,]\s|\b(?:and|but|although|however|while)\s)/gi;
const NOT_ESTABLISHED_AFTER = /^[^.;]{0,60}?\b(?:has|have|is|was|were|are)\s+not\s+(?:been\s+)?(?:established|demonstrated|substantiated|supported|met|shown)/i;
const NO_BEFORE = /\bno\s+$/i;

function startsMedically(phrase: string): boolean {
  return phrase.length > 9 && (phrase.charCodeAt(0) | 32) === 109 /* m */ && (phrase.charCodeAt(7) | 32) === 108 /* l */ && (phrase.charCodeAt(8) | 32) === 121 /* y */;
}

/** The last conclusion on medical necessity in a rationale, with its polarity. */
export function findConclusion(text: string): Conclusion | null {
  const last = lastConclusionMatch(text);
  if (!last) return null;
  const phrase = last[0];
  const start = last.index;
  const end = start + phrase.length;
  // "medically necessary" (the commonest phrase, and the only one to start "medically") holds no
  // refusal, recommendation or negation: those are looked for in the other phrases only.
  if (!startsMedically(phrase)) {
    if (REFUSAL.test(phrase)) return { polarity: 'not-necessary', start, end };
    if (RECOMMENDATION.test(phrase)) return { polarity: 'necessary', start, end };
    // The negation sits in the clause just before the phrase ("is not medically necessary",
    // "cannot be considered medically necessary", "does not support medical necessity", "is
    // determined to not be medically necessary"), or inside it ("is not certified").
    const inner = INNER_NOT.exec(phrase);
    if (inner) {
      return { polarity: 'not-necessary', start, end, negation: { start: start + inner.index, end: start + inner.index + inner[0].length } };
    }
  }
  const before = text.slice(Math.max(0, start - 60), start);
  // Global, so that a test leaves where the match ends in lastIndex, with no match object made.
  UP_TO_LAST_CLAUSE_STOP.lastIndex = 0;
  const clause = UP_TO_LAST_CLAUSE_STOP.test(before) ? before.slice(UP_TO_LAST_CLAUSE_STOP.lastIndex) : before;
  // "... has not been established" cannot follow a phrase that ends its sentence.
  const after = text.charCodeAt(end);
  if (after !== 46 /* . */ && after !== 59 /* ; */ && NOT_ESTABLISHED_AFTER.test(text.slice(end, end + 80))) return { polarity: 'not-necessary', start, end };
  const clauseOffset = start - clause.length;
  // "is not" (the commonest negation) first: where it stands, NEGATION_BEFORE holds too.
  const simple = SIMPLE_NOT.exec(clause);
  if (simple || NEGATION_BEFORE.test(clause) || NO_BEFORE.test(clause)) {
    const negation = simple ? { start: clauseOffset + simple.index + simple[0].indexOf(simple[1]), end: clauseOffset + simple.index + simple[0].indexOf(simple[1]) + simple[1].length } : undefined;
    return { polarity: 'not-necessary', start, end, negation };
  }
  return { polarity: 'necessary', start, end };
}

/** A conclusion, with the rationale whose text its offsets count in. */
export interface FoundConclusion extends Conclusion {
  readonly in: Field;
}

export interface LocatedConclusion extends FoundConclusion {
  readonly range: Range;
  readonly negationRange?: Range;
}

/** The conclusion of each item's rationale, found once per analysis however many rules ask. */
export class ConclusionCache {
  private readonly found: Array<FoundConclusion | null | undefined> = [];

  of(item: Item): FoundConclusion | null {
    let c = this.found[item.index];
    if (c === undefined) {
      const r = item.fields.rationale;
      const found = r ? findConclusion(r.text) : null;
      c = r && found ? foundIn(found, r) : null;
      this.found[item.index] = c;
    }
    return c;
  }
}

// Written out rather than spread: conclusions with and without a negation differ in shape, and
// V8 spreads objects of several shapes slowly (a microsecond each here).
function foundIn(c: Conclusion, rationale: Field): FoundConclusion {
  return { polarity: c.polarity, start: c.start, end: c.end, negation: c.negation, in: rationale };
}

/** A conclusion found in a rationale field, located in the document. */
export function locateConclusion(c: FoundConclusion): LocatedConclusion {
  return {
    ...c,
    range: c.in.textRangeOf(c.start, c.end),
    negationRange: c.negation ? c.in.textRangeOf(c.negation.start, c.negation.end) : undefined,
  };
}

/**
 * The closing sentence for an item's decision. The title is copied with its placeholders filled
 * as their fixes fill them; a title with a placeholder that holds no value is left out. A title
 * that names a common treatment (`commonNoun`) reads in lower case mid-sentence.
 */
export function conclusionSentence(item: Item, commonNoun = false): string {
  const title = item.title ? fillPlaceholders(item.title, false) : null;
  const what = title && !hasPlaceholder(title) ? `the request for ${requestPhrase(title, commonNoun)}` : 'the request';
  return item.decision === 'Overturned' ? `Therefore, ${what} is medically necessary.` : `Therefore, ${what} is not medically necessary.`;
}

/**
 * Every conclusion on medical necessity in a text, in order. Each is read as `findConclusion`
 * reads the last one of the text that ends where the next begins, so that each gets the same
 * reading of its polarity.
 */
export function allConclusions(text: string): Conclusion[] {
  const out: Conclusion[] = [];
  for (let c = findConclusion(text); c !== null; c = findConclusion(text.slice(0, c.start))) out.push(c);
  return out.reverse();
}
