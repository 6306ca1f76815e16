// Offline checkers of the `dataplane` scenario: Jepsen's Kafka checkers
// (sim-digest §2(b); DESIGN.md §9 "Partition log"), adapted to the history
// of history.ts. Each returns the violations it finds (empty = OK); none
// changes the history. All are linear in the history's size (Maps, no
// pairwise scans), so a run of ~100k records checks in well under a second.
//
// - no-divergence (`:inconsistent-offsets`): each (topic, partition, offset)
//   holds one value across every poll, every final read and every
//   acknowledged acks=all send.
// - no-lost-acks-all (`:unseen`/`:lost-write`): every acks=all send
//   acknowledged at offset o is at o, with its value, in the final read.
// - no-duplicates (`:duplicate`): a value of an idempotent producer is seen at
//   one (partition, offset) only.
// - producer-order (`:nonmonotonic-send`): among a producer's sends to one
//   partition that appear in the log, a later-issued one never sits at a
//   lower offset than an earlier-issued one.
// - consumer-monotonic (`:poll-skip`, `:nonmonotonic-poll` and their `int-`
//   forms): a consumer's records of one partition are contiguous, within a
//   poll and from one poll to the next, unless it was explicitly reset
//   (no compaction in this scenario, so there are no legitimate gaps).
// - reads-below-hw: a polled record's offset is below the high watermark of
//   the same fetch response.
// - definite-failure-never-read (`:G1a`): a send that definitely failed is
//   never read.
// - leader-in-isr: every observed leader is in the ISR (or there is none).
// - final-read-contiguous (a sanity check of the final read the others rely
//   on): a final read covers [logStartOffset, endOffset) with no gap.
// Not a violation: acks=1 acknowledged records lost (Kafka allows it); they
// are counted for the run summary (acks1LossReport).

import { partitionKey, type DataplaneHistory, type FinalRead, type LogRecord, type PollOp, type ResetOp, type SendOp } from './history.js';

export const dataplaneInvariants = [
  'history-well-formed',
  'no-divergence',
  'no-lost-acks-all',
  'no-duplicates',
  'producer-order',
  'consumer-monotonic',
  'reads-below-hw',
  'definite-failure-never-read',
  'leader-in-isr',
  'final-read-contiguous',
] as const;
export type DataplaneInvariant = (typeof dataplaneInvariants)[number];

export interface DataplaneViolation {
  readonly invariant: DataplaneInvariant;
  readonly detail: string;
  /** Virtual time of the observation that shows it, when there is one. */
  readonly timeMs?: number;
}

export interface Acks1LossReport {
  /** acks=1 sends acknowledged with an offset. */
  readonly acked: number;
  /** ... of which the final read does not hold at their offset. */
  readonly lost: number;
  /** ... whose partition has no final read, so we cannot tell. */
  readonly unverifiable: number;
  /** A few lost values, for the run summary. */
  readonly examples: readonly string[];
}

export interface DataplaneStats {
  readonly sends: number;
  readonly sendsOk: number;
  readonly sendsAcksAllOk: number;
  readonly sendsFailedDefinite: number;
  readonly sendsIndeterminate: number;
  /** Indeterminate sends whose value is in a final read (they took effect after all). */
  readonly indeterminateInLog: number;
  readonly polls: number;
  readonly recordsPolled: number;
  readonly resets: number;
  readonly finalReads: number;
  readonly finalRecords: number;
  readonly observations: number;
  /** Distinct values read (polled or in a final read) that no recorded send wrote. */
  readonly phantomValues: number;
  readonly acks1: Acks1LossReport;
}

export interface DataplaneCheckOptions {
  /**
   * Which producers producer-order holds for. Kafka keeps per-partition order
   * for idempotent producers; a non-idempotent one with retries and more than
   * one request in flight may reorder. Default 'all'.
   */
  readonly producerOrderFor?: 'all' | 'idempotent';
  /** At most this many violations per invariant, then one summary line. Default 50. */
  readonly maxPerInvariant?: number;
}

