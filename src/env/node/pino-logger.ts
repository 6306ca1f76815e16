// createLogger: the Logger port backed by pino, for real processes. Core code
// only sees the Logger interface (src/env/logger.ts); pino stays here and in
// the composition root.
//
// Contract: JSON lines (pino's format) to stdout, a file descriptor or a file
// path, at `level` and above. `pretty` uses pino-pretty (a dependency, for
// npm start's console); should it be missing from an install, the logger
// writes JSON and says so once.

import { createRequire } from 'node:module';
import { pino, type DestinationStream, type LoggerOptions } from 'pino';
import type { Logger } from '../logger.js';

export interface CreateLoggerOptions {
  /** pino level name: trace, debug, info (default), warn, error, fatal or silent. */
  level?: string;
  /** Appears as `name` on every line. */
  name?: string;
  /** Human-readable output via pino-pretty, when installed. */
  pretty?: boolean;
  /** File descriptor or file path; default stdout (fd 1). */
  destination?: number | string;
  /** Whether pino-pretty can be loaded; default: resolve it. (Tests use it to take the fallback path.) */
  prettyAvailable?: () => boolean;
}

/** Set once the missing-pino-pretty fallback has been reported, so it is reported once per process. */
let prettyFallbackReported = false;

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const destination = options.destination ?? 1;
  const base: LoggerOptions = { level: options.level ?? 'info' };
  if (options.name !== undefined) base.name = options.name;

  if (options.pretty && (options.prettyAvailable ?? prettyAvailable)()) {
    // pino-pretty runs in pino's transport worker thread and opens the destination itself.
    return pino({ ...base, transport: { target: 'pino-pretty', options: { destination } } });
  }

  // Synchronous writes: the port asks for state transitions only, never per
  // record, so volume is low, and the lines written just before a crash are the
  // ones most worth having. mkdir lets a log file live in a not-yet-created dir.
  const stream: DestinationStream = pino.destination({ dest: destination, sync: true, mkdir: true });
  const logger: Logger = pino(base, stream);
  if (options.pretty && !prettyFallbackReported) {
    prettyFallbackReported = true;
    logger.warn('pretty logging requested but pino-pretty is not installed; writing JSON');
  }
  return logger;
}
