import * as fs from 'fs';

export interface Letter {
  text: string;
  bom: boolean;
  error?: string;
  warning?: string;
}

const MB = 1024 * 1024;

/** Reads a letter as VS Code would: UTF-8, BOM removed. Refuses binary and oversized files with a reason. */
export function readLetter(file: string, maxSizeMb: number, readStdin: () => string): Letter {
  let buf: Buffer;
  try {
    if (file === '-') {
      buf = Buffer.from(readStdin(), 'utf8');
    } else {
      const st = fs.statSync(file);
      if (!st.isFile()) return { text: '', bom: false, error: 'not a file' };
      if (st.size > maxSizeMb * MB) {
        return { text: '', bom: false, error: `too large (${(st.size / MB).toFixed(1)} MB; the limit is ${maxSizeMb} MB, raise it with --max-size)` };
      }
      buf = fs.readFileSync(file);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    return { text: '', bom: false, error: reason };
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return { text: '', bom: false, error: 'binary file (it holds NUL bytes), not a letter: skipped' };
  let text: string;
  let warning: string | undefined;
  // The decoder drops a leading byte order mark itself; it is noted from the bytes, so that --fix
  // writes it back.
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('utf-8').decode(buf);
    warning = 'not valid UTF-8: invalid bytes were read as \ufffd';
  }
  return { text, bom, warning };
}
