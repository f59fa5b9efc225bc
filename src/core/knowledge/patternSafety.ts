/**
 * Whether a regular expression from a guidelines file may run on every heading of every letter
 * without hanging the linter. JavaScript's engine backtracks, and it cannot be interrupted, so the
 * forms that make backtracking explode are refused when the file is loaded (docs/user-patterns.md
 * says why this rather than a second, linear-time engine):
 * - a repeated group that holds a repetition or alternatives: `(a+)+`, `(x|x)+` (exponential);
 * - more than one unbounded repetition (`*`, `+`, `{n,}`) of a broad element (`.`, `[^...]`, `\w`,
 *   `\S`, `\W`, `\D`): `a.*b.*c` tries every pair of places. With at most one, and the heading cut
 *   at a bounded length (KnowledgeBase.recognize), the time any pattern takes per heading stays small.
 * The scan reads the syntax of an expression compiled without the `u` flag, as the knowledge base
 * compiles them.
 */

export const MAX_BROAD_UNBOUNDED = 1;

interface Frame {
  /** The group holds a quantifier (even `?`) or alternatives, at any depth: repeating it multiplies the ways to match. */
  nested: boolean;
  /** A single element that matches most characters (see above). */
  broad?: boolean;
}

/** The end of a character class opened at `i` (the index after its `]`). */
function classEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j + 1;
  }
  return p.length;
}

/** A quantifier at `i`: its maximum and its length, or null. */
function quantifierAt(p: string, i: number): { max: number; length: number } | null {
  const c = p[i];
  let q: { max: number; length: number } | null = null;
  if (c === '*' || c === '+') q = { max: Infinity, length: 1 };
  else if (c === '?') q = { max: 1, length: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
    if (m) q = { max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity, length: m[0].length };
  }
  if (q && p[i + q.length] === '?') q.length++;
  return q;
}

/** Why a pattern may take too long on some heading, or null when it is safe. */
export function unsafePatternReason(p: string): string | null {
  const stack: Frame[] = [{ nested: false }];
  /** The atom a quantifier would repeat: a group (with what it holds) or a single element. */
  let last: Frame | null = null;
  let broadUnbounded = 0;
  for (let i = 0; i < p.length; ) {
    const c = p[i];
    const top = stack[stack.length - 1];
    const q = quantifierAt(p, i);
    if (q && last) {
      if (q.max > 1 && last.nested) return 'a repeated group holds a repetition or alternatives, which can backtrack exponentially (as in "(a+)+" or "(x|y)+"): repeat a single element or a character class instead';
      top.nested = true;
      if (q.max === Infinity && last.broad) broadUnbounded++;
      last = null;
      i += q.length;
      continue;
    }
    if (c === '\\') {
      last = { nested: false, broad: /[wSWD]/.test(p[i + 1] ?? '') };
      i += 2;
    } else if (c === '[') {
      last = { nested: false, broad: p[i + 1] === '^' };
      i = classEnd(p, i);
    } else if (c === '(') {
      stack.push({ nested: false });
      last = null;
      const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)?/.exec(p.slice(i, i + 40));
      i += prefix ? prefix[0].length : 1;
    } else if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      if (group.nested) stack[stack.length - 1].nested = true;
      last = group;
      i++;
    } else if (c === '|') {
      top.nested = true;
      last = null;
      i++;
    } else {
      last = c === '^' || c === '$' ? null : { nested: false, broad: c === '.' };
      i++;
    }
  }
  if (broadUnbounded > MAX_BROAD_UNBOUNDED) {
    return `it repeats a broad element (., [^...], \\w, \\S, \\W or \\D) without bound ${broadUnbounded} times, which tries every combination of places: at most ${MAX_BROAD_UNBOUNDED}, or give a bound such as .{0,40}`;
  }
  return null;
}
