// Goal: `skiff produce` cuts stdin into lines wherever the chunks break, and
// turns each line into the record Kafka's LineMessageReader makes of it: the
// value alone, or key and value split at the first key separator, optional
// headers, null markers, ignore.error — with Kafka's error message
// ("No key separator found on line number N: '...'") for a bad line; a line
// longer than the limit is an error, not unbounded buffering.
// Method: LineSplitter over hand-cut and every-possible-cut chunkings of the
// same input; LineRecordReader on single lines with each configuration.

import { describe, expect, it } from 'vitest';
import { LineFormatError, LineRecordReader, type LineReaderConfig, lineReaderConfig, LineSplitter, LineTooLongError } from '../../src/cli/console-line-reader.js';

const text = (bytes: Uint8Array | null | undefined): string | null => (bytes === null || bytes === undefined ? null : Buffer.from(bytes).toString('utf8'));

function split(chunks: readonly string[], maxLineBytes = 1 << 20): string[] {
  const splitter = new LineSplitter(maxLineBytes);
  const lines: string[] = [];
  for (const chunk of chunks) for (const line of splitter.push(Buffer.from(chunk))) lines.push(line.toString('utf8'));
  const last = splitter.end();
  if (last !== null) lines.push(last.toString('utf8'));
  return lines;
}

function reader(props: Record<string, string> = {}): LineRecordReader {
  return new LineRecordReader(lineReaderConfig(new Map(Object.entries(props))));
}

function read(r: LineRecordReader, line: string, lineNumber = 1): { key: string | null; value: string | null; headers?: Record<string, string[]> } {
  const message = r.read(Buffer.from(line), lineNumber);
  const out: { key: string | null; value: string | null; headers?: Record<string, string[]> } = { key: text(message.key), value: text(message.value) };
  if (message.headers !== undefined) {
    out.headers = Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, (v as Uint8Array[]).map((b) => text(b) as string)]));
  }
  return out;
}

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LineFormatError);
    return (error as Error).message;
  }
  throw new Error('expected a LineFormatError');
}

describe('LineSplitter', () => {
  it('yields the same lines however the input is cut into chunks', () => {
    const input = 'first\nsécond line\r\n\nthird — ünïcode\nlast without newline';
    const expected = ['first', 'sécond line', '', 'third — ünïcode', 'last without newline'];
    const bytes = Buffer.from(input);
    expect(split([input])).toEqual(expected);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const splitter = new LineSplitter(1 << 20);
      const lines: string[] = [];
      for (const chunk of [bytes.subarray(0, cut), bytes.subarray(cut)]) for (const line of splitter.push(chunk)) lines.push(line.toString('utf8'));
      const last = splitter.end();
      if (last !== null) lines.push(last.toString('utf8'));
      expect(lines, `cut at ${cut}`).toEqual(expected);
    }
    // One byte at a time.
    expect(split([...bytes].map((b) => String.fromCharCode(b))).length).toBe(expected.length);
  });

  it('adds no empty last line after a final newline, and none for empty input', () => {
    expect(split(['a\nb\n'])).toEqual(['a', 'b']);
    expect(split([])).toEqual([]);
    expect(split(['\n'])).toEqual(['']);
  });

  it('refuses a line longer than the limit, even one spread over many chunks', () => {
    expect(split(['12345\n'], 5)).toEqual(['12345']);
    expect(() => split(['123456\n'], 5)).toThrow(LineTooLongError);
    expect(() => split(['12', '34', '56'], 5)).toThrow(LineTooLongError);
    // The \r of a \r\n ending does not count, even when the \n comes in the next chunk.
    expect(split(['12345\r\n'], 5)).toEqual(['12345']);
    expect(split(['12345\r', '\n'], 5)).toEqual(['12345']);
    expect(() => split(['123456'], 5)).toThrow(LineTooLongError);
  });
});

