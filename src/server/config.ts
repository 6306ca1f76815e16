// server.properties → a typed, validated ServerConfig (DESIGN.md §11).
//
// Keys are Kafka's dotted names where Kafka has one, with Kafka's defaults
// except where Skiff says otherwise (process.roles, auto.create.topics.enable,
// and the Skiff-only log.flush.on.ack, metrics.listener, log.level); each maps
// one-to-one to a camelCase field with its unit last. Unknown keys are errors
// (with the closest known key when it looks like a typo), never silence; so
// are duplicate keys and empty values. Every problem names its file and line
// (or its --override), and all problems are reported at once.
// `configKeys` is the reference: type, default and a line of documentation per
// key, from which the README table and `skiff` help are generated.
// Parsing is pure; loadServerConfig reads the file through the FileSystem port.

import { assert } from '../common/assert.js';
import { SkiffError } from '../common/errors.js';
import { nodeId as toNodeId, type NodeId } from '../common/ids.js';
import { isFsError, type FileSystem } from '../env/file-system.js';
import type { CleanupPolicy } from '../storage/log/log-config.js';
import { parseProperties } from './properties-file.js';

export type ProcessRole = 'broker' | 'controller';
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface HostPort {
  /** A host name, IPv4 address or IPv6 address (without brackets). */
  readonly host: string;
  readonly port: number;
}

/** Skiff's one listener: clients, brokers and the metadata quorum all use it. */
export interface Listener extends HostPort {
  /** The listener name is its security protocol; Skiff speaks only PLAINTEXT (gRPC without TLS) today. */
  readonly name: 'PLAINTEXT';
}

export interface QuorumVoter extends HostPort {
  readonly nodeId: NodeId;
}

/** A validated server.properties. Field docs: `configKeys`. */
export interface ServerConfig {
  readonly nodeId: NodeId;
  /** Sorted, no duplicates: ['broker'], ['controller'] or ['broker', 'controller']. */
  readonly processRoles: readonly ProcessRole[];
  readonly controllerQuorumVoters: readonly QuorumVoter[];
  readonly controllerQuorumElectionTimeoutMs: number;
  readonly controllerQuorumFetchTimeoutMs: number;
  readonly controllerQuorumRequestTimeoutMs: number;
  /** From `listeners`. Host 0.0.0.0 or :: binds every interface (an empty host is read as 0.0.0.0). */
  readonly listener: Listener;
  /** From `advertised.listeners`, else `listeners`; never a wildcard address. */
  readonly advertisedListener: Listener;
  readonly metricsListener: HostPort | null;
  /** From `log.dirs` or `log.dir`; normalized (no trailing or doubled slashes), distinct, none inside another. */
  readonly logDirs: readonly string[];
  readonly metadataLogDir: string;
  readonly logSegmentBytes: number;
  /** From log.roll.ms, else log.roll.hours. */
  readonly logRollMs: number;
  /** From log.retention.ms, else log.retention.minutes, else log.retention.hours; -1 = unlimited. */
  readonly logRetentionMs: number;
  readonly logRetentionBytes: number;
  readonly logRetentionCheckIntervalMs: number;
  readonly logCleanupPolicy: CleanupPolicy;
  readonly logFlushOnAck: boolean;
  readonly messageMaxBytes: number;
  readonly numPartitions: number;
  readonly defaultReplicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly replicaLagTimeMaxMs: number;
  readonly uncleanLeaderElectionEnable: boolean;
  readonly brokerRack: string | null;
  readonly brokerSessionTimeoutMs: number;
  readonly brokerHeartbeatIntervalMs: number;
  readonly autoCreateTopicsEnable: boolean;
  readonly offsetsTopicNumPartitions: number;
  readonly offsetsTopicReplicationFactor: number;
  readonly groupConsumerSessionTimeoutMs: number;
  readonly groupConsumerHeartbeatIntervalMs: number;
  readonly groupConsumerMaxSize: number;
  readonly logLevel: LogLevel;
}

export type ConfigValueType = 'int' | 'short' | 'long' | 'boolean' | 'string' | 'list';
export type ConfigGroup = 'node' | 'quorum' | 'network' | 'storage' | 'replication' | 'topics' | 'groups' | 'observability';

/** One key of the configuration reference. */
export interface ConfigKeyInfo {
  readonly key: string;
  /** The ServerConfig field it sets (several keys may feed one field, e.g. the log.retention.* family). */
  readonly field: keyof ServerConfig;
  readonly type: ConfigValueType;
  readonly group: ConfigGroup;
  /** The default as it would be written in the file, or null when there is none or it is derived. */
  readonly default: string | null;
  /** Set when `default` is null: what happens when the key is absent, in words. */
  readonly defaultDescription?: string;
  readonly required: boolean;
  readonly validValues: string;
  readonly doc: string;
}

/** A problem found in the file or the overrides; `message` is complete and names the place. */
export interface ConfigProblem {
  /** 1-based line in the file, or null (an override, a missing key, a default). */
  readonly line: number | null;
  readonly key: string | null;
  readonly message: string;
}

