// One simulated machine of the raft scenario: a disk that survives crashes,
// and at most one running incarnation of the real RaftNode (production code)
// wired to a SimClock, a mount of the SimDisk and a SimNetwork endpoint. Also
// serves the KvApply RPC the workload clients call, and reports every epoch,
// vote and response the node sends to the checkers (a spy on the transport).

import { nodeId, type NodeId } from '../../src/common/ids.js';
import type { Handlers, Transport } from '../../src/env/transport.js';
import type { Random } from '../../src/env/random.js';
import type { Logger } from '../../src/env/logger.js';
import { ProposalError, RaftNode } from '../../src/raft/raft-node.js';
import type { RaftConfig } from '../../src/raft/raft-core.js';
import type { LogEntry, RaftRequest, RaftResponse, RaftServices } from '../../src/raft/types.js';
import type { ServiceCodec } from '../../src/transport/codec.js';
import type { KvInput, KvOutput } from '../checkers/linearizability.js';
import { SimClock, SimDisk, type Scheduler, type SimNetwork } from '../runtime/index.js';
import { encodeKvCommand, KvStateMachine, type KvApplied } from './kv-state-machine.js';

export type KvReply =
  | { readonly ok: true; readonly output: KvOutput; readonly offset: number; readonly epoch: number }
  | { readonly ok: false; readonly definite: boolean; readonly leaderHint: number | null; readonly code: string };

export type KvServices = { KvApply: { request: { client: number; opId: number; input: KvInput }; response: KvReply } };
export type SimServices = RaftServices & KvServices;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
const toJson = (value: unknown): Uint8Array => utf8Encoder.encode(JSON.stringify(value));
const fromJson = (bytes: Uint8Array): never => JSON.parse(utf8Decoder.decode(bytes)) as never;

/** The workload's KvApply RPC exists only in the simulator: JSON on the wire (its values are plain JSON data). */
export const kvCodec: ServiceCodec<KvServices> = {
  KvApply: { encodeRequest: toJson, decodeRequest: fromJson, encodeResponse: toJson, decodeResponse: fromJson },
};

/** What the checkers learn from watching a node's traffic. */
export interface HostObserver {
  onEpochSent(node: NodeId, epoch: number): void;
  onVoteGranted(voter: NodeId, epoch: number, candidate: NodeId): void;
  onFatal(node: NodeId, error: unknown): void;
  onLogTruncated?(node: NodeId, removed: readonly LogEntry[]): void;
  /** A pre-vote grant, with the node's last observed successful contact with its leader (KIP-996 check). */
  onPreVoteGranted?(node: NodeId, grant: PreVoteGrant): void;
}

export interface PreVoteGrant {
  readonly epoch: number;
  readonly atMs: number;
  readonly fetchTimeoutMs: number;
  /** Last successful Fetch/FetchSnapshot response from the leader this node followed, in its current epoch. */
  readonly leaderContact: { readonly epoch: number; readonly atMs: number } | null;
}

export interface HostOptions {
  readonly id: NodeId;
  readonly raftConfig: RaftConfig;
  readonly scheduler: Scheduler;
  readonly network: SimNetwork<SimServices>;
  readonly random: Random;
  readonly logger: Logger;
  readonly observer: HostObserver;
  readonly snapshotEveryEntries: number;
  readonly segmentBytes: number;
}

export interface Incarnation {
  readonly number: number;
  readonly clock: SimClock;
  readonly node: RaftNode;
  readonly kv: KvStateMachine;
  started: boolean;
  /** Highest high watermark this incarnation reported (checked monotonic). */
  lastHighWatermark: number;
  /** HW when this incarnation last became leader (for the own-epoch commit rule). */
  leaderSince: { epoch: number; highWatermark: number } | null;
  /** Seen by the transport spy: last successful fetch from the followed leader (reset by its EndQuorumEpoch). */
  leaderContact: { epoch: number; atMs: number } | null;
}

export class SimHost {
  readonly id: NodeId;
  readonly disk: SimDisk;
  incarnation: Incarnation | null = null;
  paused = false;
  clockRate = 1;
  private incarnations = 0;

  constructor(private readonly options: HostOptions) {
    this.id = options.id;
    this.disk = new SimDisk(options.scheduler, options.random.fork(`disk-${options.id}`), {
      label: `disk n${options.id}`,
      syncLatencyMs: [0, 3],
    });
  }

  get isVoter(): boolean {
    return this.options.raftConfig.voters.includes(this.id);
  }

  get running(): boolean {
    return this.incarnation !== null;
  }

  start(): void {
    if (this.incarnation) return;
    const { scheduler, network, logger, observer } = this.options;
    const number = ++this.incarnations;
    const clock = new SimClock(scheduler, { label: `n${this.id}`, rate: this.clockRate });
    const transport = network.attach(this.id);
    const kv = new KvStateMachine();
    const node = new RaftNode({
      config: this.options.raftConfig,
      dataDir: '/data/__cluster_metadata-0',
      fs: this.disk.mount(),
      clock,
      random: this.options.random.fork(`incarnation-${number}`),
      logger: logger.child({ node: this.id, incarnation: number }),
      transport: this.spyTransport(transport),
      stateMachine: kv,
      snapshotEveryEntries: this.options.snapshotEveryEntries,
      segmentBytes: this.options.segmentBytes,
      onFatal: (error) => observer.onFatal(this.id, error),
      onLogTruncated: (removed) => observer.onLogTruncated?.(this.id, removed),
    });
    const incarnation: Incarnation = { number, clock, node, kv, started: false, lastHighWatermark: 0, leaderSince: null, leaderContact: null };
    this.incarnation = incarnation;
    transport.serve({ ...this.spyHandlers(node.handlers()), KvApply: (_from, request) => this.kvApply(incarnation, request.client, request.opId, request.input) });
    node.start().then(
      () => {
        incarnation.started = true;
      },
      (error: unknown) => observer.onFatal(this.id, error),
    );
  }