/** Lookups shared by the checkers, built in one pass over the history. */
export interface HistoryIndex {
  readonly sendsByValue: ReadonlyMap<string, SendOp>;
  /** Values sent more than once (the history is then malformed). */
  readonly repeatedValues: readonly string[];
  /** partitionKey → its final reads. */
  readonly finalReads: ReadonlyMap<string, readonly FinalRead[]>;
  /** Each final read's offset → value. */
  readonly finalValues: ReadonlyMap<FinalRead, ReadonlyMap<number, string>>;
}

export function indexHistory(history: DataplaneHistory): HistoryIndex {
  const sendsByValue = new Map<string, SendOp>();
  const repeatedValues: string[] = [];
  for (const send of history.sends) {
    if (sendsByValue.has(send.value)) repeatedValues.push(send.value);
    else sendsByValue.set(send.value, send);
  }
  const finalReads = new Map<string, FinalRead[]>();
  const finalValues = new Map<FinalRead, Map<number, string>>();
  for (const read of history.finalReads) {
    const key = partitionKey(read.topic, read.partition);
    const list = finalReads.get(key);
    if (list === undefined) finalReads.set(key, [read]);
    else list.push(read);
    const values = new Map<number, string>();
    for (const record of read.records) if (!values.has(record.offset)) values.set(record.offset, record.value);
    finalValues.set(read, values);
  }
  return { sendsByValue, repeatedValues, finalReads, finalValues };
}

/** Collects one invariant's violations, keeping the first `max` and counting the rest. */
class Findings {
  private readonly list: DataplaneViolation[] = [];
  private suppressed = 0;

  constructor(
    private readonly invariant: DataplaneInvariant,
    private readonly max: number,
  ) {}

  add(detail: string, timeMs?: number): void {
    if (this.list.length >= this.max) {
      this.suppressed++;
      return;
    }
    this.list.push(timeMs === undefined ? { invariant: this.invariant, detail } : { invariant: this.invariant, detail, timeMs });
  }

  done(): DataplaneViolation[] {
    if (this.suppressed > 0) this.list.push({ invariant: this.invariant, detail: `... and ${this.suppressed} more` });
    return this.list;
  }
}

const defaultMax = 50;
const tp = (topic: string, partition: number): string => `${topic}-${partition}`;
const describePoll = (poll: PollOp): string => `poll by ${poll.consumer} at ${poll.timeMs}ms`;
const describeRead = (read: FinalRead): string => `final read at ${read.timeMs}ms`;
const describeSend = (send: SendOp): string => `acks=all ack of send ${send.id} (${send.producer})`;

type Source = PollOp | FinalRead | SendOp;
function describeSource(source: Source): string {
  if ('consumer' in source) return describePoll(source);
  if ('producer' in source) return describeSend(source);
  return describeRead(source);
}

/** Each (topic, partition, offset) holds one value across polls, final reads and acks=all acknowledgements. */
export function noDivergence(history: DataplaneHistory, options: DataplaneCheckOptions = {}): DataplaneViolation[] {
  const findings = new Findings('no-divergence', options.maxPerInvariant ?? defaultMax);
  const values = new Map<string, Map<number, string>>();
  const sources = new Map<string, Map<number, Source>>();
  const reported = new Set<string>();
  const see = (topic: string, partition: number, offset: number, value: string, source: Source, timeMs: number | undefined): void => {
    const key = partitionKey(topic, partition);
    let byOffset = values.get(key);
    let bySource = sources.get(key);
    if (byOffset === undefined || bySource === undefined) {
      byOffset = new Map();
      bySource = new Map();
      values.set(key, byOffset);
      sources.set(key, bySource);
    }
    const known = byOffset.get(offset);
    if (known === undefined) {
      byOffset.set(offset, value);
      bySource.set(offset, source);
      return;
    }
    if (known === value) return;
    const once = `${key}@${offset}@${value}`;
    if (reported.has(once)) return;
    reported.add(once);
    findings.add(`${tp(topic, partition)} offset ${offset}: '${known}' (${describeSource(bySource.get(offset)!)}) and '${value}' (${describeSource(source)})`, timeMs);
  };
  for (const read of history.finalReads) for (const r of read.records) see(read.topic, read.partition, r.offset, r.value, read, read.timeMs);
  for (const poll of history.polls) for (const r of poll.records) see(poll.topic, poll.partition, r.offset, r.value, poll, poll.timeMs);
  for (const send of history.sends) {
    if (send.acks === -1 && send.outcome.kind === 'ok') see(send.topic, send.partition, send.outcome.offset, send.value, send, send.completeMs ?? undefined);
  }
  return findings.done();
}

