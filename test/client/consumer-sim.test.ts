// Goal: the group Consumer against REAL SkiffNodes — metadata quorum,
// brokers, replication, and the group coordinator runtime on a replicated
// __consumer_offsets — in the deterministic simulator: (1) members join and
// leave a group while records flow; no partition is ever held or handled by
// two members at once, every acknowledged record is handled exactly once
// (revocations commit before they are acknowledged), and the final commits
// cover every partition's log; (2) the node coordinating the group crashes
// (losing unsynced writes) and later restarts: the members find the new
// coordinator and carry on, every acknowledged record is handled, and the
// committed offsets sampled throughout never move backwards.
// Method: three SkiffNodes wired as sim/cluster/host.ts wires them (SimDisk,
// SimClock, SimNetwork with the production wire codec), with short group
// timeouts (session 6 s, heartbeat 500 ms, 3 offsets partitions); clients
// are the real library (Producer, Consumer) on their own SimClocks and
// network endpoints (sim/dataplane/workload.ts makeClient). Everything runs
// on one Scheduler from a seed, so a failure replays from its seed.

import { describe, expect, it } from 'vitest';
import type { BrokerServices } from '../../src/broker/services.js';
import type { ControllerServices } from '../../src/controller/services.js';
import { Admin } from '../../src/client/admin.js';
import type { Consumer } from '../../src/client/consumer.js';
import { Consumer as ConsumerClass } from '../../src/client/consumer.js';
import { Producer, type ClientContext } from '../../src/client/producer.js';
import { nodeId, type NodeId } from '../../src/common/ids.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { defaultRaftTimeouts } from '../../src/raft/raft-core.js';
import type { RaftServices } from '../../src/raft/types.js';
import { SkiffNode } from '../../src/node/skiff-node.js';
import { logConfig } from '../../src/storage/log/log-config.js';
import { randomDirectoryId } from '../../sim/cluster/host.js';
import { clusterWireCodec, muxHandlers, serviceView, type ClusterWire } from '../../sim/cluster/wire.js';
import { makeClient, type ClientHandle } from '../../sim/dataplane/workload.js';
import { LogRing, ringLogger } from '../../sim/ring-logger.js';
import { Scheduler, SimClock, SimDisk, SimNetwork } from '../../sim/runtime/index.js';

const groupSessionTimeoutMs = 6_000;

interface Host {
  readonly id: NodeId;
  readonly disk: SimDisk;
  readonly logDirIds: readonly string[];
  node: SkiffNode | null;
  clock: SimClock | null;
  incarnation: number;
}

/** Three real nodes and their clients on one seeded Scheduler. */
class SimCluster {
  readonly scheduler = new Scheduler({ traceEvents: false });
  readonly random: SeededRandom;
  readonly ring: LogRing;
  readonly network: SimNetwork<ClusterWire>;
  readonly hosts: Host[] = [];
  readonly fatal: string[] = [];
  private readonly voters = [1, 2, 3].map((i) => nodeId(i));

  constructor(seed: number) {
    this.random = SeededRandom.fromSeed(seed);
    this.ring = new LogRing(300, () => this.scheduler.now);
    this.network = new SimNetwork<ClusterWire>(this.scheduler, this.random.fork('network'), { codec: clusterWireCodec((method, kind, error) => this.fatal.push(`${kind} of ${method} did not decode: ${String(error)}`)) });
    for (const id of this.voters) {
      const disk = new SimDisk(this.scheduler, this.random.fork(`disk-${id}`), { label: `disk n${id}`, syncLatencyMs: [0, 3] });
      const ids = this.random.fork(`directory-ids-${id}`);
      this.hosts.push({ id, disk, logDirIds: [randomDirectoryId(ids), randomDirectoryId(ids)], node: null, clock: null, incarnation: 0 });
    }
  }

