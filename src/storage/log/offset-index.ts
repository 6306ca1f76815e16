// Sparse offset and time indexes of one segment, kept in memory and written
// to `.index` / `.timeindex` when the segment stops being active (roll, clean
// close). Kafka's formats: 8-byte entries (relative offset u32, position u32)
// and 12-byte entries (timestamp i64, relative offset u32), big-endian.
//
// Indexes are hints, never the truth: they are not checksummed, the active
// segment has none on disk, and recovery rebuilds any index that is missing
// or fails its sanity check from a scan of the segment.

class GrowableU32 {
  data = new Uint32Array(16);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}

/** Relative offset → file position, one entry per index interval. */
export class OffsetIndex {
  private readonly relOffsets = new GrowableU32();
  private readonly positions = new GrowableU32();

  constructor(readonly baseOffset: number) {}

  get entries(): number {
    return this.relOffsets.length;
  }

  get lastPosition(): number {
    return this.entries === 0 ? 0 : this.positions.at(this.entries - 1);
  }

  append(offset: number, position: number): void {
    this.relOffsets.push(offset - this.baseOffset);
    this.positions.push(position);
  }

  /** The last entry at or before `offset` (the segment start if none). */
  floor(offset: number): { offset: number; position: number } {
    const target = offset - this.baseOffset;
    let lo = 0;
    let hi = this.entries - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.relOffsets.at(mid) <= target) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return { offset: this.baseOffset, position: 0 };
    return { offset: this.baseOffset + this.relOffsets.at(found), position: this.positions.at(found) };
  }

  /** Drops entries pointing at or past `position` (after the segment is cut there). */
  truncateToPosition(position: number): void {
    while (this.entries > 0 && this.positions.at(this.entries - 1) >= position) {
      this.relOffsets.length--;
      this.positions.length--;
    }
  }

  encode(): Uint8Array {
    const bytes = new Uint8Array(this.entries * 8);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < this.entries; i++) {
      view.setUint32(i * 8, this.relOffsets.at(i));
      view.setUint32(i * 8 + 4, this.positions.at(i));
    }
    return bytes;
  }

  /** Parses an index file; null if it is malformed or points past `segmentBytes`. */
  static decode(baseOffset: number, bytes: Uint8Array, segmentBytes: number): OffsetIndex | null {
    if (bytes.byteLength % 8 !== 0) return null;
    const index = new OffsetIndex(baseOffset);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let previousRel = -1;
    let previousPosition = -1;
    for (let at = 0; at < bytes.byteLength; at += 8) {
      const rel = view.getUint32(at);
      const position = view.getUint32(at + 4);
      if (rel <= previousRel || position <= previousPosition || position >= segmentBytes) return null;
      index.append(baseOffset + rel, position);
      previousRel = rel;
      previousPosition = position;
    }
    return index;
  }
}

/** Max timestamp so far → the offset of the record that carried it. */
export class TimeIndex {
  private timestamps: number[] = [];
  private readonly relOffsets = new GrowableU32();

  constructor(readonly baseOffset: number) {}

  get entries(): number {
    return this.timestamps.length;
  }

  get lastTimestamp(): number {
    return this.timestamps[this.timestamps.length - 1] ?? -1;
  }

  get lastOffset(): number {
    return this.entries === 0 ? -1 : this.baseOffset + this.relOffsets.at(this.entries - 1);
  }

  /** Appends only if `timestamp` is newer than the last entry (the index stays monotonic). */
  maybeAppend(timestamp: number, offset: number): void {
    if (timestamp <= this.lastTimestamp) return;
    this.timestamps.push(timestamp);
    this.relOffsets.push(offset - this.baseOffset);
  }

  /** The offset to start scanning from for the first record with timestamp ≥ `timestamp`. */
  floorOffset(timestamp: number): number {
    let lo = 0;
    let hi = this.entries - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timestamps[mid]! < timestamp) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? this.baseOffset : this.baseOffset + this.relOffsets.at(found);
  }

  /** Drops entries at or past `offset`. */
  truncateToOffset(offset: number): void {
    while (this.entries > 0 && this.baseOffset + this.relOffsets.at(this.entries - 1) >= offset) {
      this.timestamps.pop();
      this.relOffsets.length--;
    }
  }

  encode(): Uint8Array {
    const bytes = new Uint8Array(this.entries * 12);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < this.entries; i++) {
      view.setBigInt64(i * 12, BigInt(this.timestamps[i]!));
      view.setUint32(i * 12 + 8, this.relOffsets.at(i));
    }
    return bytes;
  }

  static decode(baseOffset: number, bytes: Uint8Array, nextOffset: number): TimeIndex | null {
    if (bytes.byteLength % 12 !== 0) return null;
    const index = new TimeIndex(baseOffset);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < bytes.byteLength; at += 12) {
      const timestamp = Number(view.getBigInt64(at));
      const offset = baseOffset + view.getUint32(at + 8);
      if (timestamp <= index.lastTimestamp || offset >= nextOffset) return null;
      index.maybeAppend(timestamp, offset);
    }
    return index;
  }
}
