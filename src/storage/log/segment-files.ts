// File names of a partition directory (Kafka's layout, DESIGN.md §7).

export const logSuffix = '.log';
export const indexSuffix = '.index';
export const timeIndexSuffix = '.timeindex';
/** A compacted copy being written; a crash leaves it behind and recovery deletes it. */
export const cleanedSuffix = '.cleaned';

export const leaderEpochCheckpointName = 'leader-epoch-checkpoint';
export const logOffsetsCheckpointName = 'log-offsets-checkpoint';
export const cleanShutdownMarkerName = '.clean-shutdown';

export function offsetFileStem(baseOffset: number): string {
  return String(baseOffset).padStart(20, '0');
}

export function segmentFileName(baseOffset: number, suffix = logSuffix): string {
  return offsetFileStem(baseOffset) + suffix;
}

/** The base offset of a `<20 digits><suffix>` file, or null. */
export function parseOffsetFileName(name: string, suffix = logSuffix): number | null {
  if (!name.endsWith(suffix)) return null;
  const stem = name.slice(0, name.length - suffix.length);
  if (!/^\d{20}$/.test(stem)) return null;
  const value = Number(stem);
  return Number.isSafeInteger(value) ? value : null;
}
