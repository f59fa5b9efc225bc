/**
 * The findings on the real letters of ../shared, each reviewed as a QA reviewer of determinations
 * would: `defect` (worth fixing before the letter goes out) or `noise` (not worth the reviewer's
 * time), with the reason. One file per rule: test/reviewed/<rule-id>.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../../src/core';

export type Verdict = 'defect' | 'noise' | 'unreviewed';

export interface FoundFinding {
  /** `samples/<file>`, `corpus/<file>` or `bundled/<file>`. */
  readonly letter: string;
  /** 1-based line where the finding starts. */
  readonly line: number;
  readonly rule: string;
  /** For the reader of the table; not compared. */
  readonly message: string;
}

export interface ReviewedFinding extends FoundFinding {
  readonly verdict: Verdict;
  readonly reason: string;
}

const DIR = __dirname;
const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const BUNDLED = path.resolve(__dirname, '..', '..', 'samples');

export function reviewedKey(f: { letter: string; line: number; rule: string }): string {
  return `${f.rule} ${f.letter}:${f.line}`;
}

/** The real letters: ../shared/samples and ../shared/corpus when present, and the bundled samples. */
export function lettersOfShared(): Array<{ name: string; file: string }> {
  const out: Array<{ name: string; file: string }> = [];
  const add = (dir: string, name: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|imr)$/.test(x)).sort()) out.push({ name: `${name}/${f}`, file: path.join(dir, f) });
  };
  add(path.join(SHARED, 'samples'), 'samples');
  add(path.join(SHARED, 'corpus'), 'corpus');
  add(BUNDLED, 'bundled');
  return out;
}

export function findingsOn(letter: string, text: string, analyze: (text: string) => Analysis): FoundFinding[] {
  return analyze(text).findings.map((f) => ({ letter, line: f.range.start.line + 1, rule: f.rule, message: f.message }));
}

export function readReviewed(): ReviewedFinding[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as ReviewedFinding[]);
}

/** Writes one file per rule, in letter and line order. */
export function writeReviewed(all: readonly ReviewedFinding[]): void {
  for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith('.json'))) fs.unlinkSync(path.join(DIR, f));
  const rules = [...new Set(all.map((f) => f.rule))].sort();
  for (const rule of rules) {
    const rows = all
      .filter((f) => f.rule === rule)
      .sort((a, b) => a.letter.localeCompare(b.letter) || a.line - b.line)
      .map(({ letter, line, rule: r, verdict, reason, message }) => ({ letter, line, rule: r, verdict, reason, message }));
    fs.writeFileSync(path.join(DIR, `${rule}.json`), JSON.stringify(rows, null, 2) + '\n');
  }
}
