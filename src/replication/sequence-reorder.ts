// Produce batches that arrived ahead of their producer's next sequence
// number, held back for a moment on the leader instead of being refused at
// once. The Transport port may reorder concurrent calls (gRPC's HTTP/2
// streams of one connection complete in any order, and the simulator's
// network reorders too), so an idempotent producer's pipelined batches — up
// to 5 in flight per partition — often reach the leader out of sequence
// order without any fault. Refusing them with OUT_OF_ORDER_SEQUENCE_NUMBER
// (Kafka's answer) makes the client resend them, one at a time.
//
// A parked batch waits until a batch of its producer is appended (then the
// leader checks it again, lowest sequence first), its deadline passes (then
// it is checked a last time and refused as before), or the partition stops
// leading. It appends nothing while parked: the leader's checks run again,
// under the append lock, when it wakes, so idempotence is exactly what
// producer-state.ts decides. No I/O; the only effects are Clock timers.
//
// Limits: at most `maxPerProducer` parked batches per producer and `maxTotal`
// per partition (a batch over a limit is refused at once), each for at most
// its wait. Invariants: every waiter is resolved exactly once, its timer is
// cancelled, and it is then forgotten; `size` counts the unresolved ones.

import { assert } from '../common/assert.js';
import type { CancelTimer, Clock } from '../env/clock.js';

/** Why a parked batch woke: its producer's state moved, its wait ran out, or the partition stopped leading. */
export type ParkOutcome = 'moved' | 'expired' | 'closed';

export interface SequenceReorderLimits {
  /** Parked batches per producer: an idempotent producer has at most 5 in flight per partition. */
  readonly maxPerProducer: number;
  /** Parked batches per partition, over all producers (each holds its request's bytes). */
  readonly maxTotal: number;
}

export const defaultSequenceReorderLimits: SequenceReorderLimits = { maxPerProducer: 5, maxTotal: 32 };

interface Waiter {
  readonly firstSeq: number;
  readonly resolve: (outcome: ParkOutcome) => void;
  cancelTimer: CancelTimer;
}

/** Counts since creation, for tests and the perf report. */
export interface SequenceReorderStats {
  /** Batches that were parked at least once. */
  readonly parked: number;
  /** Parked batches whose wait ran out. */
  readonly expired: number;
  /** Batches refused at once because a limit was reached. */
  readonly overflowed: number;
}

export class SequenceReorderBuffer {
  private readonly byProducer = new Map<number, Waiter[]>();
  private count = 0;
  private stats = { parked: 0, expired: 0, overflowed: 0 };

  constructor(
    private readonly clock: Clock,
    private readonly limits: SequenceReorderLimits = defaultSequenceReorderLimits,
  ) {
    assert(limits.maxPerProducer >= 1 && limits.maxTotal >= 1, 'sequence reorder limits must be positive');
  }

  /** Batches parked now. */
  get size(): number {
    return this.count;
  }

  get counters(): SequenceReorderStats {
    return { ...this.stats };
  }

  /**
   * Parks a batch of `producerId` starting at `firstSeq` until `deadlineMs`
   * (Clock time). Returns null, parking nothing, when a limit is reached or
   * the deadline has passed: the caller refuses the batch now. `firstRetry`
   * is false for a batch parked before (it was counted then).
   */
  park(producerId: number, firstSeq: number, deadlineMs: number, firstRetry = true): Promise<ParkOutcome> | null {
    const waitMs = deadlineMs - this.clock.now();
    if (waitMs <= 0) return null;
    const list = this.byProducer.get(producerId) ?? [];
    if (this.count >= this.limits.maxTotal || list.length >= this.limits.maxPerProducer) {
      this.stats.overflowed++;
      return null;
    }
    if (firstRetry) this.stats.parked++;
    return new Promise<ParkOutcome>((resolve) => {
      const waiter: Waiter = { firstSeq, resolve, cancelTimer: () => {} };
      waiter.cancelTimer = this.clock.setTimer(waitMs, () => {
        if (!this.remove(producerId, waiter)) return;
        this.stats.expired++;
        resolve('expired');
      });
      list.push(waiter);
      this.byProducer.set(producerId, list);
      this.count++;
    });
  }

  /**
   * A batch of `producerId` was appended: its parked batches wake, lowest
   * sequence first, so that (the append lock being FIFO) the one that now
   * follows gets the lock first.
   */
  wake(producerId: number): void {
    const list = this.byProducer.get(producerId);
    if (list === undefined) return;
    this.byProducer.delete(producerId);
    this.count -= list.length;
    list.sort((a, b) => a.firstSeq - b.firstSeq);
    for (const waiter of list) {
      waiter.cancelTimer();
      waiter.resolve('moved');
    }
  }

  /** The partition stopped leading (or closed): every parked batch wakes to be checked, and refused, again. */
  wakeAll(): void {
    for (const producerId of [...this.byProducer.keys()]) {
      const list = this.byProducer.get(producerId) ?? [];
      this.byProducer.delete(producerId);
      this.count -= list.length;
      for (const waiter of list) {
        waiter.cancelTimer();
        waiter.resolve('closed');
      }
    }
    assert(this.count === 0, `${this.count} parked batches left after waking all`);
  }

  private remove(producerId: number, waiter: Waiter): boolean {
    const list = this.byProducer.get(producerId);
    const index = list?.indexOf(waiter) ?? -1;
    if (list === undefined || index < 0) return false;
    list.splice(index, 1);
    if (list.length === 0) this.byProducer.delete(producerId);
    this.count--;
    return true;
  }
}
