// The command lines of `skiff produce` and `skiff consume` (Kafka's
// kafka-console-producer and kafka-console-consumer) and their help: argv in,
// typed options out, every mistake a ConsoleUsageError (exit 2). Pure: no I/O.

import { parseArgs } from 'node:util';
import type { Acks } from '../broker/services.js';
import type { StartOffset } from '../client/simple-consumer.js';
import { parseBootstrapServers } from '../node-client/cluster-connection.js';
import { compressionCodecs, type CompressionCodec } from '../storage/batch/header.js';
import { type FormatterConfig, formatterConfig, formatterProperties } from './console-formatter.js';
import { type LineReaderConfig, lineReaderConfig, lineReaderProperties } from './console-line-reader.js';
import { ConsoleUsageError, parseProperties, unescape } from './console-properties.js';

export const produceHelp = `  produce --topic NAME [--bootstrap-server HOST:PORT[,...]] [--property KEY=VALUE]...
      [--key-separator SEP] [--acks all|1|0] [--compression none|gzip|snappy|lz4|zstd]
      [--partition N] [--linger-ms MS] [--batch-size BYTES] [--sync] [--max-block-ms MS]
      Reads stdin line by line and sends each line as a record, like kafka-console-producer:
      the value is the line; with parse.key=true the key is the text before the first
      key.separator (default a tab) and the value the rest. --key-separator SEP is
      --property key.separator=SEP and turns parse.key on. Other properties: parse.headers,
      headers.delimiter, headers.separator, headers.key.separator, ignore.error, null.marker
      (Kafka's). Idempotent with acks=all (the default); records of a partition keep the
      order of their lines. At end of input it flushes and exits 0. A line without the
      separator stops it ("No key separator found on line number N"): what was read before
      is flushed, then exit 1; so does a send the cluster refuses. Ctrl-C flushes and exits.
      Example: printf 'k1:hello\\nk2:world\\n' | npx skiff produce --topic orders --property parse.key=true --property key.separator=:
`;

export const consumeHelp = `  consume --topic NAME [--bootstrap-server HOST:PORT[,...]] [--from-beginning]
      [--partition N [--offset earliest|latest|N]] [--max-messages N] [--timeout-ms MS]
      [--property KEY=VALUE]... [--group GROUP]
      Prints records to stdout, one per line, like kafka-console-consumer. Reads every
      partition (or only --partition), from the end unless --from-beginning or --offset;
      records of one partition appear in offset order. Properties (Kafka's formatter):
      print.timestamp, print.partition, print.offset, print.headers, print.key,
      print.value (default true), key.separator (default \\t), line.separator, headers.separator,
      null.literal; fields print in that order, e.g.
      CreateTime:1700000000000<TAB>Partition:0<TAB>Offset:5<TAB>key<TAB>value
      Several pairs may share one --property: print.key=true,print.offset=true. Stops after
      --max-messages, after --timeout-ms without a new record, or on Ctrl-C/SIGTERM, then
      prints "Processed a total of N messages" to stderr and exits 0.
      --group GROUP joins a consumer group: its members share the topic's partitions and the
      group's committed offsets say where each starts (--from-beginning: the earliest offset
      when the group has none); offsets are committed as records are printed and on exit.
      Example: npx skiff consume --topic orders --from-beginning --property print.key=true --property print.offset=true
      Example: npx skiff consume --topic orders --group billing --from-beginning
`;

export const consoleHelp = `console commands (stdin to records, records to stdout; both take --bootstrap-server HOST:PORT[,...]
  (default 127.0.0.1:9092), --request-timeout-ms MS and --log-level LEVEL (the client's log on stderr, default error);
  exit codes: 0 done, 1 the cluster failed or a bad input line, 2 usage error):
${produceHelp}${consumeHelp}`;

