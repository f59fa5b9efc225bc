/** What stops the output: the reader went away (EPIPE: quietly), or the output cannot be written (a message, exit 2). */
export type OutputState = { kind: 'open' } | { kind: 'closed' } | { kind: 'failed'; reason: string };

const FLUSH_AT = 64 * 1024;

function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  return e instanceof Error ? e.message : String(e);
}

/**
 * Standard output, buffered, for a report written file by file. A write that fails is not thrown
 * at the caller: the output is marked closed (EPIPE, as when piped into `head`) or failed, and
 * later writes are dropped; the run decides what to do with that.
 */
export class Output {
  private chunks: string[] = [];
  private size = 0;
  state: OutputState = { kind: 'open' };

  constructor(
    private readonly sink: (s: string) => void,
    private readonly beforeFlush: () => void = () => {},
  ) {}

  write(s: string): void {
    if (this.state.kind !== 'open' || s === '') return;
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.state.kind !== 'open' || this.size === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    try {
      this.beforeFlush();
      this.sink(text);
    } catch (e) {
      this.state = (e as NodeJS.ErrnoException).code === 'EPIPE' ? { kind: 'closed' } : { kind: 'failed', reason: describeWriteError(e) };
    }
  }
}
