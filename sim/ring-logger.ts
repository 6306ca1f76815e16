// A Logger (port) for simulated nodes: keeps the last N lines in a ring buffer
// stamped with virtual time, dumped only when a seed fails. Nothing is printed
// during a passing run, so a sweep of a thousand seeds stays quiet and fast.

import type { LogFn, Logger } from '../src/env/logger.js';

export class LogRing {
  private readonly lines: string[] = [];
  private next = 0;

  constructor(
    private readonly capacity: number,
    private readonly now: () => number,
  ) {}

  push(line: string): void {
    const stamped = `${this.now().toFixed(0).padStart(8)}ms ${line}`;
    if (this.lines.length < this.capacity) this.lines.push(stamped);
    else this.lines[this.next] = stamped;
    this.next = (this.next + 1) % this.capacity;
  }

  dump(): string[] {
    return this.lines.length < this.capacity ? [...this.lines] : [...this.lines.slice(this.next), ...this.lines.slice(0, this.next)];
  }
}

export function ringLogger(ring: LogRing, bindings: Record<string, unknown> = {}, minLevel = 30): Logger {
  const levels = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
  const make = (level: keyof typeof levels): LogFn => {
    if (levels[level] < minLevel) return () => {};
    return ((fieldsOrMessage: Record<string, unknown> | string, message?: string) => {
      const fields = typeof fieldsOrMessage === 'string' ? {} : fieldsOrMessage;
      const text = typeof fieldsOrMessage === 'string' ? fieldsOrMessage : (message ?? '');
      ring.push(`${level.toUpperCase()} ${JSON.stringify(bindings)} ${text} ${JSON.stringify(fields, (_k, v: unknown) => (v instanceof Error ? v.message : v))}`);
    }) as LogFn;
  };
  return {
    child: (more) => ringLogger(ring, { ...bindings, ...more }, minLevel),
    trace: make('trace'),
    debug: make('debug'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    fatal: make('fatal'),
  };
}
