// How `skiff consume` prints a record: Kafka's DefaultMessageFormatter, field
// for field. In this order, each only when enabled, separated by
// key.separator (a tab by default), the line ended by line.separator:
//   CreateTime:<ms>  Partition:<n>  Offset:<n>  <hkey>:<hvalue>,...|NO_HEADERS  <key>  <value>
// e.g. `CreateTime:1700000000000\tPartition:0\tOffset:5\tkey\tvalue\n`.
// A null key, value or header value prints as null.literal ("null"). Keys,
// values and header values are written as their bytes, undecoded, as Kafka's
// byte-array deserializer leaves them. Pure: records in, bytes out.
// Differences: the timestamp type is always CreateTime (the client does not
// report a batch's LogAppendTime flag); print.delivery (share groups) and the
// *.deserializer properties are not supported.

import type { RecordHeader } from '../storage/batch/records.js';
import { booleanProperty, stringProperty } from './console-properties.js';

export const formatterProperties = ['print.timestamp', 'print.key', 'print.value', 'print.partition', 'print.offset', 'print.headers', 'key.separator', 'line.separator', 'headers.separator', 'null.literal'] as const;

export interface FormatterConfig {
  readonly printTimestamp: boolean;
  readonly printKey: boolean;
  readonly printValue: boolean;
  readonly printPartition: boolean;
  readonly printOffset: boolean;
  readonly printHeaders: boolean;
  readonly keySeparator: string;
  readonly lineSeparator: string;
  readonly headersSeparator: string;
  readonly nullLiteral: string;
}

/** Kafka's defaults: only the value, a tab between fields, "null" for null. */
export function formatterConfig(props: ReadonlyMap<string, string>): FormatterConfig {
  return {
    printTimestamp: booleanProperty(props, 'print.timestamp', false),
    printKey: booleanProperty(props, 'print.key', false),
    printValue: booleanProperty(props, 'print.value', true),
    printPartition: booleanProperty(props, 'print.partition', false),
    printOffset: booleanProperty(props, 'print.offset', false),
    printHeaders: booleanProperty(props, 'print.headers', false),
    keySeparator: stringProperty(props, 'key.separator', '\t'),
    lineSeparator: stringProperty(props, 'line.separator', '\n'),
    headersSeparator: stringProperty(props, 'headers.separator', ','),
    nullLiteral: stringProperty(props, 'null.literal', 'null'),
  };
}

/** What the formatter reads of a record. */
export interface FormattableRecord {
  readonly offset: number;
  readonly timestamp: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
}

/**
 * Formats records into byte pieces appended to a caller's list, so a whole
 * fetched batch becomes one write. As in Kafka, each printed field is
 * followed by key.separator when a later field is printed and by
 * line.separator when it is the last (so print.value=false still ends lines).
 */
export class MessageFormatter {
  private readonly keySeparator: Buffer;
  private readonly lineSeparator: Buffer;
  private readonly headersSeparator: Buffer;
  private readonly nullLiteral: Buffer;
  /** The enabled fields in Kafka's order. */
  private readonly fields: readonly ('timestamp' | 'partition' | 'offset' | 'headers' | 'key' | 'value')[];

  constructor(private readonly config: FormatterConfig) {
    this.keySeparator = Buffer.from(config.keySeparator);
    this.lineSeparator = Buffer.from(config.lineSeparator);
    this.headersSeparator = Buffer.from(config.headersSeparator);
    this.nullLiteral = Buffer.from(config.nullLiteral);
    const fields: ('timestamp' | 'partition' | 'offset' | 'headers' | 'key' | 'value')[] = [];
    if (config.printTimestamp) fields.push('timestamp');
    if (config.printPartition) fields.push('partition');
    if (config.printOffset) fields.push('offset');
    if (config.printHeaders) fields.push('headers');
    if (config.printKey) fields.push('key');
    if (config.printValue) fields.push('value');
    this.fields = fields;
  }

  /** Appends the pieces of one record's line to `out`; returns how many bytes they hold. */
  format(partition: number, record: FormattableRecord, out: Uint8Array[]): number {
    let bytes = 0;
    const push = (piece: Uint8Array): void => {
      out.push(piece);
      bytes += piece.byteLength;
    };
    this.fields.forEach((field, i) => {
      switch (field) {
        case 'timestamp':
          push(Buffer.from(`CreateTime:${record.timestamp}`));
          break;
        case 'partition':
          push(Buffer.from(`Partition:${partition}`));
          break;
        case 'offset':
          push(Buffer.from(`Offset:${record.offset}`));
          break;
        case 'headers':
          if (record.headers.length === 0) push(Buffer.from('NO_HEADERS'));
          record.headers.forEach((header, h) => {
            if (h > 0) push(this.headersSeparator);
            push(Buffer.from(`${header.key}:`));
            push(header.value ?? this.nullLiteral);
          });
          break;
        case 'key':
          push(record.key ?? this.nullLiteral);
          break;
        case 'value':
          push(record.value ?? this.nullLiteral);
          push(this.lineSeparator);
          return;
      }
      // Kafka: a column separator when a later field follows, else the line separator.
      push(i < this.fields.length - 1 ? this.keySeparator : this.lineSeparator);
    });
    return bytes;
  }
}
