// npm run bench: speed and memory figures, printed and written to bench/results.md.
// Not a test: nothing here passes or fails; compare the figures between changes.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import { seedLetters, syntheticLetter } from './letters.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const core = require(path.join(root, 'dist', 'core.js'));

const MB = 1024 * 1024;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Median time of fn over enough runs to fill about `budgetMs`. */
function time(fn, budgetMs = 1500, maxRuns = 2000) {
  fn();
  const first = now();
  fn();
  const one = Math.max(now() - first, 0.001);
  const runs = Math.max(3, Math.min(maxRuns, Math.floor(budgetMs / one)));
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    samples.push(now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Median time of fn over the runs that fill about `budgetMs` (one at least), with no warm-up. */
function block(fn, budgetMs) {
  const samples = [];
  const start = now();
  do {
    const t = now();
    fn();
    samples.push(now() - t);
  } while (now() - start < budgetMs);
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const mbps = (bytes, ms) => (bytes / MB / (ms / 1000)).toFixed(1);

const lines = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};

out('# Benchmark results');
out();
out(`- date: ${new Date().toISOString()}`);
out(`- machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.platform()} ${os.release()}`);
out(`- node: ${process.version}`);
out();

// Typical letters: the real ones.
const seeds = seedLetters();
const typical = seeds.filter((s) => s.text.length >= 4000 && s.text.length <= 12000);
const perLetter = typical.map((s) => time(() => core.analyze(s.text), 200));
perLetter.sort((a, b) => a - b);
out('## Typical letters (4-12 KB, real)');
out();
out(`${typical.length} letters; full analysis (parse + every rule): median ${fmt(perLetter[Math.floor(perLetter.length / 2)])}, slowest ${fmt(perLetter[perLetter.length - 1])} (targets: median under 0.1 ms, issue 16; slowest under 0.5 ms)`);
out();

// Sizes.
out('## Throughput by size (synthetic letters built from the real ones)');
out();
out('| size | items | analysis | MB/s | markdownlint | ratio | line split | ratio |');
out('|---|---|---|---|---|---|---|---|');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times several functions in rounds, each round running every function once (or `reps` times,
 * averaged), so that a change in machine speed during the run weighs on all of them alike. Returns
 * the median time of each, and the median over rounds of each one's time divided by the first's.
 */
function interleaved(fns, rounds) {
  const times = fns.map(() => []);
  const ratios = fns.map(() => []);
  for (const f of fns) f.fn();
  for (let r = 0; r < rounds; r++) {
    const t = fns.map(({ fn, reps = 1 }) => {
      const start = now();
      for (let i = 0; i < reps; i++) fn();
      return (now() - start) / reps;
    });
    t.forEach((x, k) => {
      times[k].push(x);
      ratios[k].push(x / t[0]);
    });
  }
  return fns.map((_, k) => ({ time: median(times[k]), ratio: median(ratios[k]) }));
}

/**
 * An analysis's time against markdownlint's on the same text. markdownlint runs in blocks that take
 * turns with blocks of ours: run call by call between ours, its garbage would be collected in our
 * time; in blocks, that touches only a block's first calls. Many short blocks rather than a few long
 * ones: this machine's speed drifts over seconds, and a ratio taken within one pair of neighbouring
 * blocks is what the drift touches least.
 */
function againstMarkdownlint(text, analyse, pairs) {
  const lint = () => markdownlint({ strings: { letter: text } });
  lint();
  analyse();
  const ratios = [];
  const lintTimes = [];
  const ourTimes = [];
  for (let r = 0; r < pairs; r++) {
    const ourBlock = block(analyse, 100);
    const lintBlock = block(lint, 250);
    ratios.push(lintBlock / ourBlock);
    lintTimes.push(lintBlock);
    ourTimes.push(ourBlock);
  }
  return { time: median(lintTimes), ours: median(ourTimes), ratio: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}

for (const size of [10 * 1024, 100 * 1024, MB, 10 * MB]) {
  const text = syntheticLetter(size, seeds);
  const items = core.analyze(text).doc.items.length;
  const withMarkdownlint = size < 10 * MB;
  // About 2 s of analysis per size (8 s at 10 MB), with the split alongside.
  const once = time(() => core.analyze(text), 200, 20);
  const rounds = Math.max(7, Math.min(400, Math.floor((size >= 10 * MB ? 8000 : 2000) / once)));
  const [ours, floor] = interleaved([{ fn: () => core.analyze(text) }, { fn: () => text.split(/\r\n|\r|\n/), reps: 5 }], rounds);
  const md = withMarkdownlint ? againstMarkdownlint(text, () => core.analyze(text), size >= MB ? 15 : 25) : null;
  const label = size >= MB ? `${size / MB} MB` : `${size / 1024} KB`;
  out(`| ${label} | ${items} | ${fmt(ours.time)} | ${mbps(size, ours.time)} | ${md ? fmt(md.time) : 'skipped'} | ${md ? `${md.ratio.toFixed(0)}x faster (${md.low.toFixed(0)}-${md.high.toFixed(0)})` : ''} | ${fmt(floor.time)} | ${(1 / floor.ratio).toFixed(1)}x slower |`);
}
out();
{
  // In alternating rounds too, so that the machine's speed drifting between the two sizes' turns
  // does not pass for a departure from linear time.
  const oneMB = syntheticLetter(MB, seeds);
  const tenMB = syntheticLetter(10 * MB, seeds);
  const [, one] = interleaved([{ fn: () => core.analyze(tenMB) }, { fn: () => core.analyze(oneMB), reps: 3 }], 9);
  // The floor's own ratio, for reference: on this machine even a bare split is not quite linear
  // from 1 MB to 10 MB (caches, and the young generation's size).
  const split = (t) => t.split(/\r\n|\r|\n/);
  const [, splitOne] = interleaved([{ fn: () => split(tenMB) }, { fn: () => split(oneMB), reps: 3 }], 9);
  out(`Scaling, 10 MB time / 1 MB time: ${(1 / one.ratio).toFixed(1)} (linear = 10; median over 9 rounds that analyse both); the bare line split on the same letters: ${(1 / splitOne.ratio).toFixed(1)}`);
}
out('Targets: at least 100x markdownlint\'s throughput at 1 MB (issue 16: 80x at the least); within 10x of the bare line split. Ratios are medians over rounds on the same text: the analysis and the split take turns call by call, the analysis and markdownlint block by block (in brackets, the lowest and highest ratio of a pair of blocks: this machine\'s speed drifts).');
out();

// What each kind of check costs at 1 MB: the rules switched on a kind at a time (a rule's kind is its
// first tag), from none (the parse and the reading of each request) to every rule. The figures a
// target for the analysis has to count with.
{
  const KINDS = [
    ['the letter\'s form (structure, citations, placeholders, decisions)', ['structure', 'citation', 'template', 'decision']],
    ['requests against limits', ['limits', 'request']],
    ['consistency within the letter', ['consistency']],
    ['medications', ['medication']],
    ['quotations of guidelines', ['quotation']],
  ];
  const text = syntheticLetter(MB, seeds);
  const on = new Set();
  const withRulesOn = () => {
    const rules = Object.fromEntries(core.RULES.filter((r) => !on.has(r.id)).map((r) => [r.id, 'off']));
    const settings = { ...core.DEFAULT_SETTINGS, rules };
    return () => core.analyze(text, { settings });
  };
  const row = (label, md) => out(`| ${label} | ${on.size} | ${fmt(md.ours)} | ${md.ratio.toFixed(0)}x (${md.low.toFixed(0)}-${md.high.toFixed(0)}) |`);
  out('## At 1 MB, by kind of check (each row adds its rules to those above)');
  out();
  out('| rules on | count | analysis | markdownlint\'s time / ours |');
  out('|---|---|---|---|');
  row('none: the parse and each item\'s request', againstMarkdownlint(text, withRulesOn(), 15));
  for (const [label, tags] of KINDS) {
    for (const r of core.RULES) if (tags.includes(r.tags[0])) on.add(r.id);
    row(`+ ${label}`, againstMarkdownlint(text, withRulesOn(), 15));
  }
  const missed = core.RULES.filter((r) => !on.has(r.id)).map((r) => r.id);
  if (missed.length) out(`(rules of no kind above, left off: ${missed.join(', ')})`);
  out();
}

// Adversarial single lines of 1 MB: linear code takes milliseconds, a backtracking pattern minutes.
{
  const units = [' ', ': ', 'a', '2x', '<insert (', 'two sessions per ', 'not. ', '_', 'medical ', 'a  '];
  const worst = [];
  for (const unit of units) {
    const line = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const text = `IMR ISSUES, DECISIONS AND RATIONALES\nMassage ${line.slice(0, 2000)}: Upheld\nMAXIMUS guideline: ${line}\nDecision rationale: ${line}\n`;
    worst.push([unit, time(() => core.analyze(text), 1000, 20)]);
  }
  worst.sort((a, b) => b[1] - a[1]);
  out(`Adversarial 1 MB lines (${units.length} kinds, each in a guideline field and a rationale): slowest ${fmt(worst[0][1])} (${JSON.stringify(worst[0][0])}), fastest ${fmt(worst[worst.length - 1][1])} (target: a 1 MB line under 100 ms)`);
}

// Re-analysis after a one-character edit in a 1 MB letter: the analysis is per version, so a new
// version is analysed whole; the figure says what a keystroke costs.
{
  const text = syntheticLetter(MB, seeds);
  const mid = Math.floor(text.length / 2);
  let flip = false;
  const t = time(() => {
    flip = !flip;
    core.analyze(text.slice(0, mid) + (flip ? 'x' : 'y') + text.slice(mid + 1));
  }, 3000);
  out(`Re-analysis after a one-character edit in a 1 MB letter: ${fmt(t)}`);
}

// Peak heap for the 10 MB letter, in a child process with a clean heap.
{
  const script = `
    import { createRequire } from 'node:module';
    const core = createRequire(import.meta.url)(${JSON.stringify(path.join(root, 'dist', 'core.js'))});
    const { syntheticLetter } = await import(${JSON.stringify(path.join(root, 'bench', 'letters.mjs'))});
    const text = syntheticLetter(${10 * MB});
    global.gc(); const base = process.memoryUsage().heapUsed;
    let peak = base; const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 1);
    const a = core.analyze(text); peak = Math.max(peak, process.memoryUsage().heapUsed);
    clearInterval(timer); global.gc(); const held = process.memoryUsage().heapUsed - base;
    console.log(JSON.stringify({ peak: peak - base, held, items: a.doc.items.length }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const m = JSON.parse(r.stdout.trim().split('\n').pop());
  out(`Heap for the 10 MB letter (${m.items} items): peak ${(m.peak / MB).toFixed(0)} MB above the text, ${(m.held / MB).toFixed(0)} MB held by the analysis`);
}

// Bundle size and load time (a stand-in for activation: loading the bundle with a stub vscode module).
{
  const size = fs.statSync(path.join(root, 'dist', 'extension.js')).size;
  // A stand-in vscode module: every name the API declares, each a callable that returns itself.
  const api = fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = [...new Set([...api.matchAll(/^\s+export (?:class|namespace|enum|function|const|let) ([A-Za-z_]+)/gm)].map((m) => m[1]))];
  const script = `
    const Module = require('module'); const orig = Module._load;
    const fn = new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : fn), apply: () => fn, construct: () => fn });
    const names = ${JSON.stringify(names)};
    const vscode = Object.fromEntries(names.map((n) => [n, fn]));
    Module._load = function (req, ...rest) { return req === 'vscode' ? vscode : orig.call(this, req, ...rest); };
    const t = process.hrtime.bigint(); require(${JSON.stringify(path.join(root, 'dist', 'extension.js'))});
    const core = require(${JSON.stringify(path.join(root, 'dist', 'core.js'))}); core.builtinKnowledgeBase();
    console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const loads = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim())).sort((a, b) => a - b);
  out(`Extension bundle (production build, as packaged): ${(size / 1024).toFixed(0)} KB; loading it and the guidelines data: ${fmt(loads[2])} (median of 5)`);
}