/** Every acknowledged acks=all send is in the final read of its partition, at its offset, with its value. */
export function noLostAcksAll(history: DataplaneHistory, options: DataplaneCheckOptions = {}, index = indexHistory(history)): DataplaneViolation[] {
  const findings = new Findings('no-lost-acks-all', options.maxPerInvariant ?? defaultMax);
  const unread = new Set<string>();
  let foundElsewhere: Map<string, string> | null = null;
  for (const send of history.sends) {
    if (send.acks !== -1 || send.outcome.kind !== 'ok') continue;
    const offset = send.outcome.offset;
    const key = partitionKey(send.topic, send.partition);
    const reads = index.finalReads.get(key);
    if (reads === undefined) {
      if (!unread.has(key)) findings.add(`${tp(send.topic, send.partition)} has acknowledged acks=all sends (e.g. '${send.value}' at ${offset}) but no final read`);
      unread.add(key);
      continue;
    }
    for (const read of reads) {
      if (offset < read.logStartOffset) continue; // removed by retention, not lost
      const there = index.finalValues.get(read)!.get(offset);
      if (there === send.value) continue;
      foundElsewhere ??= valueOffsets(history.finalReads);
      const elsewhere = foundElsewhere.get(send.value);
      const now = there === undefined ? `nothing (log ends at ${read.endOffset})` : `'${there}'`;
      findings.add(
        `'${send.value}' (send ${send.id} by ${send.producer}, acked at ${send.completeMs}ms) was acknowledged at ${tp(send.topic, send.partition)} offset ${offset}; the ${describeRead(read)} holds ${now} there${elsewhere === undefined ? '' : `; the value is at ${elsewhere}`}`,
        send.completeMs ?? undefined,
      );
    }
  }
  return findings.done();
}

function valueOffsets(reads: readonly FinalRead[]): Map<string, string> {
  const offsets = new Map<string, string>();
  for (const read of reads) for (const r of read.records) if (!offsets.has(r.value)) offsets.set(r.value, `${tp(read.topic, read.partition)} offset ${r.offset}`);
  return offsets;
}

/** An idempotent producer's value is seen at one (partition, offset) only, in polls and final reads. */
export function noDuplicates(history: DataplaneHistory, options: DataplaneCheckOptions = {}, index = indexHistory(history)): DataplaneViolation[] {
  const findings = new Findings('no-duplicates', options.maxPerInvariant ?? defaultMax);
  const firstSeen = new Map<string, { key: string; offset: number; where: Source }>();
  const reported = new Set<string>();
  const see = (key: string, records: readonly LogRecord[], where: FinalRead | PollOp): void => {
    for (const r of records) {
      const send = index.sendsByValue.get(r.value);
      if (send === undefined || !send.idempotent) continue;
      const first = firstSeen.get(r.value);
      if (first === undefined) {
        firstSeen.set(r.value, { key, offset: r.offset, where });
      } else if ((first.offset !== r.offset || first.key !== key) && !reported.has(r.value)) {
        reported.add(r.value);
        findings.add(`'${r.value}' (idempotent send ${send.id} by ${send.producer}) is at ${first.key} offset ${first.offset} (${describeSource(first.where)}) and at ${key} offset ${r.offset} (${describeSource(where)})`, where.timeMs);
      }
    }
  };
  for (const read of history.finalReads) see(partitionKey(read.topic, read.partition), read.records, read);
  for (const poll of history.polls) see(partitionKey(poll.topic, poll.partition), poll.records, poll);
  return findings.done();
}

