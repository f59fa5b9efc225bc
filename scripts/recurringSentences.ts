/**
 * Sentences of rationales that recur word for word in several letters: a sentence that several
 * reviewers wrote identically is almost certainly the guideline's own, and a candidate for the
 * guideline statements (src/core/knowledge/builtinStatements.ts). Prints each with the letters it
 * was seen in, most letters first.
 *
 *   npx tsx scripts/recurringSentences.ts [--min N] [--grep WORD] [--check] DIR ...
 *
 * With no DIR it reads ../shared/samples and ../shared/corpus. --min is the fewest letters (2).
 * --check prints, for every built-in statement, the letters that hold its words verbatim (to count
 * its `status.seenIn` honestly).
 */
import * as fs from 'fs';
import * as path from 'path';
import { builtinKnowledgeBase, parseDetermination } from '../src/core';
import { holdsStatement, wordsOnly } from '../src/core/quotes/statementText';

const SHARED = path.resolve(__dirname, '..', '..', 'shared');

function letters(dirs: string[]): Array<{ name: string; text: string }> {
  return dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /\.(txt|imr)$/.test(f))
      .sort()
      .map((f) => ({ name: `${path.basename(d)}/${f}`, text: fs.readFileSync(path.join(d, f), 'utf8') })),
  );
}

/** The rationales of a letter, folded: one string each. */
function rationales(text: string): string[] {
  return parseDetermination(text).items.flatMap((i) => (i.fields.rationale ? [i.fields.rationale.text] : []));
}

/** A sentence as compared: lower case, quotes and spacing levelled. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u201c\u201d"']/g, '').replace(/\s+/g, ' ').trim();
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=[A-Z("])/).map((s) => s.trim()).filter((s) => s.length >= 40);
}

function recurring(all: Array<{ name: string; text: string }>, min: number, grep: RegExp | null): void {
  const seen = new Map<string, { text: string; in: Set<string> }>();
  for (const l of all) {
    for (const r of rationales(l.text)) {
      for (const s of sentences(r)) {
        const key = normalise(s);
        const entry = seen.get(key) ?? { text: s, in: new Set<string>() };
        entry.in.add(l.name);
        seen.set(key, entry);
      }
    }
  }
  const rows = [...seen.values()].filter((e) => e.in.size >= min && (!grep || grep.test(e.text))).sort((a, b) => b.in.size - a.in.size);
  for (const r of rows) console.log(`${r.in.size}\t${r.text}\n\t${[...r.in].join(' ')}`);
}

/** For each built-in statement: the letters whose rationales hold every sentence of it, word for word. */
function check(all: Array<{ name: string; text: string }>): void {
  const folded = all.map((l) => ({ name: l.name, words: wordsOnly(rationales(l.text).join(' ')) }));
  for (const s of builtinKnowledgeBase().statements) {
    const hits = folded.filter((l) => holdsStatement(l.words, s)).map((l) => l.name);
    console.log(`${s.id}\t${hits.length}\t${hits.join(' ')}`);
  }
}

function main(argv: string[]): void {
  const minAt = argv.indexOf('--min');
  const grepAt = argv.indexOf('--grep');
  const min = minAt >= 0 ? Number(argv[minAt + 1]) : 2;
  const grep = grepAt >= 0 ? new RegExp(argv[grepAt + 1], 'i') : null;
  const dirs = argv.filter((a, n) => !a.startsWith('--') && n !== minAt + 1 && n !== grepAt + 1);
  const all = letters(dirs.length ? dirs : [path.join(SHARED, 'samples'), path.join(SHARED, 'corpus')]);
  if (argv.includes('--check')) check(all);
  else recurring(all, min, grep);
}

main(process.argv.slice(2));
