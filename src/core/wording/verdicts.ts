/**
 * What a rationale decides on: the subject of its verdicts ("the request for 12 sessions of
 * physical therapy is not medically necessary", "the 24 sessions are excessive", "the request
 * exceeds ..."). Read on the text as written or folded alike: spaces may be line breaks.
 */

/** A verdict on what the sentence speaks of: "is not medically necessary", "are excessive", "exceeds", "is not supported". */
const VERDICT =
  /\b(?:is|are|was|were|be)\s+(?:(?:not|therefore|thus|also|still|considered|deemed|determined\s+to(?:\s+not)?\s+be)\s+)*(?:excessive|medically\s+(?:nec|appropriate|reasonable)|supported|warranted|indicated|certified|non-?certified|necessary)|\bexceeds?\b/gi;
/** Where the subject of a verdict starts when its sentence names no request: after the last clause break. */
const CLAUSE_BREAK = /^[\s\S]*(?:[,;:]\s|\b(?:therefore|thus|hence|so|and|but|as\s+such|given\s+(?:the\s+)?above)\s)/i;
const REQUEST = /\brequest(?:ed|s)?\b/gi;
/** Subjects longer than this are not a noun phrase but a clause the reading went astray in. */
const LONGEST_SUBJECT = 160;

export interface VerdictSubject {
  /** Offset of the subject in the text read. */
  readonly start: number;
  readonly text: string;
  /** Offset of the verdict that follows it. */
  readonly verdict: number;
}

/** Where the sentence holding `at` starts (after a stop and a space, not a decimal point). */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 63 || c === 33) && /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? '')) return i + 1;
  }
  return 0;
}

/** The subject of the verdict at `at`: after the last "request" of its sentence, else after its last clause break. */
function subjectBefore(text: string, at: number): VerdictSubject {
  const from = sentenceStart(text, at);
  const sentence = text.slice(from, at);
  let last = -1;
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(sentence); m !== null; m = REQUEST.exec(sentence)) last = m.index + m[0].length;
  if (last < 0) {
    const b = CLAUSE_BREAK.exec(sentence);
    last = b ? b[0].length : 0;
  }
  return { start: from + last, text: sentence.slice(last), verdict: at };
}

/** The subjects of the verdicts of a text, in order (none longer than a noun phrase). */
export function* verdictSubjects(text: string): Generator<VerdictSubject> {
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m !== null; m = VERDICT.exec(text)) {
    const at = m.index;
    const subject = subjectBefore(text, at);
    VERDICT.lastIndex = at + m[0].length;
    if (subject.text.length <= LONGEST_SUBJECT) yield subject;
  }
}
