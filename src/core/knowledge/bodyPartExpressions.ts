/**
 * The body-part vocabulary as regular expressions: one for the phrases (case-insensitive), one for
 * the abbreviations and spine levels (case-sensitive), each part a numbered group. A match says
 * its part by the first group that holds text: read by number, not by name, which is what a long
 * text with many mentions can afford.
 */
import type { BodyPart } from './schema';

export type Side = 'left' | 'right' | 'bilateral';

/** A mention as found, before its side is read; mutable until the sides are settled. */
export interface RawMention {
  part: BodyPart;
  side: Side | null;
  start: number;
  end: number;
  sideStart: number;
  sideEnd: number;
}

export interface Compiled {
  readonly re: RegExp;
  /** The group of each part, in order; and, for a part whose abbreviations carry a side letter, that letter's group (else 0). */
  readonly groups: Int32Array;
  readonly sideGroups: Int32Array;
  readonly parts: readonly BodyPart[];
}

export interface PartExpressions {
  readonly phrases: Compiled | null;
  readonly abbreviations: Compiled | null;
}

const SIDE_LETTER: Readonly<Record<string, Side>> = { R: 'right', L: 'left', B: 'bilateral' };

/**
 * A pattern of the data with its groups made non-capturing ("(a|b)" -> "(?:a|b)", "(?<x>a)" ->
 * "(?:a)"), so that the groups of the expression are the parts' own. Escapes and character
 * classes are read past; lookarounds are kept.
 */
export function withoutCaptures(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && pattern[i + 1] !== '?') {
      out += '(?:';
    } else if (c === '(' && pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!') {
      const close = pattern.indexOf('>', i);
      out += '(?:';
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

function alternatives(patterns: readonly string[]): string {
  return patterns.map((t) => `(?:${withoutCaptures(t)})`).join('|');
}

function compile(parts: readonly BodyPart[], which: 'phrases' | 'abbreviations'): Compiled | null {
  const kept = parts.filter((p) => (which === 'phrases' ? p.terms.length : p.caseSensitive.length) > 0);
  if (kept.length === 0) return null;
  const groups = new Int32Array(kept.length);
  const sideGroups = new Int32Array(kept.length);
  const pieces: string[] = [];
  let group = 0;
  kept.forEach((p, n) => {
    if (which === 'phrases') {
      groups[n] = ++group;
      pieces.push(`(${alternatives(p.terms)})`);
    } else {
      if (p.sidePrefix) sideGroups[n] = ++group;
      groups[n] = ++group;
      pieces.push(`${p.sidePrefix ? '([RLB])?' : ''}(${alternatives(p.caseSensitive)})`);
    }
  });
  const source = which === 'phrases' ? `(?<![A-Za-z])(?:${pieces.join('|')})(?![A-Za-z])` : `(?<![A-Za-z0-9])(?:${pieces.join('|')})(?![A-Za-z0-9])`;
  return { re: new RegExp(source, which === 'phrases' ? 'gi' : 'g'), groups, sideGroups, parts: kept };
}

/** The expressions that find the given parts (all of a vocabulary, or some of it). */
export function partExpressions(parts: readonly BodyPart[]): PartExpressions {
  return { phrases: compile(parts, 'phrases'), abbreviations: compile(parts, 'abbreviations') };
}

/** The mention a match of an expression is. */
export function mentionOf(c: Compiled, m: RegExpExecArray): RawMention | null {
  const { groups, sideGroups } = c;
  for (let n = 0; n < groups.length; n++) {
    if (m[groups[n]] === undefined) continue;
    const letter = sideGroups[n] ? m[sideGroups[n]] : undefined;
    const end = m.index + m[0].length;
    if (letter) return { part: c.parts[n], side: SIDE_LETTER[letter], start: m.index + 1, end, sideStart: m.index, sideEnd: m.index + 1 };
    return { part: c.parts[n], side: null, start: m.index, end, sideStart: -1, sideEnd: -1 };
  }
  return null;
}

/** Every mention one expression finds in text[from, to), appended to `out` in order. */
export function collect(c: Compiled | null, text: string, out: RawMention[], from = 0, to = text.length): void {
  if (!c) return;
  const re = c.re;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const found = mentionOf(c, m);
    if (found) out.push(found);
  }
}

/** The mentions of both expressions of a set in text[from, to), in order. */
export function collectAll(e: PartExpressions, text: string, from = 0, to = text.length): RawMention[] {
  const out: RawMention[] = [];
  collect(e.phrases, text, out, from, to);
  const phrases = out.length;
  collect(e.abbreviations, text, out, from, to);
  if (out.length > phrases && phrases > 0) out.sort((a, b) => a.start - b.start);
  return out;
}
