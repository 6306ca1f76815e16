// The recorded history of a `groups` simulation run: what the producer had
// acknowledged, what each group member processed and when it believed it
// owned which partition (from the real Consumer's events), and what the
// group coordinators answered to periodic DescribeGroups and OffsetFetch
// requests, tagged with who answered and who led the group's
// __consumer_offsets partition in the committed metadata at the time. The
// checkers (checkers.ts) read only this, so they can be tested on
// hand-written histories.
//
// Time: every entry carries a `seq` from one counter (a total order, also
// within one virtual millisecond) and the virtual time `timeMs` for reports.

/** How an ownership interval ended. */
export type IntervalEnd =
  /** partitions.revoked with lost=false during a rebalance: handlers done, offsets committed, then acknowledged. */
  | 'revoked'
  /** partitions.revoked with lost=true: the member learned it had been fenced. */
  | 'lost'
  /** The member's process died (its endpoint and timers dropped, no leave). */
  | 'crashed'
  /** The consumer stopped (disconnect, or it gave up after a fatal error): it may never learn whether it had been fenced. */
  | 'closed'
  /** Still owned when the history was taken. */
  | 'open';

/**
 * One member's ownership of one partition, as its Consumer reported it:
 * from partitions.assigned to partitions.revoked (or the process's end).
 */
export interface OwnershipInterval {
  readonly group: string;
  /** The member process, e.g. `g0/s1#2` (group 0, slot 1, second incarnation). */
  readonly member: string;
  /** The KIP-848 member id (made by the client, kept across rejoins of one process). */
  readonly memberId: string;
  readonly topic: string;
  readonly partition: number;
  readonly startSeq: number;
  readonly startMs: number;
  /** null while open. */
  readonly endSeq: number | null;
  readonly endMs: number | null;
  readonly end: IntervalEnd;
}

/** A time this workload froze a member process (SIGSTOP) or cut it off from the cluster. */
export interface Disturbance {
  readonly member: string;
  readonly kind: 'pause' | 'isolate';
  readonly startSeq: number;
  /** null: still under way when the history was taken. */
  readonly endSeq: number | null;
}

/** One eachMessage call, recorded when it started. */
export interface ProcessedRecord {
  readonly group: string;
  readonly member: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
  readonly seq: number;
  readonly timeMs: number;
}

/** An acknowledged send of the workload's producer (acks=all, idempotent). */
export interface AckedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
  readonly timeMs: number;
}

/** The committed leader of the group's offsets partition, from the latest committed metadata image. */
export interface LeaderView {
  readonly node: number;
  readonly leaderEpoch: number;
  /** Whether that node's own running replica of the offsets partition is leader in that epoch. */
  readonly nodeAgrees: boolean;
  /** The running incarnation of that node (-1: down). */
  readonly incarnation: number;
}

/** Common to both kinds of coordinator sample. */
export interface SampleWindow {
  readonly group: string;
  /** The node asked (and that answered). */
  readonly node: number;
  readonly sendSeq: number;
  readonly recvSeq: number;
  readonly sendMs: number;
  readonly recvMs: number;
  /** Who led the group's offsets partition when the request was sent, and when the answer came. */
  readonly leaderAtSend: LeaderView | null;
  readonly leaderAtRecv: LeaderView | null;
}

export interface DescribedMemberSample {
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly assigned: readonly { readonly topic: string; readonly partition: number }[];
  readonly pendingRevocation: readonly { readonly topic: string; readonly partition: number }[];
}

/** A DescribeGroups answer: the coordinator's committed members and assignments. */
export interface GroupSample extends SampleWindow {
  readonly groupEpoch: number;
  readonly members: readonly DescribedMemberSample[];
}

/** An OffsetFetch answer (no member fence): the group's committed offsets. */
export interface OffsetSample extends SampleWindow {
  readonly offsets: readonly { readonly topic: string; readonly partition: number; readonly offset: number }[];
}

/**
 * After the drain: a group's committed offsets next to each partition's high
 * watermark (Admin.fetchOffsets), its members as the coordinator lists them
 * (Admin.describeGroups), and the member ids of the consumers still running.
 */
export interface FinalGroupState {
  readonly group: string;
  readonly partitions: readonly { readonly topic: string; readonly partition: number; readonly committed: number; readonly logEnd: number | null }[];
  readonly coordinatorMembers: readonly string[];
  readonly liveMembers: readonly string[];
}

/** A consumer that gave up (its 'crash' event: a fatal error from the group or fetch path). */
export interface ConsumerFailure {
  readonly group: string;
  readonly member: string;
  readonly error: string;
  readonly timeMs: number;
}

