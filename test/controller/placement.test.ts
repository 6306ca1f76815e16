// Goal: placement spreads replicas and preferred leaders evenly (within one of
// each other, across topics too), puts a partition's replicas on distinct
// brokers and distinct racks while racks remain, and rejects impossible
// replication factors with a typed error.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeReplicas, type BrokerLoad } from '../../src/controller/placement.js';

const brokers = (n: number, racks = 0): { id: number; rack: string | null }[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, rack: racks > 0 ? `r${i % racks}` : null }));

function counts(placement: number[][]): { replicas: Map<number, number>; leaders: Map<number, number> } {
  const replicas = new Map<number, number>();
  const leaders = new Map<number, number>();
  for (const list of placement) {
    list.forEach((id, i) => {
      replicas.set(id, (replicas.get(id) ?? 0) + 1);
      if (i === 0) leaders.set(id, (leaders.get(id) ?? 0) + 1);
    });
  }
  return { replicas, leaders };
}

const spread = (m: Map<number, number>, ids: number[]): number => {
  const values = ids.map((id) => m.get(id) ?? 0);
  return Math.max(...values) - Math.min(...values);
};

describe('replica placement', () => {
  it('6 partitions, RF 3 on 3 brokers: every broker holds all, leads two', () => {
    const placement = placeReplicas({ brokers: brokers(3), partitions: 6, replicationFactor: 3 });
    expect(placement).toHaveLength(6);
    const { replicas, leaders } = counts(placement);
    expect([...replicas.values()]).toEqual([6, 6, 6]);
    expect([...leaders.values()].sort()).toEqual([2, 2, 2]);
  });

  it('balances leaders within one and replicas within two, and never repeats a broker in a partition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 }), fc.nat(20), (n, partitions, rfRaw, rotation) => {
        const rf = Math.min(rfRaw, n);
        const placement = placeReplicas({ brokers: brokers(n), partitions, replicationFactor: rf, rotation });
        const ids = brokers(n).map((b) => b.id);
        for (const list of placement) expect(new Set(list).size).toBe(rf);
        const { replicas, leaders } = counts(placement);
        expect(spread(replicas, ids)).toBeLessThanOrEqual(2);
        expect(spread(leaders, ids)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('stays balanced across topics by counting existing load', () => {
    const load = new Map<number, BrokerLoad>();
    const all: number[][] = [];
    for (let topic = 0; topic < 10; topic++) {
      const placement = placeReplicas({ brokers: brokers(4), partitions: 3, replicationFactor: 2, load, rotation: topic });
      for (const list of placement) {
        list.forEach((id, i) => {
          const entry = load.get(id) ?? { replicas: 0, leaders: 0 };
          load.set(id, { replicas: entry.replicas + 1, leaders: entry.leaders + (i === 0 ? 1 : 0) });
        });
      }
      all.push(...placement);
    }
    const { replicas, leaders } = counts(all);
    expect(spread(replicas, [1, 2, 3, 4])).toBeLessThanOrEqual(2);
    expect(spread(leaders, [1, 2, 3, 4])).toBeLessThanOrEqual(1);
  });

  it('puts each partition on as many racks as it can', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), (racks, partitions, rfRaw) => {
        const all = brokers(8, racks);
        const rf = Math.min(rfRaw, 8);
        const rackOf = new Map(all.map((b) => [b.id, b.rack]));
        for (const list of placeReplicas({ brokers: all, partitions, replicationFactor: rf })) {
          expect(new Set(list.map((id) => rackOf.get(id))).size).toBe(Math.min(rf, racks));
        }
      }),
    );
  });

  it('rejects a replication factor larger than the broker count', () => {
    expect(() => placeReplicas({ brokers: brokers(2), partitions: 1, replicationFactor: 3 })).toThrow(/INVALID_REPLICATION_FACTOR/);
    expect(() => placeReplicas({ brokers: brokers(2), partitions: 1, replicationFactor: 0 })).toThrow(/INVALID_REPLICATION_FACTOR/);
  });
});
