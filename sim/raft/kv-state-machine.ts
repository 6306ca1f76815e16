// The replicated state machine of the raft scenario: a tiny key-value store
// with get, put and compare-and-set. Every command, reads included, goes
// through the log, so client-visible results must be linearizable.
// Client sessions (Raft thesis §6.3): a client's operation ids increase, and a
// command whose id is not newer than the client's last one is a duplicate (a
// re-delivered request) and is not executed again — a compare-and-set applied
// twice would otherwise report failure for a write that succeeded.

import type { StateMachine } from '../../src/raft/raft-node.js';
import type { LogEntry } from '../../src/raft/types.js';
import type { KvInput, KvOutput } from '../checkers/linearizability.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface KvCommand {
  readonly client: number;
  readonly opId: number;
  readonly input: KvInput;
}

export interface KvApplied {
  /** null: a stale duplicate of an older operation, not executed. */
  readonly output: KvOutput | null;
  readonly offset: number;
  readonly epoch: number;
}

interface Session {
  readonly opId: number;
  readonly output: KvOutput;
}

export function encodeKvCommand(command: KvCommand): Uint8Array {
  return encoder.encode(JSON.stringify(command));
}

export function decodeKvCommand(data: Uint8Array): KvCommand {
  return JSON.parse(decoder.decode(data)) as KvCommand;
}

export class KvStateMachine implements StateMachine {
  private values = new Map<string, string>();
  private sessions = new Map<number, Session>();
  /** Applied command ids in log order: lets checkers compare replicas cheaply. */
  appliedCount = 0;

  apply(entry: LogEntry): KvApplied {
    const { client, opId, input } = decodeKvCommand(entry.data);
    this.appliedCount++;
    const session = this.sessions.get(client);
    if (session && opId === session.opId) return { output: session.output, offset: entry.offset, epoch: entry.epoch };
    if (session && opId < session.opId) return { output: null, offset: entry.offset, epoch: entry.epoch };
    const output = this.execute(input);
    this.sessions.set(client, { opId, output });
    return { output, offset: entry.offset, epoch: entry.epoch };
  }

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  snapshot(): Uint8Array {
    return encoder.encode(
      JSON.stringify({
        values: [...this.values.entries()].sort(([a], [b]) => a.localeCompare(b)),
        sessions: [...this.sessions.entries()].sort(([a], [b]) => a - b),
        appliedCount: this.appliedCount,
      }),
    );
  }

  restore(payload: Uint8Array | null): void {
    if (!payload) {
      this.values = new Map();
      this.sessions = new Map();
      this.appliedCount = 0;
      return;
    }
    const parsed = JSON.parse(decoder.decode(payload)) as { values: [string, string][]; sessions: [number, Session][]; appliedCount: number };
    this.values = new Map(parsed.values);
    this.sessions = new Map(parsed.sessions);
    this.appliedCount = parsed.appliedCount;
  }

  private execute(input: KvInput): KvOutput {
    switch (input.kind) {
      case 'get':
        return { kind: 'get', value: this.values.get(input.key) ?? null };
      case 'put':
        this.values.set(input.key, input.value);
        return { kind: 'put' };
      case 'cas': {
        const ok = (this.values.get(input.key) ?? null) === input.expected;
        if (ok) this.values.set(input.key, input.value);
        return { kind: 'cas', ok };
      }
    }
  }
}
