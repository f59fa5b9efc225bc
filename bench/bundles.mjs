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
 * folder. `b` is the working tree, or the revision `head` when one is given. Without such a
 * revision, says so as `tool` and sets exit code 2.
 */
export async function withBaseAndWorkingTree(tool, base, run, head = undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `imr-${tool}-`));
  try {
    const a = await buildRevision(base, dir, 'a');
    const b = head ? await buildRevision(head, dir, 'b') : await buildFrom(root, path.join(dir, 'b.js'));
    if (!a || !b) {
      console.error(`${tool}: no revision "${a ? head : base}" in this repository`);
      process.exitCode = 2;
      return;
    }
    await run({ a, b }, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The language service of a git revision, its sources built against this checkout's node_modules, as `<name>.js` in `dir`; null when there is no such revision. */
async function buildRevision(rev, dir, name) {
  const sources = path.join(dir, name);
  fs.mkdirSync(sources);
  let archive;
  try {
    archive = execFileSync('git', ['archive', '--format=tar', rev, 'src'], { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return null;
  }
  execFileSync('tar', ['-x', '-C', sources], { input: archive });
  return buildFrom(sources, path.join(dir, `${name}.js`));
}

async function buildFrom(from, outfile) {
  await esbuild.build({
    ...CORE_BUNDLE,
    entryPoints: [path.join(from, 'src', 'core', 'index.ts')],
    outfile,
    minify: true,
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'error',
  });
  return outfile;
}
