// A tiny in-process router for scripted RaftCore transcripts, in the spirit of
// etcd-io/raft's interaction tests. It owns N cores, each with a model "disk"
// (persisted quorum-state, log entries, snapshot), and a network of envelopes
// that the test delivers or drops one by one. Nothing happens implicitly: time
// moves only through advance/tick, a Ready is taken only through persist, and a
// message moves only through deliver/drop/stabilize.
//
// It mirrors the driver contract of src/raft/raft-node.ts: a Ready's
// quorum-state and log ops are applied to disk, then markPersisted, then its
// messages enter the network. FetchSnapshot requests are served here from the
// disk's snapshot, as the driver does. A dropped request (or its dropped
// response) is reported to the requester with handleRequestFailure, like a
// transport timeout. Every delivered message and every persisted mutation is
// appended to `transcript` as one human-readable line.

import { nodeId, type NodeId } from '../../src/common/ids.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import { RaftCore, defaultRaftTimeouts, type LogOp, type RaftConfig, type Ready } from '../../src/raft/raft-core.js';
import { RaftLog } from '../../src/raft/raft-log.js';
import type { LogEntry, QuorumStateData, RaftRequest, RaftResponse, SnapshotId } from '../../src/raft/types.js';

export const n = (id: number): NodeId => nodeId(id);

export interface Disk {
  quorumState: QuorumStateData;
  snapshot: SnapshotId | null;
  snapshotPayload: Uint8Array | null;
  entries: LogEntry[];
  /** Chunks of a snapshot being downloaded, by position. */
  download: Map<number, Uint8Array>;
}

export type Envelope =
  | { readonly kind: 'request'; readonly from: NodeId; readonly to: NodeId; readonly fromIncarnation: number; readonly correlationId: number; readonly request: RaftRequest }
  | { readonly kind: 'response'; readonly from: NodeId; readonly to: NodeId; readonly toIncarnation: number; readonly correlationId: number; readonly response: RaftResponse };

interface HarnessNode {
  core: RaftCore;
  readonly config: RaftConfig;
  readonly disk: Disk;
  alive: boolean;
  incarnation: number;
}

interface PendingToken {
  readonly server: NodeId;
  readonly requester: NodeId;
  readonly requesterIncarnation: number;
  readonly correlationId: number;
}

export interface ClusterOptions {
  readonly voters: readonly number[];
  readonly observers?: readonly number[];
  readonly config?: Partial<Omit<RaftConfig, 'nodeId' | 'voters'>>;
  /** Per-node config overrides, on top of `config`. */
  readonly nodeConfig?: Readonly<Record<number, Partial<Omit<RaftConfig, 'nodeId' | 'voters'>>>>;
  readonly seed?: string;
  /** Pre-existing durable state per node (as after a restart). */
  readonly disks?: Readonly<Record<number, Partial<Pick<Disk, 'quorumState' | 'entries' | 'snapshot' | 'snapshotPayload'>>>>;
  readonly startMs?: number;
}

export const entry = (offset: number, epoch: number, kind: LogEntry['kind'] = 'data', text = `e${offset}`): LogEntry => ({
  offset,
  epoch,
  kind,
  data: kind === 'data' ? new TextEncoder().encode(text) : new Uint8Array(0),
});

/** Entries for a list of epochs, one per offset from `start`. */
export const entriesWithEpochs = (epochs: readonly number[], start = 0): LogEntry[] => epochs.map((epoch, i) => entry(start + i, epoch));

// ------------------------------------------------------------------ rendering

const show = (id: NodeId | null): string => (id === null ? '-' : String(id));

export function renderEntries(entries: readonly LogEntry[]): string {
  return `[${entries.map((e) => `${e.offset}@${e.epoch}${e.kind === 'leader-change' ? 'lc' : ''}`).join(' ')}]`;
}

