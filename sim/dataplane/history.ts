// The recorded history of a `dataplane` simulation run, in the spirit of
// Jepsen's Kafka workload (sim-digest §2(b)): every send a producer issued and
// how it ended, every poll a consumer made (with the high watermark of the
// same fetch response), every explicit consumer reset, the final read of each
// partition after the heal, and periodic observations of partition state from
// a node's metadata image. The checkers (checkers.ts) read only this; they
// know nothing of nodes, so they can be tested on hand-written histories.

/** Producer acknowledgement mode: -1 = `acks=all`, 1 = leader only. */
export type Acks = -1 | 1;

/**
 * How a send ended.
 * - ok: acknowledged at `offset`.
 * - failed-definite: a non-retriable error that guarantees nothing was
 *   appended (e.g. a validation error such as RECORD_TOO_LARGE or
 *   INVALID_TOPIC_EXCEPTION). A timeout, a transport error or a retriable
 *   error exhausted by retries is NOT definite.
 * - indeterminate: anything else, including a send still pending at the end.
 */
export type SendOutcome =
  | { readonly kind: 'ok'; readonly offset: number }
  | { readonly kind: 'failed-definite'; readonly error: string }
  | { readonly kind: 'indeterminate'; readonly error: string };

export interface SendOp {
  readonly id: number;
  readonly producer: string;
  readonly topic: string;
  readonly partition: number;
  /** Unique across the history. */
  readonly value: string;
  readonly acks: Acks;
  readonly idempotent: boolean;
  /** 0, 1, 2, ...: the order in which this producer issued its sends to this partition. */
  readonly seqInProducerPartition: number;
  readonly invokeMs: number;
  /** Null when the send never completed (then the outcome is indeterminate). */
  readonly completeMs: number | null;
  readonly outcome: SendOutcome;
}

export interface LogRecord {
  readonly offset: number;
  readonly value: string;
}

export interface PollOp {
  /** Position in the recorder's common sequence of polls and resets (orders them per consumer). */
  readonly index: number;
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  /** The records the consumer got, in the order it got them. */
  readonly records: readonly LogRecord[];
  /** The high watermark in the same fetch response. */
  readonly highWatermark: number;
  readonly timeMs: number;
}

/**
 * An explicit repositioning of a consumer on a partition (seek, assignment,
 * OFFSET_OUT_OF_RANGE reset...). `offset` is where its next record must be,
 * or null when that is not known (the next poll may start anywhere).
 */
export interface ResetOp {
  readonly index: number;
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number | null;
  readonly timeMs: number;
  readonly reason: string;
}

/** A read of a whole partition after the heal, from its log start to `endOffset` (exclusive). */
export interface FinalRead {
  readonly topic: string;
  readonly partition: number;
  readonly logStartOffset: number;
  /** The high watermark read up to: the records should cover [logStartOffset, endOffset). */
  readonly endOffset: number;
  readonly records: readonly LogRecord[];
  readonly timeMs: number;
}

/** Partition state as one node's metadata image showed it at `timeMs`. */
export interface PartitionObservation {
  readonly timeMs: number;
  readonly node: number;
  readonly topic: string;
  readonly partition: number;
  /** -1 when the partition has no leader. */
  readonly leader: number;
  readonly isr: readonly number[];
  readonly elr: readonly number[];
}

export interface DataplaneHistory {
  readonly sends: readonly SendOp[];
  readonly polls: readonly PollOp[];
  readonly resets: readonly ResetOp[];
  readonly finalReads: readonly FinalRead[];
  readonly observations: readonly PartitionObservation[];
}

/** A map key for (topic, partition). Kafka topic names cannot contain '#'. */
export function partitionKey(topic: string, partition: number): string {
  return `${topic}#${partition}`;
}

export interface SendInvocation {
  readonly producer: string;
  readonly topic: string;
  readonly partition: number;
  readonly value: string;
  readonly acks: Acks;
  readonly idempotent: boolean;
  readonly timeMs: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Collects a history as the run goes. Arrays passed in (records, isr, elr)
 * are kept as they are: the caller hands them over and must not change them.
 */
export class HistoryRecorder {
  private readonly sends: Mutable<SendOp>[] = [];
  private readonly values = new Set<string>();
  private readonly nextSeq = new Map<string, number>();
  private readonly polls: PollOp[] = [];
  private readonly resets: ResetOp[] = [];
  private readonly finalReads: FinalRead[] = [];
  private readonly observations: PartitionObservation[] = [];
  /** `node/topic#partition` → the last observation recorded for it. */
  private readonly lastObservation = new Map<string, PartitionObservation>();
  private nextIndex = 0;
  /** Observations not stored because they repeated the previous one of the same node and partition. */
  observationsUnchanged = 0;

  /** A producer issues a send. Returns its id (for completeSend). The value must be unique. */
  invokeSend(send: SendInvocation): number {
    if (this.values.has(send.value)) throw new Error(`history: value '${send.value}' sent twice`);
    this.values.add(send.value);
    const seqKey = `${send.producer}\u0000${partitionKey(send.topic, send.partition)}`;
    const seq = this.nextSeq.get(seqKey) ?? 0;
    this.nextSeq.set(seqKey, seq + 1);
    const id = this.sends.length;
    this.sends.push({
      id,
      producer: send.producer,
      topic: send.topic,
      partition: send.partition,
      value: send.value,
      acks: send.acks,
      idempotent: send.idempotent,
      seqInProducerPartition: seq,
      invokeMs: send.timeMs,
      completeMs: null,
      outcome: { kind: 'indeterminate', error: 'pending' },
    });
    return id;
  }

  /** The send `id` ended. Each send completes at most once. */
  completeSend(id: number, outcome: SendOutcome, timeMs: number): void {
    const send = this.sends[id];
    if (send === undefined) throw new Error(`history: no send ${id}`);
    if (send.completeMs !== null) throw new Error(`history: send ${id} completed twice`);
    send.completeMs = timeMs;
    send.outcome = outcome;
  }

  recordPoll(poll: Omit<PollOp, 'index'>): void {
    this.polls.push({ ...poll, index: this.nextIndex++ });
  }

  recordReset(reset: Omit<ResetOp, 'index'>): void {
    this.resets.push({ ...reset, index: this.nextIndex++ });
  }

  recordFinalRead(read: FinalRead): void {
    this.finalReads.push(read);
  }

  /** Stores the observation unless it repeats the previous one of the same node and partition. */
  observePartition(observation: PartitionObservation): void {
    const key = `${observation.node}/${partitionKey(observation.topic, observation.partition)}`;
    const last = this.lastObservation.get(key);
    if (last !== undefined && last.leader === observation.leader && sameMembers(last.isr, observation.isr) && sameMembers(last.elr, observation.elr)) {
      this.observationsUnchanged++;
      return;
    }
    this.lastObservation.set(key, observation);
    this.observations.push(observation);
  }

  get sendCount(): number {
    return this.sends.length;
  }

  /** The history so far. Sends still pending appear with an indeterminate outcome and completeMs null. */
  history(): DataplaneHistory {
    return {
      sends: this.sends.map((s) => ({ ...s })),
      polls: this.polls.slice(),
      resets: this.resets.slice(),
      finalReads: this.finalReads.slice(),
      observations: this.observations.slice(),
    };
  }
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
