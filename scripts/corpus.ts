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

/** "3 defect, 1 noise, 0 unreviewed" for the findings given. */
function tally(found: readonly FoundFinding[], verdicts: Map<string, ReviewedFinding>): string {
  const rows = found.map((f) => verdicts.get(reviewedKey(f))?.verdict ?? 'unreviewed');
  return ['defect', 'noise', 'unreviewed'].map((v) => `${rows.filter((x) => x === v).length} ${v}`).join(', ');
}

const isPublished = (f: FoundFinding): boolean => !f.letter.startsWith('bundled/');

function main(argv: string[]): void {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const letters = dirs.length ? lettersIn(dirs) : lettersOfShared();
  const found = letters.flatMap((l) => findingsOn(l.name, fs.readFileSync(l.file, 'utf8'), analyze));
  const reviewed = dirs.length ? [] : readReviewed();
  const verdicts = new Map(reviewed.map((r) => [reviewedKey(r), r]));
  console.log(`${letters.length} letters, ${found.length} findings`);
  if (!dirs.length) console.log(`  ${'rule'.padEnd(40)} ${'published letters (samples/, corpus/)'.padEnd(44)} bundled demos`);
  for (const [rule, n] of [...counts(found)].sort()) {
    const mine = found.filter((f) => f.rule === rule);
    const published = mine.filter(isPublished);
    const columns = dirs.length ? String(n).padStart(4) : `${String(published.length).padStart(4)}: ${tally(published, verdicts).padEnd(38)} ${mine.length - published.length}: ${tally(mine.filter((f) => !isPublished(f)), verdicts)}`;
    console.log(`  ${rule.padEnd(40)} ${columns}`);
  }
  if (!dirs.length) {
    const published = found.filter(isPublished);
    const defects = published.filter((f) => verdicts.get(reviewedKey(f))?.verdict === 'defect').length;
    console.log(`  ${'all rules'.padEnd(40)} ${String(published.length).padStart(4)}: ${tally(published, verdicts)} (${published.length ? Math.round((100 * defects) / published.length) : 100}% defects)`);
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