  start(id: number): void {
    const host = this.hosts[id - 1]!;
    host.incarnation++;
    const clock = new SimClock(this.scheduler, { label: `n${id}` });
    const endpoint = this.network.attach(id);
    const node = new SkiffNode({
      nodeId: host.id,
      clusterId: 'sim-cluster',
      raft: { ...defaultRaftTimeouts, nodeId: host.id, voters: this.voters },
      metadataDir: '/data',
      logDirIds: host.logDirIds,
      dataPlane: { logDirs: ['/logs'], defaults: { log: logConfig(), minInsyncReplicas: 2, logAppendTime: false }, flushOnAck: true, replicaLagTimeMaxMs: 10_000 },
      endpoints: [{ name: 'PLAINTEXT', host: `node-${id}`, port: 9092 }],
      rack: null,
      controller: { clusterId: 'sim-cluster', defaultPartitions: 1, defaultReplicationFactor: 3, defaultMinIsr: 2, uncleanLeaderElection: false, durableAcks: true, sessionTimeoutMs: 3_000, noOpIntervalMs: 500 },
      heartbeatIntervalMs: 700,
      requestTimeoutMs: 2_000,
      snapshotEveryEntries: 200,
      fs: host.disk.mount(),
      clock,
      random: this.random.fork(`node-${id}-${host.incarnation}`),
      logger: ringLogger(this.ring, { node: id, inc: host.incarnation }, 40),
      transports: {
        raft: serviceView<RaftServices>(endpoint, 'raft.'),
        controller: serviceView<ControllerServices>(endpoint, 'controller.'),
        broker: serviceView<BrokerServices>(endpoint, 'broker.'),
      },
      onFatal: (error) => this.fatal.push(`n${id}: ${error instanceof Error ? error.message : String(error)}`),
      groups: { coordinator: { offsetsTopicPartitionCount: 3, sessionTimeoutMs: groupSessionTimeoutMs, heartbeatIntervalMs: 500 }, offsetsTopicReplicationFactor: 3 },
    });
    host.node = node;
    host.clock = clock;
    endpoint.serve(muxHandlers(node.handlers()));
    node.start().catch((error: unknown) => this.fatal.push(`n${id} start: ${String(error)}`));
  }

  /** Power loss: unsynced writes are lost; the node sends and schedules nothing more. */
  crash(id: number): void {
    const host = this.hosts[id - 1]!;
    host.disk.crash(this.random.fork(`crash-${id}-${host.incarnation}`), { tearLastWrite: false });
    this.network.detach(id);
    host.clock?.dispose();
    host.node = null;
    host.clock = null;
  }

  client(peer: number, label: string): { handle: ClientHandle; context: ClientContext } {
    const handle = makeClient({ scheduler: this.scheduler, network: this.network, ring: this.ring, nodes: this.voters }, peer, label, this.random.fork(label), 2_000);
    const context: ClientContext = { cluster: handle.cluster, clock: handle.clock, random: this.random.fork(`${label}-random`), logger: handle.logger, clientId: label };
    return { handle, context };
  }

  async until(what: string, condition: () => boolean, maxMs: number): Promise<void> {
    for (let turn = 0; turn < 5 && !condition(); turn++) await new Promise<void>((resolve) => setImmediate(resolve));
    if (!condition()) await this.scheduler.run({ stop: () => condition() || this.fatal.length > 0, untilMs: this.scheduler.now + maxMs });
    if (this.fatal.length > 0) throw new Error(`node failure: ${this.fatal.join('; ')}\n${this.ring.dump().slice(-40).join('\n')}`);
    if (!condition()) throw new Error(`${what}: not within ${maxMs} virtual ms (now ${this.scheduler.now})\n${this.ring.dump().slice(-60).join('\n')}`);
  }

  async settle<T>(promise: Promise<T>, maxMs: number): Promise<T> {
    let done = false;
    const watched = promise.finally(() => (done = true));
    watched.catch(() => {});
    await this.until('a client call', () => done, maxMs);
    return watched;
  }

  advance(ms: number): Promise<void> {
    return this.scheduler.run({ untilMs: this.scheduler.now + ms });
  }
}

interface World {
  readonly sim: SimCluster;
  readonly producer: Producer;
  readonly admin: Admin;
  readonly control: ClientHandle;
}

async function boot(seed: number, topic: string, partitions: number): Promise<World> {
  const sim = new SimCluster(seed);
  for (const id of [1, 2, 3]) sim.start(id);
  const { handle: control, context } = sim.client(300, 'control');
  const admin = new Admin(context);
  let created = false;
  // The cluster elects a controller and registers brokers first: retry the creation until it goes through.
  for (let attempt = 0; attempt < 40 && !created; attempt++) {
    created = await sim.settle(admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 3 }], timeoutMs: 5_000 }).then(() => true, () => false), 20_000);
    if (!created) await sim.advance(500);
  }
  expect(created).toBe(true);
  const producer = new Producer(sim.client(301, 'producer').context, { lingerMs: 1, requestTimeoutMs: 2_000 });
  return { sim, producer, admin, control };
}

