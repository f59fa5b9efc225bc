/**
 * The body-part vocabulary as regular expressions: the phrases (case-insensitive), the
 * abbreviations and spine levels (case-sensitive), each part a numbered group. A match says its
 * part by the first group that holds text: read by number, not by name.
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

interface Compiled {
  readonly re: RegExp;
  /** For each alternative, in order: its part, its group, and the group of its side letter (0: none). */
  readonly parts: readonly BodyPart[];
  readonly groups: Int32Array;
  readonly sideGroups: Int32Array;
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

/** One expression for some parts: their phrases (case-insensitive) or their abbreviations (case-sensitive). */
function compile(parts: readonly BodyPart[], which: 'terms' | 'caseSensitive'): Compiled | null {
  const owners: BodyPart[] = [];
  const groups: number[] = [];
  const sideGroups: number[] = [];
  const pieces: string[] = [];
  let group = 0;
  for (const p of parts) {
    if (p[which].length === 0) continue;
    const side = which === 'caseSensitive' && p.sidePrefix;
    owners.push(p);
    sideGroups.push(side ? ++group : 0);
    groups.push(++group);
    pieces.push(`${side ? '([RLB])?' : ''}(${alternatives(p[which])})`);
  }
  if (pieces.length === 0) return null;
  // One word boundary before the alternatives and one check after them: an assertion at the head
  // of each alternative would be tried for each, at every character of the text.
  const source = which === 'terms' ? `\\b(?:${pieces.join('|')})(?![A-Za-z])` : `(?<![A-Za-z0-9])(?:${pieces.join('|')})(?![A-Za-z0-9])`;
  return { re: new RegExp(source, which === 'terms' ? 'gi' : 'g'), parts: owners, groups: Int32Array.from(groups), sideGroups: Int32Array.from(sideGroups) };
}

/** The mention a match of an expression is. */
function mentionOf(c: Compiled, m: RegExpExecArray): RawMention | null {
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

/** Every mention one expression finds that starts in text[from, to), appended to `out`. */
function collect(c: Compiled | null, text: string, from: number, to: number, out: RawMention[]): void {
  if (!c) return;
  const re = c.re;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const found = mentionOf(c, m);
    if (found) out.push(found);
  }
}

/**
 * Finds the mentions of a set of body parts in a text: one case-insensitive expression for the
 * phrases, one case-sensitive expression for the abbreviations and spine levels.
 *
 * Cost: an expression of many alternatives reads tens of instructions a character (irregexp
 * tries each alternative at each word start), so callers give it short texts (headings, the
 * subject of a conclusion, a window) and find the few places worth reading in long ones first.
 */
export class PartFinder {
  private readonly phrases: Compiled | null;
  private readonly abbreviations: Compiled | null;

  constructor(readonly parts: readonly BodyPart[]) {
    this.phrases = compile(parts, 'terms');
    this.abbreviations = compile(parts, 'caseSensitive');
  }

  /** The mentions that start in text[from, to), in order. */
  find(text: string, from = 0, to = text.length): RawMention[] {
    const out: RawMention[] = [];
    collect(this.phrases, text, from, to, out);
    const phrases = out.length;
    collect(this.abbreviations, text, from, to, out);
    if (phrases > 0 && out.length > phrases) out.sort((a, b) => a.start - b.start);
    return out;
  }
}
