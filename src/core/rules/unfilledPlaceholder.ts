import { defineRule } from './types';
import { matchDecisionAtEnd, matchFieldLabel } from '../parser/lineKinds';
import { normalizeSpace, range } from '../text';
import { intendedValue, opensPlaceholder, PLACEHOLDERS, placeholderMatches, STRAY_ANGLE } from '../wording/placeholders';

/** Whether a line after the first of a match is a field label or a heading that ends in a decision. */
function holdsStructure(match: string): boolean {
  const lines = match.split(/\r\n|\r|\n/);
  for (let k = 1; k < lines.length; k++) {
    if (matchFieldLabel(lines[k]) !== null) return true;
    const d = matchDecisionAtEnd(lines[k]);
    if (d !== null && d.colon >= 0) return true;
  }
  return false;
}

export const unfilledPlaceholder = defineRule({
  id: 'unfilled-placeholder',
  description: 'Template text left in the letter: <Insert ...>, [INSERT ...], XXX, TBD, ___, or a stray "<" in a citation.',
  defaultSeverity: 'error',
  hasFix: true,
  tags: ['template'],
  check({ doc }, report) {
    const { index } = doc;
    const { text } = index;
    for (const { trigger, re, what } of PLACEHOLDERS) {
      for (const m of placeholderMatches(text, trigger, re)) {
        const r = { start: index.positionAt(m.index), end: index.positionAt(m.index + m[0].length) };
        const shown = normalizeSpace(m[0]);
        const value = intendedValue(m[0]);
        // Replacing a placeholder that runs over a field label or a decided heading would merge
        // that line into the text: offered, but not applied unasked (fix-all, fix on save).
        const safe = !holdsStructure(m[0]);
        report({
          range: r,
          message: value
            ? `Unfilled ${what} ${shown}: replace it with "${value}".`
            : `Unfilled ${what} ${shown}: replace it with the intended text before the letter is sent.`,
          fixes: value
            ? [{ title: `Replace with "${value}"`, edits: [{ range: r, newText: value }], safe, preferred: true }]
            : [{ title: 'Select the placeholder', edits: [], safe: false, select: r }],
        });
      }
    }
    // Stray "<" only inside guideline fields, where the template left it.
    for (const item of doc.items) {
      for (const f of [item.fields.claimsAdministrator, item.fields.maximus]) {
        // Without a "<" in the field, no line needs a look.
        if (!f || !f.text.includes('<')) continue;
        for (let l = f.range.start.line; l <= f.range.end.line; l++) {
          const line = index.line(l);
          if (!line.includes('<')) continue;
          STRAY_ANGLE.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = STRAY_ANGLE.exec(line)) !== null) {
            if (opensPlaceholder(line, m.index)) continue;
            const r = range(l, m.index, l, m.index + m[0].length);
            report({
              range: r,
              message: 'A stray "<" from the template stands in this citation: remove it.',
              fixes: [{ title: 'Remove the stray "<"', edits: [{ range: r, newText: '' }], safe: true, preferred: true }],
            });
          }
        }
      }
    }
  },
});