/** Sends `rounds` rounds of one record per partition, `intervalMs` apart; `acked` gets every acknowledged value. */
function produceSteadily(world: World, topic: string, partitions: number, intervalMs: number, rounds: number, acked: Set<string>): () => boolean {
  let settled = 0;
  const scheduler = world.sim.scheduler;
  for (let round = 0; round < rounds; round++) {
    scheduler.after(round * intervalMs, 'produce', () => {
      const messages = Array.from({ length: partitions }, (_, p) => ({ value: `r${round}-p${p}`, partition: p }));
      world.producer.send({ topic, messages }).then(
        () => {
          for (const m of messages) acked.add(m.value);
          settled++;
        },
        () => settled++,
      );
    });
  }
  return () => settled === rounds;
}

/** Ownership as the members report it; violations collected (a throw in a handler would only be retried). */
class Ownership {
  readonly owner = new Map<number, string>();
  readonly handling = new Map<number, string>();
  readonly violations: string[] = [];
  readonly handled: { member: string; partition: number; offset: number; value: string }[] = [];
  lost = 0;

  watch(name: string, consumer: Consumer): void {
    consumer.on('partitions.assigned', (e) => {
      for (const p of e.payload.partitions.flatMap((t) => t.partitions)) {
        if (this.owner.has(p)) this.violations.push(`${name} assigned ${p} while ${this.owner.get(p)} holds it`);
        this.owner.set(p, name);
      }
    });
    consumer.on('partitions.revoked', (e) => {
      if (e.payload.lost) this.lost++;
      for (const p of e.payload.partitions.flatMap((t) => t.partitions)) {
        if (this.owner.get(p) !== name) this.violations.push(`${name} revoked ${p} held by ${this.owner.get(p) ?? 'nobody'}`);
        else this.owner.delete(p);
      }
    });
  }

  handler(name: string): Parameters<Consumer['run']>[0]['eachMessage'] {
    return ({ partition, message }) => {
      if (this.owner.get(partition) !== name) this.violations.push(`${name} handles ${partition}@${message.offset} owned by ${this.owner.get(partition) ?? 'nobody'}`);
      if (this.handling.has(partition)) this.violations.push(`${name} handles ${partition}@${message.offset} while ${this.handling.get(partition)} does`);
      this.handling.set(partition, name);
      this.handling.delete(partition);
      this.handled.push({ member: name, partition, offset: message.offset, value: new TextDecoder().decode(message.value ?? new Uint8Array()) });
      return Promise.resolve();
    };
  }

  count(name: string): number {
    return [...this.owner.values()].filter((o) => o === name).length;
  }
}

function member(world: World, peer: number, name: string, own: Ownership): Consumer {
  const consumer = new ConsumerClass(world.sim.client(peer, name).context, { groupId: 'g', sessionTimeoutMs: groupSessionTimeoutMs, maxWaitMs: 200, requestTimeoutMs: 2_000 });
  own.watch(name, consumer);
  return consumer;
}

