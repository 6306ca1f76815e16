// bench:failover — how long a 3-node cluster of real processes is without an
// active controller after kill -9 of the one it has. Default quorum and
// session timeouts (only ports and directories are set). Each trial: find the
// active controller, wait a random 0–500 ms (so the kill lands anywhere in the
// followers' long-poll cycle), kill -9 it, poll both survivors with DescribeCluster every
// ~20 ms until one names a new controller ("detectMs"), then send that node a
// CreateTopics of a fresh topic every ~20 ms until it succeeds ("failoverMs":
// the new controller is serving writes). Then restart the killed node with the
// same config and data and wait until it is unfenced and caught up before the
// next trial. Baseline, measured in the same run on the healthy cluster: the
// same two client calls (DescribeCluster, then a CreateTopics) back to back, so
// `ratio` is the failover's cost in units of the calls that observe it.
//
// What bounds failover (src/raft/raft-core.ts, defaultRaftTimeouts and the
// server.properties defaults; kraft-digest §1.4; KIP-595, KIP-996):
// - Detection. A follower suspects its leader only after
//   controller.quorum.fetch.timeout.ms (2000) without a *successful* Fetch
//   response: the deadline is last-ok-fetch + 2000. Fetches to the dead node
//   fail at once (connection refused) and are retried every 20 ms
//   (retry.backoff), but a failure never shortens the deadline. Fetches are
//   long polls answered at least every 500 ms (the leader's NoOp every 500 ms,
//   fetchMaxWaitMs 500), so the last good fetch is 0–500 ms before the kill
//   and detection lands 1500–2000 ms after it.
// - Pre-vote (KIP-996). The first survivor to time out canvasses the other,
//   which refuses while it still heard from the leader less than 2000 ms ago,
//   then times out itself a few ms later and is granted by the first (a
//   prospective node hears no leader). But the fetch timeout is not
//   randomized and both survivors fetched in lockstep, so sometimes both are
//   prospective before either is refused: both pre-votes are granted, both
//   stand as candidates in the same epoch, each votes for itself — a split
//   vote. With the third voter dead neither collects a majority of
//   rejections, so each waits out its election timeout (1000 ms randomized to
//   [1000, 2000)) plus a backoff (up to controller.quorum.election.backoff.max.ms)
//   before the next round: `electionRounds` > 1, and +1–2.5 s.
// - Election and activation: one pre-vote and one vote round trip (the vote
//   fsynced before the grant leaves), BeginQuorumEpoch, the follower's fetch of
//   the LeaderChange entry to commit it (Raft §5.4.2), then the controller
//   activates once everything before its epoch is committed and applied.
//   Milliseconds on one machine.
// So the expected figure is 1.5–2.1 s, and > 3 s means a split vote.
// check-quorum (1.5 × fetch timeout) and broker.session.timeout.ms (9000) do
// not bound this: the former deposes a leader that lost its followers, the
// latter fences the dead *broker* ~9 s after the new controller activates
// (which is what makes a restarted node wait: its re-registration is refused
// as a duplicate until the old session has expired).
// Per trial, from the nodes' logs: `suspectMs` (first "fetch timeout" on a
// survivor), `leaderMs` ("became leader"), `activeMs` ("became the active
// controller"), all from the kill.
//   npm run bench:failover [-- --trials 20]

import { parseArgs } from 'node:util';
import type { BrokerServices, DescribeClusterResponse } from '../src/broker/services.js';
import { defaultRaftTimeouts } from '../src/raft/raft-core.js';
import { configKeys } from '../src/server/config.js';
import { brokerService } from '../src/transport/broker-codec.js';
import { GrpcTransport } from '../src/transport/grpc/index.js';
import { ProcessCluster, sleep, waitFor } from '../test/integration/cluster-harness.js';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '20' } } });
const trials = Number(values.trials);
if (!Number.isInteger(trials) || trials < 1 || trials > 200) throw new Error(`--trials must be 1..200, got ${values.trials}`);

