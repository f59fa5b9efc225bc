import type { Statement } from '../knowledge/statementSchema';

/** How a statement is named, shown and quoted: in messages, hovers, completions and fixes. */

export function pages(s: Statement): string {
  if (!s.page) return '';
  return /[-,\u2013]/.test(s.page) ? `, pages ${s.page}` : `, page ${s.page}`;
}

/** "MTUS Chronic Pain Medical Treatment Guidelines (Massage therapy, page 60)". */
export function describeSource(s: Statement): string {
  return `${s.guideline} (${s.section}${pages(s)})`;
}

/** What the status says about the words, for a message: empty for words verified. */
export function statusNote(s: Statement): string {
  const n = s.status.seenIn.length;
  const seen = n ? `seen verbatim in ${n} letter${n === 1 ? '' : 's'}` : '';
  switch (s.status.verification) {
    case 'verified':
      return seen ? ` (${seen})` : '';
    case 'verified-secondary':
      return ` (ODG as quoted in IMR letters${seen ? `; ${seen}` : ''})`;
    case 'partly-verified':
      return ` (figures verified; wording not yet checked against the guideline text${seen ? `; ${seen}` : ''})`;
    default:
      return ` (not yet verified against the guideline text${seen ? `; ${seen}` : ''})`;
  }
}

/** The status in full, for a hover. */
export function statusLine(s: Statement): string {
  const seen = s.status.seenIn.length ? ` Seen verbatim in ${s.status.seenIn.length} real letters: ${s.status.seenIn.join(', ')}.` : '';
  return `**Status:** ${s.status.verification}.${seen} Source: ${s.status.sources}.`;
}

/** The statement as a quotation that can stand as a sentence. */
export function quotedSentence(s: Statement): string {
  return `According to the ${describeSource(s)}, "${s.text}"`;
}

const OPEN = /["\u201c]/g;

/**
 * What a fix writes over a misquotation: inside the quotation marks when the misquoted words are
 * quoted, else the whole sentence, as a quotation of the statement.
 */
export function quotationFix(text: string, q: { statement: Statement; sentenceStart: number; sentenceEnd: number; start: number; end: number }): { start: number; end: number; text: string } {
  const sentence = text.slice(q.sentenceStart, q.sentenceEnd);
  OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPEN.exec(sentence)) !== null) {
    const open = q.sentenceStart + m.index;
    const close = text.slice(open + 1, q.sentenceEnd).search(/["\u201d]/);
    if (close < 0) break;
    const closeAt = open + 1 + close;
    if (open < q.start && q.end <= closeAt) return { start: open + 1, end: closeAt, text: q.statement.text };
    OPEN.lastIndex = closeAt - q.sentenceStart + 1;
  }
  return { start: q.sentenceStart, end: q.sentenceEnd, text: quotedSentence(q.statement) };
}

/** Words only, for comparing a quotation with the statement: punctuation and line-break hyphens ("evidence- based") do not count. */
export function wordsOnly(s: string): string {
  return ` ${s.toLowerCase().replace(/-\s+/g, '-').replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** Whether a text (already `wordsOnly`) holds every sentence of the statement, word for word. */
export function holdsStatement(words: string, statement: Statement): boolean {
  return statement.text
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .map(wordsOnly)
    .every((part) => words.includes(part));
}