/** The longest stdin line produce accepts: Kafka's max.request.size default, which a record cannot exceed anyway. */
export const maxLineBytes = 1 << 20;

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ProduceOptions {
  readonly topic: string;
  readonly bootstrapServers: readonly string[];
  readonly reader: LineReaderConfig;
  readonly acks: Acks;
  readonly compression: CompressionCodec;
  /** Every record goes to this partition; null: the Producer's partitioner (murmur2 of the key, sticky without one). */
  readonly partition: number | null;
  readonly lingerMs: number;
  readonly batchSizeBytes: number | null;
  /** One line per send, each acknowledged before the next is read (Kafka's --sync). */
  readonly sync: boolean;
  readonly requestTimeoutMs: number;
  readonly maxBlockMs: number;
  readonly logLevel: string;
}

export interface ConsumeOptions {
  readonly topic: string;
  readonly bootstrapServers: readonly string[];
  /** Where each assigned partition starts. */
  readonly start: StartOffset;
  /** What an out-of-range position resets to (Kafka: earliest with --from-beginning, else latest). */
  readonly autoOffsetReset: 'earliest' | 'latest';
  /** Only this partition; null: every partition of the topic. */
  readonly partition: number | null;
  /** Stop after this many records; null: no limit. */
  readonly maxMessages: number | null;
  /** Stop after this long without a record; null: never. */
  readonly timeoutMs: number | null;
  readonly formatter: FormatterConfig;
  /** A consumer group to join; null: assign partitions directly. */
  readonly group: string | null;
  readonly requestTimeoutMs: number;
  readonly logLevel: string;
}

const common = {
  topic: { type: 'string' },
  'bootstrap-server': { type: 'string', default: '127.0.0.1:9092' },
  property: { type: 'string', multiple: true, default: [] as string[] },
  'request-timeout-ms': { type: 'string', default: '30000' },
  'log-level': { type: 'string', default: 'error' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The options of `skiff produce`, or null when --help was asked for. */
export function parseProduceArgs(args: readonly string[]): ProduceOptions | null {
  const { values } = usageErrors(() => parseArgs({ args: joinNegativeNumbers(args), options: {
    ...common,
    'key-separator': { type: 'string' },
    acks: { type: 'string', default: 'all' },
    compression: { type: 'string', default: 'none' },
    partition: { type: 'string' },
    'linger-ms': { type: 'string', default: '5' },
    'batch-size': { type: 'string' },
    sync: { type: 'boolean', default: false },
    'max-block-ms': { type: 'string', default: '60000' },
  } }));
  if (values.help) return null;
  const props = parseProperties(values.property, lineReaderProperties);
  const keySeparator = values['key-separator'];
  if (keySeparator !== undefined) {
    const separator = unescape(keySeparator);
    const given = props.get('key.separator');
    if (given !== undefined && given !== separator) throw new ConsoleUsageError(`--key-separator '${keySeparator}' and --property key.separator=${given} disagree`);
    props.set('key.separator', separator);
    if (!props.has('parse.key')) props.set('parse.key', 'true');
  }
  return {
    topic: needTopic(values.topic),
    bootstrapServers: bootstrapServers(values['bootstrap-server']),
    reader: lineReaderConfig(props),
    acks: acksOption(values.acks),
    compression: compressionOption(values.compression),
    partition: values.partition === undefined ? null : intOption(values.partition, 'partition', 0),
    lingerMs: intOption(values['linger-ms'], 'linger-ms', 0),
    batchSizeBytes: values['batch-size'] === undefined ? null : intOption(values['batch-size'], 'batch-size', 1),
    sync: values.sync,
    requestTimeoutMs: intOption(values['request-timeout-ms'], 'request-timeout-ms', 1),
    maxBlockMs: intOption(values['max-block-ms'], 'max-block-ms', 0),
    logLevel: logLevel(values['log-level']),
  };
}

/** The options of `skiff consume`, or null when --help was asked for. Checks follow ConsoleConsumerOptions. */
export function parseConsumeArgs(args: readonly string[]): ConsumeOptions | null {
  const { values } = usageErrors(() => parseArgs({ args: joinNegativeNumbers(args), options: {
    ...common,
    'from-beginning': { type: 'boolean', default: false },
    'max-messages': { type: 'string' },
    partition: { type: 'string' },
    offset: { type: 'string' },
    'timeout-ms': { type: 'string' },
    group: { type: 'string' },
  } }));
  if (values.help) return null;
  const fromBeginning = values['from-beginning'];
  const partition = values.partition === undefined ? null : intOption(values.partition, 'partition', 0);
  const offset = values.offset === undefined ? null : offsetOption(values.offset);
  if (offset !== null && fromBeginning) throw new ConsoleUsageError('Options from-beginning and offset cannot be specified together.');
  // Kafka wants --partition with any --offset; a number only makes sense for one partition, but earliest/latest do for all.
  if (typeof offset === 'number' && partition === null) throw new ConsoleUsageError('The partition is required when a numeric offset is specified.');
  const group = values.group;
  if (group !== undefined && group.length === 0) throw new ConsoleUsageError('--group needs a group id');
  if (group !== undefined && partition !== null) throw new ConsoleUsageError('Options group and partition cannot be specified together.');
  return {
    topic: needTopic(values.topic),
    bootstrapServers: bootstrapServers(values['bootstrap-server']),
    start: offset ?? (fromBeginning ? 'earliest' : 'latest'),
    autoOffsetReset: fromBeginning ? 'earliest' : 'latest',
    partition,
    maxMessages: values['max-messages'] === undefined ? null : intOption(values['max-messages'], 'max-messages', 1),
    timeoutMs: values['timeout-ms'] === undefined ? null : intOption(values['timeout-ms'], 'timeout-ms', 0),
    formatter: formatterConfig(parseProperties(values.property, formatterProperties)),
    group: group ?? null,
    requestTimeoutMs: intOption(values['request-timeout-ms'], 'request-timeout-ms', 1),
    logLevel: logLevel(values['log-level']),
  };
}

/** `--acks -1` as `--acks=-1`: parseArgs would take the -1 for an option and refuse it as ambiguous. */
function joinNegativeNumbers(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** node:util parseArgs's errors (unknown option, missing value) as usage errors. */
function usageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) throw new ConsoleUsageError((error as Error).message);
    throw error;
  }
}