/**
 * A producer's sends to one partition appear in the log in the order it
 * issued them. A send's position is the lowest offset its value is seen at in
 * its own partition (final reads and polls); sends never seen are skipped.
 */
export function producerOrder(history: DataplaneHistory, options: DataplaneCheckOptions = {}, index = indexHistory(history)): DataplaneViolation[] {
  const findings = new Findings('producer-order', options.maxPerInvariant ?? defaultMax);
  const idempotentOnly = options.producerOrderFor === 'idempotent';
  const position = new Map<string, number>();
  const see = (key: string, records: readonly LogRecord[]): void => {
    for (const r of records) {
      const send = index.sendsByValue.get(r.value);
      if (send === undefined || partitionKey(send.topic, send.partition) !== key) continue;
      const known = position.get(r.value);
      if (known === undefined || r.offset < known) position.set(r.value, r.offset);
    }
  };
  for (const read of history.finalReads) see(partitionKey(read.topic, read.partition), read.records);
  for (const poll of history.polls) see(partitionKey(poll.topic, poll.partition), poll.records);

  const streams = new Map<string, SendOp[]>();
  for (const send of history.sends) {
    if (idempotentOnly && !send.idempotent) continue;
    if (!position.has(send.value)) continue;
    const key = `${send.producer}\u0000${partitionKey(send.topic, send.partition)}`;
    const list = streams.get(key);
    if (list === undefined) streams.set(key, [send]);
    else list.push(send);
  }
  for (const sends of streams.values()) {
    sends.sort((a, b) => a.seqInProducerPartition - b.seqInProducerPartition);
    let latest: SendOp | null = null;
    let latestAt = -1;
    for (const send of sends) {
      const at = position.get(send.value)!;
      if (latest !== null && at < latestAt) {
        findings.add(`${send.producer} on ${tp(send.topic, send.partition)}: send #${send.seqInProducerPartition} '${send.value}' is at offset ${at}, before its earlier send #${latest.seqInProducerPartition} '${latest.value}' at offset ${latestAt}`, send.invokeMs);
      }
      if (at > latestAt) {
        latest = send;
        latestAt = at;
      }
    }
  }
  return findings.done();
}

/**
 * A consumer's records of one partition are contiguous: inside a poll, and
 * from the last record of one poll to the first of the next — unless an
 * explicit reset came between (then the next record is at the reset's offset,
 * or anywhere if that is null). The first poll after none may start anywhere.
 */
export function consumerMonotonic(history: DataplaneHistory, options: DataplaneCheckOptions = {}): DataplaneViolation[] {
  const findings = new Findings('consumer-monotonic', options.maxPerInvariant ?? defaultMax);
  type Event = PollOp | ResetOp;
  const streams = new Map<string, Event[]>();
  const add = (event: Event): void => {
    const key = `${event.consumer}\u0000${partitionKey(event.topic, event.partition)}`;
    const list = streams.get(key);
    if (list === undefined) streams.set(key, [event]);
    else list.push(event);
  };
  for (const poll of history.polls) if (poll.records.length > 0) add(poll);
  for (const reset of history.resets) add(reset);
  for (const events of streams.values()) {
    if (!isSortedByIndex(events)) events.sort((a, b) => a.index - b.index);
    let expected: number | null = null;
    let resetBefore: ResetOp | null = null;
    for (const event of events) {
      if (!('records' in event)) {
        expected = event.offset;
        resetBefore = event;
        continue;
      }
      const where = `${event.consumer} on ${tp(event.topic, event.partition)} (${describePoll(event)})`;
      const first = event.records[0]!.offset;
      if (expected !== null && first !== expected) {
        const after = resetBefore !== null ? `after a reset to ${expected} (${resetBefore.reason})` : `after reading up to ${expected - 1}`;
        findings.add(`${where} ${first > expected ? 'skipped' : 'went back'}: its first record is at ${first} ${after}`, event.timeMs);
      }
      for (let i = 1; i < event.records.length; i++) {
        const previous = event.records[i - 1]!.offset;
        const offset = event.records[i]!.offset;
        if (offset !== previous + 1) {
          findings.add(`${where} ${offset > previous + 1 ? 'skipped' : 'went back'} inside one poll: offset ${offset} follows ${previous}`, event.timeMs);
          break;
        }
      }
      expected = event.records[event.records.length - 1]!.offset + 1;
      resetBefore = null;
    }
  }
  return findings.done();
}

