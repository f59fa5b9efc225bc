import { Rule } from './types';
import { normalizeSpace, range } from '../text';

// Template text left in a draft. Bounded quantifiers keep every pattern linear on long lines.
const PLACEHOLDERS: ReadonlyArray<{ re: RegExp; what: string }> = [
  // These may wrap over lines (PDF text), so they are matched on the whole text.
  { re: /<\s*insert\b[^<>]{0,300}>+/gi, what: 'template placeholder' },
  { re: /\[\s*insert\b[^[\]]{0,300}\]/gi, what: 'template placeholder' },
  { re: /\{\{[^{}]{0,300}\}\}/g, what: 'template placeholder' },
  { re: /\bX{3,}\b/g, what: 'placeholder "XXX"' },
  { re: /\bTBD\b/g, what: 'placeholder "TBD"' },
  { re: /_{3,}/g, what: 'blank "___"' },
];

// A lone "<" left before a topic in a guideline citation: "Guidelines < Trigger point injections".
const STRAY_ANGLE = /(?<=\S[ \t]{1,3})<[ \t]+(?=[A-Za-z])/g;

// The same patterns without the global flag, for a yes/no test that keeps no state between calls.
const PLACEHOLDER_TESTS = [...PLACEHOLDERS.map(({ re }) => new RegExp(re.source, re.flags.replace('g', ''))), /\S[ \t]{1,3}<[ \t]+[A-Za-z]/];

/** Whether a text holds template text that this rule reports (so that a fix never copies it). */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_TESTS.some((re) => re.test(text));
}

/** The value a placeholder already holds: `<Insert Section (Low back pain)>` -> `Low back pain`. */
export function intendedValue(placeholder: string): string | null {
  const m = /\(([^()]{1,200})\)\)*\s*[>\]]+$/.exec(placeholder);
  return m ? normalizeSpace(m[1]) : null;
}

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description: 'Template text left in the letter: <Insert ...>, [INSERT ...], XXX, TBD, ___, or a stray "<" in a citation.',
  defaultSeverity: 'error',
  check({ doc }, report) {
    const { index } = doc;
    const { lines, text } = index;
    for (const { re, what } of PLACEHOLDERS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const r = { start: index.positionAt(m.index), end: index.positionAt(m.index + m[0].length) };
        const shown = normalizeSpace(m[0]);
        const value = intendedValue(m[0]);
        report({
          range: r,
          message: value
            ? `Unfilled ${what} ${shown}: replace it with "${value}".`
            : `Unfilled ${what} ${shown}: replace it with the intended text before the letter is sent.`,
          fixes: value
            ? [{ title: `Replace with "${value}"`, edits: [{ range: r, newText: value }], safe: true, preferred: true }]
            : [{ title: 'Select the placeholder', edits: [], safe: false, select: r }],
        });
      }
    }
    // Stray "<" only inside guideline fields, where the template left it.
    for (const item of doc.items) {
      for (const f of [item.fields.claimsAdministrator, item.fields.maximus]) {
        if (!f) continue;
        for (let l = f.range.start.line; l <= f.range.end.line; l++) {
          const line = lines[l];
          if (!line.includes('<')) continue;
          STRAY_ANGLE.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = STRAY_ANGLE.exec(line)) !== null) {
            if (/^<\s*insert/i.test(line.slice(m.index))) continue;
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
};
