// Goal: `skiff produce` and `skiff consume` read their command lines as
// Kafka's console tools do — --property pairs (repeated, or several in one),
// defaults, Kafka's argument checks and messages — and every mistake is a
// ConsoleUsageError (exit 2), never a crash or a silent default.
// Method: the pure parsers (console-options.ts, console-properties.ts) on
// hand-written argument lists.

import { describe, expect, it } from 'vitest';
import { parseConsumeArgs, parseProduceArgs } from '../../src/cli/console-options.js';
import { ConsoleUsageError, parseProperties, unescape } from '../../src/cli/console-properties.js';

const known = ['print.key', 'print.offset', 'key.separator', 'null.literal'];

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConsoleUsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('--property parsing', () => {
  it('splits each entry at its first =, later keys win, and commas separate pairs only before a name=', () => {
    const props = parseProperties(['print.key=true,print.offset=true', 'key.separator=a=b', 'print.key=false'], known);
    expect(Object.fromEntries(props)).toEqual({ 'print.key': 'false', 'print.offset': 'true', 'key.separator': 'a=b' });
    // A comma that is the value (or part of it) stays.
    expect(parseProperties(['key.separator=,'], known).get('key.separator')).toBe(',');
    expect(Object.fromEntries(parseProperties(['key.separator=,,print.key=true'], known))).toEqual({ 'key.separator': ',', 'print.key': 'true' });
    expect(parseProperties(['null.literal=a,b'], known).get('null.literal')).toBe('a,b');
  });

  it('reads \\t, \\n, \\r and \\\\ as the characters they name', () => {
    expect(unescape('\\t')).toBe('\t');
    expect(unescape('a\\nb\\rc\\\\d\\x')).toBe('a\nb\rc\\d\\x');
    expect(parseProperties(['key.separator=\\t'], known).get('key.separator')).toBe('\t');
  });

  it('refuses an unknown key and an entry without =', () => {
    expect(usageError(() => parseProperties(['print.keys=true'], known))).toMatch(/unknown property 'print.keys': use one of print.key, /);
    expect(usageError(() => parseProperties(['print.key'], known))).toBe("--property must be KEY=VALUE, got 'print.key'");
    expect(usageError(() => parseProperties(['=x'], known))).toBe("--property must be KEY=VALUE, got '=x'");
  });
});

describe('skiff produce arguments', () => {
  it('defaults: acks=all, no compression, value-only lines with a tab key separator', () => {
    const options = parseProduceArgs(['--topic', 't'])!;
    expect(options).toMatchObject({ topic: 't', bootstrapServers: ['127.0.0.1:9092'], acks: -1, compression: 'none', partition: null, sync: false, lingerMs: 5, maxBlockMs: 60_000 });
    expect(options.reader).toEqual({ parseKey: false, keySeparator: '\t', parseHeaders: false, headersDelimiter: '\t', headersSeparator: ',', headersKeySeparator: ':', ignoreError: false, nullMarker: null });
  });

  it("takes Kafka's reader properties, and --key-separator as key.separator that turns parse.key on", () => {
    const viaProperty = parseProduceArgs(['--topic', 't', '--property', 'parse.key=true', '--property', 'key.separator=:'])!;
    expect(viaProperty.reader).toMatchObject({ parseKey: true, keySeparator: ':' });
    const viaFlag = parseProduceArgs(['--topic', 't', '--key-separator', ':'])!;
    expect(viaFlag.reader).toMatchObject({ parseKey: true, keySeparator: ':' });
    // An explicit parse.key=false wins over the flag's implied true.
    expect(parseProduceArgs(['--topic', 't', '--key-separator', '\\t', '--property', 'parse.key=false'])!.reader).toMatchObject({ parseKey: false, keySeparator: '\t' });
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--key-separator', ':', '--property', 'key.separator=;']))).toMatch(/disagree/);
  });

  it('reads acks, compression, partition, bootstrap servers and --sync', () => {
    const options = parseProduceArgs(['--topic', 't', '--acks', '1', '--compression', 'zstd', '--partition', '2', '--bootstrap-server', 'a:1,b:2', '--sync'])!;
    expect(options).toMatchObject({ acks: 1, compression: 'zstd', partition: 2, bootstrapServers: ['a:1', 'b:2'], sync: true });
    expect(parseProduceArgs(['--topic', 't', '--acks', '0'])!.acks).toBe(0);
    expect(parseProduceArgs(['--topic', 't', '--acks', '-1'])!.acks).toBe(-1);
  });

  it('refuses bad values with the reason', () => {
    expect(usageError(() => parseProduceArgs([]))).toBe('--topic NAME is required');
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--acks', '2']))).toBe("--acks must be all, 1 or 0, got '2'");
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--compression', 'brotli']))).toMatch(/--compression must be one of none, gzip, snappy, lz4, zstd/);
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--partition', '-1']))).toBe('--partition must be an integer >= 0, got -1');
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--partition', 'x']))).toBe("--partition must be an integer, got 'x'");
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--bootstrap-server', 'nohost']))).toBe("--bootstrap-server must be host:port[,host:port...], got 'nohost'");
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--nope']))).toMatch(/Unknown option '--nope'/);
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--property', 'parse.key=yes']))).toBe("property parse.key must be true or false, got 'yes'");
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--property', 'key.separator=']))).toBe('property key.separator must not be empty');
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--property', 'headers.delimiter=,']))).toBe('headers.delimiter and headers.separator may not be equal');
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--property', 'null.marker=\\t']))).toBe('null.marker and key.separator may not be equal');
    expect(usageError(() => parseProduceArgs(['--topic', 't', '--log-level', 'loud']))).toMatch(/--log-level must be one of/);
  });

  it('returns null for --help', () => {
    expect(parseProduceArgs(['--help'])).toBeNull();
    expect(parseProduceArgs(['-h'])).toBeNull();
  });
});

