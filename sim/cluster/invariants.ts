// Online safety checkers of the cluster scenario. They are fed by spies on
// each node (every committed entry its MetadataLoader applies, every snapshot
// it restores, every record batch its controller proposes) and by a look at
// every node's controller before each simulator event. They read; they never
// change node state. Each names its property and where it comes from:
//
// - committed-prefix-identical (KRS ConsistentCommittedData): the committed
//   entry at an offset is the same bytes and epoch on every node. The first
//   node to apply an offset defines it — the reference log.
// - image-is-replay-of-log (Kafka: the image is a pure function of the
//   committed records): every node's image, after each entry and after each
//   snapshot restore, equals the replay of the reference log up to its offset.
// - one-active-controller-per-epoch / one-writer-per-epoch (KRaft: the
//   controller is the quorum leader of one epoch): at most one node
//   incarnation is active in an epoch, at most one proposes in it, it
//   proposes only in its own epoch, and every committed entry was proposed by
//   the active controller of the entry's epoch.
// - partition and broker rules of every committed image, and epoch
//   monotonicity between successive images (image-checks.ts), on the
//   reference chain and on each node incarnation's own sequence; the restart
//   rules between successive images of the reference chain (a broker back on
//   other disks is in no ELR; with durable acks, only a lost disk empties a
//   partition's ISR ∪ ELR).
// - topic answers reflect committed state (Kafka's controller answers only
//   after the records it read or wrote are committed): see TopicOps below.

import type { NodeId } from '../../src/common/ids.js';
import { MetadataImage } from '../../src/metadata/image.js';
import { decodeRecordBatch } from '../../src/metadata/record-codec.js';
import { encodeSnapshot } from '../../src/metadata/snapshot-codec.js';
import type { LogEntry } from '../../src/raft/types.js';
import { epochRegressions, partitionViolations, restartViolations, sameBytes } from './image-checks.js';

export interface Violation {
  readonly invariant: string;
  readonly detail: string;
  readonly timeMs: number;
}

/** One committed data entry of the reference log. */
interface RefEntry {
  readonly offset: number;
  readonly epoch: number;
  readonly bytes: Uint8Array;
  readonly firstBy: string;
  /** Virtual time at which the first node applied it: at or just after its commit. */
  readonly atMs: number;
  readonly noOpOnly: boolean;
  /** The offset of the data entry before it (-1 for the first). */
  readonly previousOffset: number;
  readonly image: MetadataImage;
  encoded: Uint8Array | null;
}

/** A topic appearing or disappearing in the committed log. */
export interface TopicEvent {
  readonly offset: number;
  readonly atMs: number;
  readonly kind: 'created' | 'removed';
  readonly topicId: string;
}

interface NodeState {
  readonly key: string;
  image: MetadataImage;
  /** The image offset last shown equal to the reference replay (-2: never). */
  verifiedOffset: number;
}

const maxViolations = 20;
const emptyImage = MetadataImage.empty();

export class ClusterInvariants {
  readonly violations: Violation[] = [];
  private readonly log = new Map<number, RefEntry>();
  private latest: { offset: number; image: MetadataImage } = { offset: -1, image: emptyImage };
  private readonly nodes = new Map<string, NodeState>();
  /** quorum epoch → the node incarnation seen active in it. */
  private readonly activeByEpoch = new Map<number, string>();
  /** quorum epoch → the node incarnation that proposed in it. */
  private readonly writerByEpoch = new Map<number, string>();
  /** `${offset}/${epoch}` → proposer. */
  private readonly proposals = new Map<string, string>();
  private readonly topicEvents = new Map<string, TopicEvent[]>();
  private readonly leaderByEpoch = new Map<number, NodeId>();
  /** Committed records by kind (fences, unfences, shutdowns... for the run's statistics). */
  readonly recordCounts = new Map<string, number>();

  /**
   * @param brokerApplied how far the broker incarnation registered under
   *   (brokerId, brokerEpoch) has applied the metadata log right now (every
   *   entry below the result), or null when that incarnation is not running.
   * @param durableAcks the controller's durableAcks (log.flush.on.ack), for
   *   the restart rules (image-checks.ts restartViolations).
   */
  constructor(
    private readonly now: () => number,
    private readonly brokerApplied: (brokerId: number, brokerEpoch: number) => number | null = () => null,
    private readonly durableAcks = false,
  ) {}

  violate(invariant: string, detail: string): void {
    if (this.violations.length < maxViolations) this.violations.push({ invariant, detail, timeMs: this.now() });
  }

