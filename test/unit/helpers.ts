import * as fs from 'fs';
import * as path from 'path';

/** ../shared beside the repository, when present (it is in CI and on developers' machines). */
export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const HAS_SHARED = fs.existsSync(path.join(SHARED, 'samples'));

export function sharedLetters(folder: 'samples' | 'corpus'): string[] {
  const dir = path.join(SHARED, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function readShared(folder: 'samples' | 'corpus', prefix: string): string {
  const file = sharedLetters(folder).find((f) => path.basename(f).startsWith(prefix));
  if (!file) throw new Error(`no ${folder} letter ${prefix}`);
  return fs.readFileSync(file, 'utf8');
}

export const BUNDLED = path.resolve(__dirname, '..', '..', 'samples');

/** Every real letter we have: the bundled ones, then those of ../shared when present. */
export function realLetterFiles(): string[] {
  return [...fs.readdirSync(BUNDLED).map((f) => path.join(BUNDLED, f)), ...sharedLetters('samples'), ...sharedLetters('corpus')];
}

export interface ItemSpec {
  heading: string;
  decision?: string | null;
  ca?: string | null;
  maximus?: string | null;
  rationale?: string | null;
}

/** A small letter in the 2014 layout, for rule and parser tests. */
export function letter(items: ItemSpec[], opts: { sections?: boolean; summary?: string } = {}): string {
  const parts: string[] = [];
  if (opts.sections !== false) {
    parts.push(
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
      '',
      'CLINICAL CASE SUMMARY',
      opts.summary ?? 'The patient is a 50 year old male injured on 1/2/12.',
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The Final Determination was based on decisions for the disputed items/services set forth below:',
      '',
    );
  }
  for (const it of items) {
    parts.push(it.decision === null ? it.heading : `${it.heading}: ${it.decision ?? 'Upheld'}`);
    if (it.ca !== null) parts.push(`Claims Administrator guideline: ${it.ca ?? 'Decision based on MTUS Acupuncture Treatment Guidelines.'}`);
    if (it.maximus !== null) parts.push(`MAXIMUS guideline: ${it.maximus ?? 'Decision based on MTUS Acupuncture Treatment Guidelines.'}`);
    if (it.rationale !== null) {
      parts.push(
        `Decision rationale: ${it.rationale ?? 'Per MTUS guidelines the records do not support the request. Therefore, the request is not medically necessary.'}`,
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}
