// Admin clients of the cluster scenario: each creates and deletes topics
// through the broker service (CreateTopics/DeleteTopics) of a random node,
// which forwards to the active controller. A request whose outcome is
// unknown (a transport failure, or a request-level error such as
// NOT_CONTROLLER or a forwarding timeout: the controller may have appended
// the records before it failed) is retried, on another node, a bounded
// number of times. Every definite answer is checked against the committed
// log (ClusterInvariants.checkTopicAnswer). Each client uses its own topic
// names and uses each name once (create, then maybe delete), so answers for
// one name come from one sequential client.

import type { Random } from '../../src/env/random.js';
import type { Transport } from '../../src/env/transport.js';
import type { CreateTopicsResponse, DeleteTopicsResponse } from '../../src/controller/services.js';
import type { Scheduler } from '../runtime/index.js';
import type { ClusterInvariants } from './invariants.js';
import type { ClusterWire } from './wire.js';

export interface AdminOptions {
  readonly scheduler: Scheduler;
  readonly random: Random;
  readonly invariants: ClusterInvariants;
  /** Node ids to send requests to. */
  readonly nodes: readonly number[];
  /** How many brokers run now (the replication factor stays within it). */
  readonly liveBrokers: () => number;
  readonly requestTimeoutMs: number;
  readonly maxAttempts: number;
  /** Topics a client keeps at most (it deletes before creating more). */
  readonly maxTopics: number;
  /** No new operations at or after this virtual time. */
  readonly stopAtMs: number;
}

export interface AdminStats {
  attempts: number;
  indeterminate: number;
  created: number;
  deleted: number;
  refused: number;
  gaveUp: number;
}

type Answer = { kind: 'ok'; topicId: string | null } | { kind: 'error'; code: string } | { kind: 'indeterminate'; why: string };

export class AdminClient {
  /** Names whose creation was acknowledged (with the topic id), and not since deleted by this client. */
  readonly live = new Map<string, string | null>();
  /** Every name this client ever tried to delete. */
  readonly deleteAttempted = new Set<string>();
  /** Acknowledged creations (name → topic id) of names never sent a delete. */
  readonly acknowledged = new Map<string, string>();
  readonly stats: AdminStats = { attempts: 0, indeterminate: 0, created: 0, deleted: 0, refused: 0, gaveUp: 0 };
  stopped = false;
  private nextName = 0;

  constructor(
    readonly id: number,
    private readonly transport: Transport<ClusterWire>,
    private readonly options: AdminOptions,
  ) {}

  async run(): Promise<void> {
    const { random, scheduler } = this.options;
    while (!this.stopped && scheduler.now < this.options.stopAtMs) {
      const deleting = this.live.size > 0 && (this.live.size >= this.options.maxTopics || random.int(3) === 0);
      if (deleting) await this.deleteTopic([...this.live.keys()][random.int(this.live.size)]!);
      else await this.createTopic(`t${this.id}-${this.nextName++}`);
      await this.sleep(50 + random.int(400));
    }
  }

  /** Creates `name`, retrying while the outcome is unknown. Returns whether the topic exists now (as far as the client knows). */
  async createTopic(name: string, replicationFactor?: number): Promise<boolean> {
    const { random } = this.options;
    const rf = replicationFactor ?? 1 + random.int(Math.max(1, Math.min(3, this.options.liveBrokers())));
    const configs: Record<string, string> = rf >= 2 && random.int(2) === 0 ? { 'min.insync.replicas': '2' } : {};
    const request = { topics: [{ name, numPartitions: 1 + random.int(6), replicationFactor: rf, configs }] };
    for (let attempt = 0; attempt < this.options.maxAttempts && !this.stopped; attempt++) {
      const invokeMs = this.options.scheduler.now;
      const answer = await this.send('broker.CreateTopics', request, (r: CreateTopicsResponse) => (r.results[0] ? { error: r.results[0].error, topicId: r.results[0].topicId } : null));
      if (answer.kind === 'indeterminate') {
        await this.sleep(100 + random.int(300));
        continue;
      }
      if (answer.kind === 'ok') {
        this.options.invariants.checkTopicAnswer('create', name, 'ok', invokeMs, answer.topicId);
        this.live.set(name, answer.topicId);
        this.acknowledged.set(name, answer.topicId ?? '');
        this.stats.created++;
        return true;
      }
      if (answer.code === 'TOPIC_ALREADY_EXISTS') {
        this.options.invariants.checkTopicAnswer('create', name, 'exists', invokeMs);
        this.live.set(name, null); // an earlier attempt of ours created it
        return true;
      }
      this.stats.refused++; // e.g. INVALID_REPLICATION_FACTOR: fewer usable brokers than asked for
      return false;
    }
    this.stats.gaveUp++;
    return false;
  }

  async deleteTopic(name: string): Promise<void> {
    const { random } = this.options;
    this.deleteAttempted.add(name);
    this.acknowledged.delete(name);
    for (let attempt = 0; attempt < this.options.maxAttempts && !this.stopped; attempt++) {
      const invokeMs = this.options.scheduler.now;
      const answer = await this.send('broker.DeleteTopics', { names: [name] }, (r: DeleteTopicsResponse) => (r.results[0] ? { error: r.results[0].error, topicId: null } : null));
      if (answer.kind === 'indeterminate') {
        await this.sleep(100 + random.int(300));
        continue;
      }
      if (answer.kind === 'ok') {
        this.options.invariants.checkTopicAnswer('delete', name, 'ok', invokeMs);
        this.stats.deleted++;
      } else if (answer.code === 'UNKNOWN_TOPIC_OR_PARTITION') {
        this.options.invariants.checkTopicAnswer('delete', name, 'unknown', invokeMs);
      } else {
        this.stats.refused++;
      }
      this.live.delete(name);
      return;
    }
    this.stats.gaveUp++;
    this.live.delete(name);
  }

  private async send<M extends 'broker.CreateTopics' | 'broker.DeleteTopics'>(
    method: M,
    request: ClusterWire[M]['request'],
    first: (response: ClusterWire[M]['response']) => { error: { code: string } | null; topicId: string | null } | null,
  ): Promise<Answer> {
    const { nodes, random } = this.options;
    const target = nodes[random.int(nodes.length)]!;
    this.stats.attempts++;
    let response: ClusterWire[M]['response'];
    try {
      response = await this.transport.call(target, method, request, { timeoutMs: this.options.requestTimeoutMs });
    } catch (error) {
      this.stats.indeterminate++;
      return { kind: 'indeterminate', why: (error as Error).message };
    }
    if (response.error !== null) {
      // The request as a whole failed on the way to (or inside) the controller: its records may or may not commit.
      this.stats.indeterminate++;
      return { kind: 'indeterminate', why: response.error.code };
    }
    const result = first(response);
    if (result === null) return { kind: 'indeterminate', why: 'no result' };
    return result.error === null ? { kind: 'ok', topicId: result.topicId } : { kind: 'error', code: result.error.code };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.options.scheduler.after(ms, `admin ${this.id} wait`, resolve));
  }
}
