// A FIFO async mutex. Core code is single-threaded, but a log mutation spans
// several awaited file operations; the mutex keeps two of them from
// interleaving (an append landing between a truncation's steps, say).

export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private held = false;

  get locked(): boolean {
    return this.held;
  }

  /** Runs `fn` once every earlier holder has finished; errors propagate to the caller only. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    return previous.then(async () => {
      this.held = true;
      try {
        return await fn();
      } finally {
        this.held = false;
        release();
      }
    });
  }
}
