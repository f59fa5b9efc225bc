/** Template text left in a draft, and the values placeholders already hold. */
import { normalizeSpace } from '../text';

// Template text left in a draft. Bounded quantifiers keep every pattern linear on long lines.
// Each starts with a literal `trigger`: the text is scanned for it with indexOf (far faster than a
// regular expression over the whole letter) and the pattern is tried, sticky, where it occurs.
export const PLACEHOLDERS: ReadonlyArray<{ trigger: string; re: RegExp; what: string }> = [
  // These may wrap over lines (PDF text), so they are matched on the whole text.
  // "<Insert Section (Low back pain)>" (the MAXIMUS template's), and a prompt in angle brackets
  // ("<age>", "<date of injury>": the extension's own template and snippets).
  { trigger: '<', re: /<(?:\s*insert\b[^<>]{0,300}>+|[a-z][^<>\r\n]{0,80}>)/iy, what: 'template placeholder' },
  { trigger: '[', re: /\[\s*insert\b[^[\]]{0,300}\]/iy, what: 'template placeholder' },
  { trigger: '{{', re: /\{\{[^{}]{0,300}\}\}/y, what: 'template placeholder' },
  { trigger: 'XXX', re: /\bX{3,}\b/y, what: 'placeholder "XXX"' },
  { trigger: 'TBD', re: /\bTBD\b/y, what: 'placeholder "TBD"' },
  { trigger: '___', re: /_{3,}/y, what: 'blank "___"' },
];

/** Every match of a placeholder pattern in the text, left to right, as a global search would find them. */
export function* placeholderMatches(text: string, trigger: string, re: RegExp): Generator<RegExpExecArray> {
  let at = text.indexOf(trigger);
  while (at !== -1) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) yield m;
    at = text.indexOf(trigger, m ? m.index + Math.max(m[0].length, 1) : at + 1);
  }
}

// A lone "<" left before a topic in a guideline citation: "Guidelines < Trigger point injections".
export const STRAY_ANGLE = /(?<=\S[ \t]{1,3})<[ \t]+(?=[A-Za-z])/g;

/** Whether the "<" at `at` opens a placeholder ("< Insert ..."), which is reported as one, not as stray. */
export function opensPlaceholder(s: string, at: number): boolean {
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

const INSERT_START = /^[<[]\s*insert\b/i;

/** The value a placeholder already holds: `<Insert Section (Low back pain)>` -> `Low back pain`. */
export function intendedValue(placeholder: string): string | null {
  // Only an "Insert" placeholder holds its value in brackets: "<guideline, page(s)>" holds none.
  if (!INSERT_START.test(placeholder)) return null;
  const m = /\(([^()]{1,200})\)\)*\s*[>\]]+$/.exec(placeholder);
  return m ? normalizeSpace(m[1]) : null;
}
