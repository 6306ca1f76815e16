// Goal: `skiff produce` and `skiff consume` run end to end in-process: lines
// become records on the partitions the key decides, in line order per
// partition; a bad line stops the producer with Kafka's message and exit 1
// after what came before it is stored; stdin is read no faster than sends
// are acknowledged (backpressure); the consumer prints Kafka's format in
// offset order per partition, stops at --max-messages, --timeout-ms, an
// interrupt or a closed stdout, waits for a slow stdout, reports "Processed
// a total of N messages", and --group is refused (exit 2) unless a group
// source is plugged in.
// Method: runConsoleProducer/runConsoleConsumer with an in-memory ConsoleIo
// and a connection to FakeCluster (the client tests' in-memory cluster) on
// the real clock, as test/client/perf.test.ts does.

import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type RecordSourceFactory, runConsoleConsumer } from '../../src/cli/console-consumer.js';
import type { ConsoleConnect } from '../../src/cli/console-connection.js';
import { type ConsoleIo, OutputClosedError } from '../../src/cli/console-io.js';
import { runConsoleProducer } from '../../src/cli/console-producer.js';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { partitionForKey } from '../../src/client/partitioners.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import { NodeClock } from '../../src/env/node/node-clock.js';
import { decodeBatches } from '../../src/storage/batch/records.js';
import { FakeCluster } from '../client/fake-cluster.js';

interface MemoryIo extends ConsoleIo {
  readonly out: Buffer[];
  readonly errors: string[];
  /** Sends SIGINT, as the process would. */
  interrupt(): void;
  /** stdout writes in progress at most at any time. */
  readonly maxConcurrentWrites: number;
}

function memoryIo(stdin: AsyncIterable<Uint8Array> = lines([]), options: { writeDelayMs?: number; closedAfterWrites?: number } = {}): MemoryIo {
  const out: Buffer[] = [];
  const errors: string[] = [];
  let handler: (() => void) | null = null;
  let writing = 0;
  let maxConcurrentWrites = 0;
  return {
    stdin,
    out,
    errors,
    get maxConcurrentWrites() {
      return maxConcurrentWrites;
    },
    stdout: {
      write: async (chunk) => {
        if (options.closedAfterWrites !== undefined && out.length >= options.closedAfterWrites) throw new OutputClosedError('standard output is closed (EPIPE)');
        writing++;
        maxConcurrentWrites = Math.max(maxConcurrentWrites, writing);
        out.push(Buffer.from(chunk));
        if (options.writeDelayMs !== undefined) await sleep(options.writeDelayMs);
        writing--;
      },
      flush: () => Promise.resolve(),
    },
    err: (text) => errors.push(text),
    onInterrupt: (h) => {
      handler = h;
      return () => (handler = null);
    },
    interrupt: () => handler?.(),
  };
}

async function* lines(input: readonly string[], chunkLines = 1_000): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < input.length; i += chunkLines) yield Buffer.from(input.slice(i, i + chunkLines).map((l) => l + '\n').join(''));
}

function harness(partitions = 3): { fake: FakeCluster; connect: ConsoleConnect } {
  const clock = new NodeClock();
  const fake = new FakeCluster({ clock, latencyMs: 0, topics: [{ name: 't', partitions }] });
  const connect: ConsoleConnect = () => {
    const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1], clock, logger: silentLogger, retryBackoffMs: 10 });
    return { cluster, clock, random: SeededRandom.fromSeed(7), logger: silentLogger, close: () => Promise.resolve(cluster.close()) };
  };
  return { fake, connect };
}

/** Every stored record of a partition as "key:value", in offset order. */
function stored(fake: FakeCluster, partition: number): string[] {
  const log = fake.log('t', partition);
  const text = (b: Uint8Array | null): string => (b === null ? '<null>' : Buffer.from(b).toString('utf8'));
  return decodeBatches(Buffer.concat(log.batches.map((b) => b.bytes))).flatMap((b) => b.records.map((r) => `${text(r.key)}:${text(r.value)}`));
}

const keyed = (n: number): string[] => Array.from({ length: n }, (_, i) => `key-${i}:value-${i}`);
const keyArgs = ['--topic', 't', '--property', 'parse.key=true', '--property', 'key.separator=:'];

