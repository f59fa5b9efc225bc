import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as path from 'path';
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
  /** The longest piece of output written at once (a streamed report writes small pieces). */
  largestWrite: number;
}

/** imr-lint in this process, its output collected. */
export async function cli(args: string[], stdin: string | Buffer = '', tty = false): Promise<CliResult> {
  let out = '';
  let err = '';
  let largestWrite = 0;
  const docsDir = path.resolve(__dirname, '..', '..', 'docs', 'rules');
  const code = await run(args, {
    stdout: (s) => {
      out += s;
      largestWrite = Math.max(largestWrite, s.length);
    },
    stderr: (s) => (err += s),
    readStdin: () => stdin,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    docsDir,
    version: '9.9.9',
  });
  return { code, out, err, largestWrite };
}

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI_SOURCE = path.join(ROOT, 'src', 'cli', 'index.ts');

/** imr-lint as its own process (from the sources, through tsx), for what only a process shows: pipes, signals, users. */
export function spawnCli(args: string[], options: SpawnSyncOptions = {}, prefix: string[] = []): { code: number | null; out: string; err: string } {
  const [cmd, ...rest] = [...prefix, process.execPath, '-r', 'tsx/cjs', CLI_SOURCE, ...args];
  const r = spawnSync(cmd, rest, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
