import type { Finding } from '../rules/types';
import { comparePositions, LineIndex, TextEdit } from '../text';

/**
 * The safe fixes of all findings as one list of edits that do not overlap, sorted by position: a
 * fix whose edits touch a range already claimed is dropped whole (it is offered again on the next
 * analysis). The edits chosen are kept sorted, so each fix is checked against its two neighbours.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (!fix.safe || fix.edits.length === 0) continue;
      const clash = fix.edits.some((e, n) => fix.edits.some((o, m) => m < n && touches(o, e)) || clashesWithChosen(chosen, e));
      if (!clash) for (const e of fix.edits) chosen.splice(insertionPoint(chosen, e), 0, e);
      break;
    }
  }
  return chosen;
}

/** The index of the first chosen edit that starts at or after `e`. */
function insertionPoint(chosen: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = chosen.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePositions(chosen[mid].range.start, e.range.start) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Chosen edits never overlap one another, so only the one before `e` and the one from its start can touch it. */
function clashesWithChosen(chosen: readonly TextEdit[], e: TextEdit): boolean {
  const i = insertionPoint(chosen, e);
  return (i > 0 && touches(chosen[i - 1], e)) || (i < chosen.length && touches(chosen[i], e));
}

function touches(a: TextEdit, b: TextEdit): boolean {
  // Two edits clash when their ranges overlap, or when both start at one point (their order would be arbitrary).
  if (comparePositions(a.range.start, b.range.start) === 0) return true;
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}

/**
 * Applies edits that do not overlap to a text, in one pass over it: the text between the edits is
 * copied once, whatever the number of edits. Throws on overlapping edits (a caller's mistake).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
  // A stable sort: edits at one point keep the order they were given in.
  spans.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let copied = 0;
  for (const s of spans) {
    if (s.start < copied) throw new Error(`overlapping edits at offset ${s.start}`);
    parts.push(text.slice(copied, s.start), s.newText);
    copied = Math.max(copied, s.end);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
