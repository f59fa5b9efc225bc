import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import { analyze } from '../../src/core';
import { buildFileReport } from '../../src/cli/report';
import { CLI_SOURCE, cli, IS_ROOT, ROOT, spawnCli } from './cliHelpers';
import { letter } from './helpers';

describe('imr-lint: a batch survives every file', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-batch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string | Buffer) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return p;
  };
  const good = () => write('good.imr', letter([{ heading: 'Acupuncture 6 sessions' }]));

  it('refuses a config that is not an object of the settings it uses, clearly and without a stack trace', async () => {
    const file = good();
    const cases: Array<[string, RegExp]> = [
      ['null', /must be a JSON object .*, not null/],
      ['[]', /must be a JSON object .*, not a list/],
      ['"str"', /must be a JSON object .*, not a string/],
      ['123', /must be a JSON object .*, not a number/],
      ['{"rules":null}', /rules: .*expected record, received null/],
      ['{"guidelinesFile":"g.json"}', /"guidelinesFile" is an editor setting: give the file to imr-lint with --guidelines FILE/],
      ['{"run":"onSave"}', /"run" is an editor setting, which imr-lint does not use/],
      ['{"rulez":{}}', /unknown setting "rulez" \(imr-lint reads: rules, maxProblems\)/],
    ];
    for (const [json, message] of cases) {
      const r = await cli(['--config', write('c.json', json), file]);
      assert.strictEqual(r.code, 2, json);
      assert.match(r.err, message, json);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
    const bom = await cli(['--config', write('bom.json', '\ufeff{"rules": {"missing-section": "off"}, "maxProblems": 5}'), file]);
    assert.strictEqual(bom.code, 0, bom.err);
  });

  it('-- ends the options: a file named like an option is checked', async () => {
    const odd = write('-odd.imr', letter([{ heading: 'TENS unit', decision: null }]));
    process.chdir(dir);
    try {
      const r = await cli(['--format', 'json', '--', '-odd.imr']);
      assert.deepStrictEqual(JSON.parse(r.out).map((x: { file: string }) => x.file), ['-odd.imr']);
      assert.ok(fs.existsSync(odd));
      assert.match((await cli(['-odd.imr'])).err, /unknown option -o/);
    } finally {
      process.chdir(ROOT);
    }
  });

  it('a glob with braces matches, and one with a reversed range matches nothing without throwing', async () => {
    write('one.imr', letter([{ heading: 'TENS unit' }]));
    write('two.imr', letter([{ heading: 'TENS unit' }]));
    write('three.imr', letter([{ heading: 'TENS unit' }]));
    const braces = await cli(['--format', 'json', `${dir}/{one,two}.imr`]);
    assert.deepStrictEqual(JSON.parse(braces.out).map((r: { file: string }) => path.basename(r.file)), ['one.imr', 'two.imr']);
    const reversed = await cli(['--format', 'json', `${dir}/x[z-a].txt`, good()]);
    assert.strictEqual(reversed.code, 2);
    assert.match(reversed.err, /x\[z-a\]\.txt: no file matches/);
    assert.strictEqual(JSON.parse(reversed.out).length, 1, 'the other file is checked');
  });

  it('a 6.7 MB line does not stop the batch: the files after it are checked', async () => {
    const huge = write('huge.imr', `HOW THE IMR FINAL DETERMINATION WAS MADE\n\nIMR ISSUES, DECISIONS AND RATIONALES\n${'x '.repeat(3_400_000)}\n`);
    const r = await cli(['--format', 'json', huge, good()]);
    assert.doesNotMatch(r.err, /internal error/, r.err);
    assert.deepStrictEqual(JSON.parse(r.out).map((x: { file: string }) => path.basename(x.file)), ['huge.imr', 'good.imr']);
  });

  it('writes the JSON report file by file and item by item: the same text as one JSON.stringify, in small pieces', async () => {
    const a = write('a.imr', letter([{ heading: 'Massage therapy 2x6', maximus: null }, { heading: 'TENS unit', decision: null }]));
    const b = write('b.imr', 'not a letter\n');
    const r = await cli(['--format', 'json', a, b]);
    const expected = [a, b].map((f) => buildFileReport(f, analyze(fs.readFileSync(f, 'utf8'))));
    assert.strictEqual(r.out, JSON.stringify(expected, null, 2) + '\n');
    assert.strictEqual((await cli(['--format', 'json', path.join(dir, 'missing.imr')])).out, '[]\n');
    // A 12 MB letter: its report (tens of MB) is never one string.
    const item = (i: number) => `Acupuncture ${(i % 9) + 1} sessions: Upheld\nClaims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale: Not necessary.\n\n`;
    const big = write('big.imr', 'HOW THE IMR FINAL DETERMINATION WAS MADE\n\nIMR ISSUES, DECISIONS AND RATIONALES\n' + Array.from({ length: 73_000 }, (_, i) => item(i)).join(''));
    assert.ok(fs.statSync(big).size > 12e6);
    const large = await cli(['--format', 'json', big]);
    assert.ok(large.out.length > 50e6, String(large.out.length));
    assert.ok(large.largestWrite <= 1 << 20, `a write of ${large.largestWrite} characters`);
    assert.ok(large.out.endsWith('  }\n]\n'));
  });

  it('exits quietly when the reader of its output goes away (EPIPE)', async () => {
    const files = Array.from({ length: 30 }, (_, i) => write(`l${i}.imr`, letter([{ heading: 'TENS unit', decision: null }])));
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', CLI_SOURCE, ...files], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(err, '');
    assert.strictEqual(code, 1, 'the exit code of the letters checked, not a crash');
  });

  it('says once that the output cannot be written (ENOSPC) and exits 2', function () {
    if (!fs.existsSync('/dev/full')) this.skip(); // Linux only.
    const out = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnCli([good()], { stdio: ['ignore', out, 'pipe'] });
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.err, 'imr-lint: cannot write the report: no space left on the device\n');
    } finally {
      fs.closeSync(out);
    }
  });

  it('applies --max-size and the UTF-8 warning to standard input too', async () => {
    const big = await cli(['--max-size', '0.001', '-'], 'x'.repeat(2000));
    assert.strictEqual(big.code, 2);
    assert.match(big.err, /-: too large \(over 0\.0 MB; the limit is 0\.001 MB/);
    const latin = await cli(['--format', 'json', '-'], Buffer.concat([Buffer.from(letter([{ heading: 'TENS unit' }])), Buffer.from([0xe9, 0x0a])]));
    assert.match(latin.err, /-: not valid UTF-8/);
    assert.strictEqual(JSON.parse(latin.out)[0].items.length, 1);
  });

  it('refuses a file over the most a JavaScript string holds, even with a raised --max-size', async () => {
    const sparse = path.join(dir, 'sparse.imr');
    fs.writeFileSync(sparse, '');
    fs.truncateSync(sparse, 600 * 1024 * 1024); // sparse: no disk used
    const r = await cli(['--format', 'json', '--max-size', '1000', sparse, good()]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /sparse\.imr: too large \(600\.0 MB; the most imr-lint can read as text is \d+ MB\)/);
    assert.strictEqual(JSON.parse(r.out).length, 1);
  });

  it('in a folder, checks symbolic links to letters and says what it skips or cannot read', async () => {
    const target = write('elsewhere/letter.imr', letter([{ heading: 'TENS unit' }]));
    write('scan/own.imr', letter([{ heading: 'TENS unit' }]));
    fs.symlinkSync(target, path.join(dir, 'scan', 'linked.imr'));
    fs.symlinkSync(path.join(dir, 'nowhere.imr'), path.join(dir, 'scan', 'dangling.imr'));
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'scan', 'folder-link'));
    const r = await cli(['--format', 'json', path.join(dir, 'scan')]);
    assert.deepStrictEqual(JSON.parse(r.out).map((x: { file: string }) => path.basename(x.file)), ['linked.imr', 'own.imr']);
    assert.match(r.err, /dangling\.imr: a symbolic link to nothing/);
    assert.match(r.err, /folder-link: a symbolic link to a folder, not followed/);
    assert.strictEqual(r.code, 2);
  });

  /** imr-lint run as the user nobody, from a bundle of the CLI in the test's folder. */
  function spawnAsNobody(...args: string[]): { code: number | null; err: string } {
    const bundle = path.join(dir, 'imr-lint.cjs');
    esbuild.buildSync({ entryPoints: [CLI_SOURCE], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bundle, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, err: String(r.stderr ?? '') };
  }

  it('in a folder, reports a letter it cannot read rather than skip it without a word', function () {
    const scan = path.join(dir, 'scan');
    write('scan/a.txt', letter([{ heading: 'TENS unit' }]));
    write('scan/b.imr', letter([{ heading: 'TENS unit' }]));
    fs.chmodSync(path.join(scan, 'a.txt'), 0);
    fs.chmodSync(path.join(scan, 'b.imr'), 0);
    fs.chmodSync(dir, 0o755);
    // As root every file is readable: the run is made as the user nobody, with the CLI bundled into
    // the test's folder (a checkout in a private folder, as CI's is, is closed to nobody).
    const r = IS_ROOT ? spawnAsNobody(scan) : spawnCli([scan]);
    assert.strictEqual(r.code, 2, r.err);
    assert.match(r.err, /a\.txt: cannot read: permission denied/);
    assert.match(r.err, /b\.imr: permission denied/);
  });

  it('a --summary of 1 MB takes about what the check takes: linear in the items', async () => {
    const clean = (i: number) => letter([{ heading: `Acupuncture ${(i % 6) + 1} sessions` }], { sections: false });
    const tbd = (i: number) => letter([{ heading: `TENS unit ${i}`, maximus: 'TBD' }], { sections: false });
    const body = Array.from({ length: 5535 }, (_, i) => (i % 5 === 0 && i / 5 < 1000 ? tbd(i) : clean(i))).join('');
    const f = write('s.imr', letter([]) + body);
    const time = async (args: string[]) => {
      const t = performance.now();
      const r = await cli(args);
      return { ms: performance.now() - t, r };
    };
    const plain = await time(['--quiet', f]);
    const summary = await time(['--summary', f]);
    assert.match(summary.r.out, /TENS unit 5 +Upheld/);
    assert.ok(summary.ms < 3 * plain.ms + 1000, `--summary ${summary.ms.toFixed(0)} ms, the check ${plain.ms.toFixed(0)} ms`);
  });

  it('escapes terminal control sequences from the letter, and neutralises CSV formulas', async () => {
    const f = write('inj.imr', letter([{ heading: 'MRI \u001b]0;pwned\u0007\u001b[2J of the knee', decision: null }, { heading: '=HYPERLINK("http://x")' }, { heading: '@SUM(A1)' }]));
    const text = await cli(['--items', f], '', true);
    assert.ok(!text.out.includes('\u001b]') && !text.out.includes('\u001b[2J') && !text.out.includes('\u0007'), JSON.stringify(text.out));
    assert.match(text.out, /MRI \\u001b\]0;pwned\\u0007\\u001b\[2J of the knee/);
    const table = await cli(['--summary', f]);
    assert.ok(!table.out.includes('\u001b'));
    const csv = (await cli(['--summary', '--format', 'csv', f])).out.split('\r\n');
    assert.ok(csv.some((l) => l.includes(`,"'=HYPERLINK(""http://x"")",`)), csv.join('\n'));
    assert.ok(csv.some((l) => l.includes(",'@SUM(A1),")), csv.join('\n'));
  });
});
