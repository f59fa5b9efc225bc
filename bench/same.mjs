// Checks that a change leaves the analysis as it was: the model (sections, items, titles,
// decisions, field texts and every range, positions inside titles and field texts included), the
// requests read from the items and the findings with their fixes, compared between a git revision
// and the working tree on the same letters.
//
//   node bench/same.mjs [--base REV] [--letters DIR] [--mutations N] [--seed N] [--tests] [--show N]
//
// The letters: the bundled samples and those of ../shared, the folder given by --letters (say, more
// real letters), each in other extraction layouts, synthetic letters, adversarial lines, and N
// letters mutated at random (lines deleted, duplicated, cut, characters typed or deleted, line
// breaks changed). With --tests, also every text the unit tests parse (a mocha run records them).
// Prints the first differences and exits with 1 when there is any.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { commandLine, root, withBaseAndWorkingTree } from './bundles.mjs';
import { seedLetters, syntheticLetter } from './letters.mjs';

const { option, flag } = commandLine(
  'Usage: node bench/same.mjs [--base REV (default HEAD)] [--head REV (default: the working tree)] [--letters DIR] [--mutations N (default 2000)] [--seed N (default 1)] [--tests] [--show N (default 5)] [--dump DIR]',
);
const base = option('--base', 'HEAD');
const head = option('--head', undefined);
const headName = head ?? 'the working tree';
const lettersDir = option('--letters', undefined);
const mutations = Number(option('--mutations', '2000'));
const seed = Number(option('--seed', '1'));
const show = Number(option('--show', '5'));
/** A folder to write the letters that differ into, to read them. */
const dump = option('--dump', undefined);

/** A small deterministic generator (mulberry32), so that a run can be repeated. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYOUTS = {
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  'doubled breaks': (t) => t.split(/\r?\n/).map((l) => `${l} \n`).join('\n'),
  'tabs and no-break spaces': (t) => t.replace(/ /g, (_s, at) => (at % 7 === 3 ? '\t' : at % 5 === 0 ? '\u00a0' : ' ')),
  'double spaces': (t) => t.replace(/ /g, (_s, at) => (at % 3 === 0 ? '  ' : ' ')),
  'page breaks': (t) => t.split(/\r?\n/).map((l, i) => (i % 23 === 22 ? `${l}\n\f\nPage ${i} of 99\n\n` : l)).join('\n'),
  indented: (t) => t.split(/\r?\n/).map((l) => `   ${l}`).join('\n'),
  'labels alone': (t) => t.replace(/^(\s*)(Claims Administrator guideline|MAXIMUS guideline|Decision rationale):[ \t]*(?=\S)/gim, (_m, i, n) => `${i}${n.toUpperCase()}:\n`),
  'decision below': (t) => t.replace(/:[ \t]*(Upheld|Overturned)[ \t]*$/gm, '\n$1'),
};

const INSERTS = ['\u0000', '\r', '\n', '\n\n', ': Upheld', 'Massage: Overturned', 'Decision rationale:', 'MAXIMUS guideline:', 'Claims Administrator guideline:', '<Insert ', 'XXX', '\ud800', '\ufeff', '\u00a0', '\t', '  ', 'Page 2 of 5', 'medically necessary.', 'not ', 'x'.repeat(3000)];

/** A letter changed as drafts and extractions change it. */
function mutate(text, rnd) {
  let t = text;
  const n = 1 + Math.floor(rnd() * 5);
  for (let k = 0; k < n; k++) {
    const lines = t.split('\n');
    const at = Math.floor(rnd() * (lines.length + 1));
    const offset = Math.floor(rnd() * (t.length + 1));
    const kind = Math.floor(rnd() * 8);
    if (kind === 0) lines.splice(at, 1 + Math.floor(rnd() * 20));
    else if (kind === 1) lines.splice(at, 0, ...lines.slice(at, at + 1 + Math.floor(rnd() * 40)));
    else if (kind === 2) lines.splice(at, 0, INSERTS[Math.floor(rnd() * INSERTS.length)]);
    else if (kind === 3) lines.splice(at, 1, lines[at]?.slice(0, Math.floor(rnd() * 60)) ?? '');
    if (kind <= 3) t = lines.join('\n');
    // Typing: a character or a word at any place; deleting a few characters; a cut.
    else if (kind === 4) t = t.slice(0, offset) + ' abcdefghijklmnopqrstuvwxyz:.,<>()0123456789'[Math.floor(rnd() * 45)] + t.slice(offset);
    else if (kind === 5) t = t.slice(0, offset) + INSERTS[Math.floor(rnd() * INSERTS.length)] + t.slice(offset);
    else if (kind === 6) t = t.slice(0, offset) + t.slice(offset + 1 + Math.floor(rnd() * 30));
    else t = t.slice(0, offset);
  }
  return t;
}

