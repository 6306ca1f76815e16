// Keyed deadlines for the coordinator's soft timers (session and rebalance
// timeouts): set, replace or delete a deadline per key, read the earliest,
// take the expired ones in deadline order. Pure: time comes in as `nowMs`.
//
// A binary min-heap with lazy deletion: replaced or deleted entries stay in
// the heap until they reach the top, and the heap is rebuilt when stale
// entries outnumber live ones, so its size stays below 2 × live + 64.
// Invariant: `live` holds exactly one current (deadline, version) per key.

interface HeapEntry<K> {
  readonly deadlineMs: number;
  readonly key: K;
  /** Matches live.get(key).version while the entry is current. */
  readonly version: number;
}

export class DeadlineQueue<K, V> {
  private readonly live = new Map<K, { deadlineMs: number; version: number; value: V }>();
  private heap: HeapEntry<K>[] = [];
  private nextVersion = 0;

  get size(): number {
    return this.live.size;
  }

  set(key: K, deadlineMs: number, value: V): void {
    const version = this.nextVersion++;
    this.live.set(key, { deadlineMs, version, value });
    this.push({ deadlineMs, key, version });
    if (this.heap.length > 2 * this.live.size + 64) this.rebuild();
  }

  get(key: K): { readonly deadlineMs: number; readonly value: V } | undefined {
    return this.live.get(key);
  }

  delete(key: K): void {
    if (this.live.delete(key) && this.heap.length > 2 * this.live.size + 64) this.rebuild();
  }

  /** The earliest live deadline, or null when none is set. */
  nextDeadlineMs(): number | null {
    this.dropStaleTop();
    return this.heap[0]?.deadlineMs ?? null;
  }

  /** Removes and returns every entry whose deadline is ≤ nowMs, earliest first. */
  takeExpired(nowMs: number): { key: K; deadlineMs: number; value: V }[] {
    const expired: { key: K; deadlineMs: number; value: V }[] = [];
    for (;;) {
      this.dropStaleTop();
      const top = this.heap[0];
      if (top === undefined || top.deadlineMs > nowMs) return expired;
      this.pop();
      const entry = this.live.get(top.key)!;
      this.live.delete(top.key);
      expired.push({ key: top.key, deadlineMs: entry.deadlineMs, value: entry.value });
    }
  }

  private isStale(entry: HeapEntry<K>): boolean {
    return this.live.get(entry.key)?.version !== entry.version;
  }

  private dropStaleTop(): void {
    while (this.heap.length > 0 && this.isStale(this.heap[0]!)) this.pop();
  }

  private rebuild(): void {
    const entries = this.heap.filter((entry) => !this.isStale(entry));
    this.heap = [];
    for (const entry of entries) this.push(entry);
  }

  private less(a: HeapEntry<K>, b: HeapEntry<K>): boolean {
    return a.deadlineMs < b.deadlineMs || (a.deadlineMs === b.deadlineMs && a.version < b.version);
  }

  private push(entry: HeapEntry<K>): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && this.less(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && this.less(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}