export function renderRequest(r: RaftRequest): string {
  switch (r.type) {
    case 'Vote':
      return `Vote${r.preVote ? '(pre)' : ''} cand=${r.candidateId} epoch=${r.candidateEpoch} last=${r.lastOffset}@${r.lastOffsetEpoch}`;
    case 'BeginQuorumEpoch':
      return `BeginQuorumEpoch epoch=${r.epoch} leader=${r.leaderId}`;
    case 'EndQuorumEpoch':
      return `EndQuorumEpoch epoch=${r.epoch} leader=${r.leaderId} successors=[${r.preferredSuccessors.join(',')}]`;
    case 'Fetch':
      return `Fetch epoch=${r.epoch} replica=${r.replicaId} offset=${r.fetchOffset} lastEpoch=${r.lastFetchedEpoch}`;
    case 'FetchSnapshot':
      return `FetchSnapshot epoch=${r.epoch} snapshot=${r.snapshotId.endOffset}@${r.snapshotId.epoch} pos=${r.position}`;
  }
}

export function renderResponse(r: RaftResponse): string {
  const err = r.error === null ? '' : ` ${r.error}`;
  switch (r.type) {
    case 'Vote':
      return `VoteResp ${r.voteGranted ? 'granted' : 'rejected'} epoch=${r.epoch} leader=${show(r.leaderId)}${err}`;
    case 'BeginQuorumEpoch':
    case 'EndQuorumEpoch':
      return `${r.type}Resp epoch=${r.epoch} leader=${show(r.leaderId)}${err}`;
    case 'Fetch': {
      const div = r.divergingEpoch ? ` diverging=${r.divergingEpoch.endOffset}@${r.divergingEpoch.epoch}` : '';
      const snap = r.snapshotId ? ` snapshot=${r.snapshotId.endOffset}@${r.snapshotId.epoch}` : '';
      return `FetchResp epoch=${r.epoch} leader=${show(r.leaderId)} hw=${r.highWatermark} entries=${renderEntries(r.entries)}${div}${snap}${err}`;
    }
    case 'FetchSnapshot':
      return `FetchSnapshotResp pos=${r.position} size=${r.size} bytes=${r.bytes.byteLength}${err}`;
  }
}

export function renderEnvelope(e: Envelope): string {
  return `${e.from}->${e.to} ${e.kind === 'request' ? renderRequest(e.request) : renderResponse(e.response)}`;
}

function renderOp(op: LogOp): string {
  switch (op.type) {
    case 'append':
      return `append ${renderEntries(op.entries)}`;
    case 'truncate':
      return `truncate ${op.offset}`;
    case 'snapshot-chunk':
      return `snapshot-chunk ${op.snapshotId.endOffset}@${op.snapshotId.epoch} pos=${op.position} bytes=${op.bytes.byteLength}`;
    case 'install-snapshot':
      return `install-snapshot ${op.snapshotId.endOffset}@${op.snapshotId.epoch}`;
  }
}

// ------------------------------------------------------------------ predicates

export type EnvelopePredicate = (e: Envelope) => boolean;
export const to = (id: number): EnvelopePredicate => (e) => e.to === id;
export const from = (id: number): EnvelopePredicate => (e) => e.from === id;
export const ofType = (type: RaftRequest['type']): EnvelopePredicate => (e) => (e.kind === 'request' ? e.request.type : e.response.type) === type;
export const all = (...ps: EnvelopePredicate[]): EnvelopePredicate => (e) => ps.every((p) => p(e));
export const any: EnvelopePredicate = () => true;

/** The requests of a Ready, as (to, request) pairs. */
export function requestsOf(ready: Ready): { to: NodeId; request: RaftRequest }[] {
  return ready.messages.flatMap((m) => (m.kind === 'request' ? [{ to: m.to, request: m.request }] : []));
}

export function responsesOf(ready: Ready): RaftResponse[] {
  return ready.messages.flatMap((m) => (m.kind === 'response' ? [m.response] : []));
}

// ------------------------------------------------------------------ the cluster

export class RaftCoreCluster {
  now: number;
  readonly network: Envelope[] = [];
  readonly transcript: string[] = [];
  private readonly nodes = new Map<NodeId, HarnessNode>();
  private readonly tokens = new Map<number, PendingToken>();
  private nextToken = 1;
  private readonly cut = new Set<string>();
  /** Answers to requests handed in with inject(), by token. */
  private readonly injected = new Map<number, RaftResponse | undefined>();
  private readonly seed: string;