export interface GroupsHistory {
  readonly groups: readonly string[];
  readonly acked: readonly AckedRecord[];
  readonly intervals: readonly OwnershipInterval[];
  readonly processed: readonly ProcessedRecord[];
  readonly disturbances: readonly Disturbance[];
  readonly groupSamples: readonly GroupSample[];
  readonly offsetSamples: readonly OffsetSample[];
  /** One per group, unless the run failed before the drain. */
  readonly finalStates: readonly FinalGroupState[];
  readonly consumerFailures: readonly ConsumerFailure[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Collects a history as the run goes; the workload calls it from the Consumer's events and its own samplers. */
export class GroupsRecorder {
  private seq = 0;
  private readonly acked: AckedRecord[] = [];
  private readonly intervals: Mutable<OwnershipInterval>[] = [];
  /** `member\u0000topic\u0000partition` → its open interval. */
  private readonly open = new Map<string, Mutable<OwnershipInterval>>();
  private readonly processed: ProcessedRecord[] = [];
  private readonly disturbances: Mutable<Disturbance>[] = [];
  /** group → the values it has handled. */
  private readonly processedValues = new Map<string, Set<string>>();
  private readonly groupSamples: GroupSample[] = [];
  private readonly offsetSamples: OffsetSample[] = [];
  private readonly finalStates: FinalGroupState[] = [];
  private readonly consumerFailures: ConsumerFailure[] = [];

  constructor(
    private readonly groups: readonly string[],
    private readonly now: () => number,
  ) {}

  /** The next position in the history's total order. */
  nextSeq(): number {
    return this.seq++;
  }

  ack(record: AckedRecord): void {
    this.acked.push(record);
  }

  assigned(group: string, member: string, memberId: string, partitions: readonly { topic: string; partition: number }[]): void {
    for (const { topic, partition } of partitions) {
      const key = openKey(member, topic, partition);
      // Assigned twice without a revoke between (a consumer bug): the first interval ends here, as if revoked.
      const previous = this.open.get(key);
      if (previous !== undefined) this.close(previous, 'revoked');
      const interval: Mutable<OwnershipInterval> = { group, member, memberId, topic, partition, startSeq: this.nextSeq(), startMs: this.now(), endSeq: null, endMs: null, end: 'open' };
      this.open.set(key, interval);
      this.intervals.push(interval);
    }
  }

  /** partitions.revoked: `how` is 'lost' when lost, else 'revoked' or (while the consumer stops) 'closed'. */
  revoked(member: string, partitions: readonly { topic: string; partition: number }[], how: Exclude<IntervalEnd, 'crashed' | 'open'>): void {
    for (const { topic, partition } of partitions) {
      const interval = this.open.get(openKey(member, topic, partition));
      if (interval !== undefined) this.close(interval, how);
    }
  }

  /** The member's process died: everything it held ends now. */
  crashed(member: string): void {
    for (const interval of [...this.open.values()]) if (interval.member === member) this.close(interval, 'crashed');
  }

  /** The workload starts freezing or cutting off `member`. */
  disturb(member: string, kind: Disturbance['kind']): void {
    this.disturbances.push({ member, kind, startSeq: this.nextSeq(), endSeq: null });
  }

  /** The member's disturbances of this kind are over. */
  undisturb(member: string, kind: Disturbance['kind']): void {
    for (const d of this.disturbances) if (d.member === member && d.kind === kind && d.endSeq === null) d.endSeq = this.nextSeq();
  }

  process(record: Omit<ProcessedRecord, 'seq' | 'timeMs'>): void {
    this.processed.push({ ...record, seq: this.nextSeq(), timeMs: this.now() });
    let values = this.processedValues.get(record.group);
    if (values === undefined) this.processedValues.set(record.group, (values = new Set()));
    values.add(record.value);
  }

  /** Whether `group` has handled every value acknowledged so far. */
  allAckedProcessedBy(group: string): boolean {
    const values = this.processedValues.get(group);
    return this.acked.every((a) => values?.has(a.value) === true);
  }

  groupSample(sample: GroupSample): void {
    this.groupSamples.push(sample);
  }

  offsetSample(sample: OffsetSample): void {
    this.offsetSamples.push(sample);
  }

  final(state: FinalGroupState): void {
    this.finalStates.push(state);
  }

  consumerFailed(failure: ConsumerFailure): void {
    this.consumerFailures.push(failure);
  }

  /** Whether `member` holds (topic, partition) now by its own events. */
  holds(member: string, topic: string, partition: number): boolean {
    return this.open.has(openKey(member, topic, partition));
  }

  history(): GroupsHistory {
    return {
      groups: this.groups,
      acked: this.acked.slice(),
      intervals: this.intervals.map((i) => ({ ...i })),
      processed: this.processed.slice(),
      disturbances: this.disturbances.map((d) => ({ ...d })),
      groupSamples: this.groupSamples.slice(),
      offsetSamples: this.offsetSamples.slice(),
      finalStates: this.finalStates.slice(),
      consumerFailures: this.consumerFailures.slice(),
    };
  }

  private close(interval: Mutable<OwnershipInterval>, end: IntervalEnd): void {
    interval.endSeq = this.nextSeq();
    interval.endMs = this.now();
    interval.end = end;
    this.open.delete(openKey(interval.member, interval.topic, interval.partition));
  }
}

function openKey(member: string, topic: string, partition: number): string {
  return `${member}\u0000${topic}\u0000${partition}`;
}
