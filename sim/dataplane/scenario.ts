// The `dataplane` scenario: the `cluster` scenario (3 voters, 0–2 observers,
// real SkiffNodes, every ClusterNemesis profile, the metadata invariants and
// liveness checks) with a Jepsen-style Kafka workload on top, after
// sim-digest §2(b):
//   - once the cluster is up, 1–2 topics (3 partitions, RF 3,
//     min.insync.replicas 2) are created;
//   - 2–3 producers send unique values (one acks=1, non-idempotent, one
//     batch in flight; the others idempotent acks=all) and 1–2 consumers
//     poll every partition from the earliest offset, through the real client
//     library (src/client), all recorded into a HistoryRecorder;
//   - every 500 ms a live node's image is sampled for leader/ISR/ELR;
//   - faults, then the heal; once the cluster settled (the cluster
//     scenario's liveness phase) the producers stop and drain, and a fresh
//     consumer reads every partition from its log start to its high
//     watermark;
//   - checkHistory (checkers.ts) judges the history: any violation fails the
//     seed, as do the cluster invariants.
// log.flush.on.ack is forced on: with it off, a correlated power loss
// (crash-all) may lose acknowledged acks=all writes, which Kafka allows.
// Everything random derives from the seed, so a seed replays bit for bit.

import type { CreateTopicsResponse } from '../../src/controller/services.js';
import type { SeededRandom } from '../../src/common/seeded-random.js';
import { type ClusterProfileName } from '../cluster/nemesis.js';
import { runClusterScenario, type ClusterScenarioResult, type ScenarioContext, type ScenarioExtension } from '../cluster/scenario.js';
import { checkHistory, type DataplaneStats } from './checkers.js';
import { HistoryRecorder } from './history.js';
import { ConsumerWorker, finalRead, makeClient, ProducerWorker, type ClientEnv, type ClientHandle, type PartitionRef, type ProducerSpec } from './workload.js';

export interface DataplaneScenarioOptions {
  readonly seed: number;
  readonly profile: ClusterProfileName | 'mixed';
  readonly observers?: number;
  readonly faultPhaseMs?: number;
  readonly traceSink?: (line: string) => void;
}

export interface DataplaneRunStats {
  topics: number;
  topicsCreated: number;
  producers: string[];
  consumers: number;
  /** Producers with sends still unsettled after the drain bound. */
  undrainedSends: number;
  finalReadsFailed: number;
  /** Failed sends by producer and error code. */
  sendErrors: Record<string, Record<string, number>>;
  history: DataplaneStats | null;
}

export interface DataplaneScenarioResult extends ClusterScenarioResult {
  readonly dataplane: DataplaneRunStats;
}

const partitionsPerTopic = 3;
const requestTimeoutMs = 2_000;
/** After the cluster settled: how long producers get to settle their sends (delivery timeout 8 s + margin). */
const drainBoundMs = 12_000;
/** How long the final read of one partition may take. */
const finalReadBoundMs = 10_000;

export async function runDataplaneScenario(options: DataplaneScenarioOptions): Promise<DataplaneScenarioResult> {
  const workload = new DataplaneWorkload();
  const result = await runClusterScenario({
    seed: options.seed,
    profile: options.profile,
    ...(options.observers !== undefined ? { observers: options.observers } : {}),
    ...(options.faultPhaseMs !== undefined ? { faultPhaseMs: options.faultPhaseMs } : {}),
    ...(options.traceSink ? { traceSink: options.traceSink } : {}),
    adminClients: 0,
    durableAcks: true,
    extension: workload,
  });
  return { ...result, dataplane: workload.stats };
}

class DataplaneWorkload implements ScenarioExtension {
  readonly stats: DataplaneRunStats = { topics: 0, topicsCreated: 0, producers: [], consumers: 0, undrainedSends: 0, finalReadsFailed: 0, sendErrors: {}, history: null };
  private readonly history = new HistoryRecorder();
  private readonly ready: PartitionRef[] = [];
  private readonly producers: ProducerWorker[] = [];
  private readonly consumers: ConsumerWorker[] = [];
  private readonly clients: ClientHandle[] = [];
  private topicNames: string[] = [];
  private creating = true;
  private observing = true;
  private env!: ClientEnv;
  private random!: SeededRandom;