function isSortedByIndex(events: readonly { index: number }[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i]!.index < events[i - 1]!.index) return false;
  return true;
}

/** Every polled record is below the high watermark of the same fetch response. */
export function readsBelowHw(history: DataplaneHistory, options: DataplaneCheckOptions = {}): DataplaneViolation[] {
  const findings = new Findings('reads-below-hw', options.maxPerInvariant ?? defaultMax);
  for (const poll of history.polls) {
    let highest = -1;
    for (const r of poll.records) if (r.offset > highest) highest = r.offset;
    if (highest >= poll.highWatermark) {
      findings.add(`${describePoll(poll)} on ${tp(poll.topic, poll.partition)} returned offset ${highest} with high watermark ${poll.highWatermark}`, poll.timeMs);
    }
  }
  return findings.done();
}

/** A send whose outcome is failed-definite is never polled nor in a final read. */
export function definiteFailureNeverRead(history: DataplaneHistory, options: DataplaneCheckOptions = {}, index = indexHistory(history)): DataplaneViolation[] {
  const findings = new Findings('definite-failure-never-read', options.maxPerInvariant ?? defaultMax);
  const reported = new Set<string>();
  const see = (topic: string, partition: number, records: readonly LogRecord[], where: FinalRead | PollOp): void => {
    for (const r of records) {
      const send = index.sendsByValue.get(r.value);
      if (send === undefined || send.outcome.kind !== 'failed-definite' || reported.has(r.value)) continue;
      reported.add(r.value);
      findings.add(`'${r.value}' (send ${send.id} by ${send.producer}, failed with ${send.outcome.error}) is at ${tp(topic, partition)} offset ${r.offset} (${describeSource(where)})`, where.timeMs);
    }
  };
  for (const read of history.finalReads) see(read.topic, read.partition, read.records, read);
  for (const poll of history.polls) see(poll.topic, poll.partition, poll.records, poll);
  return findings.done();
}

/** In every observation the leader is -1 (offline) or a member of the ISR. */
export function leaderInIsr(history: DataplaneHistory, options: DataplaneCheckOptions = {}): DataplaneViolation[] {
  const findings = new Findings('leader-in-isr', options.maxPerInvariant ?? defaultMax);
  for (const o of history.observations) {
    if (o.leader !== -1 && !o.isr.includes(o.leader)) {
      findings.add(`node ${o.node} sees ${tp(o.topic, o.partition)} led by ${o.leader} with ISR [${o.isr.join(',')}] ELR [${o.elr.join(',')}]`, o.timeMs);
    }
  }
  return findings.done();
}

/** A final read covers [logStartOffset, endOffset) exactly, one record per offset, in order. */
export function finalReadContiguous(history: DataplaneHistory, options: DataplaneCheckOptions = {}): DataplaneViolation[] {
  const findings = new Findings('final-read-contiguous', options.maxPerInvariant ?? defaultMax);
  for (const read of history.finalReads) {
    const where = `${describeRead(read)} of ${tp(read.topic, read.partition)}`;
    const gap = read.records.findIndex((r, i) => r.offset !== read.logStartOffset + i);
    if (gap >= 0) {
      findings.add(`${where}: record ${gap} is at offset ${read.records[gap]!.offset}, expected ${read.logStartOffset + gap}`, read.timeMs);
    } else if (read.logStartOffset + read.records.length !== read.endOffset) {
      findings.add(`${where}: ${read.records.length} records from ${read.logStartOffset} do not reach the end offset ${read.endOffset}`, read.timeMs);
    }
  }
  return findings.done();
}

