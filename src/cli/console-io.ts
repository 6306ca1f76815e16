// The process I/O of `skiff produce` and `skiff consume`, behind one small
// interface so tests drive the commands with in-memory streams: stdin read
// chunk by chunk (the next chunk is read only when the command asks, which is
// the producer's backpressure), stdout written with backpressure (a write
// waits for 'drain' when the stream's buffer is full, so a slow pipe slows the
// consumer instead of growing memory), stderr, and the interrupt signals.
// Invariant: at most one stdout write is unfinished at a time; the writer
// never queues more than the stream's highWaterMark plus one write.

import type { Writable } from 'node:stream';

/** Where output goes. write() resolves when more may be written; it rejects with OutputClosedError once the reader is gone. */
export interface OutputSink {
  write(chunk: Uint8Array): Promise<void>;
  /** Resolves once everything written so far has been handed to the OS. */
  flush(): Promise<void>;
}

/** stdout's reader went away (EPIPE: `skiff consume ... | head`), or stdout failed. */
export class OutputClosedError extends Error {}

export interface ConsoleIo {
  /** Chunks of standard input, read on demand. */
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly stdout: OutputSink;
  err(text: string): void;
  /** Calls `handler` on the first SIGINT or SIGTERM; returns an unsubscribe. */
  onInterrupt(handler: () => void): () => void;
}

/** An OutputSink over a Node Writable (process.stdout, or a PassThrough in tests). */
export class StreamSink implements OutputSink {
  private failure: Error | null = null;
  private waiter: (() => void) | null = null;

  constructor(private readonly stream: Writable) {
    // Without a listener an EPIPE would be an uncaught exception.
    stream.on('error', (error: Error) => this.fail(error));
    stream.on('close', () => this.fail(new Error('closed')));
    stream.on('drain', () => this.wake());
  }

  async write(chunk: Uint8Array): Promise<void> {
    this.check();
    if (this.stream.write(chunk)) return;
    // Bounded: resolves on 'drain', 'error' or 'close', whichever comes first.
    await new Promise<void>((resolve) => (this.waiter = resolve));
    this.check();
  }

  flush(): Promise<void> {
    if (this.failure !== null) return Promise.resolve();
    // A write's callback runs once it (and every write before it) has been handed over.
    return new Promise((resolve) => this.stream.write(new Uint8Array(0), () => resolve()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  private check(): void {
    if (this.failure !== null) throw new OutputClosedError(`standard output is closed (${this.failure.message})`, { cause: this.failure });
  }
}

/** The real process: stdin, stdout, stderr and SIGINT/SIGTERM. A second signal exits at once (130). */
export function processConsoleIo(): ConsoleIo {
  return {
    stdin: process.stdin,
    stdout: new StreamSink(process.stdout),
    err: (text) => process.stderr.write(text),
    onInterrupt: (handler) => {
      let signals = 0;
      const onSignal = (): void => {
        if (++signals > 1) process.exit(130);
        handler();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      };
    },
  };
}
