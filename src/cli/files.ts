import * as fs from 'fs';
import * as path from 'path';
import { startsLikeLetter } from '../core';
import { expandGlob, isGlob, skippedFolder } from './glob';

/** The bytes read to tell whether a .txt file starts like a letter (blank lines may come first). */
const PROBE = 4096;

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : (code ?? String(e));
}

/** Whether a .txt file starts like a determination (so that a folder of mixed text files is safe to scan); throws when it cannot be read. */
function looksLikeLetter(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(PROBE);
    const n = fs.readSync(fd, buf, 0, PROBE, 0);
    return startsLikeLetter(buf.subarray(0, n).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

export interface Collected {
  files: string[];
  /** What could not be read: an error of the run. */
  problems: string[];
  /** What was passed over on purpose, said so that nothing is skipped without a word. */
  notes: string[];
}

/** A folder's entry: the letter it is, or why it is passed over. */
function considerEntry(p: string, e: fs.Dirent, out: Collected, walk: (dir: string) => void): void {
  let kind: 'file' | 'folder' | 'other' = e.isDirectory() ? 'folder' : e.isFile() ? 'file' : 'other';
  if (e.isSymbolicLink()) {
    try {
      const st = fs.statSync(p);
      if (st.isDirectory()) {
        if (!skippedFolder(e.name)) out.notes.push(`${p}: a symbolic link to a folder, not followed`);
        return;
      }
      kind = st.isFile() ? 'file' : 'other';
    } catch (err) {
      if (/\.(imr|txt)$/i.test(e.name)) out.problems.push(`${p}: a symbolic link to nothing (${errorCode(err)})`);
      return;
    }
  }
  if (kind === 'folder') {
    if (!skippedFolder(e.name)) walk(p);
    return;
  }
  if (kind !== 'file') return;
  if (/\.imr$/i.test(e.name)) {
    out.files.push(p);
  } else if (/\.txt$/i.test(e.name)) {
    try {
      if (looksLikeLetter(p)) out.files.push(p);
    } catch (err) {
      out.problems.push(`${p}: cannot read: ${errorCode(err)}`);
    }
  }
}

/** Expands folders into the letters they hold (*.imr, and *.txt that start like a letter), sorted, and globs into the files they match. */
export function collectFiles(args: readonly string[]): Collected {
  const out: Collected = { files: [], problems: [], notes: [] };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.problems.push(`${dir}: cannot read folder: ${errorCode(e)}`);
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) considerEntry(path.join(dir, e.name), e, out, walk);
  };
  for (const a of args) {
    if (a !== '-' && isGlob(a) && !fs.existsSync(a)) {
      const matched = expandGlob(a, out.problems);
      if (!matched.length) out.problems.push(`${a}: no file matches`);
      out.files.push(...matched);
      continue;
    }
    let isDir = false;
    try {
      isDir = a !== '-' && fs.statSync(a).isDirectory();
    } catch {
      // A missing path is reported when it is read, next to the other per-file messages.
    }
    if (isDir) walk(a);
    else out.files.push(a);
  }
  return out;
}
