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

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where the sentence holding `at` starts: after a stop and a space (not a decimal point, not
 * "Dr." or "vs."), or -1 when no stop comes before it in the text.
 */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 63 || c === 33) && isSpaceCode(text.charCodeAt(i + 1)) && !isDigitCode(text.charCodeAt(i - 1))) return i + 1;
  }
  return -1;
}

/** The subject of the verdict at `at`: after the last "request" of its sentence, else after its last clause break. */
function subjectBefore(text: string, at: number, whole: boolean): VerdictSubject | null {
  const stop = sentenceStart(text, at);
  if (stop < 0 && !whole) return null;
  const from = Math.max(0, stop);
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

/**
 * The subjects of the verdicts of a text, in order (none longer than a noun phrase). `whole`
 * false says the text is the end of a longer one: its first sentence may be cut, and is skipped.
 */
export function verdictSubjects(text: string, whole = true): VerdictSubject[] {
  const out: VerdictSubject[] = [];
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(text); m !== null; m = VERDICT.exec(text)) {
    const subject = subjectBefore(text, m.index, whole);
    if (subject && subject.text.length <= LONGEST_SUBJECT) out.push(subject);
  }
  return out;
}
