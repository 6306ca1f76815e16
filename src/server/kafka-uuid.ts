// Kafka's Uuid in its printed form (org.apache.kafka.common.Uuid): 16 bytes as
// URL-safe base64 without padding, always 22 characters, e.g.
// `MkU3OEVBNTcwNTJENDM2Qg`. Cluster ids and directory ids use it.
//
// Parsing is stricter than Kafka's Uuid.fromString in one way: the text must
// be the canonical encoding of its bytes (22 characters from the base64url
// alphabet whose last one carries no stray low bits), so two different
// strings never name the same id. Pure; no randomness here (see randomUuid in
// storage-tool.ts).

export type UuidParse = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

const uuidText = /^[A-Za-z0-9_-]{22}$/;

/** The printed form of 16 bytes. */
export function formatUuid(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`a Uuid has 16 bytes, got ${bytes.length}`);
  return Buffer.from(bytes).toString('base64url');
}

/** Parses the printed form; `reason` says what is wrong in words a user can act on. */
export function parseUuid(text: string): UuidParse {
  if (text.length !== 22) {
    return { ok: false, reason: `is ${text.length} characters long; a Kafka Uuid is 22 characters of URL-safe base64` };
  }
  if (!uuidText.test(text)) {
    return { ok: false, reason: 'may only contain A-Z, a-z, 0-9, "-" and "_" (URL-safe base64 without padding)' };
  }
  const bytes = new Uint8Array(Buffer.from(text, 'base64url'));
  // 22 characters hold 132 bits; the last character's low 4 bits must be zero.
  if (bytes.length !== 16 || formatUuid(bytes) !== text) {
    return { ok: false, reason: 'is not the canonical base64url encoding of 16 bytes (check the last character)' };
  }
  return { ok: true, bytes };
}

/**
 * Reserved ids: the first 100 values (15 zero bytes, then a byte below 100).
 * That covers Kafka's Uuid.RESERVED (ZERO_UUID, and ONE_UUID = the metadata
 * topic's id) and DirectoryId.RESERVED (UNASSIGNED, LOST, MIGRATING and the
 * rest of the first 100), none of which may name a cluster or a directory.
 */
export function isReservedUuid(bytes: Uint8Array): boolean {
  for (let i = 0; i < 15; i++) if (bytes[i] !== 0) return false;
  return bytes[15]! < 100;
}

/** Null when `text` may be a cluster or directory id, else the reason it may not. */
export function uuidProblem(text: string): string | null {
  const parsed = parseUuid(text);
  if (!parsed.ok) return parsed.reason;
  if (isReservedUuid(parsed.bytes)) return 'is a reserved Uuid (all zeros, or one of the first 100 values Kafka keeps for special meanings)';
  return null;
}
