import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, DEFAULT_SETTINGS, fixAllEdits, LineIndex, TextEdit } from '../../src/core';
import { cli, IS_ROOT } from './cliHelpers';
import { realLetterFiles } from './helpers';

const LETTERS = realLetterFiles().map((f) => fs.readFileSync(f, 'utf8'));

/** Lines a reviewer's draft may hold that safe fixes act on, and others. */
const SNIPPETS = [
  'MAXIMUS guideline: Decision based on ODG <Insert Topic (Massage)>.',
  // Safe fixes are only these (a placeholder's value, a stray "<"): more lines that hold them.
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines < Massage therapy Page(s): 60.',
  'MAXIMUS guideline: Decision based on Non-MTUS Citation ODG <Insert Section (Low back)>, <Insert Topic (Massage)>.',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines < TENS Page(s): 114.',
  'Decision rationale: Per MTUS <Insert Section (Low back)> guidelines, the request is not medically necessary.',
  'treatment such as <Insert Treatment (exercise)> is recommended.',
  'Massage 6 visits: Upheld',
  'Claims Administrator guideline: Decision based on MTUS Massage Therapy.',
  'Decision rationale: Per MTUS, massage is an adjunct.',
  'TBD',
  '  <',
  'Acupuncture 6 sessions: Overturned',
];

type Mutation = { kind: 'delete' | 'duplicate'; at: number } | { kind: 'insert'; at: number; snippet: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), snippet: fc.nat({ max: SNIPPETS.length - 1 }) }),
);

function mutate(text: string, ms: readonly Mutation[], eol: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (const m of ms) {
    const at = m.at % lines.length;
    if (m.kind === 'insert') lines.splice(at, 0, SNIPPETS[m.snippet]);
    else if (m.kind === 'delete') lines.splice(at, 1);
    else lines.splice(at, 0, lines[at]);
  }
  return lines.join(eol);
}

/**
 * The bytes one pass of fix-all must give: the input's bytes between the edits, byte for byte, and
 * each edit's new text; computed on bytes, apart from the CLI and from applyEdits.
 */
function splice(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const bytes = Buffer.from(text, 'utf8');
  const byteAt = (offset: number) => Buffer.byteLength(text.slice(0, offset), 'utf8');
  const parts: Buffer[] = [];
  let copied = 0;
  for (const e of edits) {
    const s = byteAt(index.offsetAt(e.range.start));
    parts.push(bytes.subarray(copied, s), Buffer.from(e.newText, 'utf8'));
    copied = byteAt(index.offsetAt(e.range.end));
  }
  parts.push(bytes.subarray(copied));
  return Buffer.concat(parts).toString('utf8');
}

/** What --fix must leave on disk: every pass's edits, and nothing else. */
function expectedText(text: string): string {
  const settings = { ...DEFAULT_SETTINGS, maxProblems: Number.MAX_SAFE_INTEGER };
  if (!analyze(text, { settings }).doc.isDetermination) return text;
  for (let pass = 0; pass < 10; pass++) {
    const edits = fixAllEdits(analyze(text, { settings }).findings);
    if (!edits.length) break;
    text = splice(text, edits);
  }
  return text;
}

describe('imr-lint --fix on mutated real letters and random file modes (property)', function () {
  this.timeout(300000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-prop-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps mode, owner and every byte outside its edits, and a second run changes nothing', async () => {
    let n = 0;
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: LETTERS.length - 1 }),
        fc.array(mutation, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(0o600, 0o640, 0o644, 0o664, 0o755, 0o444, 0o400),
        fc.constantFrom(0, 1000, 4321),
        fc.boolean(),
        async (which, ms, eol, bom, latin1, mode, owner, allowReadOnly) => {
          const text = mutate(LETTERS[which], ms, eol);
          const original = Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), Buffer.from(text, 'utf8'), latin1 ? Buffer.from([0xe9]) : Buffer.alloc(0)]);
          const file = path.join(dir, `l${n++}.imr`);
          fs.writeFileSync(file, original);
          fs.chmodSync(file, mode);
          if (IS_ROOT) fs.chownSync(file, owner, owner);
          const before = fs.statSync(file);
          const args = ['--fix', ...(allowReadOnly ? ['--fix-read-only'] : []), file];
          await cli(args);
          const after = fs.statSync(file);
          assert.strictEqual(after.mode, before.mode, 'mode');
          assert.deepStrictEqual([after.uid, after.gid], [before.uid, before.gid], 'owner');
          const onDisk = fs.readFileSync(file);
          const untouchable = latin1 || ((mode & 0o222) === 0 && !allowReadOnly);
          if (untouchable) assert.ok(onDisk.equals(original), 'a file that may not be fixed is left byte for byte');
          else assert.ok(onDisk.equals(Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), Buffer.from(expectedText(text), 'utf8')])), 'only the edits changed');
          if (!onDisk.equals(original)) changed++;
          await cli(args);
          assert.ok(fs.readFileSync(file).equals(onDisk), 'a second run changes nothing');
          assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.startsWith('.')), [], 'no temporary file');
          fs.rmSync(file, { force: true });
        },
      ),
      // About one run in six fixes something (a fixable, valid UTF-8 file with a placeholder): 100 runs make
      // fewer than 5 such a remote chance that the check below cannot fail by luck.
      { numRuns: 100 },
    );
    assert.ok(changed >= 5, `only ${changed} of ${n} letters were fixed: the property would test little`);
  });
});
