// An immutable hash map with structural sharing (a hash array mapped trie, as
// in Clojure and Immutable.js): `set` and `remove` return a new map that
// shares every untouched subtree with the old one, in O(log32 n) time and
// allocation. MetadataImage builds one image per metadata entry on clusters
// of 10,000+ partitions, so copying a Map per change is not an option.
//
// Invariants:
// - The trie is canonical: equal contents give equal shapes, whatever the
//   history (a non-root branch holds ≥ 2 children or one branch child;
//   colliding keys are kept sorted). So iteration order is a function of
//   the contents alone — deterministic across replicas and replays — but it
//   is hash order, not insertion order.
// - Nodes are never mutated after construction.
// Pure data structure: no I/O.

import { assert } from '../common/assert.js';

type MapKey = string | number;

interface Leaf<K, V> {
  readonly kind: 'leaf';
  readonly hash: number;
  readonly key: K;
  readonly value: V;
}

/** Keys whose 32-bit hashes are equal, sorted by key. */
interface Collision<K, V> {
  readonly kind: 'collision';
  readonly hash: number;
  readonly leaves: readonly Leaf<K, V>[];
}

/** Children are stored densely; bit i of `bitmap` says whether slot i (5 hash bits) is used. */
interface Branch<K, V> {
  readonly kind: 'branch';
  readonly bitmap: number;
  readonly children: readonly TrieNode<K, V>[];
}

type TrieNode<K, V> = Leaf<K, V> | Collision<K, V> | Branch<K, V>;

const bitsPerLevel = 5;
const slotMask = 31;

export class PersistentMap<K extends MapKey, V> implements ReadonlyMap<K, V> {
  private static readonly emptyMap = new PersistentMap<never, never>({ kind: 'branch', bitmap: 0, children: [] }, 0);

  private constructor(
    private readonly root: Branch<K, V>,
    readonly size: number,
  ) {}

  static empty<K extends MapKey, V>(): PersistentMap<K, V> {
    return PersistentMap.emptyMap as unknown as PersistentMap<K, V>;
  }

