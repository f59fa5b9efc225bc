import { constants } from 'buffer';
import * as fs from 'fs';

export interface Letter {
  text: string;
  bom: boolean;
  /** Whether the bytes decoded cleanly: only then can --fix write the text back byte for byte. */
  validUtf8: boolean;
  error?: string;
  warning?: string;
}

const MB = 1024 * 1024;
/** The longest text a JavaScript string holds (about 512 MB): a larger file cannot be read as one. */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

function refused(error: string): Letter {
  return { text: '', bom: false, validUtf8: false, error };
}

function tooLarge(bytes: number, maxSizeMb: number): string | undefined {
  if (bytes > MAX_TEXT_BYTES) return `too large (${(bytes / MB).toFixed(1)} MB; the most imr-lint can read as text is ${Math.floor(MAX_TEXT_BYTES / MB)} MB)`;
  if (bytes > maxSizeMb * MB) return `too large (${(bytes / MB).toFixed(1)} MB; the limit is ${maxSizeMb} MB, raise it with --max-size)`;
  return undefined;
}

/** The limit in bytes that a letter is read up to: one byte more tells that it is over. */
export function readLimit(maxSizeMb: number): number {
  return Math.min(Math.floor(maxSizeMb * MB), MAX_TEXT_BYTES);
}

function readBytes(file: string, maxSizeMb: number, readStdin: (limit: number) => Buffer | string): Buffer | Letter {
  if (file === '-') {
    const input = readStdin(readLimit(maxSizeMb) + 1);
    const buf = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    // Standard input is read up to the limit only: its size past that is not known.
    if (buf.length > readLimit(maxSizeMb)) return refused(`too large (over ${(readLimit(maxSizeMb) / MB).toFixed(1)} MB; the limit is ${maxSizeMb} MB, raise it with --max-size)`);
    return buf;
  }
  const st = fs.statSync(file);
  if (st.isDirectory()) return refused('a folder, not a file');
  if (!st.isFile()) return refused('not a regular file');
  const over = tooLarge(st.size, maxSizeMb);
  return over ? refused(over) : fs.readFileSync(file);
}

/** Reads a letter as VS Code would: UTF-8, BOM removed. Refuses binary and oversized files (and standard input) with a reason. */
export function readLetter(file: string, maxSizeMb: number, readStdin: (limit: number) => Buffer | string): Letter {
  let buf: Buffer;
  try {
    const r = readBytes(file, maxSizeMb, readStdin);
    if (!Buffer.isBuffer(r)) return r;
    buf = r;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return refused(code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : e instanceof Error ? e.message : String(e));
  }
  if (buf.subarray(0, 8192).includes(0)) return refused('binary file (it holds NUL bytes), not a letter: skipped');
  // The decoder drops a leading byte order mark itself; it is noted from the bytes, so that --fix
  // writes it back.
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), bom, validUtf8: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(buf), bom, validUtf8: false, warning: 'not valid UTF-8: invalid bytes were read as \ufffd' };
  }
}