  get committedOffsets(): number {
    return this.log.size;
  }

  /** The latest committed image (the reference replay at the highest offset any node applied). */
  get latestImage(): MetadataImage {
    return this.latest.image;
  }

  // --- the reference log and every node's images ------------------------------

  /** A node's loader applied a committed entry and now holds `image`. */
  onApplied(node: NodeId, incarnation: number, entry: LogEntry, image: MetadataImage): void {
    const key = `n${node}#${incarnation}`;
    const state = this.nodeState(key);
    if (entry.offset <= state.image.offset) {
      this.violate('apply-in-log-order', `${key} applied offset ${entry.offset} after reaching ${state.image.offset}`);
    }
    const ref = this.log.get(entry.offset) ?? this.define(key, entry);
    if (ref === null) return;
    if (ref.epoch !== entry.epoch || !sameBytes(ref.bytes, entry.data)) {
      this.violate('committed-prefix-identical', `offset ${entry.offset}: ${key} committed epoch ${entry.epoch} (${entry.data.byteLength} bytes), ${ref.firstBy} committed epoch ${ref.epoch} (${ref.bytes.byteLength} bytes)`);
      return;
    }
    if (ref.noOpOnly && state.verifiedOffset === ref.previousOffset && state.image.offset === ref.previousOffset) {
      // A NoOp changes nothing but the offset: the image stays the verified one, moved on.
      if (image.offset !== entry.offset || image.epoch !== entry.epoch) this.violate('image-is-replay-of-log', `${key} at offset ${entry.offset} (epoch ${entry.epoch}) holds an image of offset ${image.offset} epoch ${image.epoch}`);
      else state.verifiedOffset = entry.offset;
    } else {
      this.compareToReference(key, state, image, ref);
    }
    for (const problem of epochRegressions(state.image, image)) this.violate(problem.split(':')[0]!, `${key}: ${problem}`);
    state.image = image;
  }

  /** A node's loader restored a snapshot (at start, or a downloaded one). */
  onRestored(node: NodeId, incarnation: number, image: MetadataImage): void {
    const key = `n${node}#${incarnation}`;
    const state = this.nodeState(key);
    if (image.offset < state.image.offset) this.violate('apply-in-log-order', `${key} restored a snapshot at ${image.offset} after reaching ${state.image.offset}`);
    else for (const problem of epochRegressions(state.image, image)) this.violate(problem.split(':')[0]!, `${key}: ${problem}`);
    state.image = image;
    state.verifiedOffset = -2;
    if (image.offset === -1) {
      if (image.topicsById.size > 0 || image.brokers.size > 0) this.violate('image-is-replay-of-log', `${key} restored a non-empty image at offset -1`);
      state.verifiedOffset = -1;
      return;
    }
    const ref = this.log.get(image.offset);
    if (ref === undefined) {
      this.violate('image-is-replay-of-log', `${key} restored a snapshot at offset ${image.offset}, which no node has applied as a committed data entry`);
      return;
    }
    this.compareToReference(key, state, image, ref);
  }

  private nodeState(key: string): NodeState {
    let state = this.nodes.get(key);
    if (state === undefined) {
      state = { key, image: emptyImage, verifiedOffset: -1 };
      this.nodes.set(key, state);
    }
    return state;
  }

  private compareToReference(key: string, state: NodeState, image: MetadataImage, ref: RefEntry): void {
    ref.encoded ??= encodeSnapshot(ref.image);
    if (!sameBytes(encodeSnapshot(image), ref.encoded)) {
      this.violate('image-is-replay-of-log', `${key} at offset ${image.offset}: its image differs from the replay of the committed log (${describeImage(image)} vs ${describeImage(ref.image)})`);
      return;
    }
    state.verifiedOffset = image.offset;
  }

