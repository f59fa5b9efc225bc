/**
 * The findings of every rule on the real letters of ../shared (and the bundled samples), counted
 * per rule, so that a change's effect shows at a glance.
 *
 *   npm run corpus                 counts per rule, and the findings not yet reviewed
 *   npm run corpus -- --list       every finding, with its verdict when it has one
 *   npm run corpus -- --update     writes the findings into test/reviewed/<rule-id>.json: new ones
 *                                  as "unreviewed", gone ones removed, reviewed ones kept
 *   npm run corpus -- DIR ...      counts and lists the findings on other folders of letters
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core';
import { FoundFinding, findingsOn, readReviewed, ReviewedFinding, reviewedKey, writeReviewed, lettersOfShared } from '../test/reviewed/reviewed';

function counts(found: readonly FoundFinding[]): Map<string, number> {
  const byRule = new Map<string, number>();
  for (const f of found) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return byRule;
}

function lettersIn(dirs: string[]): Array<{ name: string; file: string }> {
  return dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /\.(txt|imr)$/.test(f))
      .sort()
      .map((f) => ({ name: `${path.basename(d)}/${f}`, file: path.join(d, f) })),
  );
}

function main(argv: string[]): void {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const letters = dirs.length ? lettersIn(dirs) : lettersOfShared();
  const found = letters.flatMap((l) => findingsOn(l.name, fs.readFileSync(l.file, 'utf8'), analyze));
  const reviewed = dirs.length ? [] : readReviewed();
  const verdicts = new Map(reviewed.map((r) => [reviewedKey(r), r]));
  console.log(`${letters.length} letters, ${found.length} findings`);
  for (const [rule, n] of [...counts(found)].sort()) {
    const rows = found.filter((f) => f.rule === rule).map((f) => verdicts.get(reviewedKey(f))?.verdict ?? 'unreviewed');
    const tally = ['defect', 'noise', 'unreviewed'].map((v) => `${rows.filter((x) => x === v).length} ${v}`).join(', ');
    console.log(`  ${rule.padEnd(40)} ${String(n).padStart(4)}   ${dirs.length ? '' : tally}`);
  }
  if (argv.includes('--list') || dirs.length) {
    for (const f of found) console.log(`${f.letter}:${f.line} ${f.rule} [${verdicts.get(reviewedKey(f))?.verdict ?? 'unreviewed'}] ${f.message}`);
  }
  if (argv.includes('--update')) {
    const next: ReviewedFinding[] = found.map((f) => verdicts.get(reviewedKey(f)) ?? { ...f, verdict: 'unreviewed', reason: '' });
    writeReviewed(next);
    console.log('test/reviewed/*.json updated');
  }
}

main(process.argv.slice(2));
