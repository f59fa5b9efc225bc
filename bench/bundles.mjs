// Builds the language service of a git revision and of the working tree into one folder, for the
// comparisons of bench/ab.mjs and bench/work.mjs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { CORE_BUNDLE } from '../scripts/coreBundle.mjs';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Writes `a.js` (revision `base`, its sources built against this checkout's node_modules) and
 * `b.js` (the working tree) into `dir`. Returns their paths, or null when there is no such revision.
 */
export async function buildBaseAndWorkingTree(base, dir) {
  const baseDir = path.join(dir, 'base');
  fs.mkdirSync(baseDir);
  let archive;
  try {
    archive = execFileSync('git', ['archive', '--format=tar', base, 'src'], { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return null;
  }
  execFileSync('tar', ['-x', '-C', baseDir], { input: archive });
  const build = (from, outfile) =>
    esbuild.build({
      ...CORE_BUNDLE,
      entryPoints: [path.join(from, 'src', 'core', 'index.ts')],
      outfile,
      minify: true,
      nodePaths: [path.join(root, 'node_modules')],
      logLevel: 'error',
    });
  const a = path.join(dir, 'a.js');
  const b = path.join(dir, 'b.js');
  await Promise.all([build(baseDir, a), build(root, b)]);
  return { a, b };
}