const pollIntervalMs = 20;
const callTimeoutMs = 1_000;
/** A trial that has not failed over after this long is a failure of the cluster, not a slow trial. */
const failoverDeadlineMs = 30_000;
const baselineRounds = 20;
/** The leader answers a follower's long-poll at least this often (fetchMaxWaitMs, and a NoOp every 500 ms). */
const fetchCycleMs = defaultRaftTimeouts.fetchMaxWaitMs;
/** Reported with the summary: the settings the header comment reasons about, as this build defaults them. */
const timeoutKeys = ['controller.quorum.fetch.timeout.ms', 'controller.quorum.election.timeout.ms', 'broker.session.timeout.ms', 'broker.heartbeat.interval.ms'];

type Client = GrpcTransport<BrokerServices>;

interface Trial {
  readonly trial: number;
  readonly killed: number;
  readonly newController: number;
  readonly leaderEpoch: number;
  /** Quorum epochs the failover used: 1 is a clean election; more means a split vote or a refused round. */
  readonly electionRounds: number;
  readonly detectMs: number;
  readonly failoverMs: number;
  readonly suspectMs: number | null;
  readonly leaderMs: number | null;
  readonly activeMs: number | null;
  readonly rejoinMs: number;
  /** Only when electionRounds > 1: the survivors' quorum log lines after the kill, to show what went wrong. */
  readonly electionLog?: string[];
}

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/** Nearest-rank percentile of `values` (not empty). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function stats(values: readonly number[]): { median: number; p90: number; max: number; min: number } {
  return { median: round1(percentile(values, 50)), p90: round1(percentile(values, 90)), max: round1(Math.max(...values)), min: round1(Math.min(...values)) };
}

/** Calls `attempt` every ~pollIntervalMs (or as soon as the previous answer came back, if that took longer) until it returns a value. */
async function poll<T>(what: string, deadlineMs: number, attempt: () => Promise<T | null>): Promise<T> {
  const deadline = performance.now() + deadlineMs;
  while (performance.now() < deadline) {
    const started = performance.now();
    const value = await attempt().catch(() => null);
    if (value !== null) return value;
    await sleep(Math.max(0, pollIntervalMs - (performance.now() - started)));
  }
  throw new Error(`no ${what} within ${deadlineMs} ms`);
}

async function describe(client: Client, id: number): Promise<DescribeClusterResponse> {
  return client.call(id, 'DescribeCluster', { includeFenced: true }, { timeoutMs: callTimeoutMs });
}

/** A controller write: CreateTopics of a fresh one-partition topic. True once the controller committed it. */
async function createTopic(client: Client, id: number, name: string): Promise<boolean> {
  const response = await client.call(id, 'CreateTopics', { topics: [{ name, numPartitions: 1, replicationFactor: 1, configs: {} }] }, { timeoutMs: callTimeoutMs });
  const error = response.error ?? response.results[0]?.error ?? null;
  // A retry after a timed-out attempt that did commit finds the topic there: the write happened.
  return error === null || error.code === 'TOPIC_ALREADY_EXISTS';
}

/** The first record on node `id` with this message logged at or after `sinceMs` (wall clock), as ms after `sinceMs`. */
function loggedAfter(cluster: ProcessCluster, ids: readonly number[], msg: string, sinceMs: number): number | null {
  let first: number | null = null;
  for (const id of ids) {
    for (const r of cluster.logRecords(id, msg)) {
      const time = Number(r.time);
      if (time >= sinceMs && (first === null || time < first)) first = time;
    }
  }
  return first === null ? null : first - sinceMs;
}