describe('LineRecordReader', () => {
  it('by default sends the whole line as the value, without a key', () => {
    expect(read(reader(), 'a:b\tc')).toEqual({ key: null, value: 'a:b\tc' });
    expect(read(reader(), '')).toEqual({ key: null, value: '' });
  });

  it('with parse.key splits at the first key separator (a tab by default)', () => {
    expect(read(reader({ 'parse.key': 'true' }), 'k\tv\tw')).toEqual({ key: 'k', value: 'v\tw' });
    const colon = reader({ 'parse.key': 'true', 'key.separator': ':' });
    expect(read(colon, 'key-1:value-1')).toEqual({ key: 'key-1', value: 'value-1' });
    expect(read(colon, 'a:b:c')).toEqual({ key: 'a', value: 'b:c' });
    expect(read(colon, ':v')).toEqual({ key: '', value: 'v' });
    expect(read(colon, 'k:')).toEqual({ key: 'k', value: '' });
    // A multi-character, multi-byte separator.
    expect(read(reader({ 'parse.key': 'true', 'key.separator': '→|' }), 'clé→|valeur→|x')).toEqual({ key: 'clé', value: 'valeur→|x' });
  });

  it("stops at a line without the separator with Kafka's message, naming the line number", () => {
    const colon = reader({ 'parse.key': 'true', 'key.separator': ':' });
    expect(failure(() => colon.read(Buffer.from('no separator here'), 3))).toBe("No key separator found on line number 3: 'no separator here'");
    // Long lines are quoted in part.
    expect(failure(() => colon.read(Buffer.from('x'.repeat(500)), 7))).toBe(`No key separator found on line number 7: '${'x'.repeat(200)}... (500 bytes)'`);
  });

  it('with ignore.error a line without the separator is a record without a key', () => {
    expect(read(reader({ 'parse.key': 'true', 'key.separator': ':', 'ignore.error': 'true' }), 'just a value')).toEqual({ key: null, value: 'just a value' });
  });

  it('null.marker makes a key or value null', () => {
    const r = reader({ 'parse.key': 'true', 'key.separator': ':', 'null.marker': '<null>' });
    expect(read(r, '<null>:v')).toEqual({ key: null, value: 'v' });
    expect(read(r, 'k:<null>')).toEqual({ key: 'k', value: null });
    expect(read(r, 'k:<null>x')).toEqual({ key: 'k', value: '<null>x' });
  });

  it('with parse.headers reads headers before the key: h1:v1,h2:v2<TAB>key<TAB>value', () => {
    const r = reader({ 'parse.headers': 'true', 'parse.key': 'true' });
    expect(read(r, 'h1:v1,h2:v2,h1:v3\tk\tv')).toEqual({ key: 'k', value: 'v', headers: { h1: ['v1', 'v3'], h2: ['v2'] } });
    expect(read(r, 'h:\tk\tv')).toEqual({ key: 'k', value: 'v', headers: { h: [''] } });
    expect(read(r, '__proto__:x\tk\tv').headers).toEqual({ ['__proto__']: ['x'] });
    expect(failure(() => r.read(Buffer.from('k:v'), 2))).toBe("No headers delimiter found on line number 2: 'k:v'");
    expect(failure(() => r.read(Buffer.from('h1v1\tk\tv'), 4))).toBe("No header key separator found in pair 'h1v1' on line number 4");
    const nulls = reader({ 'parse.headers': 'true', 'null.marker': 'NULL' });
    expect(read(nulls, 'NULL\tvalue')).toEqual({ key: null, value: 'value' });
    expect(failure(() => nulls.read(Buffer.from('NULL:x\tvalue'), 1))).toBe("Header keys should not be equal to the null marker 'NULL' as they can't be null");
    // The Producer's headers cannot hold a null value (Kafka's would): refused rather than changed.
    expect(failure(() => nulls.read(Buffer.from('h:NULL\tvalue'), 5))).toMatch(/on line number 5 is the null marker, and null header values are not supported/);
  });

  it('keeps bytes that are not UTF-8 as they are', () => {
    const line = Buffer.from([0x6b, 0x3a, 0xff, 0xfe, 0x00]);
    const message = reader({ 'parse.key': 'true', 'key.separator': ':' }).read(line, 1);
    expect([...(message.value as Uint8Array)]).toEqual([0xff, 0xfe, 0x00]);
  });

  it('has Kafka’s defaults', () => {
    const config: LineReaderConfig = lineReaderConfig(new Map());
    expect(config).toEqual({ parseKey: false, keySeparator: '\t', parseHeaders: false, headersDelimiter: '\t', headersSeparator: ',', headersKeySeparator: ':', ignoreError: false, nullMarker: null });
  });
});