export type ConfigParseResult =
  | { readonly ok: true; readonly config: ServerConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

export interface ParseServerConfigOptions {
  /** Name used in messages, normally the file's path. Default 'server.properties'. */
  readonly source?: string;
  /** `key=value` strings applied over the file, like Kafka's `--override`. */
  readonly overrides?: readonly string[];
}

// ---------------------------------------------------------------------------
// Value parsers

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
type Parse<T> = (raw: string) => Parsed<T>;

interface KeySpec<T> extends ConfigKeyInfo {
  readonly parse: Parse<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const INT_MAX = 2_147_483_647;
const SHORT_MAX = 32_767;

function rangeText(min: number, max: number, minusOneMeans?: string): string {
  const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `${min}..${max}`;
  return minusOneMeans === undefined ? range : `-1 (${minusOneMeans}) or ${range}`;
}

/** Kafka's INT/SHORT/LONG: an optional sign and decimal digits (no 1e3, 0x10 or 1_000). */
function integer(min: number, max: number, minusOneMeans?: string): Parse<number> {
  return (raw) => {
    if (!/^[+-]?\d+$/.test(raw)) return fail(`'${raw}' is not an integer`);
    const n = Number(raw);
    if (minusOneMeans !== undefined && n === -1) return ok(-1);
    if (!Number.isSafeInteger(n) || n < min || n > max) return fail(`${raw} is out of range: must be ${rangeText(min, max, minusOneMeans)}`);
    return ok(n);
  };
}

/** Kafka's BOOLEAN: true or false, any case. */
const boolean: Parse<boolean> = (raw) => {
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false') return ok(lower === 'true');
  return fail(`'${raw}' is not a boolean: write true or false`);
};

function oneOf<T extends string>(allowed: readonly T[]): Parse<T> {
  return (raw) => {
    const lower = raw.toLowerCase();
    const match = allowed.find((a) => a === lower);
    return match === undefined ? fail(`'${raw}' is not one of ${allowed.join(', ')}`) : ok(match);
  };
}

/** Kafka's LIST: comma-separated, whitespace around items ignored; an empty item is an error here. */
function listItems(raw: string): Parsed<string[]> {
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item.length === 0)) return fail(`'${raw}' has an empty item: remove the extra comma`);
  return ok(items);
}

const text: Parse<string> = (raw) => ok(raw);

const processRoles: Parse<ProcessRole[]> = (raw) => {
  const items = listItems(raw);
  if (!items.ok) return items;
  const roles = new Set<ProcessRole>();
  for (const item of items.value) {
    if (item !== 'broker' && item !== 'controller') return fail(`'${item}' is not a role: use broker, controller, or broker,controller`);
    if (roles.has(item)) return fail(`'${item}' is listed twice`);
    roles.add(item);
  }
  return ok([...roles].sort());
};

const cleanupPolicy: Parse<CleanupPolicy> = (raw) => {
  const items = listItems(raw);
  if (!items.ok) return items;
  const policies = new Set(items.value);
  if (policies.size !== items.value.length || items.value.some((p) => p !== 'delete' && p !== 'compact')) {
    return fail(`'${raw}' is not delete, compact or compact,delete`);
  }
  return ok(policies.size === 2 ? 'compact,delete' : (items.value[0] as CleanupPolicy));
};

const hostName = /^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;

function isWildcardHost(host: string): boolean {
  return host === '' || host === '0.0.0.0' || host === '::';
}

/** `host:port` or `[ipv6]:port`; an empty host is allowed here (callers decide). */
function hostPort(raw: string): Parsed<HostPort> {
  let host: string;
  let portText: string;
  if (raw.startsWith('[')) {
    const close = raw.indexOf(']');
    if (close < 0 || raw[close + 1] !== ':') return fail(`'${raw}' is not [ipv6]:port`);
    host = raw.slice(1, close);
    portText = raw.slice(close + 2);
    if (!/^[0-9A-Fa-f:.]+$/.test(host) || !host.includes(':')) return fail(`'${host}' in '${raw}' is not an IPv6 address`);
  } else {
    const colon = raw.lastIndexOf(':');
    if (colon < 0) return fail(`'${raw}' has no port: write host:port`);
    host = raw.slice(0, colon);
    portText = raw.slice(colon + 1);
    if (host.includes(':')) return fail(`'${raw}': put an IPv6 address in brackets, e.g. [::1]:9092`);
    if (host !== '' && !validHost(host)) return fail(`'${host}' in '${raw}' is not a valid host name or IPv4 address`);
  }
  if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) return fail(`port '${portText}' in '${raw}' is not 1..65535`);
  return ok({ host, port: Number(portText) });
}

function validHost(host: string): boolean {
  if (/^\d+(\.\d+){3}$/.test(host)) return host.split('.').every((octet) => Number(octet) <= 255);
  return hostName.test(host) && host.length <= 253;
}

export function formatHostPort(address: HostPort): string {
  return address.host.includes(':') ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}

const securityProtocols = new Set(['SSL', 'SASL_PLAINTEXT', 'SASL_SSL']);

function listener(raw: string): Parsed<Listener> {
  const items = listItems(raw);
  if (!items.ok) return items;
  if (items.value.length > 1) {
    return fail(`names ${items.value.length} listeners (${items.value.join(', ')}), but Skiff serves clients, brokers and the metadata quorum on one: keep one PLAINTEXT listener, and give controller.quorum.voters its port`);
  }
  const match = /^([A-Za-z][A-Za-z0-9_-]*):\/\/(.*)$/.exec(items.value[0]!);
  if (match === null) return fail(`'${raw}' is not NAME://host:port, e.g. PLAINTEXT://127.0.0.1:9092`);
  const name = match[1]!.toUpperCase();
  if (securityProtocols.has(name)) return fail(`${name} is not supported: Skiff speaks only PLAINTEXT (gRPC without TLS) today`);
  if (name !== 'PLAINTEXT') {
    return fail(`listener name '${match[1]}' is not PLAINTEXT: Skiff's one listener is named after its security protocol (Kafka's listener names and listener.security.protocol.map are not used)`);
  }
  const address = hostPort(match[2]!);
  if (!address.ok) return address;
  return ok({ name: 'PLAINTEXT', host: address.value.host === '' ? '0.0.0.0' : address.value.host, port: address.value.port });
}

const advertisedListener: Parse<Listener> = (raw) => {
  const parsed = listener(raw);
  if (parsed.ok && isWildcardHost(parsed.value.host)) {
    return fail(`'${raw}' is not an address anyone can connect to: advertise the host name or IP that clients and other nodes reach this node at`);
  }
  return parsed;
};

const metricsListener: Parse<HostPort> = (raw) => {
  const match = /^http:\/\/(.*?)\/?$/.exec(raw);
  if (match === null) return fail(`'${raw}' is not http://host:port, e.g. http://127.0.0.1:9404`);
  const address = hostPort(match[1]!);
  if (!address.ok) return address;
  return ok({ host: address.value.host === '' ? '0.0.0.0' : address.value.host, port: address.value.port });
};

