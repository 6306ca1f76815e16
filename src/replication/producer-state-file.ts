// Producer-state snapshots on disk, and rebuilding a partition's producer
// state from the newest usable snapshot plus a replay of the log's batch
// headers (Kafka's ProducerStateManager snapshots and
// UnifiedLog.rebuildProducerState). Disk access only through the FileSystem
// port; nothing here keeps state between calls.
//
// Files: `<endOffset:020>.snapshot` in the partition directory, beside the
// segments. The storage Log ignores them (it only parses `.log`, `.index` and
// `.timeindex` names) and deletes a crash's leftover `<name>.snapshot.tmp`
// with every other `.tmp` when it opens.
// Durability: a snapshot is written to `.tmp`, synced, renamed over its name
// and the directory synced, so a crash leaves the old file set or the new one.
// Deletions are durable when their function resolves. Callers serialize the
// calls for one directory (they share tmp names and read-modify listings).

import { assert } from '../common/assert.js';
import { isSkiffError } from '../common/errors.js';
import { joinPath } from '../common/path.js';
import { isFsError, replaceFileDurably, type FileSystem } from '../env/file-system.js';
import { silentLogger, type Logger } from '../env/logger.js';
import type { BatchHeader } from '../storage/batch/header.js';
import { offsetFileStem, parseOffsetFileName } from '../storage/log/segment-files.js';
import { ProducerStateManager } from './producer-state.js';

export const producerSnapshotSuffix = '.snapshot';

export function producerSnapshotFileName(endOffset: number): string {
  return offsetFileStem(endOffset) + producerSnapshotSuffix;
}

export interface LoadedProducerSnapshot {
  readonly endOffset: number;
  readonly state: ProducerStateManager;
}

/** The part of the storage Log that a rebuild reads; `Log` satisfies it. */
export interface ProducerStateLog {
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** Headers of the batches in [fromOffset, maxOffset), starting with the one holding fromOffset. */
  batches(fromOffset: number, maxOffset: number): AsyncIterable<{ readonly header: BatchHeader }>;
}

/** End offsets of the snapshots in `dir`, ascending. */
export async function listProducerSnapshots(fs: FileSystem, dir: string): Promise<number[]> {
  const offsets: number[] = [];
  for (const name of await fs.list(dir)) {
    const offset = parseOffsetFileName(name, producerSnapshotSuffix);
    if (offset !== null) offsets.push(offset);
  }
  return offsets.sort((a, b) => a - b);
}

/**
 * Writes `state` as the snapshot at `endOffset` (the offset after the last
 * batch it reflects), replacing any snapshot of that offset. Durable when it
 * resolves. `endOffset` must be durable in the log already: a snapshot of
 * unsynced batches can outlive a crash that loses them, and would describe
 * other batches once the log grows back past it (the property test found this).
 */
export async function writeProducerSnapshot(fs: FileSystem, dir: string, state: ProducerStateManager, endOffset: number): Promise<void> {
  await replaceFileDurably(fs, dir, producerSnapshotFileName(endOffset), state.encodeSnapshot(endOffset));
}

/**
 * The newest snapshot whose end offset is ≤ `offset`, or null. A snapshot that
 * fails to decode is logged, deleted (durably) and skipped in favour of the
 * next older one; I/O errors propagate.
 */
export async function loadLatestSnapshotAtOrBelow(fs: FileSystem, dir: string, offset: number, logger: Logger = silentLogger): Promise<LoadedProducerSnapshot | null> {
  const candidates = (await listProducerSnapshots(fs, dir)).filter((o) => o <= offset).reverse();
  let removed = false;
  let loaded: LoadedProducerSnapshot | null = null;
  for (const endOffset of candidates) {
    const path = joinPath(dir, producerSnapshotFileName(endOffset));
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch (error) {
      if (isFsError(error, 'ENOENT')) continue;
      throw error;
    }
    try {
      loaded = ProducerStateManager.decodeSnapshot(bytes);
    } catch (error) {
      if (!isSkiffError(error)) throw error;
      logger.warn({ path, err: error }, 'deleting a corrupt producer state snapshot');
      await fs.remove(path);
      removed = true;
      continue;
    }
    if (loaded.endOffset !== endOffset) {
      logger.warn({ path, storedEndOffset: loaded.endOffset }, 'deleting a producer state snapshot whose name disagrees with its content');
      await fs.remove(path);
      removed = true;
      loaded = null;
      continue;
    }
    break;
  }
  if (removed) await fs.syncDir(dir);
  return loaded;
}

