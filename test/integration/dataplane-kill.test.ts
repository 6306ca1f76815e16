// Goal: the data plane's promise under crashes, proven on real processes: an
// idempotent acks=all producer writing to a 3-node cluster (every node a voter
// and a broker; log.flush.on.ack=true, min.insync.replicas=2, RF 3) while
// nodes are kill -9'd and restarted loses no acknowledged record, duplicates
// nothing (not even sends whose outcome was unknown and were retried), keeps
// each partition's records in send order, and never shows a record whose send
// was definitely refused.
// Method: cluster-harness.ts starts three `skiff server start` processes on
// free 127.0.0.1 ports (ports picked by the OS at run time, so no fixed range
// to collide with cluster.test.ts), data and logs under one os.tmpdir()
// directory. A SimpleProducer (the real client over gRPC) keeps ~100 sends in
// flight per partition over 3 partitions, each send one record whose value
// `p<partition>-<n>` is unique; every send's outcome is recorded: acked (with
// its offset), definitely failed (definitelyNotAppended) or unknown. A chaos
// loop SIGKILLs a random node every few seconds, restarts it after 0.5-4.5 s
// (either side of broker.session.timeout.ms, so both the fenced and the
// quick-re-registration paths run), and waits for it to rejoin every ISR
// before the next kill: never more than one node down. After ~6 kills the
// producer stops and drains, the cluster heals (every ISR full), and a
// SimpleConsumer reads every partition from offset 0 to the high watermark
// (ListOffsets latest). Violations are collected, summarised, and asserted
// empty; on failure the nodes' full logs (every incarnation) and the client's
// log are copied to a kept directory whose path is printed.
// Bounds: 150 s for the test; every wait polls with a deadline; afterAll
// kill -9s whatever still runs and removes the temporary directory.

import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earliestTimestamp, latestTimestamp, type TopicMetadata } from '../../src/broker/services.js';
import { SimpleConsumer } from '../../src/client/simple-consumer.js';
import { definitelyNotAppended, SimpleProducer } from '../../src/client/simple-producer.js';
import { isSkiffError } from '../../src/common/errors.js';
import { adminJson, type ClientConnection, connectClient, ProcessCluster, sleep, waitFor } from './cluster-harness.js';

const topic = 'chaos';
const partitionCount = 3;
const sessionTimeoutMs = 3_000;
/** Kills to aim for, and the most the chaos phase may take (it stops at whichever comes first). */
const targetKills = 6;
const chaosBudgetMs = 70_000;
/** Sends in flight per partition (each one record; the producer batches them). */
const windowPerPartition = 100;

type Outcome = 'pending' | 'acked' | 'failed' | 'unknown';

interface SendEntry {
  readonly partition: number;
  readonly n: number;
  readonly value: string;
  readonly sentAtMs: number;
  outcome: Outcome;
  offset: number;
  settledAtMs: number;
  error: string;
}

interface KillEvent {
  readonly id: number;
  readonly incarnation: number;
  readonly killedAtMs: number;
  downMs: number;
  rejoinMs: number;
  rejoined: boolean;
}

interface CrashEvent {
  readonly id: number;
  readonly incarnation: number;
  readonly atMs: number;
  readonly exit: string;
  /** The node's last error/fatal log lines. */
  readonly lastErrors: string[];
}

let cluster: ProcessCluster;
let conn: ClientConnection | null = null;
/** Incarnations the chaos loop kill -9'd on purpose ("id/incarnation"); any other exit is a crash. */
const intendedKills = new Set<string>();
const crashes: CrashEvent[] = [];
let failed = false;
const t0 = Date.now();
const rel = (ms: number): string => `${((ms - t0) / 1000).toFixed(1)}s`;

const describeTopic = async (bootstrap: string): Promise<TopicMetadata> => {
  const topics = await adminJson<TopicMetadata[]>(['topics', 'describe', '--topic', topic, '--bootstrap-server', bootstrap]);
  const found = topics.find((t) => t.name === topic);
  if (found === undefined) throw new Error(`topic ${topic} missing from ${JSON.stringify(topics)}`);
  return found;
};