  /** The first node to apply `entry` defines the reference entry there; the image checks run once per offset. */
  private define(key: string, entry: LogEntry): RefEntry | null {
    if (entry.offset < this.latest.offset) {
      this.violate('committed-prefix-identical', `${key} applied a data entry at offset ${entry.offset}, where the nodes before it committed no data entry (reference is at ${this.latest.offset})`);
      return null;
    }
    const records = decodeRecordBatch(entry.data);
    const previous = this.latest;
    let image: MetadataImage;
    try {
      image = previous.image.apply(records, entry.offset, entry.epoch);
    } catch (error) {
      this.violate('image-is-replay-of-log', `the committed entry at ${entry.offset} does not replay onto the committed image at ${previous.offset}: ${(error as Error).message}`);
      return null;
    }
    const ref: RefEntry = {
      offset: entry.offset,
      epoch: entry.epoch,
      bytes: entry.data.slice(),
      firstBy: key,
      atMs: this.now(),
      noOpOnly: records.every((r) => r.type === 'NoOp'),
      previousOffset: previous.offset,
      image,
      encoded: null,
    };
    this.log.set(entry.offset, ref);
    for (const record of records) {
      if (record.type === 'BrokerRegistrationChange' && record.fenced === false) this.checkUnfence(record.brokerId, record.brokerEpoch, entry.offset);
      const kind = record.type === 'BrokerRegistrationChange' ? (record.fenced === true ? 'Fence' : record.fenced === false ? 'Unfence' : 'ControlledShutdown') : record.type;
      this.recordCounts.set(kind, (this.recordCounts.get(kind) ?? 0) + 1);
    }
    this.latest = { offset: entry.offset, image };
    this.checkWriter(entry.offset, entry.epoch);
    if (!ref.noOpOnly) {
      for (const problem of partitionViolations(image)) this.violate(problem.split(':')[0]!, problem);
      for (const problem of epochRegressions(previous.image, image)) this.violate(problem.split(':')[0]!, problem);
      for (const problem of restartViolations(previous.image, image, this.durableAcks)) this.violate(problem.split(':')[0]!, problem);
      this.indexTopics(previous.image, image, ref);
    }
    return ref;
  }

  /**
   * kraft-digest §1.5: a broker is unfenced only once its metadata has caught
   * up to its own registration (heartbeat currentMetadataOffset > brokerEpoch),
   * so an unfenced broker never serves from metadata older than its own birth.
   */
  private checkUnfence(brokerId: number, brokerEpoch: number, offset: number): void {
    const applied = this.brokerApplied(brokerId, brokerEpoch);
    if (applied !== null && applied <= brokerEpoch) {
      this.violate('unfence-after-catch-up', `broker ${brokerId} (epoch ${brokerEpoch}) was unfenced at offset ${offset} but has applied only the entries below ${applied}`);
    }
  }

  private indexTopics(previous: MetadataImage, next: MetadataImage, ref: RefEntry): void {
    if (previous.topicsById === next.topicsById) return;
    const push = (name: string, event: TopicEvent): void => {
      const list = this.topicEvents.get(name) ?? [];
      list.push(event);
      this.topicEvents.set(name, list);
    };
    for (const topic of previous.topicsById.values()) {
      if (!next.topicsById.has(topic.topicId)) push(topic.name, { offset: ref.offset, atMs: ref.atMs, kind: 'removed', topicId: topic.topicId });
    }
    for (const topic of next.topicsById.values()) {
      if (!previous.topicsById.has(topic.topicId)) push(topic.name, { offset: ref.offset, atMs: ref.atMs, kind: 'created', topicId: topic.topicId });
    }
  }

  // --- controllers -------------------------------------------------------------

  /** Raft §5.2 via the status each node reports: at most one quorum leader per epoch. */
  observeQuorumLeader(node: NodeId, epoch: number, leaderId: NodeId | null): void {
    if (leaderId === null) return;
    const known = this.leaderByEpoch.get(epoch);
    if (known === undefined) this.leaderByEpoch.set(epoch, leaderId);
    else if (known !== leaderId) this.violate('single-leader-per-epoch', `epoch ${epoch}: node ${node} says leader ${leaderId}, another node said ${known}`);
  }

  /** Called before every event for each node whose controller is active, with the epoch it activated in. */
  observeActiveController(node: NodeId, incarnation: number, activeEpoch: number): void {
    const key = `n${node}#${incarnation}`;
    const known = this.activeByEpoch.get(activeEpoch);
    if (known === undefined) this.activeByEpoch.set(activeEpoch, key);
    else if (known !== key) this.violate('one-active-controller-per-epoch', `epoch ${activeEpoch}: ${key} is the active controller, and so was ${known}`);
    const leader = this.leaderByEpoch.get(activeEpoch);
    if (leader !== undefined && leader !== node) this.violate('active-controller-leads-quorum', `${key} is active in epoch ${activeEpoch}, whose quorum leader is node ${leader}`);
  }

