// Compares the analysis of the working tree with that of a git revision, on the same synthetic
// letter, for changes too small for `npm run bench` to tell from this machine's drift.
//
//   node bench/ab.mjs [--base REV] [--size KB] [--rounds N]
//
// Both language services are built from their sources and loaded into one process, then called in
// turn, call by call, in an order that alternates: a change in the machine's speed weighs on both
// alike. Timing a part of the analysis alone, in a loop of its own, says little here (see
// docs/performance.md).
import { createRequire } from 'node:module';
import { commandLine, withBaseAndWorkingTree } from './bundles.mjs';
import { syntheticLetter } from './letters.mjs';

const { option } = commandLine('Usage: node bench/ab.mjs [--base REV (default HEAD)] [--head REV (default: the working tree)] [--size KB (default 100)] [--rounds N (default 600)]');
const base = option('--base', 'HEAD');
const head = option('--head', undefined);
const headName = head ?? 'the working tree';
const size = Number(option('--size', '100')) * 1024;
const rounds = Number(option('--rounds', '600'));
if (!(size > 0) || !(rounds > 0)) {
  console.error('ab: --size and --rounds take positive numbers');
  process.exit(2);
}

await withBaseAndWorkingTree('ab', base, (built) => {
  const require = createRequire(import.meta.url);
  const a = require(built.a);
  const b = require(built.b);

  const text = syntheticLetter(size);
  const kbA = a.builtinKnowledgeBase();
  const kbB = b.builtinKnowledgeBase();
  const findings = (core, kb) => JSON.stringify(core.analyze(text, { kb }).findings.map((f) => [f.rule, f.range, f.message]));
  const same = findings(a, kbA) === findings(b, kbB);

  const now = () => Number(process.hrtime.bigint()) / 1e6;
  // Warm up both (compilation, and the tiers of V8 that follow) for about half a second each.
  for (const [core, kb] of [[a, kbA], [b, kbB]]) {
    const start = now();
    while (now() - start < 500) core.analyze(text, { kb });
  }
  const timed = (core, kb) => {
    const t = now();
    core.analyze(text, { kb });
    return now() - t;
  };
  const timeA = [];
  const timeB = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    // Each goes first in every other round.
    let ta;
    let tb;
    if (r % 2) {
      tb = timed(b, kbB);
      ta = timed(a, kbA);
    } else {
      ta = timed(a, kbA);
      tb = timed(b, kbB);
    }
    timeA.push(ta);
    timeB.push(tb);
    ratios.push(tb / ta);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;
  console.log(`${base} (a) against ${headName} (b), ${size / 1024} KB letter, ${rounds} rounds`);
  console.log(`a: ${us(median(timeA))}   b: ${us(median(timeB))}   b/a: ${median(ratios).toFixed(3)} (median of the rounds' ratios)`);
  if (!same) console.log('The two report different findings on this letter: the times compare different work.');
}, head);
