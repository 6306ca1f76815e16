// Goal: the metadata layer stays usable at cluster scale: 100 topics × 100
// partitions (10,000 partitions) replayed one image per entry, a few thousand
// single-partition changes on top, per-broker views, and a snapshot round trip
// all finish in reasonable time, with every old image still intact.
// Method: a synthetic replay; timings are printed and asserted only loosely
// (generous bounds), so slow CI machines do not flake.

import { describe, expect, it } from 'vitest';
import { MetadataImage } from '../../src/metadata/image.js';
import { decodeSnapshot, encodeSnapshot } from '../../src/metadata/snapshot-codec.js';
import type { MetadataRecord } from '../../src/metadata/records.js';
import { view } from './fixtures.js';

const topics = 100;
const partitionsPerTopic = 100;
const brokers = 6;

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('metadata at scale', () => {
  it('replays 100 × 100 partitions, 5,000 changes and a snapshot round trip', () => {
    let start = process.hrtime.bigint();
    let image = MetadataImage.empty();
    let offset = 0;
    const registrations: MetadataRecord[] = [];
    for (let b = 0; b < brokers; b++) registrations.push({ type: 'RegisterBroker', brokerId: b, incarnationId: `i${b}`, endpoints: [], rack: null, fenced: false, logDirIds: [`d${b}`] });
    image = image.apply(registrations, offset++, 1);
    for (let t = 0; t < topics; t++) {
      const topicId = `topic-id-${t}`;
      const records: MetadataRecord[] = [{ type: 'Topic', name: `topic-${t}`, topicId }];
      for (let p = 0; p < partitionsPerTopic; p++) {
        const replicas = [(t + p) % brokers, (t + p + 1) % brokers, (t + p + 2) % brokers];
        records.push({ type: 'Partition', topicId, partition: p, replicas, isr: replicas, elr: [], leader: replicas[0]!, leaderEpoch: 0, partitionEpoch: 0 });
      }
      image = image.apply(records, offset++, 1);
    }
    const createMs = elapsedMs(start);

    start = process.hrtime.bigint();
    const kept: MetadataImage[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = (i * 7) % topics;
      const p = (i * 13) % partitionsPerTopic;
      const current = image.partition(`topic-${t}`, p)!;
      image = image.apply([{ type: 'PartitionChange', topicId: `topic-id-${t}`, partition: p, isr: current.isr.slice(0, 2).concat(current.replicas[2]!) }], offset++, 2);
      kept.push(image);
    }
    const changeMs = elapsedMs(start);

    start = process.hrtime.bigint();
    let led = 0;
    for (let b = 0; b < brokers; b++) led += image.partitionsOf(b).leaderOf.length;
    const viewsMs = elapsedMs(start);

    start = process.hrtime.bigint();
    const bytes = encodeSnapshot(image);
    const restored = decodeSnapshot(bytes);
    const snapshotMs = elapsedMs(start);

    console.log(
      `metadata scale: ${topics * partitionsPerTopic} partitions created in ${createMs.toFixed(0)} ms; ` +
        `5000 changes (one image each) in ${changeMs.toFixed(0)} ms; partitionsOf for ${brokers} brokers in ${viewsMs.toFixed(0)} ms; ` +
        `snapshot ${(bytes.length / 1024).toFixed(0)} KiB encoded+decoded in ${snapshotMs.toFixed(0)} ms`,
    );

    expect(led).toBe(topics * partitionsPerTopic);
    expect(restored.offset).toBe(image.offset);
    expect(view(restored)).toEqual(view(image));
    expect(kept[0]!.partition('topic-0', 0)?.partitionEpoch).toBe(1);
    // Loose bounds: an order of magnitude above what a laptop needs.
    expect(createMs + changeMs + viewsMs + snapshotMs).toBeLessThan(30_000);
  });
});