describe('skiff produce (in-process)', () => {
  it('sends every line as a keyed record on its murmur2 partition, in line order per partition', async () => {
    const h = harness();
    const io = memoryIo(lines(keyed(5_000), 700));
    expect(await runConsoleProducer(keyArgs, io, h.connect)).toBe(0);
    expect(io.errors).toEqual([]);
    for (const p of [0, 1, 2]) {
      const expected = keyed(5_000).filter((line) => partitionForKey(Buffer.from(line.split(':')[0]!), 3) === p);
      expect(stored(h.fake, p)).toEqual(expected);
    }
  });

  it('sends value-only records, to one partition with --partition', async () => {
    const h = harness();
    const io = memoryIo(lines(['a', 'b:c', '']));
    expect(await runConsoleProducer(['--topic', 't', '--partition', '2'], io, h.connect)).toBe(0);
    expect(stored(h.fake, 2)).toEqual(['<null>:a', '<null>:b:c', '<null>:']);
  });

  it('stops at a line without the separator with exit 1, after storing every line before it', async () => {
    const h = harness();
    const input = [...keyed(2_500), 'no separator', ...keyed(10)];
    const io = memoryIo(lines(input, 1_000));
    expect(await runConsoleProducer(keyArgs, io, h.connect)).toBe(1);
    expect(io.errors.join('')).toBe("skiff produce: No key separator found on line number 2501: 'no separator'\n");
    const all = [0, 1, 2].flatMap((p) => stored(h.fake, p));
    expect(all.length).toBe(2_500);
    expect(new Set(all)).toEqual(new Set(keyed(2_500)));
  });

  it('reads stdin no faster than sends are acknowledged', async () => {
    const h = harness();
    let pulled = 0;
    async function* slowInput(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield Buffer.from(`line-${i}\n`);
      }
    }
    // Produce requests vanish: nothing is acknowledged until they are let through.
    h.fake.transportFault = (call) => (call.method === 'Produce' ? 'drop-request' : 'deliver');
    const io = memoryIo(slowInput());
    const run = runConsoleProducer(['--topic', 't', '--partition', '0', '--request-timeout-ms', '300'], io, h.connect);
    await sleep(200);
    // 16 sends in flight, and the chunk that waits for room.
    expect(pulled).toBe(17);
    h.fake.transportFault = () => 'deliver';
    expect(await run).toBe(0);
    expect(stored(h.fake, 0)).toEqual(Array.from({ length: 100 }, (_, i) => `<null>:line-${i}`));
  });

  it('on an interrupt stops reading, flushes what it read, and exits 0', async () => {
    const h = harness();
    let release: () => void = () => {};
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('one\ntwo\n');
      await new Promise<void>((resolve) => (release = resolve));
    }
    const io = memoryIo(endless());
    const run = runConsoleProducer(['--topic', 't', '--partition', '1'], io, h.connect);
    await sleep(100);
    io.interrupt();
    expect(await run).toBe(0);
    expect(stored(h.fake, 1)).toEqual(['<null>:one', '<null>:two']);
    release();
  });

  it('fails with exit 1 and a clear message for a missing topic, a missing partition, or a refused send', async () => {
    const h = harness();
    let io = memoryIo(lines(['x']));
    expect(await runConsoleProducer(['--topic', 'nope', '--max-block-ms', '200'], io, h.connect)).toBe(1);
    expect(io.errors.join('')).toMatch(/^skiff produce: topic 'nope': UNKNOWN_TOPIC_OR_PARTITION: .*\(waited 200 ms\)\n$/);

    io = memoryIo(lines(['x']));
    expect(await runConsoleProducer(['--topic', 't', '--partition', '3'], io, h.connect)).toBe(1);
    expect(io.errors.join('')).toBe("skiff produce: partition 3 of topic 't' does not exist (it has 3)\n");

    h.fake.produceError = () => 'INVALID_RECORD';
    io = memoryIo(lines(['x', 'y']));
    expect(await runConsoleProducer(['--topic', 't'], io, h.connect)).toBe(1);
    expect(io.errors.join('')).toMatch(/^skiff produce: a send failed \(0 records were acknowledged before it finished\): INVALID_RECORD: /);
  });

  it('prints help (exit 0) and usage errors (exit 2) without connecting', async () => {
    const connect: ConsoleConnect = () => {
      throw new Error('must not connect');
    };
    const io = memoryIo();
    expect(await runConsoleProducer(['--help'], io, connect)).toBe(0);
    expect(Buffer.concat(io.out).toString()).toMatch(/^usage:\n {2}produce --topic NAME/);
    expect(await runConsoleProducer(['--topic', 't', '--acks', '2'], io, connect)).toBe(2);
    expect(io.errors.join('')).toMatch(/^skiff produce: --acks must be all, 1 or 0, got '2'\n\nusage:\n/);
  });
});