  start(context: ScenarioContext): void {
    const { scheduler, network, ring, hosts } = context;
    this.random = context.random;
    this.env = { scheduler, network, ring, nodes: hosts.map((h) => h.id) };
    const topics = 1 + this.random.int(2);
    const producerCount = 2 + this.random.int(2);
    const consumerCount = 1 + this.random.int(2);
    this.topicNames = Array.from({ length: topics }, (_, i) => `dp${i}`);
    this.stats.topics = topics;
    this.stats.consumers = consumerCount;
    void this.createTopics(context);
    const partitions = (): readonly PartitionRef[] => this.ready;
    for (let i = 0; i < producerCount; i++) {
      const acks1 = i === 0;
      const spec: ProducerSpec = acks1
        ? { name: `p${i}`, acks: 1, idempotent: false, maxInFlight: 1, outstanding: 1 }
        : { name: `p${i}`, acks: -1, idempotent: true, maxInFlight: 1 + this.random.int(5), outstanding: 2 + this.random.int(6) };
      this.stats.producers.push(`${spec.name}(acks=${spec.acks}${spec.idempotent ? ',idem' : ''},inflight=${spec.maxInFlight},outstanding=${spec.outstanding})`);
      const client = this.client(210 + i, spec.name);
      const worker = new ProducerWorker(client, spec, this.history, this.random.fork(spec.name), partitions);
      this.producers.push(worker);
      void worker.run();
    }
    for (let i = 0; i < consumerCount; i++) {
      const client = this.client(220 + i, `c${i}`);
      const worker = new ConsumerWorker(client, `c${i}`, this.history, partitions);
      this.consumers.push(worker);
      void worker.run();
    }
    this.observe(context);
  }

  async finish(context: ScenarioContext): Promise<void> {
    const { scheduler } = context;
    const run = async (boundMs: number, done: () => boolean): Promise<void> => {
      await scheduler.run({ untilMs: scheduler.now + boundMs, stop: () => context.failed() || done() });
    };
    // Topics still not created (faults all along): a settled cluster must take them now.
    await run(10_000, () => !this.creating);
    if (context.failed()) return;
    if (this.creating) {
      this.creating = false;
      context.invariants.violate('dataplane-topics-created', `topics ${this.topicNames.join(',')} not all created 10 s after the cluster settled (${this.stats.topicsCreated} created)`);
      return;
    }
    // Let the producers write to a healthy cluster a little, then stop them and let their sends settle.
    await run(1_000, () => false);
    for (const p of this.producers) p.stopped = true;
    await run(drainBoundMs, () => this.producers.every((p) => p.pending === 0));
    if (context.failed()) return;
    this.stats.undrainedSends = this.producers.reduce((n, p) => n + p.pending, 0);
    this.producers.forEach((p, i) => (this.stats.sendErrors[`p${i}`] = p.errors));
    // The consumers catch up, then stop.
    await run(2_000, () => false);
    for (const c of this.consumers) c.stopped = true;
    this.observing = false;
    await run(500, () => false);
    if (context.failed()) return;
    // The final read, partition by partition, with a fresh client.
    const reader = this.client(230, 'final');
    for (const ref of this.ready) {
      let outcome: Awaited<ReturnType<typeof finalRead>> | null = null;
      void finalRead(reader, ref.topic, ref.partition, reader.clock.now() + finalReadBoundMs).then((r) => (outcome = r));
      await run(finalReadBoundMs + 1_000, () => outcome !== null);
      if (context.failed()) return;
      const result = outcome as Awaited<ReturnType<typeof finalRead>> | null;
      if (result === null || !result.ok) {
        this.stats.finalReadsFailed++;
        context.invariants.violate('dataplane-final-read', `${ref.topic}-${ref.partition}: ${result === null ? 'no answer' : result.why}; replicas: ${describeReplicas(context, ref)}`);
        continue;
      }
      scheduler.trace(`final read ${ref.topic}-${ref.partition} [${result.logStartOffset}, ${result.endOffset}) ${result.records.length} records`);
      this.history.recordFinalRead({ topic: ref.topic, partition: ref.partition, logStartOffset: result.logStartOffset, endOffset: result.endOffset, records: result.records, timeMs: scheduler.now });
    }
    for (const client of this.clients) client.close();
    const { violations, stats } = checkHistory(this.history.history(), { producerOrderFor: 'idempotent' });
    this.stats.history = stats;
    for (const v of violations) context.invariants.violate(v.invariant, `${v.timeMs !== undefined ? `at ${v.timeMs} ms: ` : ''}${v.detail}`);
  }

