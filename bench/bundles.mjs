// What the comparisons of bench/ab.mjs and bench/work.mjs share: their command line, and the
// language services of a git revision and of the working tree, built into a folder of their own.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { CORE_BUNDLE } from '../scripts/coreBundle.mjs';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The command line's `--name value` options and flags; prints `usage` and exits on -h or --help. */
export function commandLine(usage) {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  return {
    option: (name, fallback) => {
      const at = args.indexOf(name);
      return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
    },
    flag: (name) => args.includes(name),
  };
}

/**
 * Builds both language services in a temporary folder, runs `run({ a, b }, folder)` and removes the
 * folder. Without such a revision, says so as `tool` and sets exit code 2.
 */
export async function withBaseAndWorkingTree(tool, base, run) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `imr-${tool}-`));
  try {
    const built = await buildBaseAndWorkingTree(base, dir);
    if (!built) {
      console.error(`${tool}: no revision "${base}" in this repository`);
      process.exitCode = 2;
      return;
    }
    await run(built, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes `a.js` (revision `base`, its sources built against this checkout's node_modules) and
 * `b.js` (the working tree) into `dir`. Returns their paths, or null when there is no such revision.
 */
async function buildBaseAndWorkingTree(base, dir) {
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