  constructor(readonly options: ClusterOptions) {
    this.now = options.startMs ?? 0;
    this.seed = options.seed ?? 'raft-core';
    const voters = options.voters.map(n);
    for (const id of [...options.voters, ...(options.observers ?? [])]) {
      const preset = options.disks?.[id];
      const disk: Disk = {
        quorumState: preset?.quorumState ?? { epoch: 0, votedId: null, leaderId: null },
        snapshot: preset?.snapshot ?? null,
        snapshotPayload: preset?.snapshotPayload ?? null,
        entries: [...(preset?.entries ?? [])],
        download: new Map(),
      };
      const config: RaftConfig = { ...defaultRaftTimeouts, ...options.config, ...options.nodeConfig?.[id], nodeId: n(id), voters };
      const node: HarnessNode = { core: undefined as unknown as RaftCore, config, disk, alive: true, incarnation: 0 };
      node.core = this.boot(node);
      this.nodes.set(n(id), node);
    }
  }

  private boot(node: HarnessNode): RaftCore {
    const log = new RaftLog(node.disk.snapshot);
    for (const e of node.disk.entries) log.append(e);
    const random = new SeededRandom(`${this.seed}/${node.config.nodeId}/${node.incarnation}`);
    return new RaftCore(node.config, random, silentLogger, { quorumState: node.disk.quorumState, log, nowMs: this.now });
  }

