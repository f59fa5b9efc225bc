// Counts the machine instructions an analysis takes, for changes whose effect this machine's
// drift hides from the timings of bench/ab.mjs. Needs valgrind.
//
//   node bench/work.mjs [--base REV] [--size KB | --typical] [--from N] [--to N] [--markdownlint]
//
// Each language service (a git revision's, default HEAD, and the working tree's) analyses the same
// synthetic letter N times under valgrind's cachegrind, once with N = from and once with N = to:
// the difference, divided by to - from, is the work of one analysis with V8's compilers done. V8
// runs single-threaded and without its memory reducer (--predictable --no-memory-reducer), so the
// count does not depend on timing: two runs agree to within 0.1%. It is a count of instructions,
// not a time: memory stalls, which cost this machine much of its time, are not in it.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandLine, withBaseAndWorkingTree } from './bundles.mjs';

const { option, flag } = commandLine(
  'Usage: node bench/work.mjs [--base REV (default HEAD)] [--head REV (default: the working tree)] [--size KB (default 1024) | --typical (each real letter of 4-12 KB once a round)] [--from N (default 40)] [--to N (default 70)] [--markdownlint]',
);
const base = option('--base', 'HEAD');
const head = option('--head', undefined);
const headName = head ?? 'the working tree';
const typical = flag('--typical');
const size = typical ? 'typical' : Number(option('--size', '1024'));
const from = Number(option('--from', '40'));
const to = Number(option('--to', '70'));
if (!(typical || size > 0) || !(from >= 1) || !(to > from)) {
  console.error('work: --size takes a positive number, --from and --to two counts with from < to');
  process.exit(2);
}
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('work: valgrind is not installed (Debian: apt-get install valgrind)');
  process.exit(2);
}

const child = path.join(path.dirname(new URL(import.meta.url).pathname), 'workChild.mjs');

/** Instructions of `node workChild.mjs subject size n` under cachegrind, and those of V8's optimizing compiler among them. */
function count(subject, n, outDir) {
  const out = path.join(outDir, `cg-${path.basename(subject)}-${n}.out`);
  const argv = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', `--cachegrind-out-file=${out}`];
  argv.push(process.execPath, '--predictable', '--no-memory-reducer', child, subject, String(size), String(n));
  return new Promise((resolve, reject) => {
    const p = spawn('valgrind', argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`valgrind exited with ${code}:\n${err.slice(-2000)}`));
      resolve(readCounts(out));
    });
  });
}

/** The total, and the part spent in V8's optimizing compiler, from a cachegrind output file. */
function readCounts(file) {
  let total = 0;
  let compiler = 0;
  let inCompiler = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('fn=')) inCompiler = line.includes('v8::internal::compiler::');
    else if (line.startsWith('summary:')) total = Number(line.slice(8).trim().split(/\s+/)[0]);
    else if (inCompiler && /^\d/.test(line)) compiler += Number(line.split(/\s+/)[1] ?? 0);
  }
  return { total, compiler };
}

/** Runs the tasks two at a time (these machines have two cores). */
async function inPairs(tasks) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const k = next++;
      results[k] = await tasks[k]();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

try {
  await withBaseAndWorkingTree('work', base, async (built, work) => {
    const subjects = [built.a, built.b];
    // markdownlint takes about a second a megabyte: one and two calls suffice.
    const runs = subjects.flatMap((s) => [() => count(s, from, work), () => count(s, to, work)]);
    if (flag('--markdownlint') && !typical) runs.push(() => count('markdownlint', 1, work), () => count('markdownlint', 2, work));
    const c = await inPairs(runs);
    const per = (lo, hi, calls) => (hi.total - lo.total) / calls;
    const a = per(c[0], c[1], to - from);
    const b = per(c[2], c[3], to - from);
    const m = (x) => `${(x / 1e6).toFixed(2)} M`;
    console.log(`Instructions per ${typical ? 'round of the typical real letters' : `analysis of a ${size} KB letter`} (${typical ? 'rounds' : 'analyses'} ${from} to ${to}; valgrind, V8 single-threaded)`);
    console.log(`${base} (a): ${m(a)}   ${headName} (b): ${m(b)}   b/a: ${(b / a).toFixed(4)}`);
    // The optimizing compiler still at work between the two counts means the warm-up was too short.
    for (const [name, lo, hi] of [[base, c[0], c[1]], [headName, c[2], c[3]]]) {
      const compiling = per(lo, hi, to - from) > 0 ? (hi.compiler - lo.compiler) / (hi.total - lo.total) : 0;
      if (compiling > 0.02) console.log(`${name}: ${(compiling * 100).toFixed(0)}% of the difference is V8 compiling: raise --from`);
    }
    if (c.length > 4) {
      const md = c[5].total - c[4].total;
      console.log(`markdownlint: ${(md / 1e9).toFixed(2)} G per call, ${(md / b).toFixed(0)} times the analysis of ${headName}`);
    }
  }, head);
} catch (e) {
  console.error(`work: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