  static from<K extends MapKey, V>(entries: Iterable<readonly [K, V]>): PersistentMap<K, V> {
    let map = PersistentMap.empty<K, V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  get(key: K): V | undefined {
    return this.findLeaf(key)?.value;
  }

  has(key: K): boolean {
    return this.findLeaf(key) !== undefined;
  }

  /** A new map with `key` set to `value`; `this` when it already maps `key` to `value`. */
  set(key: K, value: V): PersistentMap<K, V> {
    if (key === 0) key = 0 as K; // -0 is stored as 0, as Map does
    const change = { sizeDelta: 0 };
    const root = setInBranch(this.root, 0, hashKey(key), key, value, change);
    return root === this.root ? this : new PersistentMap(root, this.size + change.sizeDelta);
  }

  /** A new map without `key`; `this` when `key` is absent. */
  remove(key: K): PersistentMap<K, V> {
    const hash = hashKey(key);
    const result = removeFromBranch(this.root, 0, hash, key);
    if (result === this.root) return this;
    if (result === null) return PersistentMap.empty();
    // A lone leaf or collision collapsed up to the root: the root stays a branch.
    const root: Branch<K, V> = result.kind === 'branch' ? result : { kind: 'branch', bitmap: 1 << (result.hash & slotMask), children: [result] };
    return new PersistentMap(root, this.size - 1);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    const visit = (node: TrieNode<K, V>): void => {
      switch (node.kind) {
        case 'leaf':
          callback.call(thisArg, node.value, node.key, this);
          return;
        case 'collision':
          for (const leaf of node.leaves) callback.call(thisArg, leaf.value, leaf.key, this);
          return;
        case 'branch':
          for (const child of node.children) visit(child);
      }
    };
    visit(this.root);
  }

  *entries(): MapIterator<[K, V]> {
    for (const leaf of this.leaves()) yield [leaf.key, leaf.value];
  }

  *keys(): MapIterator<K> {
    for (const leaf of this.leaves()) yield leaf.key;
  }

  *values(): MapIterator<V> {
    for (const leaf of this.leaves()) yield leaf.value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /** Depth-first over the trie with an explicit stack (the depth is at most 7 levels). */
  private *leaves(): Generator<Leaf<K, V>, undefined, unknown> {
    const stack: TrieNode<K, V>[] = [this.root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      switch (node.kind) {
        case 'leaf':
          yield node;
          break;
        case 'collision':
          yield* node.leaves;
          break;
        case 'branch':
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      }
    }
    return undefined;
  }

  private findLeaf(key: K): Leaf<K, V> | undefined {
    const hash = hashKey(key);
    let node: TrieNode<K, V> = this.root;
    for (let shift = 0; ; shift += bitsPerLevel) {
      switch (node.kind) {
        case 'leaf':
          return node.key === key ? node : undefined;
        case 'collision':
          return node.hash === hash ? node.leaves.find((leaf) => leaf.key === key) : undefined;
        case 'branch': {
          const bit = 1 << ((hash >>> shift) & slotMask);
          if ((node.bitmap & bit) === 0) return undefined;
          node = node.children[popcount(node.bitmap & (bit - 1))]!;
        }
      }
    }
  }
}

// --- trie operations -------------------------------------------------------

function setInBranch<K, V>(branch: Branch<K, V>, shift: number, hash: number, key: K, value: V, change: { sizeDelta: number }): Branch<K, V> {
  const bit = 1 << ((hash >>> shift) & slotMask);
  const index = popcount(branch.bitmap & (bit - 1));
  if ((branch.bitmap & bit) === 0) {
    change.sizeDelta = 1;
    return { kind: 'branch', bitmap: branch.bitmap | bit, children: insertAt(branch.children, index, { kind: 'leaf', hash, key, value }) };
  }
  const child = branch.children[index]!;
  const next = setInChild(child, shift + bitsPerLevel, hash, key, value, change);
  return next === child ? branch : { kind: 'branch', bitmap: branch.bitmap, children: replaceAt(branch.children, index, next) };
}

function setInChild<K, V>(child: TrieNode<K, V>, shift: number, hash: number, key: K, value: V, change: { sizeDelta: number }): TrieNode<K, V> {
  const leaf: Leaf<K, V> = { kind: 'leaf', hash, key, value };
  switch (child.kind) {
    case 'branch':
      return setInBranch(child, shift, hash, key, value, change);
    case 'leaf':
      if (child.key === key) return child.value === value ? child : leaf;
      change.sizeDelta = 1;
      if (child.hash === hash) return { kind: 'collision', hash, leaves: [child, leaf].sort(byKey) };
      return merge(child, leaf, shift);
    case 'collision': {
      if (child.hash !== hash) {
        change.sizeDelta = 1;
        return merge(child, leaf, shift);
      }
      const index = child.leaves.findIndex((l) => l.key === key);
      if (index >= 0) {
        return child.leaves[index]!.value === value ? child : { kind: 'collision', hash, leaves: replaceAt(child.leaves, index, leaf) };
      }
      change.sizeDelta = 1;
      return { kind: 'collision', hash, leaves: [...child.leaves, leaf].sort(byKey) };
    }
  }
}

/** A branch (or chain of branches) holding two nodes with different hashes. */
function merge<K, V>(a: Leaf<K, V> | Collision<K, V>, b: Leaf<K, V>, shift: number): Branch<K, V> {
  assert(shift < 32 && a.hash !== b.hash, 'distinct hashes separate within 32 bits');
  const slotA = (a.hash >>> shift) & slotMask;
  const slotB = (b.hash >>> shift) & slotMask;
  if (slotA === slotB) return { kind: 'branch', bitmap: 1 << slotA, children: [merge(a, b, shift + bitsPerLevel)] };
  return { kind: 'branch', bitmap: (1 << slotA) | (1 << slotB), children: slotA < slotB ? [a, b] : [b, a] };
}

/**
 * Returns the same branch when `key` is absent, null when the branch became
 * empty, or the new subtree — collapsed to its only child when that child is
 * a leaf or collision, which keeps the trie canonical.
 */
function removeFromBranch<K, V>(branch: Branch<K, V>, shift: number, hash: number, key: K): TrieNode<K, V> | null {
  const bit = 1 << ((hash >>> shift) & slotMask);
  if ((branch.bitmap & bit) === 0) return branch;
  const index = popcount(branch.bitmap & (bit - 1));
  const child = branch.children[index]!;
  let next: TrieNode<K, V> | null;
  switch (child.kind) {
    case 'leaf':
      next = child.key === key ? null : child;
      break;
    case 'collision':
      next = removeFromCollision(child, key);
      break;
    case 'branch':
      next = removeFromBranch(child, shift + bitsPerLevel, hash, key);
      break;
  }
  if (next === child) return branch;
  if (next === null) {
    const bitmap = branch.bitmap & ~bit;
    if (bitmap === 0) return null;
    const children = removeAt(branch.children, index);
    if (children.length === 1 && children[0]!.kind !== 'branch') return children[0]!;
    return { kind: 'branch', bitmap, children };
  }
  if (branch.children.length === 1 && next.kind !== 'branch') return next;
  return { kind: 'branch', bitmap: branch.bitmap, children: replaceAt(branch.children, index, next) };
}

function removeFromCollision<K, V>(collision: Collision<K, V>, key: K): TrieNode<K, V> {
  const index = collision.leaves.findIndex((leaf) => leaf.key === key);
  if (index < 0) return collision;
  const leaves = removeAt(collision.leaves, index);
  return leaves.length === 1 ? leaves[0]! : { kind: 'collision', hash: collision.hash, leaves };
}

// --- helpers ---------------------------------------------------------------

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const result = items.slice(0, index);
  result.push(item);
  for (let i = index; i < items.length; i++) result.push(items[i]!);
  return result;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const result = items.slice();
  result[index] = item;
  return result;
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  const result = items.slice(0, index);
  for (let i = index + 1; i < items.length; i++) result.push(items[i]!);
  return result;
}

function byKey<K>(a: Leaf<K, unknown>, b: Leaf<K, unknown>): number {
  const ka = a.key as MapKey;
  const kb = b.key as MapKey;
  if (typeof ka !== typeof kb) return typeof ka < typeof kb ? -1 : 1;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** 32-bit hash: murmur3's finalizer over the int32 value, or over FNV-1a of the string. Exported for tests (collisions). */
export function hashKey(key: MapKey): number {
  if (typeof key === 'number' && (key | 0) === key) return mix(key);
  const text = typeof key === 'number' ? `n${key}` : key;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
