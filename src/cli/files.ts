import * as fs from 'fs';
import * as path from 'path';
import { expandGlob, isGlob } from './glob';

const LETTER_START = /^\s*(?:HOW THE IMR FINAL DETERMINATION WAS MADE|Case Number:)/i;

/** Whether a .txt file starts like a determination (so that a folder of mixed text files is safe to scan). */
function looksLikeLetter(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(512);
      const n = fs.readSync(fd, buf, 0, 512, 0);
      return LETTER_START.test(buf.subarray(0, n).toString('utf8').replace(/^\ufeff/, ''));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Expands folders into the letters they hold (*.imr, and *.txt that start like a letter), sorted. */
export function collectFiles(args: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`${dir}: cannot read folder: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && (/\.imr$/i.test(e.name) || (/\.txt$/i.test(e.name) && looksLikeLetter(p)))) {
        files.push(p);
      }
    }
  };
  for (const a of args) {
    if (isGlob(a) && !fs.existsSync(a)) {
      const matched = expandGlob(a);
      if (!matched.length) problems.push(`${a}: no file matches`);
      files.push(...matched);
      continue;
    }
    let isDir = false;
    try {
      isDir = a !== '-' && fs.statSync(a).isDirectory();
    } catch {
      // A missing path is reported when it is read, next to the other per-file messages.
    }
    if (isDir) walk(a);
    else files.push(a);
  }
  return { files, problems };
}
