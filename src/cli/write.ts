import * as fs from 'fs';
import * as path from 'path';

/** Nothing was written: the file on disk is as it was. */
export class WriteRefused extends Error {}

/** The file could not be replaced (a folder imr-lint cannot write, an owner it cannot give): it is written in place instead. */
class ReplaceImpossible extends Error {}

/** Temporary files of this process now on disk: removed on every path, and on an interruption (see cleanUpTemporaryFiles). */
const pending = new Set<string>();

export function cleanUpTemporaryFiles(): void {
  for (const p of pending) {
    try {
      fs.unlinkSync(p);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

export function temporaryName(target: string, kind: 'tmp' | 'orig', pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.imr-lint-${pid}.${kind}`);
}

function removeTemporary(p: string): void {
  try {
    fs.unlinkSync(p);
  } catch {
    // Never created, or already gone.
  }
  pending.delete(p);
}

function writeAll(fd: number, data: Buffer): void {
  let done = 0;
  while (done < data.length) done += fs.writeSync(fd, data, done, data.length - done, done);
}

/** No write permission bit, or no right to write it (a root user has the right, so the bits are read too). */
function isReadOnly(target: string, st: fs.Stats): boolean {
  if ((st.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function ownedByUs(st: fs.Stats): boolean {
  if (typeof process.getuid !== 'function' || typeof process.getgid !== 'function') return true;
  return st.uid === process.getuid() && st.gid === process.getgid();
}

/** Writes a new file beside the target with its mode and owner, then renames it over the target (atomic). */
function replaceByRename(target: string, data: Buffer, st: fs.Stats): void {
  const tmp = temporaryName(target, 'tmp');
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
  } catch (e) {
    throw new ReplaceImpossible(String(e));
  }
  pending.add(tmp);
  try {
    try {
      writeAll(fd, data);
      fs.fchmodSync(fd, st.mode & 0o7777);
      if (!ownedByUs(st)) {
        try {
          fs.fchownSync(fd, st.uid, st.gid);
        } catch (e) {
          throw new ReplaceImpossible(String(e));
        }
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
    pending.delete(tmp);
  } catch (e) {
    removeTemporary(tmp);
    throw e;
  }
}

/**
 * Writes into the file itself, which keeps its inode (hard links), mode, owner and attributes. A
 * copy of the original stays beside it until the write is done (where the folder can be written),
 * and the original bytes are written back if the write fails.
 */
function writeInPlace(target: string, data: Buffer, st: fs.Stats): void {
  const original = fs.readFileSync(target);
  let backup: string | undefined = temporaryName(target, 'orig');
  try {
    fs.writeFileSync(backup, original, { mode: 0o600, flag: 'wx' });
    pending.add(backup);
  } catch {
    backup = undefined;
  }
  const madeWritable = (st.mode & 0o200) === 0;
  let keepBackup = false;
  try {
    if (madeWritable) fs.chmodSync(target, st.mode | 0o200);
    const fd = fs.openSync(target, 'r+');
    try {
      writeAll(fd, data);
      fs.ftruncateSync(fd, data.length);
      fs.fsyncSync(fd);
    } catch (e) {
      try {
        writeAll(fd, original);
        fs.ftruncateSync(fd, original.length);
      } catch {
        keepBackup = backup !== undefined;
        throw new Error(`${String(e)}; the file may be damaged${keepBackup ? `: its original is kept in ${backup}` : ''}`);
      }
      throw e;
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    if (madeWritable) fs.chmodSync(target, st.mode & 0o7777);
    if (backup && !keepBackup) removeTemporary(backup);
    if (backup && keepBackup) pending.delete(backup);
  }
}

export interface WriteOptions {
  /** Rewrite a file that has no write permission (its mode is kept). */
  allowReadOnly: boolean;
}

/**
 * Writes a letter's fixed bytes back, keeping what the file is: through a symbolic link to its
 * target; the mode and owner kept; a file with several hard links written in place (so that every
 * link sees the fix); a read-only file refused unless allowed. Either the whole new text is on
 * disk or the file is as it was (docs/fix.md); no temporary file is left behind. Returns how it
 * was written.
 */
export function writeBack(file: string, data: Buffer, opts: WriteOptions): 'replaced' | 'in place' {
  const target = fs.realpathSync(file);
  const st = fs.statSync(target);
  if (!st.isFile()) throw new WriteRefused('not a regular file');
  if (!opts.allowReadOnly && isReadOnly(target, st)) throw new WriteRefused('the file is read-only (--fix-read-only rewrites it, keeping its mode)');
  if (st.nlink > 1) {
    writeInPlace(target, data, st);
    return 'in place';
  }
  try {
    replaceByRename(target, data, st);
    return 'replaced';
  } catch (e) {
    if (!(e instanceof ReplaceImpossible)) throw e;
    writeInPlace(target, data, st);
    return 'in place';
  }
}

/** Whether a process is running (a temporary file of one that is not was left by a kill). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Each folder is listed once per run: what a killed run left there does not change. */
const listings = new Map<string, string[]>();

/**
 * Temporary files that an interrupted run left beside a letter: a `.tmp` (an unfinished new
 * version, the letter itself intact) is removed; an `.orig` (the original of an in-place write) is
 * only reported, since it may be the one good copy.
 */
export function leftovers(file: string): { removed: string[]; kept: string[] } {
  const removed: string[] = [];
  const kept: string[] = [];
  let target: string;
  let names: string[];
  try {
    target = fs.realpathSync(file);
    const dir = path.dirname(target);
    names = listings.get(dir) ?? fs.readdirSync(dir);
    listings.set(dir, names);
  } catch {
    return { removed, kept };
  }
  const prefix = `.${path.basename(target)}.imr-lint-`;
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.(tmp|orig)$/.exec(name.slice(prefix.length)) : null;
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    const p = path.join(path.dirname(target), name);
    if (m[2] === 'orig') {
      kept.push(p);
      continue;
    }
    try {
      fs.unlinkSync(p);
      removed.push(p);
    } catch {
      kept.push(p);
    }
  }
  return { removed, kept };
}