  /** Process death (or power loss with `powerLoss`): unsynced writes are lost, maybe torn. */
  crash(random: Random, tearLastWrite: boolean): void {
    if (!this.incarnation) return;
    this.disk.crash(random, { tearLastWrite });
    this.options.network.detach(this.id);
    // A paused process that dies is no longer paused: its next incarnation runs.
    if (this.paused) this.options.network.resumePeer(this.id);
    this.incarnation.clock.dispose();
    this.incarnation = null;
    this.paused = false;
  }

  pause(): void {
    if (!this.incarnation || this.paused) return;
    this.paused = true;
    this.incarnation.clock.pause();
    this.options.network.pausePeer(this.id);
  }

  resume(): void {
    if (!this.incarnation || !this.paused) return;
    this.paused = false;
    this.incarnation.clock.resume();
    this.options.network.resumePeer(this.id);
  }

  setClockRate(rate: number): void {
    this.clockRate = rate;
    this.incarnation?.clock.setRate(rate);
  }

  private async kvApply(incarnation: Incarnation, client: number, opId: number, input: KvInput): Promise<KvReply> {
    if (!incarnation.started || this.incarnation !== incarnation) return { ok: false, definite: true, leaderHint: null, code: 'NOT_LEADER_OR_FOLLOWER' };
    try {
      const applied = (await incarnation.node.propose(encodeKvCommand({ client, opId, input }))) as KvApplied;
      if (applied.output === null) return { ok: false, definite: false, leaderHint: null, code: 'DUPLICATE' };
      return { ok: true, output: applied.output, offset: applied.offset, epoch: applied.epoch };
    } catch (error) {
      if (error instanceof ProposalError) return { ok: false, definite: error.definite, leaderHint: error.leaderId, code: error.code };
      throw error;
    }
  }

  private spyTransport(transport: Transport<SimServices>): Pick<Transport<RaftServices>, 'call'> {
    const observer = this.options.observer;
    return {
      call: (to, method, request, callOptions) => {
        const raftRequest = request as RaftRequest;
        if (!(raftRequest.type === 'Vote' && raftRequest.preVote)) observer.onEpochSent(this.id, requestEpoch(raftRequest));
        const incarnation = this.incarnation;
        const reply = transport.call(to, method, request, callOptions) as Promise<RaftResponse>;
        // Runs before the node sees the reply: record contact only if, as the
        // node stands, this is a successful fetch from the leader it follows.
        void reply.then((response) => {
          const core = incarnation?.started ? incarnation.node.raft : null;
          const fetched = (response.type === 'Fetch' || response.type === 'FetchSnapshot') && response.error === null;
          if (core && fetched && core.currentRole === 'follower' && core.currentEpoch === response.epoch && core.currentLeader === to) {
            incarnation!.leaderContact = { epoch: response.epoch, atMs: incarnation!.clock.now() };
          }
        }, () => {});
        return reply as never;
      },
    };
  }

  private spyHandlers(handlers: Handlers<RaftServices>): Handlers<RaftServices> {
    const observer = this.options.observer;
    const wrap = <F extends (from: number, request: never) => Promise<RaftResponse>>(handler: F): F =>
      (async (from: number, request: RaftRequest) => {
        const incarnation = this.incarnation;
        if (request.type === 'EndQuorumEpoch' && incarnation?.leaderContact?.epoch === request.epoch) incarnation.leaderContact = null;
        const response = await handler(from, request as never);
        observer.onEpochSent(this.id, response.epoch);
        if (incarnation && response.type === 'Vote' && request.type === 'Vote' && request.preVote && response.voteGranted) {
          const grant = { epoch: response.epoch, atMs: incarnation.clock.now(), fetchTimeoutMs: this.options.raftConfig.fetchTimeoutMs, leaderContact: incarnation.leaderContact };
          observer.onPreVoteGranted?.(this.id, grant);
        }
        if (response.type === 'Vote' && request.type === 'Vote' && !request.preVote && response.voteGranted) {
          observer.onVoteGranted(this.id, request.candidateEpoch, nodeId(from));
        }
        return response;
      }) as unknown as F;
    return {
      Vote: wrap(handlers.Vote),
      BeginQuorumEpoch: wrap(handlers.BeginQuorumEpoch),
      EndQuorumEpoch: wrap(handlers.EndQuorumEpoch),
      Fetch: wrap(handlers.Fetch),
      FetchSnapshot: wrap(handlers.FetchSnapshot),
    };
  }
}

function requestEpoch(request: RaftRequest): number {
  return request.type === 'Vote' ? request.candidateEpoch : request.epoch;
}