/** `+ms node N: message epoch=E` for each quorum (raft) log line of `ids` at or after `sinceMs`, in time order (at most 30). */
function raftLogSince(cluster: ProcessCluster, ids: readonly number[], sinceMs: number): string[] {
  const lines: { time: number; text: string }[] = [];
  for (const id of ids) {
    for (const r of cluster.logRecords(id)) {
      const time = Number(r.time);
      if (r.component !== 'raft' || time < sinceMs) continue;
      lines.push({ time, text: `+${time - sinceMs}ms node ${id}: ${String(r.msg)} epoch=${String(r.epoch)}` });
    }
  }
  return lines.sort((a, b) => a.time - b.time).slice(0, 30).map((l) => l.text);
}

async function waitHealthy(cluster: ProcessCluster, client: Client, timeoutMs: number): Promise<DescribeClusterResponse> {
  return waitFor('every broker unfenced, a controller, every voter caught up', async () => {
    for (const id of cluster.ids) {
      const c = await describe(client, id).catch(() => null);
      if (c === null || c.controllerId === -1 || c.brokers.length !== cluster.ids.length || c.brokers.some((b) => b.fenced)) continue;
      const q = await client.call(c.controllerId, 'DescribeQuorum', {}, { timeoutMs: callTimeoutMs });
      const leader = q.voters.find((v) => v.nodeId === q.leaderId);
      if (q.error !== null || leader === undefined || q.voters.length !== cluster.ids.length) continue;
      if (q.voters.every((v) => v.logEndOffset === leader.logEndOffset)) return c;
    }
    return null;
  }, { timeoutMs, intervalMs: 50, diagnostics: () => cluster.diagnostics() });
}

async function baseline(client: Client, controllerId: number, otherId: number): Promise<{ describeMs: number; createMs: number; totalMs: number }> {
  const describeMs: number[] = [];
  const createMs: number[] = [];
  for (let i = 0; i < baselineRounds; i++) {
    const t0 = performance.now();
    const c = await describe(client, otherId);
    const t1 = performance.now();
    if (c.controllerId !== controllerId) throw new Error(`the controller moved during the baseline (${controllerId} → ${c.controllerId})`);
    if (!(await createTopic(client, c.controllerId, `baseline-${i}`))) throw new Error('baseline CreateTopics failed');
    const t2 = performance.now();
    describeMs.push(t1 - t0);
    createMs.push(t2 - t1);
  }
  const total = describeMs.map((d, i) => d + createMs[i]!);
  return { describeMs: round1(percentile(describeMs, 50)), createMs: round1(percentile(createMs, 50)), totalMs: round1(percentile(total, 50)) };
}

