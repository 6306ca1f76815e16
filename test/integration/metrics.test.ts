// Goal: every node of a real cluster serves Prometheus metrics at
// metrics.listener/metrics, and the key series say what the cluster is doing:
// exactly one active controller; one quorum epoch everywhere, with the
// leader's commit latency and follower lag; Produce requests counted and
// timed on the partition leaders; bytes and records in per topic; log
// flushes timed; no offline or under-replicated partitions while all is
// well; group counts and consumer lag for a group with committed offsets;
// and after a SIGTERM of a partition leader, clean leader elections, a
// fenced broker and under-replicated partitions — with the stopped node's
// process exiting 0 (its metrics server closed with it) — and once it is
// back, ISR expansions and nothing under-replicated.
// Method: three `skiff` processes via cluster-harness.ts (metrics on free
// 127.0.0.1 ports), the client library (new Skiff) to create a topic and
// produce, raw group RPCs to commit offsets, and HTTP GETs of /metrics parsed
// as text exposition. Every wait polls with a deadline; afterAll kills every
// node and removes the directories.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Skiff, type Admin, type Producer } from '../../src/index.js';
import { connectClient, type ClientConnection, ProcessCluster, waitFor } from './cluster-harness.js';

const topic = 'metered';
const group = 'metered-readers';
const records = 60;

let cluster: ProcessCluster;
let skiff: Skiff;
let admin: Admin;
let producer: Producer;
let client: ClientConnection;
/** What a step leaves for the next one. */
const state = { victim: -1 };

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** The samples of a text exposition (comments and blank lines skipped). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

class Scrape {
  constructor(readonly samples: readonly Sample[]) {}

  /** Samples of `name` whose labels include `labels`. */
  find(name: string, labels: Readonly<Record<string, string>> = {}): Sample[] {
    return this.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  }

  /** The sum over matching samples (0 when none match). */
  sum(name: string, labels: Readonly<Record<string, string>> = {}): number {
    return this.find(name, labels).reduce((n, s) => n + s.value, 0);
  }

  /** The one value of a series; throws when it is missing. */
  value(name: string, labels: Readonly<Record<string, string>> = {}): number {
    const found = this.find(name, labels);
    if (found.length !== 1) throw new Error(`${name}${JSON.stringify(labels)}: ${found.length} samples`);
    return found[0]!.value;
  }
}

async function get(id: number, path = '/metrics'): Promise<Response> {
  const port = cluster.node(id).metricsPort;
  if (port === null) throw new Error(`node ${id} has no metrics port`);
  return fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5_000) });
}

async function scrape(id: number): Promise<Scrape> {
  const response = await get(id);
  if (response.status !== 200) throw new Error(`node ${id}: HTTP ${response.status}`);
  return new Scrape(parseExposition(await response.text()));
}

async function scrapeAll(ids: readonly number[] = cluster.ids.filter((id) => cluster.isRunning(id))): Promise<Map<number, Scrape>> {
  return new Map(await Promise.all(ids.map(async (id) => [id, await scrape(id)] as const)));
}

const total = (scrapes: Map<number, Scrape>, name: string, labels: Readonly<Record<string, string>> = {}): number =>
  [...scrapes.values()].reduce((n, s) => n + s.sum(name, labels), 0);

const wait = <T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> =>
  waitFor(what, probe, { timeoutMs, intervalMs: 250, diagnostics: () => cluster.diagnostics() });