/** Every partition has a leader and all three replicas in its ISR, as the running nodes see it. */
async function fullIsr(): Promise<TopicMetadata | null> {
  const t = await describeTopic(cluster.bootstrap());
  return t.partitions.length === partitionCount && t.partitions.every((p) => p.leader >= 0 && p.isr.length === 3) ? t : null;
}

const randomBetween = (low: number, high: number): number => low + Math.floor(Math.random() * (high - low));

/** Starts a node and records it as crashed if this incarnation exits without the chaos loop having killed it. */
function startWatched(id: number): void {
  const node = cluster.start(id);
  const incarnation = node.incarnation;
  void node.exited.then((exit) => {
    if (intendedKills.has(`${id}/${incarnation}`) || cluster === undefined) return;
    const lastErrors = cluster.logRecords(id).filter((r) => Number(r.level) >= 50).slice(-3).map((r) => JSON.stringify(r).slice(0, 1_500));
    crashes.push({ id, incarnation, atMs: Date.now(), exit: exit.signal ?? `code ${exit.code}`, lastErrors });
    console.error(`[dataplane-kill] node ${id} (incarnation ${incarnation}) exited by itself (${exit.signal ?? `code ${exit.code}`}):\n${lastErrors.join('\n')}`);
  });
}

/** Restarts any node that crashed by itself (at most 5 such restarts in all), so the run can heal and the data still be checked. */
let crashRestarts = 0;
function restartCrashed(): void {
  for (const id of cluster.ids) {
    const node = cluster.node(id);
    if (node.child !== null && node.exit !== null && !intendedKills.has(`${id}/${node.incarnation}`) && crashRestarts < 5) {
      crashRestarts++;
      startWatched(id);
    }
  }
}

/** The node's current incarnation has registered and been unfenced, and every ISR is full again. */
async function rejoined(id: number): Promise<TopicMetadata | null> {
  restartCrashed();
  if (cluster.logRecords(id, 'unfenced: serving as a broker').length === 0) return null;
  return fullIsr();
}