function needTopic(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new ConsoleUsageError('--topic NAME is required');
  return value;
}

function bootstrapServers(value: unknown): string[] {
  const servers = String(value);
  const addresses = parseBootstrapServers(servers);
  if (addresses === null) throw new ConsoleUsageError(`--bootstrap-server must be host:port[,host:port...], got '${servers}'`);
  return addresses;
}

function intOption(value: unknown, name: string, min: number): number {
  const text = String(value);
  if (!/^-?\d+$/.test(text)) throw new ConsoleUsageError(`--${name} must be an integer, got '${text}'`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new ConsoleUsageError(`--${name} must be an integer >= ${min}, got ${text}`);
  return n;
}

function offsetOption(value: string): StartOffset {
  const lower = value.toLowerCase();
  if (lower === 'earliest' || lower === 'latest') return lower;
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new ConsoleUsageError(`The provided offset value '${value}' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.`);
}

function acksOption(value: string): Acks {
  if (value === 'all' || value === '-1') return -1;
  if (value === '1') return 1;
  if (value === '0') return 0;
  throw new ConsoleUsageError(`--acks must be all, 1 or 0, got '${value}'`);
}

function compressionOption(value: string): CompressionCodec {
  if (!(compressionCodecs as readonly string[]).includes(value)) throw new ConsoleUsageError(`--compression must be one of ${compressionCodecs.join(', ')}, got '${value}'`);
  return value as CompressionCodec;
}

function logLevel(value: unknown): string {
  const level = String(value);
  if (!logLevels.includes(level)) throw new ConsoleUsageError(`--log-level must be one of ${logLevels.join(', ')}, got '${level}'`);
  return level;
}
