import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core';
import { cli, IS_ROOT, ROOT } from './cliHelpers';
import { letter } from './helpers';

/** A letter with safe fixes: a placeholder whose value it holds, and a missing conclusion. */
const FIXABLE = letter([{ heading: 'Massage 6 visits', maximus: 'Decision based on ODG <Insert Topic (Massage)>.', rationale: 'Per MTUS, massage is an adjunct.' }]);

describe('imr-lint --fix never damages what it does not fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-fix-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string | Buffer, mode = 0o644) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    fs.chmodSync(p, mode);
    return p;
  };
  const fixed = (p: string) => /Decision based on ODG Massage\./.test(fs.readFileSync(p, 'utf8'));

  it('keeps the mode of the file, whatever the umask', async () => {
    const f = write('m.imr', FIXABLE, 0o600);
    const old = process.umask(0);
    try {
      await cli(['--fix', f]);
    } finally {
      process.umask(old);
    }
    assert.ok(fixed(f));
    assert.strictEqual(fs.statSync(f).mode & 0o7777, 0o600);
    const g = write('g.imr', FIXABLE, 0o640);
    await cli(['--fix', g]);
    assert.strictEqual(fs.statSync(g).mode & 0o7777, 0o640);
  });

  it('keeps the owner and group of the file', async function () {
    if (!IS_ROOT) this.skip(); // Only root can give a file to another user.
    const f = write('o.imr', FIXABLE);
    fs.chownSync(f, 4321, 4322);
    await cli(['--fix', f]);
    assert.ok(fixed(f));
    const st = fs.statSync(f);
    assert.deepStrictEqual([st.uid, st.gid], [4321, 4322]);
  });

  it('writes through a symbolic link to its target, and the link stays a link', async () => {
    const target = write('target.imr', FIXABLE);
    const link = path.join(dir, 'link.imr');
    fs.symlinkSync('target.imr', link);
    const r = await cli(['--fix', link]);
    assert.ok(fixed(target), r.err);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readlinkSync(link), 'target.imr');
  });

  it('keeps hard links: every name sees the fixes, on the same inode', async () => {
    const a = write('a.imr', FIXABLE);
    const b = path.join(dir, 'b.imr');
    fs.linkSync(a, b);
    const ino = fs.statSync(a).ino;
    await cli(['--fix', a]);
    assert.ok(fixed(a) && fixed(b));
    assert.strictEqual(fs.statSync(a).ino, ino);
    assert.strictEqual(fs.statSync(b).nlink, 2);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.imr', 'b.imr'], 'no backup left');
  });

  it('refuses a read-only file (exit 2) unless --fix-read-only, which keeps its mode', async () => {
    const f = write('ro.imr', FIXABLE, 0o444);
    const r = await cli(['--fix', f]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /ro\.imr: not fixed: the file is read-only \(--fix-read-only rewrites it/);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), FIXABLE);
    await cli(['--fix', '--fix-read-only', f]);
    assert.ok(fixed(f));
    assert.strictEqual(fs.statSync(f).mode & 0o7777, 0o444);
  });

  it('refuses to fix a file that is not valid UTF-8 (exit 2): not a byte changes', async () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE.replace('Per MTUS', 'Per MTUS caf')), Buffer.from([0xe9, 0x0a])]);
    const f = write('latin1.imr', bytes);
    const r = await cli(['--fix', f]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /latin1\.imr: not fixed: it is not valid UTF-8/);
    assert.deepStrictEqual(fs.readFileSync(f), bytes);
  });

  it('a file of CR line breaks gets CR, never LF, in the lines it inserts', async () => {
    // No safe fix inserts a line (a MAXIMUS line is the reviewer's to accept): the quick fix that does
    // is read from the analysis, and --fix keeps the file's CR around the placeholder it fills.
    const text = letter([{ heading: 'Massage 6 visits', ca: 'Decision based on MTUS Massage Therapy <Insert Topic (Massage)>.', maximus: null }]).replace(/\n/g, '\r');
    const insert = analyze(text).findings.find((x) => x.rule === 'claims-administrator-without-maximus')!.fixes[0].edits[0].newText;
    assert.strictEqual(insert, '\rMAXIMUS guideline: Decision based on MTUS Massage Therapy Massage.');
    const f = write('cr.imr', text);
    await cli(['--fix', f]);
    const after = fs.readFileSync(f, 'utf8');
    assert.match(after, /\rClaims Administrator guideline: Decision based on MTUS Massage Therapy Massage\.\r/);
    assert.ok(!after.includes('\n'), JSON.stringify(after.slice(0, 400)));
  });

  it('rewrites nothing that is not a letter: one "X: Upheld" line, or the project\'s own rule docs', async () => {
    const notes = '# Meeting notes\n\nAcupuncture 6 sessions: Upheld\nClaims Administrator guideline: Decision based on ODG <Insert Topic (Acupuncture)>.\n';
    const n = write('n.md', notes);
    const r = await cli(['--fix', n]);
    assert.strictEqual(fs.readFileSync(n, 'utf8'), notes);
    assert.match(r.err, /n\.md: not fixed: it does not have the structure of a determination/);
    const docs = path.join(ROOT, 'docs', 'rules');
    const copies = fs.readdirSync(docs).map((name) => write(name, fs.readFileSync(path.join(docs, name))));
    await cli(['--fix', ...copies]);
    for (const c of copies) assert.strictEqual(fs.readFileSync(c, 'utf8'), fs.readFileSync(path.join(docs, path.basename(c)), 'utf8'), c);
  });

  it('a failed rename leaves no temporary file, exits 2 and reports the file as it is on disk', async () => {
    const f = write('immutable.imr', FIXABLE);
    // The module object itself (an import's namespace is read-only), as on a `chattr +i` file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs: { renameSync: typeof fs.renameSync } = require('fs');
    const rename = nodeFs.renameSync;
    nodeFs.renameSync = () => {
      throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
    };
    let r;
    try {
      r = await cli(['--format', 'json', '--fix', f]);
    } finally {
      nodeFs.renameSync = rename;
    }
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /immutable\.imr: cannot write the fixes: permission denied \(EPERM\); the report is of the file as it is on disk/);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), FIXABLE);
    assert.deepStrictEqual(fs.readdirSync(dir), ['immutable.imr']);
    const rules = JSON.parse(r.out)[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(rules.includes('unfilled-placeholder'), 'the unwritten fix is still reported');
  });

  it('removes the temporary file a killed run left, and says so', async () => {
    const f = write('k.imr', FIXABLE);
    const stale = path.join(dir, '.k.imr.imr-lint-999999999.tmp');
    fs.writeFileSync(stale, 'partial');
    const r = await cli(['--fix', f]);
    assert.ok(fixed(f));
    assert.ok(!fs.existsSync(stale));
    assert.match(r.err, /removed .*\.k\.imr\.imr-lint-999999999\.tmp, left by an interrupted run/);
  });

  it('applies every safe fix in one run, however many (6,000 placeholders)', async () => {
    const items = Array.from({ length: 6000 }, (_, i) => ({ heading: `Massage ${(i % 9) + 1} visits`, maximus: 'Decision based on ODG <Insert Topic (Massage)>.', rationale: 'Not necessary. Therefore, the request is not medically necessary.' }));
    const f = write('many.imr', letter(items));
    const r = await cli(['--fix', f]);
    const after = fs.readFileSync(f, 'utf8');
    assert.strictEqual((after.match(/<Insert Topic/g) ?? []).length, 0, r.err);
    assert.strictEqual((after.match(/Decision based on ODG Massage\./g) ?? []).length, 6000);
    assert.doesNotMatch(r.err, /still offered/);
  });
});
