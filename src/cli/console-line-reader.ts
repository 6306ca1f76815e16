// How `skiff produce` turns stdin into records: LineSplitter cuts a byte
// stream into lines, LineRecordReader turns one line into a record the way
// Kafka's LineMessageReader does (optional headers, then an optional key,
// then the value; separators searched left to right; the same properties,
// checks and error messages). Pure: bytes in, records out, no I/O.
// Work is on bytes, never decoded and re-encoded: a value is the line's own
// bytes (invalid UTF-8 included), and a separator search on UTF-8 bytes finds
// what a search on the decoded text would, UTF-8 being self-synchronizing.
// Invariant: LineSplitter holds at most maxLineBytes of an unfinished line;
// a longer line is an error, never unbounded buffering.

import type { HeaderValue, Message } from '../client/producer.js';
import { booleanProperty, ConsoleUsageError, stringProperty } from './console-properties.js';

export const lineReaderProperties = ['parse.key', 'key.separator', 'parse.headers', 'headers.delimiter', 'headers.separator', 'headers.key.separator', 'ignore.error', 'null.marker'] as const;

export interface LineReaderConfig {
  readonly parseKey: boolean;
  readonly keySeparator: string;
  readonly parseHeaders: boolean;
  readonly headersDelimiter: string;
  readonly headersSeparator: string;
  readonly headersKeySeparator: string;
  /** A line without a separator becomes a record without a key (or headers) instead of an error. */
  readonly ignoreError: boolean;
  /** A key, value or header value equal to it is null. */
  readonly nullMarker: string | null;
}

/** Kafka's defaults and its checks on the combinations (LineMessageReader.configure). */
export function lineReaderConfig(props: ReadonlyMap<string, string>): LineReaderConfig {
  const config: LineReaderConfig = {
    parseKey: booleanProperty(props, 'parse.key', false),
    keySeparator: stringProperty(props, 'key.separator', '\t'),
    parseHeaders: booleanProperty(props, 'parse.headers', false),
    headersDelimiter: stringProperty(props, 'headers.delimiter', '\t'),
    headersSeparator: stringProperty(props, 'headers.separator', ','),
    headersKeySeparator: stringProperty(props, 'headers.key.separator', ':'),
    ignoreError: booleanProperty(props, 'ignore.error', false),
    nullMarker: props.get('null.marker') ?? null,
  };
  for (const name of ['key.separator', 'headers.delimiter', 'headers.separator', 'headers.key.separator'] as const) {
    if (stringProperty(props, name, 'x') === '') throw new ConsoleUsageError(`property ${name} must not be empty`);
  }
  const distinct: [string, string, string, string][] = [
    ['headers.delimiter', config.headersDelimiter, 'headers.separator', config.headersSeparator],
    ['headers.delimiter', config.headersDelimiter, 'headers.key.separator', config.headersKeySeparator],
    ['headers.separator', config.headersSeparator, 'headers.key.separator', config.headersKeySeparator],
    ['null.marker', config.nullMarker ?? '', 'key.separator', config.keySeparator],
    ['null.marker', config.nullMarker ?? '', 'headers.separator', config.headersSeparator],
    ['null.marker', config.nullMarker ?? '', 'headers.delimiter', config.headersDelimiter],
    ['null.marker', config.nullMarker ?? '', 'headers.key.separator', config.headersKeySeparator],
  ];
  for (const [a, aValue, b, bValue] of distinct) {
    if (aValue === bValue) throw new ConsoleUsageError(`${a} and ${b} may not be equal`);
  }
  return config;
}

/** A line the reader refuses (Kafka's KafkaException from LineMessageReader); the producer stops at it. */
export class LineFormatError extends Error {}

/** The most of a line an error message quotes. */
const quotedCharsMax = 200;

/** One stdin line as a record. Keeps no state but the configuration; the caller counts lines. */
export class LineRecordReader {
  private readonly keySeparator: Buffer;
  private readonly headersDelimiter: Buffer;
  private readonly headersSeparator: Buffer;
  private readonly headersKeySeparator: Buffer;
  private readonly nullMarker: Buffer | null;

  constructor(private readonly config: LineReaderConfig) {
    this.keySeparator = Buffer.from(config.keySeparator);
    this.headersDelimiter = Buffer.from(config.headersDelimiter);
    this.headersSeparator = Buffer.from(config.headersSeparator);
    this.headersKeySeparator = Buffer.from(config.headersKeySeparator);
    this.nullMarker = config.nullMarker === null ? null : Buffer.from(config.nullMarker);
  }

