import * as fs from 'fs';
import * as path from 'path';

export function isGlob(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/** A glob as a regular expression over '/'-separated paths: `**` any folders, `*` within a name, `?`, `[...]`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The files a glob matches, sorted; the walk starts at the glob's fixed leading folders. */
export function expandGlob(glob: string): string[] {
  const normalized = glob.replace(/\\/g, '/');
  const parts = normalized.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const re = globToRegExp(normalized.startsWith('./') ? normalized.slice(2) : normalized);
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = dir === '.' ? e.name : path.posix.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && re.test(p)) out.push(p);
    }
  };
  walk(fixed.length === parts.length ? path.posix.dirname(base) : base);
  return out.sort();
}