  private node(id: number): HarnessNode {
    const node = this.nodes.get(n(id));
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  core(id: number): RaftCore {
    return this.node(id).core;
  }

  disk(id: number): Disk {
    return this.node(id).disk;
  }

  ids(): NodeId[] {
    return [...this.nodes.keys()].filter((id) => this.node(id).alive);
  }

  /** Transcript lines since `mark` (a previous transcript length). */
  since(mark: number): string[] {
    return this.transcript.slice(mark);
  }

  mark(): number {
    return this.transcript.length;
  }

  // ---------------------------------------------------------------- time

  tick(ids: readonly number[] = this.ids()): void {
    for (const id of ids) if (this.node(id).alive) this.core(id).tick(this.now);
  }

  /** Moves the clock by `ms` and ticks `ids` (default: every live node) once. */
  advance(ms: number, ids?: readonly number[]): void {
    this.now += ms;
    this.tick(ids);
  }

  /** Runs the whole cluster for `ms` in `stepMs` steps: advance, tick everyone, stabilize. */
  runFor(ms: number, stepMs = 50): void {
    for (let elapsed = 0; elapsed < ms; elapsed += stepMs) {
      this.advance(Math.min(stepMs, ms - elapsed));
      this.stabilize();
    }
  }

  // ---------------------------------------------------------------- persistence

  /**
   * Takes `id`'s Ready, applies it to the node's disk, calls markPersisted
   * (unless told not to), and queues its messages.
   */
  persist(id: number, opts: { markPersisted?: boolean } = {}): Ready {
    const node = this.node(id);
    if (!node.alive) throw new Error(`node ${id} is down`);
    const ready = node.core.takeReady();
    const disk = node.disk;
    if (ready.quorumState) {
      disk.quorumState = ready.quorumState;
      const q = ready.quorumState;
      this.transcript.push(`${id} persist state epoch=${q.epoch} voted=${show(q.votedId)} leader=${show(q.leaderId)}`);
    }
    for (const op of ready.logOps) {
      this.applyOp(disk, op);
      this.transcript.push(`${id} ${renderOp(op)}`);
    }
    if (opts.markPersisted ?? true) node.core.markPersisted(ready, this.now);
    for (const m of ready.messages) {
      if (m.kind === 'request') {
        this.network.push({ kind: 'request', from: n(id), to: m.to, fromIncarnation: node.incarnation, correlationId: m.correlationId, request: m.request });
      } else if (this.injected.has(m.token)) {
        this.injected.set(m.token, m.response);
        this.transcript.push(`${id} answers injected ${renderResponse(m.response)}`);
      } else {
        const pending = this.tokens.get(m.token);
        if (!pending) throw new Error(`node ${id} answered unknown token ${m.token}`);
        this.tokens.delete(m.token);
        this.network.push({ kind: 'response', from: n(id), to: pending.requester, toIncarnation: pending.requesterIncarnation, correlationId: pending.correlationId, response: m.response });
      }
    }
    return ready;
  }

  private applyOp(disk: Disk, op: LogOp): void {
    const diskEnd = (): number => {
      const last = disk.entries[disk.entries.length - 1];
      return last ? last.offset + 1 : (disk.snapshot?.endOffset ?? 0);
    };
    switch (op.type) {
      case 'append': {
        const first = op.entries[0];
        if (first && first.offset !== diskEnd()) throw new Error(`disk append at ${first.offset}, disk end ${diskEnd()}`);
        disk.entries.push(...op.entries);
        return;
      }
      case 'truncate':
        disk.entries = disk.entries.filter((e) => e.offset < op.offset);
        return;
      case 'snapshot-chunk':
        disk.download.set(op.position, op.bytes);
        return;
      case 'install-snapshot': {
        const chunks = [...disk.download.entries()].sort((a, b) => a[0] - b[0]);
        const size = chunks.reduce((s, [, b]) => s + b.byteLength, 0);
        const payload = new Uint8Array(size);
        for (const [pos, bytes] of chunks) payload.set(bytes, pos);
        disk.snapshot = op.snapshotId;
        disk.snapshotPayload = payload;
        disk.entries = [];
        disk.download.clear();
        return;
      }
    }
  }

  /** Persists every live node's pending Ready until none has one. Returns how many Readies were taken. */
  persistAll(): number {
    let taken = 0;
    for (let round = 0; round < 100; round++) {
      const busy = this.ids().filter((id) => this.core(id).hasReady());
      if (busy.length === 0) return taken;
      for (const id of busy) {
        this.persist(id);
        taken++;
      }
    }
    throw new Error('persistAll did not settle');
  }

  /** The driver writes a local snapshot covering [0, endOffset) and tells the core. */
  takeSnapshot(id: number, endOffset: number, payload: Uint8Array): SnapshotId {
    const node = this.node(id);
    const last = node.disk.entries.find((e) => e.offset === endOffset - 1);
    if (!last) throw new Error(`no entry ${endOffset - 1} on node ${id}'s disk`);
    const snapshotId = { endOffset, epoch: last.epoch };
    node.disk.snapshot = snapshotId;
    node.disk.snapshotPayload = payload;
    node.disk.entries = node.disk.entries.filter((e) => e.offset >= endOffset);
    node.core.snapshotTaken(snapshotId);
    return snapshotId;
  }

  // ---------------------------------------------------------------- network

  isolate(id: number): void {
    for (const other of this.nodes.keys()) {
      if (other === id) continue;
      this.cut.add(`${id}>${other}`);
      this.cut.add(`${other}>${id}`);
    }
  }

  /** Cuts the one-way link a→b. */
  cutLink(a: number, b: number): void {
    this.cut.add(`${a}>${b}`);
  }

  heal(): void {
    this.cut.clear();
  }

  private linkUp(e: Envelope): boolean {
    return !this.cut.has(`${e.from}>${e.to}`) && this.node(e.to).alive && this.node(e.from).alive;
  }

  private take(pred: EnvelopePredicate): Envelope[] {
    const taken: Envelope[] = [];
    for (let i = 0; i < this.network.length; ) {
      const e = this.network[i]!;
      if (pred(e)) {
        taken.push(e);
        this.network.splice(i, 1);
      } else {
        i++;
      }
    }
    return taken;
  }

  /** Delivers every queued envelope matching `pred`, in send order. Envelopes over a cut link are dropped instead. */
  deliver(pred: EnvelopePredicate = any): Envelope[] {
    const delivered: Envelope[] = [];
    for (const e of this.take(pred)) {
      if (!this.linkUp(e)) {
        this.fail(e);
        continue;
      }
      delivered.push(e);
      this.handle(e);
    }
    return delivered;
  }

  /** Drops every queued envelope matching `pred`; the requester sees a failure (as after a timeout). */
  drop(pred: EnvelopePredicate): Envelope[] {
    const dropped = this.take(pred);
    for (const e of dropped) this.fail(e);
    return dropped;
  }

  private fail(e: Envelope): void {
    this.transcript.push(`${renderEnvelope(e)} DROPPED`);
    if (e.kind === 'request') {
      const sender = this.node(e.from);
      if (sender.alive && sender.incarnation === e.fromIncarnation) sender.core.handleRequestFailure(this.now, e.correlationId);
    } else {
      const requester = this.node(e.to);
      if (requester.alive && requester.incarnation === e.toIncarnation) requester.core.handleRequestFailure(this.now, e.correlationId);
    }
  }

  private handle(e: Envelope): void {
    this.transcript.push(renderEnvelope(e));
    const target = this.node(e.to);
    if (e.kind === 'response') {
      if (target.incarnation === e.toIncarnation) target.core.handleResponse(this.now, e.correlationId, e.response);
      return;
    }
    if (e.request.type === 'FetchSnapshot') {
      this.serveFetchSnapshot(e, e.request);
      return;
    }
    const token = this.nextToken++;
    this.tokens.set(token, { server: e.to, requester: e.from, requesterIncarnation: e.fromIncarnation, correlationId: e.correlationId });
    target.core.handleRequest(this.now, e.from, token, e.request);
  }

  /** What raft-node.ts's serveFetchSnapshot does, with the disk's snapshot payload as the file. */
  private serveFetchSnapshot(e: Envelope & { kind: 'request' }, request: Extract<RaftRequest, { type: 'FetchSnapshot' }>): void {
    const server = this.node(e.to);
    const error = server.core.validateFetchSnapshot(this.now, e.from, request.epoch, request.snapshotId);
    const base = { type: 'FetchSnapshot' as const, epoch: server.core.currentEpoch, leaderId: server.core.currentLeader, snapshotId: request.snapshotId };
    const payload = server.disk.snapshotPayload;
    const response: RaftResponse =
      error || !payload
        ? { ...base, error: error ?? 'SNAPSHOT_NOT_FOUND', size: 0, position: request.position, bytes: new Uint8Array(0) }
        : { ...base, error: null, size: payload.byteLength, position: request.position, bytes: payload.slice(request.position, request.position + request.maxBytes) };
    this.network.push({ kind: 'response', from: e.to, to: e.from, toIncarnation: e.fromIncarnation, correlationId: e.correlationId, response });
  }

  /**
   * Hands `request` to `id` as if `fromId` sent it from outside the router
   * (a forged or hand-written message). The answer is available from the
   * returned getter once `id` persists its next Ready.
   */
  inject(id: number, fromId: number, request: RaftRequest): () => RaftResponse | undefined {
    const token = this.nextToken++;
    this.injected.set(token, undefined);
    this.transcript.push(`${fromId}->${id} ${renderRequest(request)} (injected)`);
    this.core(id).handleRequest(this.now, n(fromId), token, request);
    return () => this.injected.get(token);
  }

  /** Persist and deliver until no Ready is pending and the network is empty. */
  stabilize(maxRounds = 200): void {
    for (let round = 0; round < maxRounds; round++) {
      this.persistAll();
      if (this.network.length === 0) return;
      this.deliver();
    }
    throw new Error('stabilize did not settle');
  }

  // ---------------------------------------------------------------- faults

  /** Stops a node: anything it had not persisted is lost, and messages to or from it vanish. */
  crash(id: number): void {
    const node = this.node(id);
    node.alive = false;
    const affected = this.take((e) => e.from === id || e.to === id);
    for (const e of affected) {
      // A request to the dead node, or its answer that never arrives, times
      // out at the requester; traffic of the dead node's own requests vanishes.
      if (e.kind === 'request' ? e.to === id : e.from === id) this.fail(e);
    }
    // Requests it had accepted but not answered (parked fetches) time out too.
    for (const [token, pending] of this.tokens) {
      if (pending.server !== id) continue;
      this.tokens.delete(token);
      const requester = this.node(pending.requester);
      if (requester.alive && requester.incarnation === pending.requesterIncarnation) requester.core.handleRequestFailure(this.now, pending.correlationId);
    }
    this.transcript.push(`${id} CRASH`);
  }

  /** Rebuilds a crashed node from what it persisted. */
  restart(id: number): RaftCore {
    const node = this.node(id);
    node.incarnation++;
    node.alive = true;
    node.core = this.boot(node);
    this.transcript.push(`${id} RESTART`);
    return node.core;
  }

  // ---------------------------------------------------------------- scripts

  /** Lets `id`'s election timer fire (only `id` is ticked), then runs the cluster to quiescence. */
  campaign(id: number): void {
    this.advance(2 * this.node(id).config.electionTimeoutMs, [id]);
    this.stabilize();
  }

  propose(id: number, text: string): number {
    const result = this.core(id).propose(this.now, new TextEncoder().encode(text));
    if (!result.ok) throw new Error(`propose on ${id} failed: ${result.code}`);
    return result.offset;
  }
}
