// Goal: PersistentMap behaves exactly like a Map under any sequence of sets
// and removes (including keys whose 32-bit hashes collide), never changes an
// old version, and is canonical: equal contents iterate in the same order
// whatever the history.
// Method: fast-check op sequences run against PersistentMap and a native Map
// model, checking every intermediate version; colliding string keys are found
// by brute force over hashKey once per run.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, PersistentMap } from '../../src/metadata/persistent-map.js';

/** Pairs of distinct strings with equal hashes (birthday search over ~200k keys). */
function findCollisions(wanted: number): string[] {
  const seen = new Map<number, string>();
  const keys: string[] = [];
  for (let i = 0; keys.length < 2 * wanted && i < 2_000_000; i++) {
    const key = `k${i}`;
    const other = seen.get(hashKey(key));
    if (other !== undefined) keys.push(other, key);
    else seen.set(hashKey(key), key);
  }
  return keys;
}

const collidingKeys = findCollisions(3);

type Op<K> = { kind: 'set'; key: K; value: number } | { kind: 'remove'; key: K };

function opsOf<K>(key: fc.Arbitrary<K>): fc.Arbitrary<Op<K>[]> {
  return fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key, value: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('remove' as const), key }),
    ),
    { maxLength: 200 },
  );
}

function checkAgainstModel<K extends string | number>(ops: Op<K>[]): void {
  let map = PersistentMap.empty<K, number>();
  const model = new Map<K, number>();
  const history: { map: PersistentMap<K, number>; snapshot: [K, number][] }[] = [];
  for (const op of ops) {
    const before = map;
    if (op.kind === 'set') {
      map = map.set(op.key, op.value);
      if (model.get(op.key) === op.value) expect(map).toBe(before);
      model.set(op.key, op.value);
    } else {
      map = map.remove(op.key);
      if (!model.has(op.key)) expect(map).toBe(before);
      model.delete(op.key);
    }
    expect(map.size).toBe(model.size);
    expect(map.get(op.key)).toBe(model.get(op.key));
    expect(map.has(op.key)).toBe(model.has(op.key));
    history.push({ map, snapshot: [...model] });
  }
  const sorted = (entries: Iterable<[K, number]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  expect(sorted(map.entries())).toEqual(sorted(model.entries()));
  expect([...map.keys()]).toEqual([...map.entries()].map(([k]) => k));
  expect([...map.values()]).toEqual([...map.entries()].map(([, v]) => v));
  const viaForEach: [K, number][] = [];
  map.forEach((v, k) => viaForEach.push([k, v]));
  expect(viaForEach).toEqual([...map]);
  // Old versions are untouched.
  for (const { map: old, snapshot } of history) expect(sorted(old.entries())).toEqual(sorted(snapshot));
  // Canonical: the same contents built in another order iterate alike.
  const rebuilt = PersistentMap.from([...model].reverse());
  expect([...rebuilt]).toEqual([...map]);
}

describe('PersistentMap', () => {
  it('found colliding keys for the collision tests', () => {
    expect(collidingKeys.length).toBeGreaterThanOrEqual(2);
    expect(hashKey(collidingKeys[0]!)).toBe(hashKey(collidingKeys[1]!));
  });

  it('matches a Map model with integer keys', () => {
    fc.assert(fc.property(opsOf(fc.integer({ min: -50, max: 50 })), (ops) => checkAgainstModel(ops)));
  });

  it('matches a Map model with wide integer and fractional keys', () => {
    fc.assert(fc.property(opsOf(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))), (ops) => checkAgainstModel(ops)));
  });

  it('matches a Map model with string keys, including hash collisions', () => {
    const key = fc.oneof(fc.constantFrom(...collidingKeys), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(opsOf(key), (ops) => checkAgainstModel(ops)), { numRuns: 300 });
  });

  it('handles thousands of keys and shares untouched subtrees', () => {
    let map = PersistentMap.empty<number, number>();
    for (let i = 0; i < 20_000; i++) map = map.set(i, i);
    expect(map.size).toBe(20_000);
    const changed = map.set(7, -7);
    expect(changed.get(7)).toBe(-7);
    expect(map.get(7)).toBe(7);
    expect(changed.get(8)).toBe(8);
    let emptied = map;
    for (let i = 0; i < 20_000; i++) emptied = emptied.remove(i);
    expect(emptied.size).toBe(0);
    expect([...emptied]).toEqual([]);
  });
});
