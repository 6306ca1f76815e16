// CRC-32C (Castagnoli), the checksum of Kafka's RecordBatch v2 and of Skiff's
// own framed files. Backed by @node-rs/crc32 (SSE4.2/ARMv8 hardware CRC through
// N-API): pure computation with no I/O, an order of magnitude faster than a
// table-driven JS loop on the produce path.
import { crc32c as nativeCrc32c } from '@node-rs/crc32';

export function crc32c(bytes: Uint8Array, initial = 0): number {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return nativeCrc32c(buffer, initial) >>> 0;
}