describe('Prometheus metrics on real processes', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({
      size: 3,
      name: 'skiff-it-metrics',
      metrics: true,
      config: {
        'default.replication.factor': 3,
        'min.insync.replicas': 2,
        'broker.session.timeout.ms': 3000,
        'broker.heartbeat.interval.ms': 500,
        'offsets.topic.num.partitions': 3,
      },
    });
    await cluster.startServing();
    skiff = new Skiff({ brokers: cluster.bootstrap().split(','), clientId: 'it-metrics' });
    admin = skiff.admin();
    producer = skiff.producer({ maxBlockMs: 5_000 });
    await producer.connect();
    client = await connectClient(cluster.bootstrap());
    await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 3 }] });
    const sent = await producer.send({ topic, messages: Array.from({ length: records }, (_, i) => ({ key: `k-${i}`, value: `value-${i}` })) });
    expect(sent.reduce((n, m) => n + m.recordCount, 0)).toBe(records);
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect().catch(() => {});
    await admin?.disconnect().catch(() => {});
    await client?.close().catch(() => {});
    await cluster?.destroy();
  });

  it('serves /metrics as text exposition on every node, and 404 elsewhere', async () => {
    for (const id of cluster.ids) {
      const response = await get(id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      const s = new Scrape(parseExposition(await response.text()));
      expect(s.find('skiff_node_info', { node_id: String(id), cluster_id: cluster.clusterId })).toHaveLength(1);
      expect(s.value('skiff_process_resident_memory_bytes')).toBeGreaterThan(0);
      expect((await get(id, '/')).status).toBe(404);
    }
  });

  it('reports one active controller, one quorum epoch, and the quorum leader\'s commit latency and follower lag', async () => {
    const scrapes = await wait('one active controller and every node in the same epoch', async () => {
      const s = await scrapeAll();
      const epochs = new Set([...s.values()].map((x) => x.value('skiff_quorum_epoch')));
      return total(s, 'skiff_controller_active') === 1 && epochs.size === 1 ? s : null;
    });
    const [controller, view] = [...scrapes].find(([, s]) => s.value('skiff_controller_active') === 1)!;
    expect(view.value('skiff_quorum_epoch')).toBeGreaterThanOrEqual(1);
    expect(view.value('skiff_quorum_high_watermark')).toBeGreaterThan(0);
    expect(view.value('skiff_quorum_commit_latency_seconds_count')).toBeGreaterThan(0);
    const followers = view.find('skiff_quorum_follower_lag_records').map((s) => Number(s.labels.follower)).sort();
    expect(followers).toEqual(cluster.ids.filter((id) => id !== controller).sort());
    for (const [id, s] of scrapes) {
      if (id !== controller) expect(s.find('skiff_quorum_follower_lag_records')).toEqual([]);
    }
    // Cluster-wide gauges come from the active controller only.
    expect(view.value('skiff_brokers_registered')).toBe(3);
    expect(view.value('skiff_brokers_fenced')).toBe(0);
    expect(view.value('skiff_topics')).toBeGreaterThanOrEqual(1);
    expect(total(scrapes, 'skiff_brokers_registered')).toBe(3);
  });

  it('counts and times Produce on the leaders, bytes and records in per topic, and log flushes', async () => {
    const scrapes = await scrapeAll();
    expect(total(scrapes, 'skiff_topic_messages_in_total', { topic })).toBe(records);
    expect(total(scrapes, 'skiff_topic_bytes_in_total', { topic })).toBeGreaterThan(records * 'value-0'.length);
    for (const [id, s] of scrapes) {
      if (s.sum('skiff_topic_messages_in_total', { topic }) === 0) continue;
      expect(s.sum('skiff_requests_total', { service: 'broker', api: 'Produce', outcome: 'ok' }), `node ${id}`).toBeGreaterThan(0);
      expect(s.sum('skiff_request_duration_seconds_count', { service: 'broker', api: 'Produce' }), `node ${id}`).toBeGreaterThan(0);
      expect(s.value('skiff_partitions_leader'), `node ${id}`).toBeGreaterThan(0);
    }
    for (const [id, s] of scrapes) {
      // acks=all with log.flush.on.ack: leader and followers fsync what they append.
      expect(s.value('skiff_log_flush_duration_seconds_count'), `node ${id}`).toBeGreaterThan(0);
      expect(s.sum('skiff_requests_total', { service: 'raft', api: 'Fetch' }) + s.sum('skiff_requests_total', { service: 'broker', api: 'Fetch' }), `node ${id}`).toBeGreaterThan(0);
    }
    expect(total(scrapes, 'skiff_partitions_leader')).toBeGreaterThanOrEqual(3);
    expect(total(scrapes, 'skiff_partitions_offline')).toBe(0);
    await wait('no under-replicated partitions', async () => {
      const s = await scrapeAll();
      return total(s, 'skiff_partitions_under_replicated') === 0 && total(s, 'skiff_partitions_under_min_isr') === 0 ? s : null;
    });
  });

  it('reports the groups a broker coordinates and their lag', async () => {
    const coordinator = await wait('a coordinator for the group', async () => {
      const r = await client.cluster.call(client.cluster.anyBroker(), 'FindCoordinator', { key: group }).catch(() => null);
      return r !== null && r.error === null ? r.nodeId : null;
    }, 60_000);
    // A simple commit (no membership): offset 0 on every partition, so the lag is every record produced.
    await wait('offsets committed', async () => {
      const commit = await client.cluster.call(coordinator, 'OffsetCommit', {
        groupId: group, memberId: '', memberEpoch: -1,
        topics: [{ topic, partitions: [0, 1, 2].map((partition) => ({ partition, committedOffset: 0, committedLeaderEpoch: -1, committedMetadata: null })) }],
      }).catch(() => null);
      return commit !== null && commit.error === null && commit.topics[0]!.partitions.every((p) => p.error === null) ? true : null;
    });
    // Equal once the coordinator's copies of the partitions know the high watermark (a follower's trails by a fetch).
    const s = await wait('the group\'s lag on the coordinator: every record produced', async () => {
      const x = await scrape(coordinator);
      return x.sum('skiff_group_lag_records', { group, topic }) === records ? x : null;
    });
    expect(s.find('skiff_group_lag_records', { group, topic })).toHaveLength(1);
    expect(s.sum('skiff_groups')).toBeGreaterThanOrEqual(1);
    expect(s.find('skiff_groups').map((x) => x.labels.state).sort()).toEqual(['assigning', 'dead', 'empty', 'reconciling', 'stable']);
  }, 90_000);

  it('after SIGTERM of a partition leader: clean elections, a fenced broker, under-replicated partitions, exit 0', async () => {
    const before = await scrapeAll();
    const [controller] = [...before].find(([, s]) => s.value('skiff_controller_active') === 1)!;
    const victim = [...before].find(([id, s]) => id !== controller && s.value('skiff_partitions_leader') > 0)?.[0];
    expect(victim, 'a broker other than the controller leads a partition').toBeDefined();
    const electionsBefore = before.get(controller)!.sum('skiff_leader_elections_total', { type: 'clean' });
    void cluster.kill(victim!, 'SIGTERM');
    expect(await cluster.waitExit(victim!, 30_000)).toEqual({ code: 0, signal: null });
    await expect(get(victim!)).rejects.toThrow();

    const after = await wait('the stopped broker fenced, its partitions led elsewhere', async () => {
      const s = await scrapeAll();
      const c = s.get(controller)!;
      return c.value('skiff_brokers_fenced') === 1 && total(s, 'skiff_partitions_under_replicated') >= 3 ? s : null;
    });
    const c = after.get(controller)!;
    expect(c.sum('skiff_leader_elections_total', { type: 'clean' })).toBeGreaterThan(electionsBefore);
    expect(c.sum('skiff_leader_elections_total', { type: 'unclean' })).toBe(0);
    expect(total(after, 'skiff_partitions_offline')).toBe(0);
    expect(total(after, 'skiff_controller_active')).toBe(1);
    state.victim = victim!;
  }, 60_000);

  it('after the broker comes back: ISR expansions, nothing under-replicated, nothing fenced', async () => {
    expect(state.victim, 'the previous step stopped a broker').toBeGreaterThan(0);
    cluster.start(state.victim);
    const s = await wait('the restarted broker back in every ISR', async () => {
      const x = await scrapeAll();
      const controller = [...x.values()].find((v) => v.value('skiff_controller_active') === 1);
      return controller !== undefined && controller.value('skiff_brokers_fenced') === 0 && total(x, 'skiff_partitions_under_replicated') === 0 ? x : null;
    }, 60_000);
    expect(total(s, 'skiff_isr_expands_total')).toBeGreaterThan(0);
    expect(total(s, 'skiff_partitions_offline')).toBe(0);
    expect(s.get(state.victim)!.value('skiff_partition_replicas')).toBeGreaterThan(0);
  }, 90_000);
});