/** How many acknowledged acks=1 sends the final reads lost (allowed by Kafka's semantics: not a violation). */
export function acks1LossReport(history: DataplaneHistory, index = indexHistory(history)): Acks1LossReport {
  let acked = 0;
  let lost = 0;
  let unverifiable = 0;
  const examples: string[] = [];
  for (const send of history.sends) {
    if (send.acks !== 1 || send.outcome.kind !== 'ok') continue;
    acked++;
    const offset = send.outcome.offset;
    const reads = index.finalReads.get(partitionKey(send.topic, send.partition));
    if (reads === undefined) {
      unverifiable++;
      continue;
    }
    const kept = reads.every((read) => offset < read.logStartOffset || index.finalValues.get(read)!.get(offset) === send.value);
    if (!kept) {
      lost++;
      if (examples.length < 5) examples.push(`${send.value}@${tp(send.topic, send.partition)}:${offset}`);
    }
  }
  return { acked, lost, unverifiable, examples };
}

function historyWellFormed(history: DataplaneHistory, index: HistoryIndex, options: DataplaneCheckOptions): DataplaneViolation[] {
  const findings = new Findings('history-well-formed', options.maxPerInvariant ?? defaultMax);
  for (const value of index.repeatedValues) findings.add(`value '${value}' was sent more than once: values must be unique`);
  for (const send of history.sends) {
    if (send.outcome.kind === 'ok' && (!Number.isSafeInteger(send.outcome.offset) || send.outcome.offset < 0)) {
      findings.add(`send ${send.id} was acknowledged at offset ${send.outcome.offset}`);
    }
  }
  return findings.done();
}

function computeStats(history: DataplaneHistory, index: HistoryIndex): DataplaneStats {
  let sendsOk = 0;
  let sendsAcksAllOk = 0;
  let sendsFailedDefinite = 0;
  let sendsIndeterminate = 0;
  for (const send of history.sends) {
    if (send.outcome.kind === 'ok') {
      sendsOk++;
      if (send.acks === -1) sendsAcksAllOk++;
    } else if (send.outcome.kind === 'failed-definite') {
      sendsFailedDefinite++;
    } else {
      sendsIndeterminate++;
    }
  }
  const inLog = new Set<string>();
  const phantoms = new Set<string>();
  let finalRecords = 0;
  for (const read of history.finalReads) {
    finalRecords += read.records.length;
    for (const r of read.records) {
      const send = index.sendsByValue.get(r.value);
      if (send === undefined) phantoms.add(r.value);
      else if (send.outcome.kind === 'indeterminate') inLog.add(r.value);
    }
  }
  let recordsPolled = 0;
  for (const poll of history.polls) {
    recordsPolled += poll.records.length;
    for (const r of poll.records) if (!index.sendsByValue.has(r.value)) phantoms.add(r.value);
  }
  return {
    sends: history.sends.length,
    sendsOk,
    sendsAcksAllOk,
    sendsFailedDefinite,
    sendsIndeterminate,
    indeterminateInLog: inLog.size,
    polls: history.polls.length,
    recordsPolled,
    resets: history.resets.length,
    finalReads: history.finalReads.length,
    finalRecords,
    observations: history.observations.length,
    phantomValues: phantoms.size,
    acks1: acks1LossReport(history, index),
  };
}

/** Runs every checker. `violations` is empty when the history is correct. */
export function checkHistory(history: DataplaneHistory, options: DataplaneCheckOptions = {}): { violations: DataplaneViolation[]; stats: DataplaneStats } {
  const index = indexHistory(history);
  const violations = [
    ...historyWellFormed(history, index, options),
    ...noDivergence(history, options),
    ...noLostAcksAll(history, options, index),
    ...noDuplicates(history, options, index),
    ...producerOrder(history, options, index),
    ...consumerMonotonic(history, options),
    ...readsBelowHw(history, options),
    ...definiteFailureNeverRead(history, options, index),
    ...leaderInIsr(history, options),
    ...finalReadContiguous(history, options),
  ];
  return { violations, stats: computeStats(history, index) };
}
