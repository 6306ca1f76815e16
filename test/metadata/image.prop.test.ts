// Goal: replay is a pure function of the committed entries, and snapshots
// lose nothing: for any valid entry sequence and any cut point, replaying the
// prefix, snapshotting, restoring and replaying the rest gives the same image
// as replaying everything — same contents, same offset and epoch, the same
// snapshot bytes — and the incrementally kept per-broker partition index
// always equals a brute-force scan. Old images never change.
// Method: fast-check sequences of abstract operations interpreted against
// the evolving image into records that always apply (fixtures.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetadataImage } from '../../src/metadata/image.js';
import { decodeSnapshot, encodeSnapshot } from '../../src/metadata/snapshot-codec.js';
import { replay, scanPartitionsOf, validEntries, view } from './fixtures.js';

describe('MetadataImage replay properties', () => {
  it('prefix + snapshot/restore + rest = replaying everything', () => {
    fc.assert(
      fc.property(validEntries, fc.nat(), (entries, cutSeed) => {
        const cut = cutSeed % (entries.length + 1);
        const full = replay(entries);
        const prefix = replay(entries.slice(0, cut));
        const restored = decodeSnapshot(encodeSnapshot(prefix));
        expect(view(restored)).toEqual(view(prefix));
        const resumed = replay(entries.slice(cut), restored);
        expect(view(resumed)).toEqual(view(full));
        expect(encodeSnapshot(resumed)).toEqual(encodeSnapshot(full));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the per-broker partition index equal to a full scan after every entry', () => {
    fc.assert(
      fc.property(validEntries, (entries) => {
        let image = MetadataImage.empty();
        for (const entry of entries) {
          image = image.apply(entry.records, entry.offset, entry.epoch);
          for (let brokerId = -1; brokerId <= 6; brokerId++) {
            expect(image.partitionsOf(brokerId).all.map((p) => `${p.topicId}:${p.partition}`)).toEqual(scanPartitionsOf(image, brokerId));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never changes an image once built', () => {
    fc.assert(
      fc.property(validEntries, (entries) => {
        const images: { image: MetadataImage; seen: unknown }[] = [];
        let image = MetadataImage.empty();
        for (const entry of entries) {
          image = image.apply(entry.records, entry.offset, entry.epoch);
          images.push({ image, seen: view(image) });
        }
        for (const { image: old, seen } of images) expect(view(old)).toEqual(seen);
      }),
      { numRuns: 100 },
    );
  });
});
