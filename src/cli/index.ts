import * as fs from 'fs';
import * as path from 'path';
import { isatty } from 'tty';
import { run } from './main';
import { cleanUpTemporaryFiles } from './write';

// The bundle lives in dist/; the rule docs and package.json beside it, in the package.
const packageRoot = path.resolve(__dirname, '..');
let version = '0.0.0';
try {
  version = (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
} catch {
  // Run from elsewhere: the version is unknown.
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of a string to a file descriptor, synchronously (the errors are the caller's: EPIPE, ENOSPC). */
function writeFd(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let done = 0;
  while (done < buf.length) {
    try {
      done += fs.writeSync(fd, buf, done);
    } catch (e) {
      // A non-blocking pipe that is full: wait for the reader.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/** Standard input, up to `limit` bytes. */
function readStdin(limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  while (total <= limit) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

// A signal asks the run to stop between letters, so that a letter being written is finished first.
let signal: NodeJS.Signals | undefined;
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(s, () => {
    signal = s;
  });
}

run(process.argv.slice(2), {
  stdout: (s) => writeFd(1, s),
  stderr: (s) => {
    try {
      writeFd(2, s);
    } catch {
      // Nowhere left to say it.
    }
  },
  readStdin,
  // Asked of the descriptors: process.stdout would make a pipe non-blocking.
  stdoutIsTTY: isatty(1),
  stderrIsTTY: isatty(2),
  noColor: 'NO_COLOR' in process.env,
  docsDir: path.join(packageRoot, 'docs', 'rules'),
  version,
  interrupted: () => signal,
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    writeFd(2, `imr-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  })
  .finally(() => {
    cleanUpTemporaryFiles();
    // Signal handlers keep nothing alive; leave at once rather than wait for them.
    process.exit();
  });