async function runTrial(cluster: ProcessCluster, client: Client, trial: number): Promise<Trial> {
  const before = await waitHealthy(cluster, client, 60_000);
  const killed = before.controllerId;
  const survivors = cluster.ids.filter((id) => id !== killed);
  const oldBrokerEpoch = before.brokers.find((b) => b.brokerId === killed)!.brokerEpoch;
  const oldLeaderEpoch = (await client.call(killed, 'DescribeQuorum', {}, { timeoutMs: callTimeoutMs })).leaderEpoch;

  // waitHealthy tends to return just after a fetch round (every voter at the same offset); a random
  // pause spreads the kill uniformly over the followers' 500 ms long-poll cycle.
  await sleep(Math.floor(Math.random() * fetchCycleMs));
  const killedAtWallMs = Date.now();
  const t0 = performance.now();
  const exited = cluster.kill(killed, 'SIGKILL');

  const newController = await poll('new controller named by a survivor', failoverDeadlineMs, async () => {
    const answers = await Promise.allSettled(survivors.map((id) => describe(client, id)));
    for (const a of answers) {
      if (a.status === 'fulfilled' && a.value.controllerId !== -1 && a.value.controllerId !== killed) return a.value.controllerId;
    }
    return null;
  });
  const detectMs = performance.now() - t0;

  let target = newController;
  await poll('controller write accepted', failoverDeadlineMs, async () => {
    if (await createTopic(client, target, `failover-${trial}`)) return true;
    // NOT_CONTROLLER (not active yet, or someone else won after all): ask who leads now.
    const c = await describe(client, survivors.find((id) => id !== target) ?? target);
    if (c.controllerId !== -1 && c.controllerId !== killed) target = c.controllerId;
    return null;
  });
  const failoverMs = performance.now() - t0;
  await exited;

  const quorum = await client.call(target, 'DescribeQuorum', {}, { timeoutMs: callTimeoutMs });
  const result = {
    trial,
    killed,
    newController: target,
    leaderEpoch: quorum.leaderEpoch,
    electionRounds: quorum.leaderEpoch - oldLeaderEpoch,
    detectMs: round1(detectMs),
    failoverMs: round1(failoverMs),
    suspectMs: loggedAfter(cluster, survivors, 'fetch timeout: leader unreachable', killedAtWallMs),
    leaderMs: loggedAfter(cluster, [target], 'became leader', killedAtWallMs),
    activeMs: loggedAfter(cluster, [target], 'became the active controller', killedAtWallMs),
  };

  const electionLog = result.electionRounds > 1 ? raftLogSince(cluster, survivors, killedAtWallMs) : undefined;

  // Bring the killed node back; it can register once its old session has expired (broker.session.timeout.ms).
  const restartedAt = performance.now();
  cluster.start(killed);
  await waitFor(`node ${killed} to rejoin unfenced`, async () => {
    const c = await describe(client, target);
    const b = c.brokers.find((x) => x.brokerId === killed);
    return b !== undefined && !b.fenced && b.brokerEpoch > oldBrokerEpoch ? true : null;
  }, { timeoutMs: 60_000, intervalMs: 50, diagnostics: () => cluster.diagnostics() });
  await waitHealthy(cluster, client, 30_000);
  return { ...result, rejoinMs: Math.round(performance.now() - restartedAt), ...(electionLog ? { electionLog } : {}) };
}

async function main(): Promise<void> {
  const cluster = await ProcessCluster.create({ size: 3, name: 'skiff-bench-failover' });
  let client: Client | null = null;
  const stop = (): void => {
    void cluster.destroy().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  try {
    await cluster.format();
    cluster.startAll();
    client = await GrpcTransport.start<BrokerServices>({
      service: brokerService,
      self: -1,
      addresses: cluster.ids.map((id) => [id, cluster.node(id).address] as const),
      initialReconnectBackoffMs: 20,
      maxReconnectBackoffMs: 100,
    });
    const healthy = await waitHealthy(cluster, client, 60_000);
    if (!(await createTopic(client, healthy.controllerId, 'orders'))) throw new Error('could not create the first topic');
    const other = cluster.ids.find((id) => id !== healthy.controllerId)!;
    const base = await baseline(client, healthy.controllerId, other);
    console.log(JSON.stringify({ baseline: true, rounds: baselineRounds, ...base }));

    const results: Trial[] = [];
    for (let trial = 1; trial <= trials; trial++) {
      const result = await runTrial(cluster, client, trial);
      results.push(result);
      console.log(JSON.stringify(result));
    }
    const failover = stats(results.map((r) => r.failoverMs));
    const known = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
    console.log(JSON.stringify({
      summary: true,
      trials,
      failoverMs: failover,
      detectMs: stats(results.map((r) => r.detectMs)),
      suspectMs: stats(known(results.map((r) => r.suspectMs))),
      activeMs: stats(known(results.map((r) => r.activeMs))),
      trialsWithExtraElectionRounds: results.filter((r) => r.electionRounds > 1).length,
      baselineMs: base.totalMs,
      ratio: Math.round(failover.median / base.totalMs),
      defaults: Object.fromEntries(timeoutKeys.map((key) => [key, configKeys.find((k) => k.key === key)?.default ?? null])),
    }));
  } catch (error) {
    console.error(`bench:failover failed: ${error instanceof Error ? error.message : String(error)}\n${cluster.diagnostics()}`);
    process.exitCode = 1;
  } finally {
    await client?.close();
    await cluster.destroy();
    process.removeListener('SIGINT', stop);
  }
}

await main();
