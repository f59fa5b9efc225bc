import type { Analysis } from './analyze';
import type { Completion } from './completionItem';
import type { Item } from '../model';
import { statementIndex } from '../quotes/statementIndex';
import { describeSource, statusNote } from '../quotes/statementText';
import type { Position, Range } from '../text';

// "The MTUS states", "ODG recommends that", "per ACOEM, the guidelines note:" at the end of what is typed.
const ATTRIBUTING =
  /\b(MTUS|ODG|ACOEM|Official Disability Guidelines|guidelines?)\b[^.;]{0,60}?\b(?:states?|recommends?|says|notes?|indicates?|specif(?:y|ies)|allows?)(?:\s+that)?\s*[:,]?\s*$/i;

const LABEL_LENGTH = 70;
/** How much of the line before the cursor is read for the attribution (a long line is not searched whole). */
const ATTRIBUTING_REACH = 200;

/**
 * After a reviewer writes that a guideline states or recommends, in a rationale: the statements
 * the guideline makes about the item's treatment, to quote as worded.
 */
export function statementCompletions(a: Analysis, p: Position, before: string, item: Item | undefined): Completion[] | null {
  const r = item?.fields.rationale;
  if (!item || !r || p.line < r.labelRange.start.line || (p.line === r.labelRange.start.line && p.character < r.labelRange.end.character)) return null;
  const m = ATTRIBUTING.exec(before.slice(-ATTRIBUTING_REACH));
  const treatment = a.requests[item.index].treatment;
  if (!m || !treatment) return null;
  const named = m[1].toUpperCase();
  const source = named === 'MTUS' || named === 'ODG' || named === 'ACOEM' ? named : named.startsWith('OFFICIAL') ? 'ODG' : null;
  const range: Range = { start: p, end: p };
  const out = statementIndex(a.kb)
    .forTreatment(treatment.id)
    .filter((c) => !source || c.statement.source === source || (source === 'MTUS' && c.statement.source === 'ACOEM'))
    .map((c, n) => {
      const s = c.statement;
      const text = `"${s.text}"`;
      return {
        label: s.text.length > LABEL_LENGTH ? `${s.text.slice(0, LABEL_LENGTH - 1)}…` : s.text,
        kind: 'citation' as const,
        insertText: text,
        snippet: false,
        detail: `${s.source}: ${describeSource(s)}${statusNote(s)}`,
        sortText: `q${String(n).padStart(3, '0')}`,
        range,
      };
    });
  return out.length ? out : null;
}