  /** The controller of `node` appended a record batch at (offset, epoch) while active in `activeEpoch`. */
  onProposed(node: NodeId, incarnation: number, offset: number, epoch: number, activeEpoch: number | null): void {
    const key = `n${node}#${incarnation}`;
    if (activeEpoch !== epoch) this.violate('controller-writes-in-its-own-epoch', `${key} proposed at offset ${offset} in quorum epoch ${epoch} while its controller was active for ${activeEpoch ?? 'none'}`);
    const writer = this.writerByEpoch.get(epoch);
    if (writer === undefined) this.writerByEpoch.set(epoch, key);
    else if (writer !== key) this.violate('one-writer-per-epoch', `epoch ${epoch}: ${key} proposed at offset ${offset}, but ${writer} already wrote in this epoch`);
    this.proposals.set(`${offset}/${epoch}`, key);
  }

  private checkWriter(offset: number, epoch: number): void {
    const proposer = this.proposals.get(`${offset}/${epoch}`);
    if (proposer === undefined) {
      this.violate('committed-entry-from-active-controller', `the committed data entry at ${offset} (epoch ${epoch}) was proposed by no controller`);
      return;
    }
    const active = this.activeByEpoch.get(epoch);
    if (active !== undefined && active !== proposer) this.violate('committed-entry-from-active-controller', `the committed entry at ${offset} (epoch ${epoch}) came from ${proposer}, but ${active} was the active controller`);
  }

  // --- topic answers -------------------------------------------------------------

  /** The committed history of one topic name, in log order. */
  topicHistory(name: string): readonly TopicEvent[] {
    return this.topicEvents.get(name) ?? [];
  }

  /** Whether `name` exists in the committed state as of `atMs`. */
  private presentAt(name: string, atMs: number): boolean {
    let present = false;
    for (const event of this.topicHistory(name)) {
      if (event.atMs > atMs) break;
      present = event.kind === 'created';
    }
    return present;
  }

  private eventIn(name: string, kind: TopicEvent['kind'], fromMs: number, toMs: number, topicId?: string): boolean {
    return this.topicHistory(name).some((e) => e.kind === kind && e.atMs >= fromMs && e.atMs <= toMs && (topicId === undefined || e.topicId === topicId));
  }

  /**
   * A CreateTopics/DeleteTopics answer must be true of some committed state
   * between the request and its answer: an acknowledged create or delete
   * committed in that window; TOPIC_ALREADY_EXISTS / UNKNOWN_TOPIC mean the
   * name existed / did not exist in some committed state in it.
   */
  checkTopicAnswer(op: 'create' | 'delete', name: string, answer: 'ok' | 'exists' | 'unknown', invokeMs: number, topicId: string | null = null): void {
    const nowMs = this.now();
    const window = `[${invokeMs}, ${nowMs}] ms`;
    if (op === 'create' && answer === 'ok') {
      if (!this.eventIn(name, 'created', invokeMs, nowMs, topicId ?? undefined)) {
        this.violate('acknowledged-topic-write-committed', `CreateTopics '${name}' answered ok (id ${topicId}) but no such topic was committed in ${window}; committed history ${this.showHistory(name)}`);
      }
    } else if (op === 'create' && answer === 'exists') {
      if (!this.presentAt(name, invokeMs) && !this.eventIn(name, 'created', invokeMs, nowMs)) {
        this.violate('answer-reflects-committed-state', `CreateTopics '${name}' answered TOPIC_ALREADY_EXISTS but it existed in no committed state in ${window}; committed history ${this.showHistory(name)}`);
      }
    } else if (op === 'delete' && answer === 'ok') {
      if (!this.eventIn(name, 'removed', invokeMs, nowMs)) {
        this.violate('acknowledged-topic-write-committed', `DeleteTopics '${name}' answered ok but no removal was committed in ${window}; committed history ${this.showHistory(name)}`);
      }
    } else if (op === 'delete' && answer === 'unknown') {
      if (this.presentAt(name, invokeMs) && !this.eventIn(name, 'removed', invokeMs, nowMs)) {
        this.violate('answer-reflects-committed-state', `DeleteTopics '${name}' answered UNKNOWN_TOPIC_OR_PARTITION but it existed in every committed state in ${window}; committed history ${this.showHistory(name)}`);
      }
    }
  }

  private showHistory(name: string): string {
    const events = this.topicHistory(name);
    return events.length === 0 ? '(none)' : events.map((e) => `${e.kind} ${e.topicId} @${e.offset}/${e.atMs}ms`).join(', ');
  }
}

function describeImage(image: MetadataImage): string {
  return `offset ${image.offset} epoch ${image.epoch} brokers ${image.brokers.size} topics ${image.topicsById.size}`;
}