  private client(peer: number, label: string): ClientHandle {
    const client = makeClient(this.env, peer, label, this.random.fork(`client-${label}`), requestTimeoutMs);
    this.clients.push(client);
    return client;
  }

  /** CreateTopics through random nodes until each topic exists (or the run ends). */
  private async createTopics(context: ScenarioContext): Promise<void> {
    const { scheduler } = context;
    const endpoint = this.client(200, 'creator').endpoint;
    const random = this.random.fork('creator');
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => scheduler.after(ms, 'dataplane creator wait', resolve));
    for (const name of this.topicNames) {
      while (this.creating) {
        const target = this.env.nodes[random.int(this.env.nodes.length)]!;
        let response: CreateTopicsResponse | null = null;
        try {
          response = await endpoint.call(target, 'broker.CreateTopics', { topics: [{ name, numPartitions: partitionsPerTopic, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } }] }, { timeoutMs: 5_000 });
        } catch {
          response = null;
        }
        const code = response === null ? 'transport' : (response.error?.code ?? response.results[0]?.error?.code ?? null);
        if (code === null || code === 'TOPIC_ALREADY_EXISTS') {
          scheduler.trace(`dataplane topic ${name} ${code === null ? 'created' : 'exists'}`);
          this.stats.topicsCreated++;
          for (let partition = 0; partition < partitionsPerTopic; partition++) this.ready.push({ topic: name, partition });
          break;
        }
        await sleep(200 + random.int(300));
      }
    }
    this.creating = false;
  }

  /** Every 500 ms, one live node's view of each partition. */
  private observe(context: ScenarioContext): void {
    const { scheduler, hosts } = context;
    const random = this.random.fork('observer');
    const tick = (): void => {
      if (!this.observing) return;
      const serving = hosts.filter((h) => h.serving && !h.paused);
      const host = serving.length > 0 ? serving[random.int(serving.length)]! : null;
      const image = host?.incarnation?.node.image;
      if (host && image) {
        for (const ref of this.ready) {
          const p = image.topicsByName.get(ref.topic)?.partitions.get(ref.partition);
          if (p === undefined) continue;
          this.history.observePartition({ timeMs: scheduler.now, node: host.id, topic: ref.topic, partition: ref.partition, leader: p.leader, isr: [...p.isr], elr: [...p.elr] });
        }
      }
      scheduler.after(500, 'dataplane observe', tick);
    };
    scheduler.after(500, 'dataplane observe', tick);
  }
}

/** Each live node's replica of the partition: role, leader epoch, HW, log end, ISR (for a failing seed's report). */
function describeReplicas(context: ScenarioContext, ref: PartitionRef): string {
  return context.hosts
    .map((h) => {
      const node = h.incarnation?.node;
      if (!node) return `n${h.id}:down`;
      const image = node.image.topicsByName.get(ref.topic)?.partitions.get(ref.partition);
      const p = node.replicaManager?.partition(ref.topic, ref.partition);
      const meta = image ? ` image(leader=${image.leader}@${image.leaderEpoch} isr=[${image.isr.join(',')}] elr=[${image.elr.join(',')}])` : ' image(none)';
      if (!p) return `n${h.id}:no-replica${meta}`;
      return `n${h.id}:${p.role}@${p.leaderEpoch} hw=${p.highWatermark} leo=${p.log.logEndOffset} durable=${p.log.durableEndOffset} isr=[${p.isr.join(',')}]${p.isrChangePending ? '(pending)' : ''}${meta}`;
    })
    .join(' ');
}