const quorumVoters: Parse<QuorumVoter[]> = (raw) => {
  const items = listItems(raw);
  if (!items.ok) return items;
  const voters: QuorumVoter[] = [];
  for (const item of items.value) {
    const match = /^(\d+)@(.*)$/.exec(item);
    if (match === null) return fail(`'${item}' is not id@host:port, e.g. 1@10.0.0.1:9092`);
    const id = Number(match[1]);
    if (!Number.isSafeInteger(id) || id > INT_MAX) return fail(`voter id ${match[1]} is out of range: must be 0..${INT_MAX}`);
    const address = hostPort(match[2]!);
    if (!address.ok) return address;
    if (isWildcardHost(address.value.host)) return fail(`voter ${id}'s address '${match[2]}' is not one anyone can connect to: give its host name or IP`);
    const sameId = voters.find((v) => v.nodeId === id);
    if (sameId !== undefined) return fail(`voter id ${id} appears twice`);
    const sameAddress = voters.find((v) => v.host.toLowerCase() === address.value.host.toLowerCase() && v.port === address.value.port);
    if (sameAddress !== undefined) return fail(`voters ${sameAddress.nodeId} and ${id} share the address ${formatHostPort(address.value)}`);
    voters.push({ nodeId: toNodeId(id), ...address.value });
  }
  return ok(voters);
};