// imr-lint on 1,000 letters.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-'));
  for (let i = 0; i < 1000; i++) {
    const s = seeds[i % seeds.length];
    fs.writeFileSync(path.join(dir, `letter-${String(i).padStart(4, '0')}.imr`), s.text);
  }
  const t = now();
  spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 512 * MB });
  out(`imr-lint on 1,000 letters (one process, JSON output): ${fmt(now() - t)} wall time`);
  fs.rmSync(dir, { recursive: true, force: true });
}

// imr-lint --fix and --summary at 1 MB and 10 MB (wall time of one process each): both grow linearly.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-'));
  const cli = (args) => {
    const t = now();
    spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--max-size', '100', ...args], { encoding: 'utf8', maxBuffer: 512 * MB });
    return now() - t;
  };
  const cost = {};
  for (const size of [MB, 10 * MB]) {
    // Every fifth MAXIMUS citation a placeholder whose value the letter holds: work for --fix.
    let n = 0;
    const text = syntheticLetter(size, seeds).replace(/^(MAXIMUS guideline: Decision based on )(ODG|MTUS)\b/gm, (m, a, b) => (n++ % 5 ? m : `${a}<Insert ${b}>`));
    const file = path.join(dir, `${size / MB}mb.imr`);
    fs.writeFileSync(file, text);
    cost[size] = { summary: cli(['--summary', file]), fix: cli(['--fix', file]) };
  }
  const ratio = (k) => (cost[10 * MB][k] / cost[MB][k]).toFixed(1);
  out(`imr-lint --summary: ${fmt(cost[MB].summary)} at 1 MB, ${fmt(cost[10 * MB].summary)} at 10 MB (x${ratio('summary')}); --fix: ${fmt(cost[MB].fix)} at 1 MB, ${fmt(cost[10 * MB].fix)} at 10 MB (x${ratio('fix')}; linear = 10, less with the start-up)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

fs.writeFileSync(path.join(root, 'bench', 'results.md'), lines.join('\n') + '\n');
console.log('\nwritten to bench/results.md');
