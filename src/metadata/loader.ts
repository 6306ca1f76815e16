// MetadataLoader: the metadata quorum's state machine (RaftNode's
// StateMachine). It replays every committed data entry into a new
// MetadataImage and publishes each image, synchronously and in log order,
// to its subscribers (broker, controller, metrics). It never sees
// uncommitted entries: the active controller keeps its own pending image.
//
// A MetadataReplayError (or any other failure to apply a committed entry) is
// rethrown and is fatal, as in Kafka's MetadataLoader: the log is the truth,
// so a node that cannot replay it must stop rather than serve a state that
// differs from every other replica's. Undecodable entry bytes
// (CORRUPT_MESSAGE) are rethrown the same way. Pure: no I/O.

import type { LogEntry } from '../raft/types.js';
import type { StateMachine } from '../raft/raft-node.js';
import { MetadataImage } from './image.js';
import { decodeRecordBatch } from './record-codec.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';

/** Called with every new committed image and the one it replaces. */
export type MetadataListener = (image: MetadataImage, previous: MetadataImage) => void;

/** Listeners are few and long-lived (one per component); more is a leak. */
const maxListeners = 64;

export class MetadataLoader implements StateMachine {
  private current: MetadataImage = MetadataImage.empty();
  private readonly listeners = new Set<MetadataListener>();

  /** The image after the last committed entry applied (or the restored snapshot). */
  get image(): MetadataImage {
    return this.current;
  }

  /**
   * Replays one committed entry: its data is one record batch, applied at
   * the entry's offset and epoch. Returns the new image (RaftNode hands it to
   * the proposer). Entries other than data (leader changes) change nothing.
   */
  apply(entry: LogEntry): MetadataImage {
    if (entry.kind !== 'data') return this.current;
    const records = decodeRecordBatch(entry.data);
    this.publish(this.current.apply(records, entry.offset, entry.epoch));
    return this.current;
  }

  snapshot(): Uint8Array {
    return encodeSnapshot(this.current);
  }

  /** Replaces the image with a snapshot's (null: the empty image), and publishes it. */
  restore(payload: Uint8Array | null): void {
    this.publish(payload === null ? MetadataImage.empty() : decodeSnapshot(payload));
  }

  /**
   * Calls `listener` for every later image, synchronously, in order. Returns
   * the unsubscribe function. A listener that throws does not stop the others
   * from seeing the image; the first error is rethrown once all have run.
   */
  subscribe(listener: MetadataListener): () => void {
    if (this.listeners.size >= maxListeners) throw new RangeError(`more than ${maxListeners} metadata listeners`);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private publish(next: MetadataImage): void {
    const previous = this.current;
    this.current = next;
    let failure: { error: unknown } | null = null;
    for (const listener of [...this.listeners]) {
      try {
        listener(next, previous);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure !== null) throw failure.error;
  }
}
