// Serializers turn application values into record bytes on the way in;
// deserializers turn bytes back on the way out. null stays null (a
// tombstone, or a record without a key). Built in: bytes (as given), UTF-8
// strings, and JSON; anything else is a function of the same shape.

import { SkiffError } from '../common/errors.js';

export type Serializer<T> = (value: T, topic: string) => Uint8Array | null;
export type Deserializer<T> = (bytes: Uint8Array | null, topic: string) => T | null;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Values as they are: Uint8Array (Buffer included), or a string as UTF-8 for convenience. */
export const bytesSerializer: Serializer<Uint8Array | string | null> = (value) => {
  if (value === null) return null;
  return typeof value === 'string' ? encoder.encode(value) : value;
};

export const stringSerializer: Serializer<string | null> = (value) => (value === null ? null : encoder.encode(value));

export const jsonSerializer: Serializer<unknown> = (value) => (value === null || value === undefined ? null : encoder.encode(JSON.stringify(value)));

export const bytesDeserializer: Deserializer<Uint8Array> = (bytes) => bytes;

/** UTF-8; invalid bytes are a typed error (never silently replaced). */
export const stringDeserializer: Deserializer<string> = (bytes, topic) => {
  if (bytes === null) return null;
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new SkiffError('INVALID_RECORD', `a record of '${topic}' is not valid UTF-8`, { cause: error });
  }
};

export const jsonDeserializer: Deserializer<unknown> = (bytes, topic) => {
  const text = stringDeserializer(bytes, topic);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SkiffError('INVALID_RECORD', `a record of '${topic}' is not JSON: ${(error as Error).message}`, { cause: error });
  }
};

export const serializers = { bytes: bytesSerializer, string: stringSerializer, json: jsonSerializer } as const;
export const deserializers = { bytes: bytesDeserializer, string: stringDeserializer, json: jsonDeserializer } as const;