describe('skiff consume arguments', () => {
  it('starts at the end by default, at the beginning with --from-beginning, reading every partition', () => {
    expect(parseConsumeArgs(['--topic', 't'])).toMatchObject({ start: 'latest', autoOffsetReset: 'latest', partition: null, maxMessages: null, timeoutMs: null, group: null });
    expect(parseConsumeArgs(['--topic', 't', '--from-beginning'])).toMatchObject({ start: 'earliest', autoOffsetReset: 'earliest' });
  });

  it('takes --partition with --offset earliest|latest|N, --max-messages and --timeout-ms', () => {
    expect(parseConsumeArgs(['--topic', 't', '--partition', '1', '--offset', '42'])).toMatchObject({ partition: 1, start: 42 });
    expect(parseConsumeArgs(['--topic', 't', '--partition', '1'])).toMatchObject({ partition: 1, start: 'latest' });
    expect(parseConsumeArgs(['--topic', 't', '--offset', 'EARLIEST'])).toMatchObject({ partition: null, start: 'earliest', autoOffsetReset: 'latest' });
    expect(parseConsumeArgs(['--topic', 't', '--max-messages', '10', '--timeout-ms', '0'])).toMatchObject({ maxMessages: 10, timeoutMs: 0 });
  });

  it("builds the formatter from Kafka's properties", () => {
    const options = parseConsumeArgs(['--topic', 't', '--property', 'print.key=true,print.offset=true', '--property', 'key.separator=\\t|']);
    expect(options!.formatter).toMatchObject({ printKey: true, printOffset: true, printValue: true, printPartition: false, keySeparator: '\t|' });
    expect(usageError(() => parseConsumeArgs(['--topic', 't', '--property', 'parse.key=true']))).toMatch(/unknown property 'parse.key'/);
  });

  it("applies ConsoleConsumerOptions' checks", () => {
    expect(usageError(() => parseConsumeArgs(['--topic', 't', '--partition', '0', '--offset', '5', '--from-beginning']))).toBe('Options from-beginning and offset cannot be specified together.');
    expect(usageError(() => parseConsumeArgs(['--topic', 't', '--offset', '5']))).toBe('The partition is required when a numeric offset is specified.');
    expect(usageError(() => parseConsumeArgs(['--topic', 't', '--partition', '0', '--offset', '-3']))).toBe("The provided offset value '-3' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.");
    expect(usageError(() => parseConsumeArgs(['--topic', 't', '--group', 'g', '--partition', '0']))).toBe('Options group and partition cannot be specified together.');
    expect(usageError(() => parseConsumeArgs(['--topic', 't', '--max-messages', '0']))).toBe('--max-messages must be an integer >= 1, got 0');
    expect(usageError(() => parseConsumeArgs(['--from-beginning']))).toBe('--topic NAME is required');
  });

  it('keeps --group for a group-based source', () => {
    expect(parseConsumeArgs(['--topic', 't', '--group', 'g'])).toMatchObject({ group: 'g', partition: null });
  });
});