  /** The record of `line` (without its terminator); throws LineFormatError naming `lineNumber` (1-based). */
  read(line: Buffer, lineNumber: number): Message<Uint8Array, Uint8Array> {
    let at = 0;
    let headers: Record<string, HeaderValue[]> | undefined;
    if (this.config.parseHeaders) {
      const end = this.find(line, 0, this.headersDelimiter, 'headers delimiter', lineNumber);
      if (end >= 0) {
        const text = line.subarray(0, end);
        if (!this.isNull(text)) headers = this.splitHeaders(text, lineNumber);
        at = end + this.headersDelimiter.length;
      }
    }
    let key: Buffer | null = null;
    if (this.config.parseKey) {
      const end = this.find(line, at, this.keySeparator, 'key separator', lineNumber);
      if (end >= 0) {
        key = line.subarray(at, end);
        at = end + this.keySeparator.length;
      }
    }
    const value = line.subarray(at);
    return {
      key: key === null || this.isNull(key) ? null : key,
      value: this.isNull(value) ? null : value,
      ...(headers !== undefined ? { headers } : {}),
    };
  }

  /** Where `separator` starts at or after `from`; -1 (with ignore.error) or an error when it is missing. */
  private find(line: Buffer, from: number, separator: Buffer, name: string, lineNumber: number): number {
    const index = line.indexOf(separator, from);
    if (index < 0 && !this.config.ignoreError) throw new LineFormatError(`No ${name} found on line number ${lineNumber}: '${quote(line)}'`);
    return index;
  }

  private splitHeaders(text: Buffer, lineNumber: number): Record<string, HeaderValue[]> {
    // Null prototype: a header named "__proto__" is just a header.
    const headers = Object.create(null) as Record<string, HeaderValue[]>;
    // Bounded: each pass consumes at least one separator or ends.
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf(this.headersSeparator, start);
      if (end < 0) end = text.length;
      const pair = text.subarray(start, end);
      const at = pair.indexOf(this.headersKeySeparator);
      if (at < 0) {
        // Kafka keeps such a pair as a header with a null value; the Producer cannot carry one.
        if (this.config.ignoreError) throw new LineFormatError(`Header '${quote(pair)}' on line number ${lineNumber} has no value, and null header values are not supported`);
        throw new LineFormatError(`No header key separator found in pair '${quote(pair)}' on line number ${lineNumber}`);
      }
      const headerKey = pair.subarray(0, at);
      if (this.isNull(headerKey)) throw new LineFormatError(`Header keys should not be equal to the null marker '${this.config.nullMarker ?? ''}' as they can't be null`);
      const headerValue = pair.subarray(at + this.headersKeySeparator.length);
      if (this.isNull(headerValue)) throw new LineFormatError(`Header '${quote(headerKey)}' on line number ${lineNumber} is the null marker, and null header values are not supported`);
      const name = headerKey.toString('utf8');
      (headers[name] ??= []).push(headerValue);
      start = end + this.headersSeparator.length;
    }
    return headers;
  }

  private isNull(bytes: Buffer): boolean {
    return this.nullMarker !== null && bytes.equals(this.nullMarker);
  }
}

function quote(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.length <= quotedCharsMax ? text : `${text.slice(0, quotedCharsMax)}... (${bytes.length} bytes)`;
}

/** A line longer than maxLineBytes. */
export class LineTooLongError extends Error {}

/**
 * Cuts a stream of chunks into lines ending in `\n` (a `\r` before it is
 * dropped too, so `\r\n` files work). Lines are views of the chunks when they
 * fit in one, copies when they span several.
 */
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly maxLineBytes: number) {}

  /** The lines `chunk` completes, in order. */
  *push(chunk: Uint8Array): Generator<Buffer> {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    // Bounded: each pass moves past one newline.
    for (;;) {
      const newline = bytes.indexOf(0x0a, start);
      if (newline < 0) break;
      let line = bytes.subarray(start, newline);
      if (this.pendingBytes > 0) {
        this.pending.push(line);
        line = Buffer.concat(this.pending, this.pendingBytes + line.length);
        this.pending = [];
        this.pendingBytes = 0;
      }
      if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
      this.checkLength(line.length);
      yield line;
      start = newline + 1;
    }
    if (start < bytes.length) {
      const rest = bytes.subarray(start);
      // An unfinished line may yet end in \r\n: its \r does not count.
      this.checkLength(this.pendingBytes + rest.length - 1);
      this.pending.push(rest);
      this.pendingBytes += rest.length;
    }
  }

  /** The last line when the input did not end with a newline; null when it did (or was empty). */
  end(): Buffer | null {
    if (this.pendingBytes === 0) return null;
    let line = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    if (line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    this.checkLength(line.length);
    return line;
  }

  private checkLength(bytes: number): void {
    if (bytes > this.maxLineBytes) throw new LineTooLongError(`a line is longer than ${this.maxLineBytes} bytes`);
  }
}