describe('skiff consume (in-process)', () => {
  async function produced(h: { fake: FakeCluster; connect: ConsoleConnect }, n: number): Promise<void> {
    expect(await runConsoleProducer(keyArgs, memoryIo(lines(keyed(n), 300)), h.connect)).toBe(0);
  }

  it("prints every record from the beginning in Kafka's format, in offset order per partition, then the total", async () => {
    const h = harness();
    await produced(h, 2_000);
    const io = memoryIo();
    const code = await runConsoleConsumer(['--topic', 't', '--from-beginning', '--max-messages', '2000', '--property', 'print.partition=true,print.offset=true,print.key=true'], io, { connect: h.connect });
    expect(code).toBe(0);
    const out = Buffer.concat(io.out).toString('utf8').split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(2_000);
    const next = [0, 0, 0];
    for (const line of out) {
      const m = /^Partition:(\d)\tOffset:(\d+)\tkey-(\d+)\tvalue-(\d+)$/.exec(line);
      expect(m, line).not.toBeNull();
      const [p, offset, k, v] = [Number(m![1]), Number(m![2]), m![3], m![4]];
      expect(offset).toBe(next[p]);
      next[p]!++;
      expect(k).toBe(v);
      expect(partitionForKey(Buffer.from(`key-${k}`), 3)).toBe(p);
    }
    expect(io.errors).toEqual(['Processed a total of 2000 messages\n']);
  });

  it('stops after --max-messages, mid-batch', async () => {
    const h = harness(1);
    await produced(h, 100);
    const io = memoryIo();
    expect(await runConsoleConsumer(['--topic', 't', '--from-beginning', '--max-messages', '7'], io, { connect: h.connect })).toBe(0);
    expect(Buffer.concat(io.out).toString()).toBe(Array.from({ length: 7 }, (_, i) => `value-${i}\n`).join(''));
    expect(io.errors).toEqual(['Processed a total of 7 messages\n']);
  });

  it('starts one partition at --offset, and at the end by default', async () => {
    const h = harness(1);
    await produced(h, 10);
    let io = memoryIo();
    expect(await runConsoleConsumer(['--topic', 't', '--partition', '0', '--offset', '8', '--timeout-ms', '300', '--property', 'print.offset=true'], io, { connect: h.connect })).toBe(0);
    expect(Buffer.concat(io.out).toString()).toBe('Offset:8\tvalue-8\nOffset:9\tvalue-9\n');

    // From the end: only what is produced after the start shows.
    io = memoryIo();
    const run = runConsoleConsumer(['--topic', 't', '--max-messages', '1'], io, { connect: h.connect });
    await sleep(300);
    expect(await runConsoleProducer(['--topic', 't'], memoryIo(lines(['fresh'])), h.connect)).toBe(0);
    expect(await run).toBe(0);
    expect(Buffer.concat(io.out).toString()).toBe('fresh\n');
  });

  it('stops after --timeout-ms without a record (consumer.timeout.ms)', async () => {
    const h = harness();
    const io = memoryIo();
    const started = Date.now();
    expect(await runConsoleConsumer(['--topic', 't', '--timeout-ms', '300'], io, { connect: h.connect })).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(io.errors).toEqual(['Processed a total of 0 messages\n']);
  });

  it('stops cleanly on an interrupt and reports the total', async () => {
    const h = harness();
    await produced(h, 50);
    const io = memoryIo();
    const run = runConsoleConsumer(['--topic', 't', '--from-beginning'], io, { connect: h.connect });
    // Bounded wait for the output, then SIGINT.
    for (let i = 0; i < 100 && Buffer.concat(io.out).toString().split('\n').length < 51; i++) await sleep(20);
    io.interrupt();
    expect(await run).toBe(0);
    expect(io.errors).toEqual(['Processed a total of 50 messages\n']);
  });

  it('waits for a slow stdout: one write at a time, nothing lost', async () => {
    const h = harness();
    await produced(h, 3_000);
    const io = memoryIo(lines([]), { writeDelayMs: 5 });
    expect(await runConsoleConsumer(['--topic', 't', '--from-beginning', '--max-messages', '3000'], io, { connect: h.connect })).toBe(0);
    expect(io.maxConcurrentWrites).toBe(1);
    expect(Buffer.concat(io.out).toString().split('\n').length - 1).toBe(3_000);
  });

  it("stops with Kafka's message when stdout's reader is gone", async () => {
    const h = harness(1);
    await produced(h, 10);
    const io = memoryIo(lines([]), { closedAfterWrites: 0 });
    expect(await runConsoleConsumer(['--topic', 't', '--from-beginning'], io, { connect: h.connect })).toBe(0);
    // Counted as handed to stdout, as Kafka counts them.
    expect(io.errors).toEqual(['Unable to write to standard out, closing consumer.\n', 'Processed a total of 10 messages\n']);
  });

  it('reads through the group source with --group', async () => {
    const h = harness();
    const groupSource: RecordSourceFactory = (_conn, options) => {
      expect(options.group).toBe('g');
      let done = false;
      return Promise.resolve({
        poll: () => {
          const out = done ? [] : [{ topic: 't', partition: 1, records: [{ offset: 0, timestamp: 1, key: null, value: Buffer.from('from the group'), headers: [] }], recordCount: 1, payloadBytes: 14, highWatermark: 1 }];
          done = true;
          return Promise.resolve(out);
        },
        close: () => {},
      });
    };
    const grouped = memoryIo();
    expect(await runConsoleConsumer(['--topic', 't', '--group', 'g', '--max-messages', '1'], grouped, { connect: h.connect, groupSource })).toBe(0);
    expect(Buffer.concat(grouped.out).toString()).toBe('from the group\n');
  });

  it('fails with exit 1 for a partition the topic does not have', async () => {
    const h = harness();
    const io = memoryIo();
    expect(await runConsoleConsumer(['--topic', 't', '--partition', '7'], io, { connect: h.connect })).toBe(1);
    expect(io.errors).toEqual(["skiff consume: partition 7 of topic 't' does not exist (it has 3)\n", 'Processed a total of 0 messages\n']);
  });
});
