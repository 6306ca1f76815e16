// KV workload clients: each runs a loop of get / put / cas against the node it
// believes leads, recording a Jepsen-style history (invoke, then ok, fail or
// info). A definite rejection (not the leader, nothing appended) is `fail`;
// a timeout or a lost leader after append is `info` (it may still commit).

import type { Random } from '../../src/env/random.js';
import type { Transport } from '../../src/env/transport.js';
import type { KvInput, KvOperation } from '../checkers/linearizability.js';
import type { Scheduler } from '../runtime/index.js';
import type { KvServices } from './sim-host.js';

export interface WorkloadOptions {
  readonly scheduler: Scheduler;
  readonly random: Random;
  readonly voters: readonly number[];
  readonly keys: readonly string[];
  readonly opsPerClient: number;
  readonly requestTimeoutMs: number;
  /** No new operations at or after this virtual time. */
  readonly stopAtMs?: number;
}

export class KvClient {
  private target: number;
  private opsDone = 0;
  stopped = false;

  constructor(
    readonly id: number,
    private readonly transport: Transport<KvServices>,
    private readonly history: KvOperation[],
    private readonly options: WorkloadOptions,
    private readonly nextOpId: () => number,
  ) {
    this.target = options.voters[options.random.int(options.voters.length)]!;
  }

  async run(): Promise<void> {
    const stopAtMs = this.options.stopAtMs ?? Number.POSITIVE_INFINITY;
    while (!this.stopped && this.opsDone < this.options.opsPerClient && this.options.scheduler.now < stopAtMs) {
      await this.invoke(this.randomInput());
      this.opsDone++;
      await this.sleep(5 + this.options.random.int(150));
    }
  }

  /** One operation, recorded in the history. Returns whether it completed ok. */
  async invoke(input: KvInput): Promise<boolean> {
    const { scheduler } = this.options;
    const opId = this.nextOpId();
    const invokeMs = scheduler.now;
    const op: { -readonly [K in keyof KvOperation]: KvOperation[K] } = { id: opId, client: this.id, input, invokeMs, outcome: { type: 'info' } };
    this.history.push(op);
    try {
      const reply = await this.transport.call(this.target, 'KvApply', { client: this.id, opId, input }, { timeoutMs: this.options.requestTimeoutMs });
      if (reply.ok) {
        op.outcome = { type: 'ok', output: reply.output, completeMs: scheduler.now };
        return true;
      }
      if (reply.definite) op.outcome = { type: 'fail', completeMs: scheduler.now };
      this.target = reply.leaderHint ?? this.nextVoter();
    } catch {
      this.target = this.nextVoter();
    }
    return false;
  }

  /**
   * Without a leader hint, try the next voter in turn (as a client walks its
   * bootstrap list): a random choice can keep landing on unreachable nodes,
   * each costing a full request timeout.
   */
  private nextVoter(): number {
    const voters = this.options.voters;
    return voters[(voters.indexOf(this.target) + 1) % voters.length]!;
  }

  private randomInput(): KvInput {
    const { random, keys } = this.options;
    const key = keys[random.int(keys.length)]!;
    const value = `c${this.id}-${this.opsDone}`;
    const roll = random.int(10);
    if (roll < 4) return { kind: 'get', key };
    if (roll < 8) return { kind: 'put', key, value };
    const expected = random.int(3) === 0 ? null : `c${random.int(5) + 1000}-${random.int(Math.max(1, this.opsDone))}`;
    return { kind: 'cas', key, expected, value };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.options.scheduler.after(ms, `client ${this.id} think`, resolve));
  }
}
