/**
 * What text a regular expression cannot match without: for each of its top-level alternatives, the
 * longest run of plain ASCII characters that every match of that alternative contains (or, when it
 * has none long enough, the texts of a group it cannot do without). A text that holds none of
 * them, compared in lower case, cannot match, and the expression need not run. The statement index
 * (quotes/) takes from them the words it searches rationales for, the anatomy the words a citation
 * of a body-part chapter cannot do without.
 *
 * The reading is deliberately simple and errs one way only: anything it does not understand (a
 * class, an optional part, an escape that stands for a set) ends a run, and an alternative left
 * with nothing makes the whole answer null: "always run the expression".
 */

export const MIN_RUN = 3;

/** Escaped characters that stand for themselves. */
const LITERAL_ESCAPES = new Set([...'.-/\\()[]{}?*+|^$ ,:;#&!=<>\'"`~%@']);

function isPlainAscii(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x20 && code < 0x7f;
}

/** The index just past the group or class that opens at `i` (nesting and escapes respected), or -1. */
function skipBracketed(source: string, i: number): number {
  if (source[i] === '[') {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === ']') return j + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const end = skipBracketed(source, j);
      if (end === -1) return -1;
      j = end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/** A quantifier at `i`: its length and whether it allows zero repetitions; null when there is none. */
function quantifierAt(source: string, i: number): { length: number; optional: boolean } | null {
  const c = source[i];
  let length: number;
  let optional: boolean;
  if (c === '?' || c === '*' || c === '+') {
    length = 1;
    optional = c !== '+';
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
    if (!m) return null;
    length = m[0].length;
    optional = Number(m[1]) === 0;
  } else {
    return null;
  }
  if (source[i + length] === '?') length++;
  return { length, optional };
}

/** The body of the group at source[i, end) when a match must contain it; null for a lookaround. */
function requiredGroupBody(source: string, i: number, end: number): string | null {
  if (source[i] !== '(') return null;
  const body = source.slice(i + 1, end - 1);
  if (!body.startsWith('?')) return body;
  if (body.startsWith('?:')) return body.slice(2);
  // A named group; lookarounds do not consume what they test, and negative ones forbid it.
  const named = /^\?<[A-Za-z_$][\w$]*>/.exec(body);
  return named ? body.slice(named[0].length) : null;
}

/** Texts (lower case) of which every match of the expression holds at least one; null when unknown. */
export function requiredLiterals(source: string): string[] | null {
  const found: string[] = [];
  let best = '';
  let groupHints: string[] | null = null;
  let run = '';
  const endRun = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const endAlternative = (): boolean => {
    endRun();
    if (best.length >= MIN_RUN) found.push(best.toLowerCase());
    else if (groupHints) found.push(...groupHints);
    else return false;
    best = '';
    groupHints = null;
    return true;
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '|') {
      if (!endAlternative()) return null;
      i++;
      continue;
    }
    let literal: string | null = null;
    let group: string | null = null;
    let next: number;
    if (c === '(' || c === '[') {
      next = skipBracketed(source, i);
      if (next === -1) return null;
      group = requiredGroupBody(source, i, next);
    } else if (c === '\\') {
      const e = source[i + 1];
      if (e !== undefined && LITERAL_ESCAPES.has(e)) literal = e;
      next = i + 2;
    } else {
      // Anchors, the dot and stray quantifier characters are not literals.
      literal = '.^$)]{}?*+'.includes(c) || !isPlainAscii(c) ? null : c;
      next = i + 1;
    }
    const q = quantifierAt(source, next);
    if (q) next += q.length;
    if (group !== null && !q?.optional && !groupHints) groupHints = requiredLiterals(group);
    if (literal === null || q?.optional) {
      endRun();
    } else {
      run += literal;
      // "l+" holds one "l" for sure, but what follows may come after more of them.
      if (q) endRun();
    }
    i = next;
  }
  return endAlternative() ? found : null;
}