describe('Consumer against real SkiffNodes in the simulator', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: members join and leave while records flow; one holder per partition, each record once`, async () => {
      const world = await boot(seed, 't', 6);
      const { sim } = world;
      const acked = new Set<string>();
      const own = new Ownership();
      const done = produceSteadily(world, 't', 6, 40, 250, acked); // 10 s of traffic
      const names = ['a', 'b', 'c'];
      const consumers = names.map((name, i) => member(world, 310 + i, name, own));
      for (const c of consumers) await sim.settle(c.subscribe({ topics: ['t'], fromBeginning: true }), 1_000);
      await sim.settle(consumers[0]!.run({ eachMessage: own.handler('a') }), 1_000);
      await sim.until('a holds all six', () => own.count('a') === 6, 30_000);
      await sim.settle(consumers[1]!.run({ eachMessage: own.handler('b') }), 1_000);
      await sim.advance(1_500);
      await sim.settle(consumers[2]!.run({ eachMessage: own.handler('c') }), 1_000);
      await sim.until('two each', () => names.every((n) => own.count(n) === 2), 30_000);
      await sim.advance(1_000);
      await sim.settle(consumers[0]!.disconnect(), 20_000);
      await sim.until('b and c hold three each', () => own.count('b') === 3 && own.count('c') === 3, 30_000);
      await sim.until('production settled and every acknowledged record handled', () => done() && [...acked].every((v) => own.handled.some((h) => h.value === v)), 60_000);
      for (const c of consumers.slice(1)) await sim.settle(c.disconnect(), 20_000);

      expect(own.violations).toEqual([]);
      expect(own.lost).toBe(0);
      const values = own.handled.map((h) => h.value);
      expect(new Set(values).size).toBe(values.length); // exactly once
      for (let p = 0; p < 6; p++) {
        const offsets = own.handled.filter((h) => h.partition === p).map((h) => h.offset);
        expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
      }
      // Final commits: each partition's next offset = one past the last record handled.
      const offsets = await sim.settle(world.admin.fetchTopicOffsets('t'), 10_000);
      const committed = await sim.settle(committedOffsets(world, 'g'), 10_000);
      for (const o of offsets) expect(committed.get(o.partition)).toBe(o.high);
    });
  }

  for (const seed of [3, 4]) {
  it(`seed ${seed}: the coordinating node crashes and restarts; members carry on and committed offsets never move backwards`, async () => {
    const world = await boot(seed, 't', 4);
    const { sim } = world;
    const acked = new Set<string>();
    const own = new Ownership();
    const done = produceSteadily(world, 't', 4, 50, 300, acked); // 15 s of traffic
    const consumers = ['a', 'b'].map((name, i) => member(world, 320 + i, name, own));
    for (const [i, c] of consumers.entries()) {
      await sim.settle(c.subscribe({ topics: ['t'], fromBeginning: true }), 1_000);
      await sim.settle(c.run({ autoCommitInterval: 500, eachMessage: own.handler(['a', 'b'][i]!) }), 1_000);
    }
    await sim.until('two each', () => own.count('a') === 2 && own.count('b') === 2, 30_000);
    const samples = new Map<number, number[]>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const got = await committedOffsets(world, 'g').catch(() => null);
        for (const [p, o] of got ?? []) samples.set(p, [...(samples.get(p) ?? []), o]);
        await new Promise<void>((resolve) => sim.scheduler.after(200, 'sample', resolve));
      }
    })();
    await sim.advance(3_000);
    const coordinator = await sim.settle(findCoordinator(world, 'g'), 10_000);
    sim.crash(coordinator);
    await sim.advance(8_000);
    sim.start(coordinator);
    await sim.until('production settled and every acknowledged record handled', () => done() && [...acked].every((v) => own.handled.some((h) => h.value === v)), 90_000);
    await sim.advance(2_000);
    sampling = false;
    await sim.settle(sampler, 5_000);
    for (const c of consumers) await sim.settle(c.disconnect(), 20_000);

    expect(own.lost).toBe(0);
    expect(own.violations).toEqual([]);
    expect(samples.size).toBe(4);
    for (const [p, list] of samples) {
      for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) throw new Error(`partition ${p}: committed offset went from ${list[i - 1]} back to ${list[i]}`);
    }
    const offsets = await sim.settle(world.admin.fetchTopicOffsets('t'), 10_000);
    const committed = await sim.settle(committedOffsets(world, 'g'), 10_000);
    for (const o of offsets) expect(committed.get(o.partition)).toBe(o.high);
  });
  }
});

async function findCoordinator(world: World, groupId: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const r = await world.control.cluster.call(world.control.cluster.anyBroker(), 'FindCoordinator', { key: groupId }).catch(() => null);
    if (r !== null && r.error === null) return r.nodeId;
    await new Promise<void>((resolve) => world.sim.scheduler.after(200, 'retry', resolve));
  }
  throw new Error('no coordinator');
}

/** The group's committed offsets of topic t by partition (through whichever node coordinates). */
async function committedOffsets(world: World, groupId: string): Promise<Map<number, number>> {
  const coordinator = await findCoordinator(world, groupId);
  const r = await world.control.cluster.call(coordinator, 'OffsetFetch', { groupId, memberId: null, memberEpoch: -1, topics: null }, 2_000);
  if (r.error !== null) throw new Error(r.error.message);
  return new Map((r.topics.find((t) => t.topic === 't')?.partitions ?? []).map((p) => [p.partition, p.committedOffset] as const));
}
