import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core';
import { run } from '../../src/cli/main';
import { BUNDLED, letter } from './helpers';

async function cli(args: string[], stdin: string | Buffer = '', tty = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const docsDir = path.resolve(__dirname, '..', '..', 'docs', 'rules');
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => stdin, stdoutIsTTY: tty, stderrIsTTY: tty, docsDir, version: '9.9.9' });
  return { code, out, err };
}

describe('imr-lint', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-lint-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it('prints the JSON report: items, fields (null when absent), requests, limits, 1-based diagnostics', async () => {
    const file = write('a.imr', letter([{ heading: 'Massage therapy 2x6', maximus: null }]));
    const { code, out } = (await cli(['--format', 'json', file]));
    assert.strictEqual(code, 1);
    const [r] = JSON.parse(out);
    assert.strictEqual(r.file, file);
    assert.deepStrictEqual(r.items[0].title, 'Massage therapy 2x6');
    assert.deepStrictEqual(r.items[0].decision, 'Upheld');
    assert.strictEqual(r.items[0].line, 10);
    assert.strictEqual(r.items[0].fields.maximus, null);
    assert.deepStrictEqual(r.items[0].fields.claimsAdministrator.line, 11);
    assert.match(r.items[0].fields.claimsAdministrator.text, /^Decision based on MTUS/);
    assert.deepStrictEqual(r.items[0].request, { treatment: 'massage', visits: 12, perWeek: 2, weeks: 6, quantity: 12, unit: 'visits', text: '2x6', line: 10, priorVisits: null, originalVisits: null, authorizedVisits: null, medication: null });
    assert.deepStrictEqual(r.items[0].limit.maxVisits, 6);
    assert.match(r.items[0].limit.citation, /Massage therapy Page\(s\): 60/);
    const d = r.diagnostics.find((x: { rule: string }) => x.rule === 'claims-administrator-without-maximus');
    assert.deepStrictEqual([d.severity, d.line, d.column, d.endLine, d.endColumn], ['error', 11, 1, 11, 32]);
  });

  it('reports what the editor reports: same rules, positions and messages', async () => {
    const text = fs.readFileSync(path.join(BUNDLED, 'acupuncture-and-massage.imr'), 'utf8');
    const file = write('b.imr', text);
    const [r] = JSON.parse((await cli(['--format', 'json', file])).out);
    const fromCore = analyze(text).findings.map((f) => [f.rule, f.range.start.line + 1, f.range.start.character + 1, f.message]);
    assert.deepStrictEqual(r.diagnostics.map((d: { rule: string; line: number; column: number; message: string }) => [d.rule, d.line, d.column, d.message]), fromCore);
  });

  it('prints compiler-style lines in text format, and a summary', async () => {
    const file = write('c.imr', letter([{ heading: 'TENS unit', decision: null }]));
    const { code, out } = (await cli([file]));
    assert.strictEqual(code, 1);
    assert.match(out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:10:1: error missing-decision "TENS unit" has no decision`, 'm'));
    assert.match(out, /^1 file checked: 1 error, 0 warnings, 0 other$/m);
  });

  it('exits 0 when nothing is wrong, and lists items with --items', async () => {
    const file = write('ok.imr', letter([{ heading: 'Acupuncture 6 sessions' }]));
    const { code, out } = (await cli(['--items', file]));
    assert.strictEqual(code, 0, out);
    assert.match(out, /line 10 +Upheld +Acupuncture 6 sessions +\[acupuncture, 6 visits, limit 6\]/);
  });

  it('says clearly when a file is missing, binary or too large, and checks the others (exit 2)', async () => {
    const good = write('good.imr', letter([{ heading: 'Acupuncture 6 sessions' }]));
    const binary = write('bin.imr', Buffer.from([0x48, 0, 1, 2, 0xff, 0]));
    const big = write('big.imr', Buffer.alloc(2 * 1024 * 1024, 'a'));
    const { code, out, err } = (await cli(['--format', 'json', '--max-size', '1', path.join(dir, 'missing.imr'), binary, big, good]));
    assert.strictEqual(code, 2);
    assert.match(err, /missing\.imr: no such file/);
    assert.match(err, /bin\.imr: binary file/);
    assert.match(err, /big\.imr: too large \(2\.0 MB; the limit is 1 MB/);
    assert.deepStrictEqual(JSON.parse(out).map((r: { file: string }) => r.file), [good]);
  });

  it('reads invalid UTF-8 with a warning, a BOM, and standard input', async () => {
    const bad = write('latin1.imr', Buffer.concat([Buffer.from(letter([{ heading: 'Acupuncture 6 sessions' }])), Buffer.from([0xe9, 0x0a])]));
    const r1 = (await cli(['--format', 'json', bad]));
    assert.match(r1.err, /not valid UTF-8/);
    assert.strictEqual(JSON.parse(r1.out)[0].items.length, 1);
    const bom = write('bom.imr', '\ufeff' + letter([{ heading: 'Acupuncture 6 sessions' }]));
    assert.strictEqual(JSON.parse((await cli(['--format', 'json', bom])).out)[0].items[0].line, 10);
    const r3 = (await cli(['--format', 'json', '-'], letter([{ heading: 'TENS unit' }])));
    assert.strictEqual(JSON.parse(r3.out)[0].items[0].title, 'TENS unit');
  });

  it('checks the letters of a folder: *.imr, and *.txt that start like a letter', async () => {
    write('one.imr', letter([{ heading: 'TENS unit' }]));
    write('two.txt', letter([{ heading: 'TENS unit' }]));
    write('notes.txt', 'shopping list\n');
    const files = JSON.parse((await cli(['--format', 'json', dir])).out).map((r: { file: string }) => path.basename(r.file));
    assert.deepStrictEqual(files, ['one.imr', 'two.txt']);
  });

  it('--fix writes the safe fixes back atomically, and a second run has nothing left to fix', async () => {
    const text = letter([{ heading: 'Massage 6 visits', maximus: 'Decision based on ODG <Insert Topic (Massage)>.', rationale: 'Per MTUS, massage is an adjunct.' }]);
    const file = write('fix.imr', text.replace(/\n/g, '\r\n'));
    (await cli(['--fix', file]));
    const fixed = fs.readFileSync(file, 'utf8');
    assert.match(fixed, /Decision based on ODG Massage\.\r\n/);
    assert.match(fixed, /Per MTUS, massage is an adjunct\.\r\n/, 'the conclusion is the reviewer\'s to write: offered, not applied');
    assert.deepStrictEqual(fs.readdirSync(dir), ['fix.imr'], 'no temporary file is left');
    (await cli(['--fix', file]));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), fixed);
  });

  it('--fix keeps a byte order mark the file had, and adds none', async () => {
    const text = letter([{ heading: 'Massage 6 visits', maximus: 'Decision based on ODG <Insert Topic (Massage)>.', rationale: 'Per MTUS, massage is an adjunct.' }]);
    const withBom = write('bom-fix.imr', '\ufeff' + text);
    const without = write('plain-fix.imr', text);
    (await cli(['--fix', withBom, without]));
    const a = fs.readFileSync(withBom);
    const b = fs.readFileSync(without);
    assert.deepStrictEqual([...a.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(a.toString('utf8'), /Decision based on ODG Massage\./);
    assert.notStrictEqual(b[0], 0xef);
    assert.strictEqual(a.subarray(3).toString('utf8'), b.toString('utf8'), 'the same fixes, the mark apart');
  });

  it('says so when a file is not a determination, rather than only "0 errors"', async () => {
    const file = write('h4-not-a-letter.md', '#### Notes\n\nNothing to do with a letter.\n');
    const r = await cli([file]);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /h4-not-a-letter\.md: not an IMR determination \(no section heading or disputed item\): not checked as a letter\n/);
    assert.match(r.out, /^1 file checked \(it is not an IMR determination\): 0 errors, 0 warnings, 0 other$/m);
  });

  it('--fix leaves a text that is not a determination untouched', async () => {
    const file = write('prose.imr', 'Dear colleague, XXX and TBD.\n');
    (await cli(['--fix', file]));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Dear colleague, XXX and TBD.\n');
  });

  it('--rule and --config set severities; a bad value is a usage error', async () => {
    const file = write('r.imr', letter([{ heading: 'TENS unit', decision: null }]));
    assert.strictEqual((await cli(['--rule', 'missing-decision=off', file])).code, 0);
    const cfg = write('cfg.json', JSON.stringify({ rules: { 'missing-decision': 'warning' } }));
    assert.strictEqual((await cli(['--config', cfg, file])).code, 0);
    assert.strictEqual((await cli(['--config', cfg, '--max-warnings', '0', file])).code, 1);
    const bad = (await cli(['--rule', 'no-such-rule=off', file]));
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /unknown rule "no-such-rule"/);
    const broken = write('broken.json', '{ not json');
    assert.strictEqual((await cli(['--config', broken, file])).code, 2);
  });

  it('usage errors exit 2 with a message; --help exits 0', async () => {
    assert.strictEqual((await cli([])).code, 2);
    assert.match((await cli(['--format', 'xml', 'x'])).err, /unknown format "xml"/);
    assert.match((await cli(['--bogus', 'x'])).err, /unknown option --bogus/);
    const help = (await cli(['--help']));
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /^Usage: imr-lint/);
  });

  it('an invalid guidelines file names the file and the path inside it', async () => {
    const g = write('g.json', JSON.stringify({ guidelines: [{ id: 'x', treatment: 'massage' }] }));
    const r = (await cli(['--guidelines', g, write('l.imr', letter([{ heading: 'TENS unit' }]))]));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /g\.json: guidelines\[0\]\.source: /);
  });

  it('prints SARIF 2.1.0 with rule metadata and 1-based regions', async () => {
    const file = write('s.imr', letter([{ heading: 'TENS unit', decision: null }, { heading: 'Massage 2x8' }]));
    const { code, out } = (await cli(['--format', 'sarif', '--help-uri-base', 'https://docs.example.org/rules/', file]));
    assert.strictEqual(code, 1);
    const sarif = JSON.parse(out);
    assert.strictEqual(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.strictEqual(run0.tool.driver.name, 'imr-lint');
    assert.strictEqual(run0.tool.driver.version, '9.9.9');
    const rule = run0.tool.driver.rules.find((r: { id: string }) => r.id === 'missing-decision');
    assert.strictEqual(rule.helpUri, 'https://docs.example.org/rules/missing-decision.md');
    assert.match(rule.help.markdown, /^# missing-decision/);
    assert.strictEqual(rule.defaultConfiguration.level, 'error');
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'missing-decision');
    assert.strictEqual(run0.tool.driver.rules[result.ruleIndex].id, 'missing-decision');
    assert.deepStrictEqual(result.locations[0].physicalLocation.region, { startLine: 10, startColumn: 1, endLine: 10, endColumn: 10 });
    // Upheld beyond the limit, the rationale silent about it: an information finding, a SARIF note.
    assert.strictEqual(run0.results.find((r: { ruleId: string }) => r.ruleId === 'visit-limit-exceeded').level, 'note');
  });

  it('prints a summary of items and decisions, as a table and as CSV', async () => {
    const file = write('t.imr', letter([{ heading: 'Massage therapy 2x8' }, { heading: 'MRI of the knee, "left"', decision: 'Overturned' }]));
    const table = (await cli(['--summary', file])).out;
    assert.match(table, /^FILE +LINE +ITEM +DECISION +TREATMENT +VISITS +LIMIT +PROBLEMS$/m);
    assert.match(table, /Massage therapy 2x8 +Upheld +massage +16 +6 +1/);
    assert.match(table, /1 files, 2 items: 1 upheld, 1 overturned, 0 other/);
    const csv = (await cli(['--summary', '--format', 'csv', file])).out.split('\r\n');
    assert.strictEqual(csv[0], 'file,line,item,decision,treatment,visits,limit,problems');
    assert.strictEqual(csv[2], `${file},15,"MRI of the knee, ""left""",Overturned,mri,,,1`);
    assert.strictEqual((await cli(['--format', 'csv', file])).code, 2);
  });

  it('expands globs', async () => {
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    write('a/one.imr', letter([{ heading: 'TENS unit' }]));
    write('a/b/two.imr', letter([{ heading: 'TENS unit' }]));
    write('a/b/three.txt', 'x');
    const files = async (args: string[]) => JSON.parse((await cli(['--format', 'json', ...args])).out).map((r: { file: string }) => path.relative(dir, r.file));
    assert.deepStrictEqual(await files([`${dir}/a/**/*.imr`]), ['a/b/two.imr', 'a/one.imr']);
    assert.deepStrictEqual(await files([`${dir}/a/*.imr`]), ['a/one.imr']);
    const none = (await cli([`${dir}/zzz/*.imr`]));
    assert.strictEqual(none.code, 2);
    assert.match(none.err, /no file matches/);
  });

  it('colours severities and shows progress only on a terminal', async () => {
    for (let i = 0; i < 25; i++) write(`l${i}.imr`, letter([{ heading: 'TENS unit', decision: null }]));
    const plain = (await cli([dir]));
    assert.ok(!plain.out.includes('\u001b['));
    assert.strictEqual(plain.err, '');
    const tty = (await cli([dir], '', true));
    assert.ok(tty.out.includes('\u001b[31merror\u001b[0m'), tty.out);
    assert.match(tty.err, /\rimr-lint: 20\/25 letters checked/);
  });

  it('prints "info" for information findings, as problem matchers read it', async () => {
    const file = write('i.imr', letter([{ heading: 'Acupuncture for the low back' }]));
    assert.match((await cli([file])).out, /:10:1: info open-ended-request /);
  });
});
