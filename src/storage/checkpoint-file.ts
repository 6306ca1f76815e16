// Small durable text checkpoint files (leader-epoch-checkpoint, recovery-point
// and the like), in Kafka's checkpoint layout plus a checksum:
//
//   0                  version
//   <count>            number of entry lines
//   <entry>...         one line per entry, written by the caller's formatter
//   crc <8 hex>        CRC-32C of every byte above this line
//
// A write goes to `<name>.tmp` (synced), is renamed over `<name>` and the
// directory is synced, so a crash leaves the old or the new file, never a torn
// mix. The CRC turns silent corruption into KAFKA_STORAGE_ERROR instead of
// wrong offsets. Callers serialize writes of one file (they share the tmp).
// Disk access only through the FileSystem port.

import { assert } from '../common/assert.js';
import { crc32c } from '../common/crc32c.js';
import { SkiffError } from '../common/errors.js';
import { isFsError, replaceFileDurably, type FileSystem } from '../env/file-system.js';

const version = '0';
const newline = 0x0a;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Atomically replaces `dir/name` with a checkpoint holding `lines`. Durable when it resolves. */
export async function writeCheckpointFile(fs: FileSystem, dir: string, name: string, lines: readonly string[]): Promise<void> {
  for (const line of lines) assert(!line.includes('\n'), `checkpoint line ${JSON.stringify(line)} spans lines`);
  const body = encoder.encode(`${version}\n${lines.length}\n${lines.map((line) => `${line}\n`).join('')}`);
  const trailer = encoder.encode(`crc ${crcHex(body)}\n`);
  const bytes = new Uint8Array(body.length + trailer.length);
  bytes.set(body, 0);
  bytes.set(trailer, body.length);

  await replaceFileDurably(fs, dir, name, bytes);
}

/**
 * The entry lines of the checkpoint at `path`, or null if there is none.
 * Throws SkiffError KAFKA_STORAGE_ERROR naming the file if it is malformed or
 * fails its checksum.
 */
export async function readCheckpointFile(fs: FileSystem, path: string): Promise<string[] | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return null;
    throw error;
  }
  return parseCheckpoint(bytes, path);
}

/** Writes `entries`, one `formatLine(entry)` per line. */
export function writeCheckpoint<T>(fs: FileSystem, dir: string, name: string, entries: readonly T[], formatLine: (entry: T) => string): Promise<void> {
  return writeCheckpointFile(fs, dir, name, entries.map(formatLine));
}

/** Reads entries back; `parseLine` returns undefined for a line it rejects, which makes the file corrupt. */
export async function readCheckpoint<T>(fs: FileSystem, path: string, parseLine: (line: string) => T | undefined): Promise<T[] | null> {
  const lines = await readCheckpointFile(fs, path);
  if (lines === null) return null;
  return lines.map((line, i) => {
    const entry = parseLine(line);
    if (entry === undefined) throw corrupt(path, `entry ${i} ${JSON.stringify(line)} is malformed`);
    return entry;
  });
}

function parseCheckpoint(bytes: Uint8Array, path: string): string[] {
  // The checksum line is the last one; check it before trusting anything above it.
  if (bytes.length === 0 || bytes[bytes.length - 1] !== newline) throw corrupt(path, 'does not end with a newline');
  const crcLineStart = bytes.lastIndexOf(newline, bytes.length - 2) + 1;
  const body = bytes.subarray(0, crcLineStart);
  const crcLine = /^crc ([0-9a-f]{8})$/.exec(decode(bytes.subarray(crcLineStart, bytes.length - 1), path));
  if (crcLine === null) throw corrupt(path, 'has no checksum line');
  if (crcLine[1] !== crcHex(body)) throw corrupt(path, `fails its checksum (stored ${crcLine[1]}, computed ${crcHex(body)})`);

  // Checksummed, so what follows fails only on a bug or a hand edit.
  const lines = decode(body, path).split('\n');
  lines.pop(); // the empty string after the body's final newline
  const [fileVersion, countText, ...entries] = lines;
  if (fileVersion !== version) throw corrupt(path, `has unknown version ${JSON.stringify(fileVersion)}`);
  if (countText === undefined || !/^(0|[1-9][0-9]*)$/.test(countText) || Number(countText) !== entries.length) {
    throw corrupt(path, `declares ${JSON.stringify(countText)} entries but holds ${entries.length}`);
  }
  return entries;
}

function decode(bytes: Uint8Array, path: string): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw corrupt(path, 'is not valid UTF-8', cause);
  }
}

function crcHex(bytes: Uint8Array): string {
  return crc32c(bytes).toString(16).padStart(8, '0');
}

function corrupt(path: string, what: string, cause?: unknown): SkiffError {
  return new SkiffError('KAFKA_STORAGE_ERROR', `checkpoint file ${path} ${what}`, cause === undefined ? undefined : { cause });
}
