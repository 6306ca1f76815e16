// Goal: `skiff consume` prints records byte for byte as Kafka's
// DefaultMessageFormatter does: fields in the order timestamp, partition,
// offset, headers, key, value; key.separator between printed fields and
// line.separator after the last; "null" for null; NO_HEADERS; values
// written as their bytes.
// Method: MessageFormatter on hand-made records, output compared with the
// strings Kafka's formatter writes for the same settings.

import { describe, expect, it } from 'vitest';
import { type FormattableRecord, formatterConfig, MessageFormatter } from '../../src/cli/console-formatter.js';

const bytes = (s: string): Uint8Array => Buffer.from(s);

const record: FormattableRecord = {
  offset: 5,
  timestamp: 1_700_000_000_000,
  key: bytes('key'),
  value: bytes('value'),
  headers: [
    { key: 'h1', value: bytes('v1') },
    { key: 'h2', value: null },
  ],
};

function format(props: Record<string, string>, r: FormattableRecord = record, partition = 0): string {
  const pieces: Uint8Array[] = [];
  const length = new MessageFormatter(formatterConfig(new Map(Object.entries(props)))).format(partition, r, pieces);
  const out = Buffer.concat(pieces);
  expect(out.length).toBe(length);
  return out.toString('utf8');
}

describe('MessageFormatter (Kafka DefaultMessageFormatter)', () => {
  it('prints only the value by default', () => {
    expect(format({})).toBe('value\n');
  });

  it("prints every field in Kafka's order, tab-separated", () => {
    const all = { 'print.timestamp': 'true', 'print.partition': 'true', 'print.offset': 'true', 'print.headers': 'true', 'print.key': 'true' };
    expect(format(all, record, 2)).toBe('CreateTime:1700000000000\tPartition:2\tOffset:5\th1:v1,h2:null\tkey\tvalue\n');
    expect(format({ 'print.timestamp': 'true', 'print.partition': 'true', 'print.offset': 'true', 'print.key': 'true' })).toBe('CreateTime:1700000000000\tPartition:0\tOffset:5\tkey\tvalue\n');
  });

  it('prints key and value with a custom separator, and null for null', () => {
    expect(format({ 'print.key': 'true', 'key.separator': ':' })).toBe('key:value\n');
    expect(format({ 'print.key': 'true' }, { ...record, key: null, value: null })).toBe('null\tnull\n');
    expect(format({ 'print.key': 'true', 'null.literal': '∅' }, { ...record, key: null })).toBe('∅\tvalue\n');
  });

  it('ends the line after the last printed field when print.value=false', () => {
    expect(format({ 'print.key': 'true', 'print.value': 'false' })).toBe('key\n');
    expect(format({ 'print.offset': 'true', 'print.partition': 'true', 'print.value': 'false' }, record, 1)).toBe('Partition:1\tOffset:5\n');
    expect(format({ 'print.value': 'false' })).toBe('');
  });

  it('prints NO_HEADERS for a record without headers, and honours headers.separator and line.separator', () => {
    expect(format({ 'print.headers': 'true' }, { ...record, headers: [] })).toBe('NO_HEADERS\tvalue\n');
    expect(format({ 'print.headers': 'true', 'headers.separator': ';', 'line.separator': '\r\n' })).toBe('h1:v1;h2:null\tvalue\r\n');
  });

  it('writes values as their bytes, not decoded', () => {
    const pieces: Uint8Array[] = [];
    new MessageFormatter(formatterConfig(new Map())).format(0, { ...record, value: new Uint8Array([0xff, 0x00, 0x0a]) }, pieces);
    expect([...Buffer.concat(pieces)]).toEqual([0xff, 0x00, 0x0a, 0x0a]);
  });
});
