import { analyze, applyEdits, fixAllEdits, KnowledgeBase, Settings } from '../core';

/** Passes of analyse-and-fix: a fix dropped for touching another comes back on the next pass. */
const MAX_PASSES = 10;

export interface FixedText {
  text: string;
  /** The edits applied, over all passes. */
  applied: number;
  /** Safe edits still offered after the last pass (0 when the fixes converged). */
  left: number;
  /** Why nothing was fixed, when nothing may be. */
  refused?: string;
}

/**
 * Applies every safe fix of a letter, pass after pass until none is left: the findings are not
 * capped by maxProblems here, so a letter with thousands of placeholders is fixed in one run. A
 * text without the structure of a letter, or on which a rule failed, is left as it is.
 */
export function fixText(original: string, kb: KnowledgeBase, settings: Settings): FixedText {
  const all: Settings = { ...settings, maxProblems: Number.MAX_SAFE_INTEGER };
  let a = analyze(original, { kb, settings: all });
  if (!a.doc.isDetermination) {
    const offered = fixAllEdits(a.findings).length;
    return { text: original, applied: 0, left: 0, refused: offered ? 'it does not have the structure of a determination (section headings, or an item block with its labels, outside Markdown code blocks)' : undefined };
  }
  let text = original;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (a.internalErrors.length) return { text: original, applied: 0, left: 0, refused: 'a rule failed on it (see the internal error)' };
    const edits = fixAllEdits(a.findings);
    if (!edits.length) return { text, applied, left: 0 };
    text = applyEdits(text, edits);
    applied += edits.length;
    a = analyze(text, { kb, settings: all });
  }
  if (a.internalErrors.length) return { text: original, applied: 0, left: 0, refused: 'a rule failed on it (see the internal error)' };
  return { text, applied, left: fixAllEdits(a.findings).length };
}