function lettersIn(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|imr)$/.test(f))
    .sort()
    .map((f) => ({ name: `${path.basename(dir)}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const MAX_TEST_TEXT = 2_000_000;

/** The texts the unit tests parse, recorded by a mocha run of the working tree's tests. */
function testTexts(dir) {
  const file = path.join(dir, 'test-texts.jsonl');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--require', path.join(root, 'bench', 'recordTexts.cjs'), '--reporter', 'dot'], {
    cwd: root,
    env: { ...process.env, IMR_RECORD_TEXTS: file },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`the unit tests failed while recording their texts:\n${(r.stdout + r.stderr).slice(-3000)}`);
  const texts = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l, n) => ({ name: `test text ${n + 1}`, text: JSON.parse(l) }));
  // The robustness tests' letters of several megabytes would take gigabytes to describe twice.
  const kept = texts.filter((t) => t.text.length <= MAX_TEST_TEXT);
  console.log(`${texts.length} texts recorded from the unit tests; ${texts.length - kept.length} of more than ${MAX_TEST_TEXT / 1e6} MB left out`);
  return kept;
}

function corpus(dir) {
  const real = [...seedLetters(), ...(lettersDir ? lettersIn(lettersDir) : [])];
  const out = [...real];
  for (const l of real) for (const [name, f] of Object.entries(LAYOUTS)) out.push({ name: `${l.name} (${name})`, text: f(l.text) });
  for (const kb of [20, 150]) out.push({ name: `synthetic ${kb} KB`, text: syntheticLetter(kb * 1024) });
  for (const unit of [' ', ': ', 'a', '2x', '<insert (', 'two sessions per ', 'not. ', '_', 'a  ', 'a \t', 'x ']) {
    const line = unit.repeat(Math.ceil(20000 / unit.length));
    out.push({ name: `adversarial ${JSON.stringify(unit)}`, text: `IMR ISSUES, DECISIONS AND RATIONALES\nMassage ${line.slice(0, 2000)}: Upheld\nMAXIMUS guideline: ${line}\nDecision rationale: ${line}\n${line}\n` });
  }
  const rnd = random(seed);
  for (let k = 0; k < mutations; k++) {
    const from = real[Math.floor(rnd() * real.length)];
    out.push({ name: `${from.name} mutated (seed ${seed}, #${k})`, text: mutate(from.text, rnd) });
  }
  if (flag('--tests')) out.push(...testTexts(dir));
  return out;
}

/** Positions inside a text of `length` characters at which to ask for ranges: every few characters, and its ends. */
function offsets(length) {
  const step = Math.max(1, Math.floor(length / 200));
  const out = [];
  for (let o = 0; o < length; o += step) out.push(o);
  out.push(Math.max(0, length - 1), length);
  return out;
}

function rangesOf(rangeOf, length) {
  return offsets(length).map((o) => [rangeOf(o, Math.min(length, o + 1)), rangeOf(o, Math.min(length, o + 17))]);
}

function field(f) {
  if (!f) return null;
  return { kind: f.kind, label: f.label, labelRange: f.labelRange, range: f.range, text: f.text, textRange: f.textRange, at: rangesOf((s, e) => f.textRangeOf(s, e), f.text.length) };
}

/** Everything the analysis of a text gives, as plain data; or what it threw. */
function describe(core, kb, text) {
  try {
    return describeAnalysis(core.analyze(text, { kb }));
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
}

function describeAnalysis(a) {
  // The findings first, as the editor asks for them; the model's ranges after.
  const findings = JSON.parse(JSON.stringify(a.findings));
  const doc = a.doc;
  return {
    findings,
    internalErrors: a.internalErrors,
    isDetermination: doc.isDetermination,
    sections: doc.sections.map((s) => ({ kind: s.kind, title: s.title, headingRange: s.headingRange, range: s.range })),
    items: doc.items.map((i) => ({
      index: i.index,
      form: i.form,
      title: i.title,
      heading: i.heading,
      headingRange: i.headingRange,
      titleRange: i.titleRange,
      decision: i.decision,
      decisionText: i.decisionText,
      decisionRange: i.decisionRange,
      range: i.range,
      at: rangesOf((s, e) => i.titleRangeOf(s, e), i.title.length),
      fields: ['claimsAdministrator', 'maximus', 'rationale'].map((k) => field(i.fields[k])),
      extraFields: i.extraFields.map(field),
    })),
    requests: a.requests.map((r) => ({ ...r, treatment: r.treatment?.id ?? null, range: r.range })),
  };
}

/** The first place two values differ, as a path and both values (shortened). */
function firstDifference(x, y, where = '') {
  if (x === y) return null;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return { where, a: x, b: y };
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const d = firstDifference(x[k], y[k], `${where}.${k}`);
    if (d) return d;
  }
  return null;
}

const short = (v) => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 300 ? `${s.slice(0, 300)}...` : s;
};

await withBaseAndWorkingTree('same', base, (built, dir) => {
  const require = createRequire(import.meta.url);
  const a = require(built.a);
  const b = require(built.b);
  const kbA = a.builtinKnowledgeBase();
  const kbB = b.builtinKnowledgeBase();
  const letters = corpus(dir);
  const counts = { findings: 0, items: 0, fields: 0, sections: 0 };
  const differ = [];
  const mended = [];
  for (const l of letters) {
    const x = describe(a, kbA, l.text);
    const y = describe(b, kbB, l.text);
    const name = `${l.name} [${createHash('sha1').update(l.text).digest('hex').slice(0, 10)}]`;
    if (x.threw && !y.threw) {
      mended.push(`${name}: ${x.threw}`);
      continue;
    }
    const d = firstDifference(x, y);
    if (d) differ.push({ name, text: l.text, ...d });
    if (y.threw) continue;
    counts.findings += y.findings.length;
    counts.items += y.items.length;
    counts.sections += y.sections.length;
    counts.fields += y.items.reduce((n, i) => n + i.fields.filter(Boolean).length + i.extraFields.length, 0);
  }
  console.log(`${base} (a) against ${headName} (b): ${letters.length} letters, ${counts.sections} sections, ${counts.items} items, ${counts.fields} fields, ${counts.findings} findings`);
  if (mended.length) console.log(`${mended.length} letters on which a threw and b does not:\n${mended.map((m) => `- ${m}`).join('\n')}`);
  if (!differ.length) {
    console.log('identical: the same model, requests and findings on every letter');
    return;
  }
  console.log(`${differ.length} letters differ; the first ${Math.min(show, differ.length)}:`);
  if (dump) {
    fs.mkdirSync(dump, { recursive: true });
    differ.forEach((d, n) => fs.writeFileSync(path.join(dump, `${n + 1}.txt`), d.text));
    console.log(`the letters that differ are in ${dump}`);
  }
  for (const d of differ.slice(0, show)) console.log(`- ${d.name} at ${d.where || '(top)'}:\n    a: ${short(d.a)}\n    b: ${short(d.b)}`);
  process.exitCode = 1;
}, head);
