import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';

/** Paths are matched with '/' on every platform. */
const posix = (p: string) => p.replace(/\\/g, '/');

export function isGlob(arg: string): boolean {
  return picomatch.scan(posix(arg)).isGlob;
}

/** Folders a walk does not enter. */
export function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * The files a glob matches (picomatch: `**`, `*`, `?`, `[...]`, braces), sorted. The walk starts at
 * the glob's fixed leading folders, follows symbolic links to files but not to folders, and says
 * which folders it could not read.
 */
export function expandGlob(glob: string, problems: string[]): string[] {
  const { base, glob: rest } = picomatch.scan(posix(glob));
  // An expression picomatch cannot build (a reversed range such as [z-a]) matches nothing.
  const matches = picomatch(rest, { dot: false });
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir || '.', { withFileTypes: true });
    } catch (e) {
      if (dir) problems.push(`${dir}: cannot read folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return;
    }
    for (const e of entries) {
      const full = dir ? path.posix.join(dir, e.name) : e.name;
      const relative = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skippedFolder(e.name)) walk(full, relative);
      } else if ((e.isFile() || (e.isSymbolicLink() && isFileBehindLink(full))) && matches(relative)) {
        out.push(full);
      }
    }
  };
  walk(base, '');
  return out.sort();
}

function isFileBehindLink(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
