/**
 * What a rationale decides on: the subject of its verdicts ("the request for 12 sessions of
 * physical therapy is not medically necessary", "the 24 sessions are excessive", "the request
 * exceeds ..."). Read on folded text (one space between words): sentences are found with
 * `lastIndexOf`, which costs little, and only the few words before a verdict are read.
 */

/** A verdict on what the sentence speaks of: "is not medically necessary", "are excessive", "exceeds", "is not supported". */
const VERDICT =
  /\b(?:is|are|was|were|be)\s+(?:(?:not|therefore|thus|also|still|considered|deemed|determined\s+to(?:\s+not)?\s+be)\s+)*(?:excessive|medically\s+(?:nec|appropriate|reasonable)|supported|warranted|indicated|certified|non-?certified|necessary)|\bexceeds?\b/gi;
/** The verb of a verdict, just before the conclusion phrase "medically necessary": "is", "is not", "are therefore not", "would be". */
const VERB_BEFORE = /\s(?:is|are|was|were|(?:would\s+|to\s+)?be)(?:\s+(?:not|therefore|thus|also|still|considered|deemed|determined\s+to(?:\s+not)?\s+be|found\s+to\s+(?:not\s+)?be))*\s*$/i;
/** How far before "medically necessary" its verb may start: "are therefore determined to not be". */
const VERB_REACH = 48;
/** Where the subject of a verdict starts when its sentence names no request: after the last clause break. */
const CLAUSE_BREAK = /^[\s\S]*(?:[,;:]\s|\b(?:therefore|thus|hence|so|and|but|as\s+such|given\s+(?:the\s+)?above)\s)/i;
/** Subjects longer than this are not a noun phrase but a clause the reading went astray in. */
const LONGEST_SUBJECT = 160;

export interface VerdictSubject {
  /** Offset of the subject in the text read. */
  readonly start: number;
  readonly text: string;
  /** Offset of the verdict that follows it. */
  readonly verdict: number;
}

/** How far back a sentence's start is looked for: a longer sentence is taken to start there. */
const SENTENCE_REACH = 2000;

/**
 * Where the sentence holding `at` starts: after a stop and a space (". ", "? ", "! "), or -1
 * when no stop comes before it in the text. Looked for within SENTENCE_REACH characters, so that
 * reading every verdict of a text without stops stays linear.
 */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  // Read back a character at a time: the stop is usually a sentence away, not SENTENCE_REACH.
  for (let i = at - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    // ". ", "? " or "! "
    if ((c === 46 || c === 63 || c === 33) && text.charCodeAt(i + 1) === 32) return i + 2;
  }
  return from === 0 ? -1 : from;
}

/** After the last "request" ("requested", "Request") in text[from, to), or -1. */
function afterLastRequest(text: string, from: number, to: number): number {
  // Searched in a slice: a search of the whole text would read back past `from` to the text's start.
  const window = text.slice(from, to);
  const k = Math.max(window.lastIndexOf('request'), window.lastIndexOf('Request'));
  if (k < 0) return -1;
  const at = from + k;
  let end = at + 7;
  const c = text.charCodeAt(end);
  if (c === 101 /* e */ || c === 115 /* s */) end += c === 115 ? 1 : text.startsWith('ed', end) ? 2 : 0;
  return end;
}

/** The subject of a verdict that starts at `at`: after the last "request" of its sentence, else after its last clause break. */
function subjectBefore(text: string, at: number): VerdictSubject | null {
  const from = Math.max(0, sentenceStart(text, at));
  let start = afterLastRequest(text, Math.max(from, at - LONGEST_SUBJECT - 16), at);
  if (start < 0) {
    // Only the last words can hold the subject: the clause break is looked for there.
    const near = Math.max(from, at - LONGEST_SUBJECT);
    const b = CLAUSE_BREAK.exec(text.slice(near, at));
    start = b ? near + b[0].length : from;
  }
  if (at - start > LONGEST_SUBJECT) return null;
  return { start, text: text.slice(start, at), verdict: at };
}

/**
 * What the sentence of a conclusion decides on: the subject of its verdict ("the request for MRI of
 * the cervical spine" in "Therefore, the request for MRI of the cervical spine is not medically
 * necessary"). `at` is where the conclusion phrase ("medically necessary") starts; null when no
 * verb stands before it.
 */
export function conclusionSubject(text: string, at: number): VerdictSubject | null {
  const from = Math.max(0, sentenceStart(text, at));
  // The verb stands in the few words before the phrase.
  const near = Math.max(from, at - VERB_REACH);
  const verb = VERB_BEFORE.exec(text.slice(near, at));
  return verb ? subjectBefore(text, near + verb.index) : null;
}

/**
 * The subject of the first verdict after offset `at` in its sentence, when the subject holds `at`
 * ("the 24 sessions are excessive" for the offset of "sessions"); null otherwise.
 */
export function subjectHolding(text: string, at: number): VerdictSubject | null {
  // A subject holding `at` is at most LONGEST_SUBJECT long: its verdict starts (and ends) within this reach.
  const reach = text.slice(at, at + LONGEST_SUBJECT + 100);
  const stop = reach.indexOf('. ');
  VERDICT.lastIndex = 0;
  const m = VERDICT.exec(stop < 0 ? reach : reach.slice(0, stop));
  if (!m) return null;
  const subject = subjectBefore(text, at + m.index);
  return subject && subject.start <= at ? subject : null;
}
