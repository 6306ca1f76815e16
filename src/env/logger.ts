// The Logger port: a pino-compatible subset. pino itself lives in the node
// adapter; the simulator logs into a ring buffer stamped with virtual time.
// Core code logs state transitions (became leader, truncated log), never per record.

export interface LogFn {
  (message: string): void;
  (fields: Record<string, unknown>, message?: string): void;
}

export interface Logger {
  child(bindings: Record<string, unknown>): Logger;
  trace: LogFn;
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  fatal: LogFn;
}

const noop: LogFn = () => {};

/** A logger that discards everything (tests that do not inspect logs). */
export const silentLogger: Logger = {
  child: () => silentLogger,
  trace: noop,
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  fatal: noop,
};