/** Deletes every snapshot with an end offset > `offset` (after a truncation). Returns how many. */
export async function deleteSnapshotsAbove(fs: FileSystem, dir: string, offset: number): Promise<number> {
  return removeSnapshots(fs, dir, (await listProducerSnapshots(fs, dir)).filter((o) => o > offset));
}

/**
 * Deletes snapshots with an end offset < `offset`, but never the `keep` newest
 * snapshots of the directory: producer state outlives retention, and the
 * newest snapshot may well lie below the log start. Returns how many.
 */
export async function deleteSnapshotsBelow(fs: FileSystem, dir: string, offset: number, keep = 2): Promise<number> {
  assert(Number.isSafeInteger(keep) && keep >= 0, `keep ${keep} snapshots`);
  const all = await listProducerSnapshots(fs, dir);
  const doomed = all.slice(0, Math.max(0, all.length - keep)).filter((o) => o < offset);
  return removeSnapshots(fs, dir, doomed);
}

async function removeSnapshots(fs: FileSystem, dir: string, endOffsets: readonly number[]): Promise<number> {
  for (const endOffset of endOffsets) await fs.remove(joinPath(dir, producerSnapshotFileName(endOffset)));
  if (endOffsets.length > 0) await fs.syncDir(dir);
  return endOffsets.length;
}

export interface RebuildProducerStateOptions {
  readonly fs: FileSystem;
  readonly dir: string;
  readonly log: ProducerStateLog;
  readonly logger?: Logger;
}

/**
 * The producer state of `log`: on open (after recovery) and after every
 * truncation. Steps:
 * 1. delete snapshots past the log end (durably): they describe batches the
 *    log no longer holds, and must be gone before the log grows past them again;
 * 2. load the newest decodable snapshot at or below the log end;
 * 3. replay the headers of the batches from max(snapshot end, log start) to
 *    the log end.
 * A snapshot below the log start is still used — producers outlive retention —
 * though producers whose last batches fell in the deleted gap between the two
 * keep older state (their next batch then fails its sequence check, as an
 * unknown producer's would). Writing a snapshot before moving the log start
 * avoids the gap. The caller must not append to the log while this runs.
 */
export async function rebuildProducerState(options: RebuildProducerStateOptions): Promise<ProducerStateManager> {
  const { fs, dir, log } = options;
  const logger = (options.logger ?? silentLogger).child({ component: 'producer-state', dir });
  const logStartOffset = log.logStartOffset;
  const logEndOffset = log.logEndOffset;
  const deleted = await deleteSnapshotsAbove(fs, dir, logEndOffset);
  const snapshot = await loadLatestSnapshotAtOrBelow(fs, dir, logEndOffset, logger);
  const state = snapshot?.state ?? new ProducerStateManager();
  const from = Math.max(snapshot?.endOffset ?? logStartOffset, logStartOffset);
  if (snapshot !== null && snapshot.endOffset < logStartOffset) {
    logger.warn({ snapshotEndOffset: snapshot.endOffset, logStartOffset }, 'newest producer state snapshot is below the log start: state of producers last seen in between is stale');
  }
  let replayed = 0;
  for await (const { header } of log.batches(from, logEndOffset)) {
    state.update(header);
    replayed++;
  }
  logger.info(
    { snapshotEndOffset: snapshot?.endOffset ?? null, deletedSnapshots: deleted, replayedFrom: from, replayedBatches: replayed, logEndOffset, producers: state.size },
    'rebuilt producer state',
  );
  return state;
}
