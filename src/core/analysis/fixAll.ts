import type { Finding } from '../rules/types';
import { comparePositions, LineIndex, TextEdit } from '../text';

/**
 * The safe fixes of all findings as one list of edits that do not overlap: a fix whose edits touch
 * a range already claimed is dropped whole (it is offered again on the next analysis).
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (!fix.safe || fix.edits.length === 0) continue;
      const clash = fix.edits.some((e) => chosen.some((c) => touches(c, e)));
      if (!clash) chosen.push(...fix.edits);
      break;
    }
  }
  return chosen.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function touches(a: TextEdit, b: TextEdit): boolean {
  // Two edits clash when their ranges overlap, or when both start at one point (their order would be arbitrary).
  if (comparePositions(a.range.start, b.range.start) === 0) return true;
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => comparePositions(b.range.start, a.range.start));
  let out = text;
  for (const e of sorted) {
    const s = index.offsetAt(e.range.start);
    const t = index.offsetAt(e.range.end);
    out = out.slice(0, s) + e.newText + out.slice(t);
  }
  return out;
}
