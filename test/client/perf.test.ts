// Goal: `skiff perf produce|consume` runs end to end and prints what Kafka's
// perf-test tools print: the producer's final line (records/sec, MB/sec,
// latency avg/max/percentiles) or one JSON line, the consumer's
// start/end/MB/records table; a missing topic is created first.
// Method: runPerfCommand with an injected connection to FakeCluster (the
// in-memory cluster) on the real clock, since the perf loop paces itself
// with real timers; output is captured through CliIo.

import { describe, expect, it } from 'vitest';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { type Connect, runPerfCommand } from '../../src/cli/perf.js';
import { NodeClock } from '../../src/env/node/node-clock.js';
import { silentLogger } from '../../src/env/logger.js';
import { FakeCluster } from './fake-cluster.js';

function harness(): { fake: FakeCluster; connect: Connect; io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const clock = new NodeClock();
  const fake = new FakeCluster({ clock, latencyMs: 0 });
  const connect: Connect = () => {
    const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1], clock, logger: silentLogger, retryBackoffMs: 10 });
    return Promise.resolve({ cluster, clock, logger: silentLogger, close: () => Promise.resolve(cluster.close()) });
  };
  const out: string[] = [];
  const err: string[] = [];
  return { fake, connect, io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('skiff perf', () => {
  it('produce creates the topic, sends every record and prints Kafka-style figures', async () => {
    const h = harness();
    const code = await runPerfCommand('produce', ['--topic', 'p', '--records', '3000', '--record-size', '100', '--partitions', '3', '--linger-ms', '1', '--batch-size', '16384'], h.io, h.connect);
    expect(h.err.join('')).toContain('Created topic p');
    expect(code).toBe(0);
    const last = h.out.at(-1) ?? '';
    expect(last).toMatch(/^3000 records sent, [\d.]+ records\/sec \([\d.]+ MB\/sec\), [\d.]+ ms avg latency, [\d.]+ ms max latency, \d+ ms 50th, \d+ ms 95th, \d+ ms 99th, \d+ ms 99\.9th\.\n$/);
    const total = [0, 1, 2].reduce((sum, p) => sum + h.fake.log('p', p).logEndOffset, 0);
    expect(total).toBe(3000);
    // Sticky partitioning spreads the load: one send of a batch's worth (135 records of 121 estimated bytes) per partition in turn.
    for (const p of [0, 1, 2]) expect(h.fake.log('p', p).logEndOffset).toBeGreaterThan(0);
    expect(h.fake.log('p', 0).batches.map((b) => b.lastOffset - b.baseOffset + 1)[0]).toBe(135);
  });

  it('produce --json prints one JSON line; consume reads it all back', async () => {
    const h = harness();
    expect(await runPerfCommand('produce', ['--topic', 'q', '--records', '500', '--record-size', '50', '--compression', 'lz4', '--json'], h.io, h.connect)).toBe(0);
    expect(h.out).toHaveLength(1);
    const figures = JSON.parse(h.out[0]!) as Record<string, number>;
    expect(figures).toMatchObject({ records: 500, failed: 0 });
    expect(figures.p99Ms).toBeGreaterThanOrEqual(figures.p50Ms!);

    h.out.length = 0;
    expect(await runPerfCommand('consume', ['--topic', 'q', '--records', '500', '--timeout-ms', '2000'], h.io, h.connect)).toBe(0);
    expect(h.out[0]).toBe('start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec\n');
    expect(h.out[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{3}, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{3}, 0\.0238, [\d.]+, 500, [\d.]+\n$/);
  });

  it('reports usage errors with exit code 2', async () => {
    const h = harness();
    expect(await runPerfCommand('produce', ['--records', '5'], h.io, h.connect)).toBe(2);
    expect(await runPerfCommand('produce', ['--topic', 't', '--records', '5', '--record-size', '1', '--acks', '2'], h.io, h.connect)).toBe(2);
    expect(await runPerfCommand('bogus', [], h.io, h.connect)).toBe(2);
    expect(await runPerfCommand('--help', [], h.io, h.connect)).toBe(0);
  });
});
