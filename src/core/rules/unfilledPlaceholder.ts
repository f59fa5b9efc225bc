import { Rule } from './types';
import { matchDecisionAtEnd, matchFieldLabel } from '../parser/lineKinds';
import { normalizeSpace, range } from '../text';

// Template text left in a draft. Bounded quantifiers keep every pattern linear on long lines.
// Each starts with a literal `trigger`: the text is scanned for it with indexOf (far faster than a
// regular expression over the whole letter) and the pattern is tried, sticky, where it occurs.
const PLACEHOLDERS: ReadonlyArray<{ trigger: string; re: RegExp; what: string }> = [
  // These may wrap over lines (PDF text), so they are matched on the whole text.
  { trigger: '<', re: /<\s*insert\b[^<>]{0,300}>+/iy, what: 'template placeholder' },
  { trigger: '[', re: /\[\s*insert\b[^[\]]{0,300}\]/iy, what: 'template placeholder' },
  { trigger: '{{', re: /\{\{[^{}]{0,300}\}\}/y, what: 'template placeholder' },
  { trigger: 'XXX', re: /\bX{3,}\b/y, what: 'placeholder "XXX"' },
  { trigger: 'TBD', re: /\bTBD\b/y, what: 'placeholder "TBD"' },
  { trigger: '___', re: /_{3,}/y, what: 'blank "___"' },
];

/** Every match of a placeholder pattern in the text, left to right, as a global search would find them. */
function* placeholderMatches(text: string, trigger: string, re: RegExp): Generator<RegExpExecArray> {
  let at = text.indexOf(trigger);
  while (at !== -1) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) yield m;
    at = text.indexOf(trigger, m ? m.index + Math.max(m[0].length, 1) : at + 1);
  }
}

// A lone "<" left before a topic in a guideline citation: "Guidelines < Trigger point injections".
const STRAY_ANGLE = /(?<=\S[ \t]{1,3})<[ \t]+(?=[A-Za-z])/g;

/** Whether the "<" at `at` opens a placeholder ("< Insert ..."), which is reported as one, not as stray. */
function opensPlaceholder(s: string, at: number): boolean {
  return /^<\s*insert/i.test(s.slice(at));
}

// The same patterns without the sticky flag, for a yes/no test that keeps no state between calls.
const PLACEHOLDER_TESTS = [...PLACEHOLDERS.map(({ re }) => new RegExp(re.source, re.flags.replace('y', ''))), /\S[ \t]{1,3}<[ \t]+[A-Za-z]/];

/** Whether a text holds template text that this rule reports (so that a fix never copies it). */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_TESTS.some((re) => re.test(text));
}

// Global forms, to fill every placeholder of a text at once.
const PLACEHOLDER_ALL = PLACEHOLDERS.map(({ re }) => new RegExp(re.source, re.flags.replace('y', 'g')));

/**
 * A text as this rule's safe fixes leave it: each placeholder replaced by the value it holds and,
 * in a guideline field (`strayAngles`), each stray "<" removed. Null when a placeholder holds no
 * value (filling it is the writer's task). Fixes that copy text from the letter copy it filled, so
 * that fix-all settles in one pass rather than copying a placeholder or waiting for its fix.
 */
export function fillPlaceholders(text: string, strayAngles: boolean): string | null {
  let unfilled = false;
  let out = text;
  for (const re of PLACEHOLDER_ALL) {
    out = out.replace(re, (m) => {
      const value = intendedValue(m);
      if (value === null) unfilled = true;
      return value ?? m;
    });
  }
  if (unfilled) return null;
  return strayAngles ? out.replace(STRAY_ANGLE, (m, at: number, s: string) => (opensPlaceholder(s, at) ? m : '')) : out;
}

/** The value a placeholder already holds: `<Insert Section (Low back pain)>` -> `Low back pain`. */
export function intendedValue(placeholder: string): string | null {
  const m = /\(([^()]{1,200})\)\)*\s*[>\]]+$/.exec(placeholder);
  return m ? normalizeSpace(m[1]) : null;
}

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

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  description: 'Template text left in the letter: <Insert ...>, [INSERT ...], XXX, TBD, ___, or a stray "<" in a citation.',
  defaultSeverity: 'error',
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
        // Without a "<" in the field's lines, no line needs a look.
        if (!f || !f.source.includes('<')) continue;
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
};