describe('data plane under kill -9 (real processes)', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({
      size: 3,
      name: 'skiff-it-dataplane-kill',
      logToFiles: true,
      config: {
        'default.replication.factor': 3,
        'min.insync.replicas': 2,
        'log.flush.on.ack': 'true',
        'unclean.leader.election.enable': 'false',
        'broker.session.timeout.ms': sessionTimeoutMs,
        'broker.heartbeat.interval.ms': 500,
        'replica.lag.time.max.ms': 5_000,
      },
    });
  });

  afterAll(async () => {
    await conn?.close().catch(() => {});
    for (const node of cluster?.nodes.values() ?? []) intendedKills.add(`${node.id}/${node.incarnation}`); // destroy() kills them
    if (cluster === undefined) return;
    if (failed) {
      // Keep the evidence: every node's log across incarnations, and the client's.
      const keep = await mkdtemp(join(tmpdir(), 'skiff-dataplane-kill-logs-'));
      for (const file of [...cluster.logFiles(), join(cluster.root, 'client.log')]) await copyFile(file, join(keep, basename(file))).catch(() => {});
      console.error(`[dataplane-kill] logs kept in ${keep}`);
    }
    await cluster.destroy();
  }, 30_000);

  it('loses, duplicates and reorders nothing acknowledged while random nodes are kill -9d and restarted', async (context) => {
    context.onTestFailed(() => {
      failed = true;
      console.error(`[dataplane-kill] failed; the nodes' last log lines:\n${cluster.diagnostics()}`);
    });
    const diagnostics = (): string => cluster.diagnostics();

    // --- a healthy cluster and the topic ------------------------------------------------
    await cluster.format();
    for (const id of cluster.ids) startWatched(id);
    await waitFor('3 unfenced brokers and a controller', async () => {
      const c = await adminJson<{ controllerId: number; brokers: { fenced: boolean }[] }>(['cluster', 'describe', '--bootstrap-server', cluster.bootstrap()]);
      return c.controllerId !== -1 && c.brokers.length === 3 && c.brokers.every((b) => !b.fenced) ? c : null;
    }, { timeoutMs: 30_000, diagnostics });
    const created = await adminJson<{ numPartitions: number; replicationFactor: number }>(['topics', 'create', '--topic', topic, '--partitions', String(partitionCount), '--replication-factor', '3', '--bootstrap-server', cluster.bootstrap()]);
    expect(created).toMatchObject({ numPartitions: partitionCount, replicationFactor: 3 });
    await waitFor('every partition led with a full ISR', fullIsr, { timeoutMs: 15_000, diagnostics });

    conn = await connectClient(cluster.bootstrap(cluster.ids), { requestTimeoutMs: 10_000, logLevel: 'info', logDestination: join(cluster.root, 'client.log') });
    const client = conn;
    await client.cluster.waitForTopic(topic, 15_000);

    // --- the producer ----------------------------------------------------------------
    const producer = new SimpleProducer({
      cluster: client.cluster,
      clock: client.clock,
      logger: client.logger,
      acks: -1,
      idempotent: true,
      lingerMs: 5,
      maxInFlight: 5,
      requestTimeoutMs: 10_000,
      deliveryTimeoutMs: 25_000,
    });
    await producer.start();
    const sends: SendEntry[][] = Array.from({ length: partitionCount }, () => []);
    const outstanding = new Array<number>(partitionCount).fill(0);
    let stopProducing = false;
    let wakeProducer: (() => void) | null = null;
    const wake = (): void => {
      const w = wakeProducer;
      wakeProducer = null;
      w?.();
    };

    const produceLoop = async (): Promise<void> => {
      // Bounded by stopProducing (set after the chaos phase) and by the window: at most windowPerPartition unsettled sends per partition.
      for (let round = 0; !stopProducing; round++) {
        let sent = 0;
        for (let partition = 0; partition < partitionCount; partition++) {
          if ((outstanding[partition] as number) >= windowPerPartition) continue;
          const list = sends[partition] as SendEntry[];
          const n = list.length;
          const entry: SendEntry = { partition, n, value: `p${partition}-${n}`, sentAtMs: Date.now(), outcome: 'pending', offset: -1, settledAtMs: 0, error: '' };
          list.push(entry);
          outstanding[partition]!++;
          sent++;
          const bytes = new TextEncoder().encode(entry.value);
          producer.send(topic, partition, [{ key: new TextEncoder().encode(`k${partition}-${n}`), value: bytes }]).then(
            (result) => {
              entry.outcome = 'acked';
              entry.offset = result.baseOffset;
            },
            (error: unknown) => {
              entry.outcome = isSkiffError(error) && definitelyNotAppended(error) ? 'failed' : 'unknown';
              entry.error = isSkiffError(error) ? `${error.code}: ${error.message}` : String(error);
            },
          ).finally(() => {
            entry.settledAtMs = Date.now();
            outstanding[partition]!--;
            wake();
          });
        }
        if (sent === 0) {
          await new Promise<void>((resolve) => {
            wakeProducer = resolve;
            setTimeout(resolve, 50);
          });
        } else if (round % 20 === 0) {
          await new Promise<void>((resolve) => setImmediate(resolve)); // let I/O and timers run
        }
      }
    };
    const producing = produceLoop();

    // --- the chaos -------------------------------------------------------------------
    const kills: KillEvent[] = [];
    const chaosStart = Date.now();
    await sleep(3_000); // some traffic before the first kill
    while (kills.length < targetKills && Date.now() - chaosStart < chaosBudgetMs) {
      const id = cluster.ids[randomBetween(0, cluster.ids.length)] as number;
      const event: KillEvent = { id, incarnation: cluster.node(id).incarnation, killedAtMs: Date.now(), downMs: 0, rejoinMs: 0, rejoined: false };
      kills.push(event);
      intendedKills.add(`${id}/${event.incarnation}`);
      if (cluster.isRunning(id)) await cluster.kill(id, 'SIGKILL');
      const downMs = randomBetween(500, 4_500);
      await sleep(downMs);
      event.downMs = Date.now() - event.killedAtMs;
      restartCrashed();
      if (!cluster.isRunning(id)) startWatched(id);
      const restartedAt = Date.now();
      try {
        await waitFor(`node ${id} unfenced again and back in every ISR`, () => rejoined(id), { timeoutMs: 25_000, intervalMs: 200 });
        event.rejoined = true;
      } catch (error) {
        console.error(`[dataplane-kill] node ${id} did not rejoin within 25 s: ${(error as Error).message}`);
      }
      event.rejoinMs = Date.now() - restartedAt;
      await sleep(randomBetween(500, 2_000)); // up-time with every node in before the next kill
    }

    // --- heal, drain, read ----------------------------------------------------------------
    stopProducing = true;
    wake();
    await producing;
    await producer.close(); // bounded by deliveryTimeoutMs: every send settles
    const healed = await waitFor('a healed cluster: every partition led, every ISR full', async () => {
      restartCrashed();
      return cluster.ids.every((id) => cluster.isRunning(id)) ? fullIsr() : null;
    }, { timeoutMs: 30_000, diagnostics });

    const highWatermarks: number[] = [];
    const logStarts: number[] = [];
    for (let partition = 0; partition < partitionCount; partition++) {
      const [start, end] = await waitFor(`ListOffsets of ${topic}-${partition}`, async () => {
        const leader = await client.cluster.leaderFor(topic, partition, 5_000);
        const ask = async (timestamp: number): Promise<number> => {
          const response = await client.cluster.call(leader.leaderId, 'ListOffsets', { replicaId: -1, isolationLevel: 0, topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: leader.leaderEpoch, timestamp }] }] });
          const answer = response.topics[0]?.partitions[0];
          if (answer === undefined) throw new Error('no answer');
          if (answer.error !== null) {
            client.cluster.requestRefresh();
            throw new Error(`${answer.error.code}: ${answer.error.message}`);
          }
          return answer.offset;
        };
        return [await ask(earliestTimestamp), await ask(latestTimestamp)] as const;
      }, { timeoutMs: 20_000, intervalMs: 200, diagnostics });
      logStarts.push(start);
      highWatermarks.push(end);
    }

    const consumer = new SimpleConsumer({ cluster: client.cluster, clock: client.clock, logger: client.logger, autoOffsetReset: 'none', maxWaitMs: 200 });
    consumer.assign(Array.from({ length: partitionCount }, (_, partition) => ({ topic, partition, offset: 0 })));
    const read: { offset: number; value: string }[][] = Array.from({ length: partitionCount }, () => []);
    const readDeadline = Date.now() + 30_000;
    const caughtUp = (): boolean => read.every((_, p) => (consumer.position(topic, p) ?? -1) >= (highWatermarks[p] as number));
    while (!caughtUp()) {
      if (Date.now() > readDeadline) throw new Error(`reading did not reach the high watermarks ${JSON.stringify(highWatermarks)} within 30 s: positions ${JSON.stringify(read.map((_, p) => consumer.position(topic, p)))}`);
      for (const polled of await consumer.poll(500)) {
        const list = read[polled.partition] as { offset: number; value: string }[];
        for (const r of polled.records) list.push({ offset: r.offset, value: r.value === null ? '<null>' : new TextDecoder().decode(r.value) });
      }
    }
    consumer.close();

    // --- checks ----------------------------------------------------------------------
    const violations: string[] = [];
    const seen = new Map<string, string>(); // value → where it was read
    const all = sends.flat();
    const count = (o: Outcome): number => all.filter((s) => s.outcome === o).length;
    for (let partition = 0; partition < partitionCount; partition++) {
      const records = read[partition] as { offset: number; value: string }[];
      const byOffset = new Map<number, string>();
      let expected = logStarts[partition] as number;
      let lastN = -1;
      if (expected !== 0) violations.push(`${topic}-${partition}: log start offset ${expected}, expected 0 (nothing deletes)`);
      for (const r of records) {
        if (r.offset >= (highWatermarks[partition] as number)) continue; // cannot happen: the consumer stops at the high watermark
        if (r.offset !== expected) violations.push(`${topic}-${partition}: offset gap: expected ${expected}, read ${r.offset}`);
        expected = r.offset + 1;
        byOffset.set(r.offset, r.value);
        const previous = seen.get(r.value);
        if (previous !== undefined) violations.push(`duplicate: ${r.value} at ${topic}-${partition}@${r.offset} and at ${previous}`);
        seen.set(r.value, `${topic}-${partition}@${r.offset}`);
        const match = /^p(\d+)-(\d+)$/.exec(r.value);
        if (match === null || Number(match[1]) !== partition) {
          violations.push(`foreign record at ${topic}-${partition}@${r.offset}: ${r.value}`);
          continue;
        }
        const n = Number(match[2]);
        if (n <= lastN) violations.push(`order: ${topic}-${partition}@${r.offset} holds send #${n} after send #${lastN}`);
        lastN = Math.max(lastN, n);
        const entry = sends[partition]?.[n];
        if (entry === undefined) violations.push(`never sent: ${r.value} at ${topic}-${partition}@${r.offset}`);
        else if (entry.outcome === 'failed') violations.push(`definitely-failed send present: ${r.value} at ${topic}-${partition}@${r.offset} (failed with ${entry.error} at ${rel(entry.settledAtMs)})`);
      }
      if (expected !== highWatermarks[partition]) violations.push(`${topic}-${partition}: read up to ${expected}, high watermark ${highWatermarks[partition]}`);
      for (const entry of sends[partition] as SendEntry[]) {
        if (entry.outcome === 'pending') violations.push(`never settled: ${entry.value} (sent at ${rel(entry.sentAtMs)})`);
        if (entry.outcome !== 'acked') continue;
        const at = byOffset.get(entry.offset);
        if (at === entry.value) continue;
        const elsewhere = seen.get(entry.value);
        violations.push(`acknowledged ${entry.value} at offset ${entry.offset} (acked at ${rel(entry.settledAtMs)}) ${at === undefined ? 'is missing' : `holds ${at} instead`}${elsewhere !== undefined ? `; it was read at ${elsewhere}` : '; read nowhere'}`);
      }
    }

    const recordsRead = read.reduce((sum, list) => sum + list.length, 0);
    const summary = `[dataplane-kill] acked=${count('acked')} failed=${count('failed')} unknown=${count('unknown')} sent=${all.length} kills=${kills.length} crashes=${crashes.length} recordsRead=${recordsRead} highWatermarks=${JSON.stringify(highWatermarks)} elapsed=${rel(Date.now())} retries=${producer.stats.retries}`;
    console.log(summary);
    console.log(`[dataplane-kill] kills: ${kills.map((k) => `node ${k.id} at ${rel(k.killedAtMs)} down ${k.downMs} ms, ${k.rejoined ? 'rejoined' : 'NOT rejoined'} after ${k.rejoinMs} ms`).join('; ')}`);
    const errorKinds = new Map<string, number>();
    for (const s of all) if (s.error !== '') errorKinds.set(`${s.outcome} ${s.error.split(':')[0]}`, (errorKinds.get(`${s.outcome} ${s.error.split(':')[0]}`) ?? 0) + 1);
    if (errorKinds.size > 0) console.log(`[dataplane-kill] send errors: ${JSON.stringify(Object.fromEntries(errorKinds))}`);
    for (const c of crashes) violations.unshift(`node ${c.id} (incarnation ${c.incarnation}) crashed by itself at ${rel(c.atMs)} (${c.exit}): ${c.lastErrors.at(-1) ?? 'no error logged'}`);
    if (violations.length > 0) console.error(`[dataplane-kill] ${violations.length} violations; the first 50:\n${violations.slice(0, 50).join('\n')}\nfinal topic view: ${JSON.stringify(healed.partitions)}`);

    expect(violations.slice(0, 50)).toEqual([]);
    // Real progress under real chaos.
    expect(kills.length).toBeGreaterThanOrEqual(5);
    expect(count('acked')).toBeGreaterThanOrEqual(3_000);
    for (let partition = 0; partition < partitionCount; partition++) expect((sends[partition] as SendEntry[]).some((s) => s.outcome === 'acked')).toBe(true);
  }, 150_000);
});