/** Collapses doubled slashes and `.` segments and drops a trailing slash, so equal directories compare equal. */
export function normalizeDir(path: string): string {
  const absolute = path.startsWith('/');
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  const joined = parts.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

function directory(raw: string): Parsed<string> {
  if (raw.startsWith('~')) return fail(`'${raw}' starts with '~', which is not expanded: write the full path`);
  return ok(normalizeDir(raw));
}

const directories: Parse<string[]> = (raw) => {
  const items = listItems(raw);
  if (!items.ok) return items;
  const dirs: string[] = [];
  for (const item of items.value) {
    const dir = directory(item);
    if (!dir.ok) return dir;
    if (dirs.includes(dir.value)) return fail(`'${item}' is listed twice`);
    dirs.push(dir.value);
  }
  return ok(dirs);
};

// ---------------------------------------------------------------------------
// The keys

function spec<T>(s: KeySpec<T>): KeySpec<T> {
  // Defaults are written as file text and parsed like it, so a default cannot be invalid.
  assert(s.default === null || s.parse(s.default).ok, `default of ${s.key} does not parse`);
  assert((s.default === null) !== (s.defaultDescription === undefined) || s.required, `${s.key}: describe a missing default`);
  return s;
}

const ms = (what: string, min = 1): Pick<KeySpec<number>, 'type' | 'validValues' | 'parse'> => ({
  type: 'long', validValues: `${rangeText(min, Number.MAX_SAFE_INTEGER)} ${what}`, parse: integer(min, Number.MAX_SAFE_INTEGER),
});
const int = (min: number, max = INT_MAX): Pick<KeySpec<number>, 'type' | 'validValues' | 'parse'> => ({
  type: 'int', validValues: rangeText(min, max), parse: integer(min, max),
});
const bool = { type: 'boolean', validValues: 'true, false', parse: boolean } as const;

const K = {
  nodeId: spec({
    key: 'node.id', field: 'nodeId', group: 'node', required: true, default: null, ...int(0),
    doc: "This node's id, unique in the cluster. Brokers and controllers share one id space (KRaft).",
  }),
  processRoles: spec({
    key: 'process.roles', field: 'processRoles', group: 'node', required: false, default: 'broker,controller', type: 'list',
    validValues: 'broker, controller, broker,controller', parse: processRoles,
    doc: 'What this node runs. broker,controller (Skiff\'s default; Kafka has none): a quorum voter that also serves partitions. broker: serves partitions and follows the metadata log as an observer that never votes. controller: a voter only.',
  }),
  controllerQuorumVoters: spec({
    key: 'controller.quorum.voters', field: 'controllerQuorumVoters', group: 'quorum', required: true, default: null, type: 'list',
    validValues: 'id@host:port,... (IPv6: id@[::1]:port)', parse: quorumVoters,
    doc: "The metadata quorum's voters, in Kafka's static-quorum syntax; every node lists the same set. A voter's port is its one listener's port. A node with the controller role must be listed; a broker-only node must not.",
  }),
  controllerQuorumElectionTimeoutMs: spec({
    key: 'controller.quorum.election.timeout.ms', field: 'controllerQuorumElectionTimeoutMs', group: 'quorum', required: false, default: '1000', ...ms('ms'),
    doc: 'Raft election timeout T: a candidate that wins no majority retries after a random delay in [T, 2T).',
  }),
  controllerQuorumFetchTimeoutMs: spec({
    key: 'controller.quorum.fetch.timeout.ms', field: 'controllerQuorumFetchTimeoutMs', group: 'quorum', required: false, default: '2000', ...ms('ms'),
    doc: 'A voter that hears nothing from the leader for this long starts an election; a leader that loses its majority resigns after 1.5 x this.',
  }),
  controllerQuorumRequestTimeoutMs: spec({
    key: 'controller.quorum.request.timeout.ms', field: 'controllerQuorumRequestTimeoutMs', group: 'quorum', required: false, default: '2000', ...ms('ms'),
    doc: 'Deadline of one quorum RPC (Vote, BeginQuorumEpoch, Fetch, ...).',
  }),
  listeners: spec({
    key: 'listeners', field: 'listener', group: 'network', required: true, default: null, type: 'string',
    validValues: 'PLAINTEXT://host:port (one listener)', parse: listener,
    doc: 'The one address this node binds. Clients, other brokers and the metadata quorum all speak gRPC on it (Kafka splits these over several listeners; Skiff does not). Host 0.0.0.0, [::] or empty binds every interface.',
  }),
  advertisedListeners: spec({
    key: 'advertised.listeners', field: 'advertisedListener', group: 'network', required: false, default: null,
    defaultDescription: 'the value of listeners', type: 'string', validValues: 'PLAINTEXT://host:port, not a wildcard host', parse: advertisedListener,
    doc: 'The address clients and other nodes are told to connect to. Set it when listeners binds 0.0.0.0 or sits behind NAT.',
  }),
  metricsListener: spec({
    key: 'metrics.listener', field: 'metricsListener', group: 'observability', required: false, default: null,
    defaultDescription: 'none: no metrics endpoint', type: 'string', validValues: 'http://host:port', parse: metricsListener,
    doc: 'Skiff-specific. Serve Prometheus metrics at http://host:port/metrics. Off unless set, so several nodes on one host never fight over a port.',
  }),
  logLevel: spec({
    key: 'log.level', field: 'logLevel', group: 'observability', required: false, default: 'info', type: 'string',
    validValues: 'trace, debug, info, warn, error, fatal, silent', parse: oneOf<LogLevel>(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']),
    doc: 'Skiff-specific (Kafka uses log4j files). The least severe level written to the JSON log on stdout.',
  }),
  logDirs: spec({
    key: 'log.dirs', field: 'logDirs', group: 'storage', required: false, default: null,
    defaultDescription: 'none: set log.dirs (or log.dir)', type: 'list', validValues: 'comma-separated directories', parse: directories,
    doc: 'Directories holding the partition logs. Run `skiff storage format` on them before the first start. Relative paths are relative to the working directory.',
  }),
  logDir: spec({
    key: 'log.dir', field: 'logDirs', group: 'storage', required: false, default: null,
    defaultDescription: 'none: set log.dirs (or log.dir)', type: 'string', validValues: 'a directory', parse: directory,
    doc: "One log directory: Kafka's older spelling of log.dirs. Set one of the two, not both.",
  }),
  metadataLogDir: spec({
    key: 'metadata.log.dir', field: 'metadataLogDir', group: 'storage', required: false, default: null,
    defaultDescription: 'the first of log.dirs', type: 'string', validValues: 'a directory: one of log.dirs, or one outside them all', parse: directory,
    doc: 'Where the __cluster_metadata log lives, e.g. on a separate, faster disk.',
  }),
  logSegmentBytes: spec({
    key: 'log.segment.bytes', field: 'logSegmentBytes', group: 'storage', required: false, default: '1073741824', ...int(14),
    doc: 'Roll the active segment of a log once it holds this many bytes (topic config segment.bytes).',
  }),
  logRollMs: spec({
    key: 'log.roll.ms', field: 'logRollMs', group: 'storage', required: false, default: null,
    defaultDescription: 'none: log.roll.hours applies', ...ms('ms'),
    doc: 'Roll the active segment once it is this old (and not empty); takes precedence over log.roll.hours (topic config segment.ms).',
  }),
  logRollHours: spec({
    key: 'log.roll.hours', field: 'logRollMs', group: 'storage', required: false, default: '168', ...int(1),
    doc: 'log.roll.ms in hours; used when log.roll.ms is not set.',
  }),
  logRetentionMs: spec({
    key: 'log.retention.ms', field: 'logRetentionMs', group: 'storage', required: false, default: null,
    defaultDescription: 'none: log.retention.minutes, else log.retention.hours applies', type: 'long',
    validValues: rangeText(1, Number.MAX_SAFE_INTEGER, 'unlimited'), parse: integer(1, Number.MAX_SAFE_INTEGER, 'unlimited'),
    doc: "Delete a closed segment once its newest record is older than this; -1 keeps data forever. Kafka's precedence: log.retention.ms, then log.retention.minutes, then log.retention.hours (topic config retention.ms).",
  }),
  logRetentionMinutes: spec({
    key: 'log.retention.minutes', field: 'logRetentionMs', group: 'storage', required: false, default: null,
    defaultDescription: 'none: log.retention.hours applies', type: 'int',
    validValues: rangeText(1, INT_MAX, 'unlimited'), parse: integer(1, INT_MAX, 'unlimited'),
    doc: 'log.retention.ms in minutes; used when log.retention.ms is not set.',
  }),
  logRetentionHours: spec({
    key: 'log.retention.hours', field: 'logRetentionMs', group: 'storage', required: false, default: '168', type: 'int',
    validValues: rangeText(1, INT_MAX, 'unlimited'), parse: integer(1, INT_MAX, 'unlimited'),
    doc: 'log.retention.ms in hours; used when neither log.retention.ms nor log.retention.minutes is set.',
  }),
  logRetentionBytes: spec({
    key: 'log.retention.bytes', field: 'logRetentionBytes', group: 'storage', required: false, default: '-1', type: 'long',
    validValues: rangeText(0, Number.MAX_SAFE_INTEGER, 'unlimited'), parse: integer(0, Number.MAX_SAFE_INTEGER, 'unlimited'),
    doc: 'Delete the oldest closed segments of a partition while it holds more than this many bytes; -1: no size limit (topic config retention.bytes).',
  }),
  logRetentionCheckIntervalMs: spec({
    key: 'log.retention.check.interval.ms', field: 'logRetentionCheckIntervalMs', group: 'storage', required: false, default: '300000', ...ms('ms'),
    doc: 'How often the retention sweep looks for segments to delete.',
  }),
  logCleanupPolicy: spec({
    key: 'log.cleanup.policy', field: 'logCleanupPolicy', group: 'storage', required: false, default: 'delete', type: 'list',
    validValues: 'delete, compact, compact,delete', parse: cleanupPolicy,
    doc: 'delete: retention removes old segments. compact: keep the newest record per key. Both: compact, and delete by retention too (topic config cleanup.policy).',
  }),
  logFlushOnAck: spec({
    key: 'log.flush.on.ack', field: 'logFlushOnAck', group: 'storage', required: false, default: 'true', ...bool,
    doc: "Skiff-specific. true: an acks=all write is acknowledged only once it is fsynced on min.insync.replicas replicas, so a power cut on every node loses no acknowledged record, and a broker restarting on the same disks stays an eligible leader replica. false: acknowledge from the page cache, as Kafka does (faster; a correlated power loss can lose acknowledged writes, and any restart drops the broker from the ELR). Set it alike on every node.",
  }),
  messageMaxBytes: spec({
    key: 'message.max.bytes', field: 'messageMaxBytes', group: 'storage', required: false, default: '1048588', ...int(0),
    doc: 'The largest record batch a partition accepts (topic config max.message.bytes).',
  }),
  numPartitions: spec({
    key: 'num.partitions', field: 'numPartitions', group: 'topics', required: false, default: '1', ...int(1),
    doc: 'Partitions of a topic created without an explicit count.',
  }),
  defaultReplicationFactor: spec({
    key: 'default.replication.factor', field: 'defaultReplicationFactor', group: 'topics', required: false, default: '1', ...int(1),
    doc: 'Replication factor of a topic created without an explicit one.',
  }),
  minInsyncReplicas: spec({
    key: 'min.insync.replicas', field: 'minInsyncReplicas', group: 'replication', required: false, default: '1', ...int(1),
    doc: 'An acks=all write needs this many in-sync replicas, else NOT_ENOUGH_REPLICAS (topic config min.insync.replicas).',
  }),
  replicaLagTimeMaxMs: spec({
    key: 'replica.lag.time.max.ms', field: 'replicaLagTimeMaxMs', group: 'replication', required: false, default: '30000', ...ms('ms'),
    doc: 'A follower that has not caught up with the leader for this long leaves the ISR.',
  }),
  uncleanLeaderElectionEnable: spec({
    key: 'unclean.leader.election.enable', field: 'uncleanLeaderElectionEnable', group: 'replication', required: false, default: 'false', ...bool,
    doc: 'Let a replica outside the ISR (and ELR) become leader when no in-sync one is left: availability at the cost of losing acknowledged writes.',
  }),
  brokerRack: spec({
    key: 'broker.rack', field: 'brokerRack', group: 'replication', required: false, default: null,
    defaultDescription: 'none', type: 'string', validValues: 'any non-empty text', parse: text,
    doc: "This node's rack or availability zone; replicas of a partition are spread over racks when racks are set.",
  }),
  brokerSessionTimeoutMs: spec({
    key: 'broker.session.timeout.ms', field: 'brokerSessionTimeoutMs', group: 'replication', required: false, default: '9000', ...int(1),
    doc: 'The active controller fences a broker that has not heartbeated for this long: it leaves every ISR and loses its leaderships.',
  }),
  brokerHeartbeatIntervalMs: spec({
    key: 'broker.heartbeat.interval.ms', field: 'brokerHeartbeatIntervalMs', group: 'replication', required: false, default: '2000', ...int(1),
    doc: 'How often a broker heartbeats to the active controller; must be below broker.session.timeout.ms.',
  }),
  autoCreateTopicsEnable: spec({
    key: 'auto.create.topics.enable', field: 'autoCreateTopicsEnable', group: 'topics', required: false, default: 'false', ...bool,
    doc: "Create a topic the first time a client names an unknown one. Off in Skiff (Kafka's default is on): a typo in a topic name would otherwise create a stray topic with default partitions and replication factor and split the data silently. Create topics explicitly.",
  }),
  offsetsTopicNumPartitions: spec({
    key: 'offsets.topic.num.partitions', field: 'offsetsTopicNumPartitions', group: 'topics', required: false, default: '50', ...int(1),
    doc: 'Partitions of __consumer_offsets; fixed once the topic exists.',
  }),
  offsetsTopicReplicationFactor: spec({
    key: 'offsets.topic.replication.factor', field: 'offsetsTopicReplicationFactor', group: 'topics', required: false, default: '3', ...int(1, SHORT_MAX), type: 'short',
    doc: 'Replication factor of __consumer_offsets, created when a group first needs it: this many replicas, or as many brokers as are registered when fewer.',
  }),
  groupConsumerSessionTimeoutMs: spec({
    key: 'group.consumer.session.timeout.ms', field: 'groupConsumerSessionTimeoutMs', group: 'groups', required: false, default: '45000', ...int(1),
    doc: 'A group member that sends no heartbeat for this long is removed and its partitions go to the others.',
  }),
  groupConsumerHeartbeatIntervalMs: spec({
    key: 'group.consumer.heartbeat.interval.ms', field: 'groupConsumerHeartbeatIntervalMs', group: 'groups', required: false, default: '5000', ...int(1),
    doc: 'How often group members heartbeat (the coordinator tells them); keep it well below the session timeout.',
  }),
  groupConsumerMaxSize: spec({
    key: 'group.consumer.max.size', field: 'groupConsumerMaxSize', group: 'groups', required: false, default: '1000', ...int(1),
    doc: 'Members one consumer group may have; more are refused with GROUP_MAX_SIZE_REACHED.',
  }),
} as const;

type AnySpec = (typeof K)[keyof typeof K];

const specs: readonly AnySpec[] = Object.values(K);
const specsByKey: ReadonlyMap<string, AnySpec> = new Map(specs.map((s) => [s.key, s]));

/** The configuration reference, in documentation order. */
export const configKeys: readonly ConfigKeyInfo[] = specs.map(({ parse: _parse, ...info }) => Object.freeze(info));

/**
 * Kafka settings Skiff knows but does not use, with the reason. They are still
 * errors (a config copied from Kafka should not half-work), but say why.
 */
const kafkaOnlyKeys: ReadonlyMap<string, string> = new Map([
  ...['controller.listener.names', 'inter.broker.listener.name', 'listener.security.protocol.map'].map((key): [string, string] => [key,
    'Skiff serves clients, brokers and the metadata quorum on the one listener in `listeners`'],
  ),
  ...['num.network.threads', 'num.io.threads', 'num.recovery.threads.per.data.dir', 'socket.send.buffer.bytes', 'socket.receive.buffer.bytes', 'socket.request.max.bytes']
    .map((key): [string, string] => [key, 'Skiff runs on one Node.js event loop and has no thread or socket-buffer settings']),
  ...['transaction.state.log.replication.factor', 'transaction.state.log.min.isr', 'share.coordinator.state.topic.replication.factor', 'share.coordinator.state.topic.min.isr']
    .map((key): [string, string] => [key, 'Skiff has no transactions or share groups yet']),
  ...['log.flush.interval.messages', 'log.flush.interval.ms'].map((key): [string, string] => [key,
    'Skiff flushes by log.flush.on.ack: an acks=all write waits for fsync'],
  ),
  ['broker.id', 'Skiff is KRaft-only: use node.id'],
  ['zookeeper.connect', 'Skiff has no ZooKeeper: the metadata quorum is controller.quorum.voters'],
  ['controller.quorum.bootstrap.servers', 'dynamic quorums (KIP-853) are not supported yet: list the voters in controller.quorum.voters'],
]);

// ---------------------------------------------------------------------------
// Typo suggestions

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** The known key `key` was most likely meant to be, or null if none is close. */
export function suggestKey(key: string): string | null {
  // Kafka's topic-level names (retention.ms) have a log.-prefixed broker default (log.retention.ms).
  if (specsByKey.has(`log.${key}`)) return `log.${key}`;
  const lower = key.toLowerCase();
  const allowed = Math.min(3, Math.max(1, Math.floor(key.length / 5)));
  let best: { key: string; distance: number } | null = null;
  for (const s of specs) {
    const distance = editDistance(lower, s.key);
    if (distance <= allowed && (best === null || distance < best.distance)) best = { key: s.key, distance };
  }
  return best?.key ?? null;
}

function unknownKeyMessage(key: string): string {
  const kafkaReason = kafkaOnlyKeys.get(key);
  if (kafkaReason !== undefined) return `${key} is a Kafka setting Skiff does not use (${kafkaReason}): remove it`;
  const suggestion = suggestKey(key);
  if (suggestion !== null) return `unknown key '${key}' (did you mean '${suggestion}'?)`;
  return `unknown key '${key}': Skiff rejects keys it does not know, so a typo never falls back to a default silently`;
}

// ---------------------------------------------------------------------------
// Collecting and resolving settings

interface Setting {
  readonly raw: string;
  /** Where it came from, for messages: `file:line` or `--override key=value`. */
  readonly where: string;
  readonly line: number | null;
}

class Resolution {
  readonly problems: ConfigProblem[] = [];
  readonly settings = new Map<AnySpec, Setting>();
  private readonly values = new Map<AnySpec, unknown>();

  constructor(readonly source: string) {}

  report(where: string, line: number | null, key: string | null, message: string): void {
    this.problems.push({ line, key, message: `${where}: ${message}` });
  }

  /** Reports a problem with `s`, at the line that set it (or the file, for a default). */
  reportKey(s: AnySpec, message: string): void {
    const setting = this.settings.get(s);
    this.report(setting?.where ?? this.source, setting?.line ?? null, s.key, `${s.key}: ${message}`);
  }

  isSet(s: AnySpec): boolean {
    return this.settings.has(s);
  }

  set<T>(s: KeySpec<T>, value: T): void {
    this.values.set(s as AnySpec, value);
  }

  /** The parsed value (set or default), or undefined when absent without default or invalid. */
  get<T>(s: KeySpec<T>): T | undefined {
    return this.values.get(s as AnySpec) as T | undefined;
  }

  /** For building the final config, after every problem check passed. */
  must<T>(s: KeySpec<T>): T {
    const value = this.get(s);
    assert(value !== undefined, `${s.key} has no value`);
    return value;
  }
}

function collectFileSettings(r: Resolution, text: string): void {
  const parsed = parseProperties(text);
  for (const problem of parsed.problems) r.report(`${r.source}:${problem.line}`, problem.line, null, problem.message);
  for (const entry of parsed.entries) {
    const where = `${r.source}:${entry.line}`;
    const s = specsByKey.get(entry.key);
    if (s === undefined) {
      r.report(where, entry.line, entry.key, unknownKeyMessage(entry.key));
      continue;
    }
    const earlier = r.settings.get(s);
    if (earlier !== undefined) {
      r.report(where, entry.line, entry.key, `${entry.key} is set twice (first on line ${earlier.line}): keep one`);
      continue;
    }
    r.settings.set(s, { raw: entry.value, where, line: entry.line });
  }
}

function collectOverrides(r: Resolution, overrides: readonly string[]): void {
  const seen = new Set<string>();
  for (const override of overrides) {
    const where = `--override ${override}`;
    const eq = override.indexOf('=');
    if (eq < 0) {
      r.report(where, null, null, 'is not key=value');
      continue;
    }
    const key = override.slice(0, eq).trim();
    const s = specsByKey.get(key);
    if (s === undefined) {
      r.report(where, null, key, unknownKeyMessage(key));
      continue;
    }
    if (seen.has(key)) {
      r.report(where, null, key, `${key} is overridden twice: keep one --override`);
      continue;
    }
    seen.add(key);
    r.settings.set(s, { raw: override.slice(eq + 1).trim(), where, line: null });
  }
}

function parseValues(r: Resolution): void {
  for (const s of specs) {
    const setting = r.settings.get(s);
    if (setting === undefined) {
      if (s.required) r.report(r.source, null, s.key, `${s.key} is required: ${requiredHint(s)}`);
      else if (s.default !== null) r.set(s as KeySpec<unknown>, mustParse(s, s.default));
      continue;
    }
    if (setting.raw.length === 0) {
      r.reportKey(s, s.required ? 'has an empty value: set it' : `has an empty value: remove the line to get the default (${s.default ?? s.defaultDescription})`);
      continue;
    }
    const parsed = (s.parse as Parse<unknown>)(setting.raw);
    if (parsed.ok) r.set(s as KeySpec<unknown>, parsed.value);
    else r.reportKey(s, parsed.reason);
  }
}

function mustParse(s: AnySpec, raw: string): unknown {
  const parsed = (s.parse as Parse<unknown>)(raw);
  assert(parsed.ok, `default of ${s.key} does not parse`);
  return parsed.value;
}

function requiredHint(s: AnySpec): string {
  switch (s.key) {
    case 'node.id': return 'add node.id=<this node\'s id>, e.g. node.id=1';
    case 'controller.quorum.voters': return 'add controller.quorum.voters=1@host1:9092,2@host2:9092,3@host3:9092';
    case 'listeners': return 'add listeners=PLAINTEXT://<host>:<port>, the address this node binds for clients and peers';
    default: return `valid values: ${s.validValues}`;
  }
}

// ---------------------------------------------------------------------------
// Checks across keys

function checkQuorumMembership(r: Resolution): void {
  const id = r.get(K.nodeId);
  const roles = r.get(K.processRoles);
  const voters = r.get(K.controllerQuorumVoters);
  const advertised = resolveAdvertisedListener(r);
  if (id === undefined || roles === undefined || voters === undefined) return;
  const self = voters.find((v) => v.nodeId === id);
  const ids = voters.map((v) => v.nodeId).join(', ');
  if (roles.includes('controller') && self === undefined) {
    r.reportKey(K.controllerQuorumVoters, `node.id ${id} is not among the voters (${ids}), but process.roles includes controller: add ${id}@<host>:<port> to the voters, or set process.roles=broker to run this node as an observer`);
  }
  if (!roles.includes('controller') && self !== undefined) {
    r.reportKey(K.processRoles, `is broker only, but node.id ${id} is a voter in controller.quorum.voters: add controller to process.roles, or remove ${id} from the voters`);
  }
  if (self !== undefined && advertised !== undefined && self.port !== advertised.port) {
    r.reportKey(K.controllerQuorumVoters, `voter ${id} is at port ${self.port}, but this node's listener is at port ${advertised.port}: Skiff has one listener per node, so the voter address must use its port`);
  }
}

/** advertised.listeners, or listeners when it is not set and is routable; undefined (reported) otherwise. */
function resolveAdvertisedListener(r: Resolution): Listener | undefined {
  if (r.isSet(K.advertisedListeners)) return r.get(K.advertisedListeners);
  const bound = r.get(K.listeners);
  if (bound === undefined || !isWildcardHost(bound.host)) return bound;
  return undefined;
}

function checkListeners(r: Resolution): void {
  const bound = r.get(K.listeners);
  if (bound !== undefined && !r.isSet(K.advertisedListeners) && isWildcardHost(bound.host)) {
    r.reportKey(K.listeners, `binds every interface (${formatHostPort(bound)}), so advertised.listeners must say where to connect: add advertised.listeners=PLAINTEXT://<host>:${bound.port}`);
  }
  const metrics = r.get(K.metricsListener);
  if (bound !== undefined && metrics !== undefined && metrics.port === bound.port
      && (isWildcardHost(metrics.host) || isWildcardHost(bound.host) || metrics.host === bound.host)) {
    r.reportKey(K.metricsListener, `uses port ${metrics.port}, which listeners already binds: pick another port`);
  }
}

/** log.dirs or log.dir (exactly one), then metadata.log.dir; no directory inside another. */
function resolveDirectories(r: Resolution): { logDirs: string[]; metadataLogDir: string } | undefined {
  if (r.isSet(K.logDirs) && r.isSet(K.logDir)) {
    r.reportKey(K.logDir, 'is set together with log.dirs: keep only log.dirs');
    return undefined;
  }
  if (!r.isSet(K.logDirs) && !r.isSet(K.logDir)) {
    r.report(r.source, null, 'log.dirs', 'log.dirs is required: add log.dirs=<directory>[,<directory>...], where this node keeps its data');
    return undefined;
  }
  const fromDirs = r.get(K.logDirs);
  const fromDir = r.get(K.logDir);
  const logDirs = fromDirs ?? (fromDir === undefined ? undefined : [fromDir]);
  if (logDirs === undefined) return undefined;
  const dirsKey = r.isSet(K.logDirs) ? K.logDirs : K.logDir;
  for (const a of logDirs) {
    for (const b of logDirs) {
      if (a !== b && isInside(b, a)) r.reportKey(dirsKey, `'${b}' is inside '${a}': log directories must not nest`);
    }
  }
  const metadataLogDir = r.isSet(K.metadataLogDir) ? r.get(K.metadataLogDir) : logDirs[0];
  if (metadataLogDir === undefined) return undefined;
  // A metadata.log.dir that is one of log.dirs was checked with them above.
  for (const dir of logDirs.includes(metadataLogDir) ? [] : logDirs) {
    if (isInside(metadataLogDir, dir) || isInside(dir, metadataLogDir)) {
      r.reportKey(K.metadataLogDir, `'${metadataLogDir}' and log directory '${dir}' nest: use one of log.dirs, or a directory outside them all`);
    }
  }
  return { logDirs, metadataLogDir };
}

/** Whether normalized `inner` is strictly inside normalized `outer`. */
function isInside(inner: string, outer: string): boolean {
  if (outer === '.') return !inner.startsWith('/') && inner !== '.';
  if (outer === '/') return inner.startsWith('/') && inner !== '/';
  return inner.startsWith(`${outer}/`);
}

function checkTimeouts(r: Resolution): void {
  const heartbeat = r.get(K.brokerHeartbeatIntervalMs);
  const session = r.get(K.brokerSessionTimeoutMs);
  if (heartbeat !== undefined && session !== undefined && heartbeat >= session) {
    const s = r.isSet(K.brokerHeartbeatIntervalMs) ? K.brokerHeartbeatIntervalMs : K.brokerSessionTimeoutMs;
    r.reportKey(s, `broker.heartbeat.interval.ms (${heartbeat}) must be below broker.session.timeout.ms (${session}), or every broker is fenced between heartbeats`);
  }
}

/** Kafka's precedence: the most precise unit that is set wins. */
function resolveDurations(r: Resolution): { logRollMs: number; logRetentionMs: number } {
  const logRollMs = r.get(K.logRollMs) ?? r.must(K.logRollHours) * 3_600_000;
  const retentionMs = r.get(K.logRetentionMs);
  const retentionMinutes = r.get(K.logRetentionMinutes);
  const retentionHours = r.must(K.logRetentionHours);
  let logRetentionMs: number;
  if (retentionMs !== undefined) logRetentionMs = retentionMs;
  else if (retentionMinutes !== undefined) logRetentionMs = retentionMinutes === -1 ? -1 : retentionMinutes * 60_000;
  else logRetentionMs = retentionHours === -1 ? -1 : retentionHours * 3_600_000;
  return { logRollMs, logRetentionMs };
}

function buildConfig(r: Resolution, dirs: { logDirs: string[]; metadataLogDir: string }): ServerConfig {
  const listenerValue = r.must(K.listeners);
  const brokerRack = r.get(K.brokerRack);
  return {
    nodeId: toNodeId(r.must(K.nodeId)),
    processRoles: r.must(K.processRoles),
    controllerQuorumVoters: r.must(K.controllerQuorumVoters),
    controllerQuorumElectionTimeoutMs: r.must(K.controllerQuorumElectionTimeoutMs),
    controllerQuorumFetchTimeoutMs: r.must(K.controllerQuorumFetchTimeoutMs),
    controllerQuorumRequestTimeoutMs: r.must(K.controllerQuorumRequestTimeoutMs),
    listener: listenerValue,
    advertisedListener: r.get(K.advertisedListeners) ?? listenerValue,
    metricsListener: r.get(K.metricsListener) ?? null,
    logDirs: dirs.logDirs,
    metadataLogDir: dirs.metadataLogDir,
    logSegmentBytes: r.must(K.logSegmentBytes),
    ...resolveDurations(r),
    logRetentionBytes: r.must(K.logRetentionBytes),
    logRetentionCheckIntervalMs: r.must(K.logRetentionCheckIntervalMs),
    logCleanupPolicy: r.must(K.logCleanupPolicy),
    logFlushOnAck: r.must(K.logFlushOnAck),
    messageMaxBytes: r.must(K.messageMaxBytes),
    numPartitions: r.must(K.numPartitions),
    defaultReplicationFactor: r.must(K.defaultReplicationFactor),
    minInsyncReplicas: r.must(K.minInsyncReplicas),
    replicaLagTimeMaxMs: r.must(K.replicaLagTimeMaxMs),
    uncleanLeaderElectionEnable: r.must(K.uncleanLeaderElectionEnable),
    brokerRack: brokerRack ?? null,
    brokerSessionTimeoutMs: r.must(K.brokerSessionTimeoutMs),
    brokerHeartbeatIntervalMs: r.must(K.brokerHeartbeatIntervalMs),
    autoCreateTopicsEnable: r.must(K.autoCreateTopicsEnable),
    offsetsTopicNumPartitions: r.must(K.offsetsTopicNumPartitions),
    offsetsTopicReplicationFactor: r.must(K.offsetsTopicReplicationFactor),
    groupConsumerSessionTimeoutMs: r.must(K.groupConsumerSessionTimeoutMs),
    groupConsumerHeartbeatIntervalMs: r.must(K.groupConsumerHeartbeatIntervalMs),
    groupConsumerMaxSize: r.must(K.groupConsumerMaxSize),
    logLevel: r.must(K.logLevel),
  };
}

// ---------------------------------------------------------------------------
// Entry points

/** Parses and validates server.properties text plus overrides. Pure; never throws on bad input. */
export function parseServerConfig(text: string, options: ParseServerConfigOptions = {}): ConfigParseResult {
  const r = new Resolution(options.source ?? 'server.properties');
  collectFileSettings(r, text);
  collectOverrides(r, options.overrides ?? []);
  parseValues(r);
  checkQuorumMembership(r);
  checkListeners(r);
  checkTimeouts(r);
  const dirs = resolveDirectories(r);
  if (r.problems.length > 0 || dirs === undefined) {
    assert(r.problems.length > 0, 'directories unresolved without a reported problem');
    return { ok: false, problems: inFileOrder(r.problems) };
  }
  return { ok: true, config: buildConfig(r, dirs) };
}

/** Problems with a line first, by line (stable), then those from overrides and missing keys. */
function inFileOrder(problems: readonly ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

/** One message listing every problem, for errors and the CLI. */
export function formatConfigProblems(source: string, problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${source} has ${count}:\n${problems.map((p) => `  ${p.message}`).join('\n')}`;
}

/** Like parseServerConfig, but throws SkiffError INVALID_CONFIG listing every problem. */
export function parseServerConfigOrThrow(text: string, options: ParseServerConfigOptions = {}): ServerConfig {
  const result = parseServerConfig(text, options);
  if (!result.ok) throw new SkiffError('INVALID_CONFIG', formatConfigProblems(options.source ?? 'server.properties', result.problems));
  return result.config;
}

/**
 * Reads `path` through the FileSystem port and parses it with `overrides` on
 * top. Throws SkiffError INVALID_CONFIG when the file is missing, is not
 * UTF-8 or has problems (all of them listed).
 */
export async function loadServerConfig(fs: FileSystem, path: string, overrides: readonly string[] = []): Promise<ServerConfig> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) throw new SkiffError('INVALID_CONFIG', `config file ${path} does not exist`, { cause: error });
    if (isFsError(error, 'EISDIR')) throw new SkiffError('INVALID_CONFIG', `config file ${path} is a directory`, { cause: error });
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new SkiffError('INVALID_CONFIG', `config file ${path} is not UTF-8 text`, { cause });
  }
  return parseServerConfigOrThrow(text, { source: path, overrides });
}

/** Whether this node votes in the metadata quorum. */
export function isQuorumVoter(config: ServerConfig): boolean {
  return config.processRoles.includes('controller');
}
