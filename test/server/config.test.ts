// Goal: server.properties becomes a typed ServerConfig with Kafka's names and
// defaults, and every mistake is reported clearly: which file and line (or
// which --override), which key, what is wrong and what to do, all problems at
// once. Covers defaults, the Java properties syntax in a real config, each
// validation rule, typo suggestions, overrides, Kafka's retention/roll
// precedence, the configKeys reference, and loading through the FileSystem
// port. Method: parse small configs built from a valid base, one change each.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { NodeFileSystem } from '../../src/env/node/node-file-system.js';
import {
  configKeys, editDistance, formatHostPort, isQuorumVoter, loadServerConfig, normalizeDir, parseServerConfig,
  parseServerConfigOrThrow, suggestKey, type ConfigProblem, type ServerConfig,
} from '../../src/server/config.js';

const baseLines = [
  'node.id=1',
  'controller.quorum.voters=1@127.0.0.1:9092,2@127.0.0.2:9092,3@127.0.0.3:9092',
  'listeners=PLAINTEXT://127.0.0.1:9092',
  'log.dirs=/var/lib/skiff/data',
];

/** The base config with `changes` applied: `key=value` replaces or adds a line, `-key` removes it. */
function configText(...changes: string[]): string {
  const lines = [...baseLines];
  for (const change of changes) {
    if (change.startsWith('-')) {
      const i = lines.findIndex((l) => l.startsWith(`${change.slice(1)}=`));
      if (i >= 0) lines.splice(i, 1);
      continue;
    }
    const key = change.slice(0, change.indexOf('='));
    const i = lines.findIndex((l) => l.startsWith(`${key}=`));
    if (i >= 0) lines[i] = change;
    else lines.push(change);
  }
  return lines.join('\n') + '\n';
}

function parseOk(text: string, overrides: string[] = []): ServerConfig {
  const result = parseServerConfig(text, { overrides });
  if (!result.ok) throw new Error(`unexpected problems:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.config;
}

function problemsOf(text: string, overrides: string[] = []): readonly ConfigProblem[] {
  const result = parseServerConfig(text, { overrides });
  if (result.ok) throw new Error('expected problems, got a valid config');
  return result.problems;
}

/** Exactly one problem, about `key` on `line`, whose message matches `pattern`. */
function expectOneProblem(text: string, key: string | null, line: number | null, pattern: RegExp, overrides: string[] = []): void {
  const problems = problemsOf(text, overrides);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  expect(problems[0]).toMatchObject({ key, line });
  expect(problems[0]!.message).toMatch(pattern);
}

const lineOf = (text: string, prefix: string): number => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

describe('defaults', () => {
  it('fills every optional key with its Kafka (or Skiff) default', () => {
    const config = parseOk(configText());
    expect(config).toEqual({
      nodeId: 1,
      processRoles: ['broker', 'controller'],
      controllerQuorumVoters: [
        { nodeId: 1, host: '127.0.0.1', port: 9092 }, { nodeId: 2, host: '127.0.0.2', port: 9092 }, { nodeId: 3, host: '127.0.0.3', port: 9092 },
      ],
      controllerQuorumElectionTimeoutMs: 1000,
      controllerQuorumFetchTimeoutMs: 2000,
      controllerQuorumRequestTimeoutMs: 2000,
      listener: { name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 },
      advertisedListener: { name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 },
      metricsListener: null,
      logDirs: ['/var/lib/skiff/data'],
      metadataLogDir: '/var/lib/skiff/data',
      logSegmentBytes: 1073741824,
      logRollMs: 168 * 3_600_000,
      logRetentionMs: 168 * 3_600_000,
      logRetentionBytes: -1,
      logRetentionCheckIntervalMs: 300000,
      logCleanupPolicy: 'delete',
      logFlushOnAck: true,
      messageMaxBytes: 1048588,
      numPartitions: 1,
      defaultReplicationFactor: 1,
      minInsyncReplicas: 1,
      replicaLagTimeMaxMs: 30000,
      uncleanLeaderElectionEnable: false,
      brokerRack: null,
      brokerSessionTimeoutMs: 9000,
      brokerHeartbeatIntervalMs: 2000,
      autoCreateTopicsEnable: false,
      offsetsTopicNumPartitions: 50,
      offsetsTopicReplicationFactor: 3,
      groupConsumerSessionTimeoutMs: 45000,
      groupConsumerHeartbeatIntervalMs: 5000,
      groupConsumerMaxSize: 1000,
      logLevel: 'info',
    });
    expect(isQuorumVoter(config)).toBe(true);
  });

  it('reads a full config written the way Kafka users write them', () => {
    const text = [
      '# Skiff node 2',
      '! also a comment',
      'process.roles = broker,controller',
      'node.id: 2',
      'controller.quorum.voters=1@node1.internal:9092,\\',
      '                         2@node2.internal:9092,\\',
      '                         3@node3.internal:9092',
      'listeners=PLAINTEXT://0.0.0.0:9092',
      'advertised.listeners=PLAINTEXT://node2.internal:9092',
      'metrics.listener=http://0.0.0.0:9404',
      'log.dirs=/disk1/skiff/, /disk2//skiff',
      'metadata.log.dir=/disk3/meta',
      'num.partitions=6',
      'default.replication.factor=3',
      'min.insync.replicas=2',
      'broker.rack=eu-west-1a',
      'log.segment.bytes=536870912',
      'log.retention.hours=24',
      'log.retention.bytes=1073741824',
      'log.cleanup.policy=delete,compact',
      'log.flush.on.ack=FALSE',
      'unclean.leader.election.enable=false',
      'auto.create.topics.enable=true',
      'offsets.topic.replication.factor=3',
      'log.level=DEBUG',
      '',
    ].join('\r\n');
    const config = parseOk(text);
    expect(config.nodeId).toBe(2);
    expect(config.controllerQuorumVoters.map((v) => `${v.nodeId}@${formatHostPort(v)}`)).toEqual(['1@node1.internal:9092', '2@node2.internal:9092', '3@node3.internal:9092']);
    expect(config.listener).toEqual({ name: 'PLAINTEXT', host: '0.0.0.0', port: 9092 });
    expect(config.advertisedListener).toEqual({ name: 'PLAINTEXT', host: 'node2.internal', port: 9092 });
    expect(config.metricsListener).toEqual({ host: '0.0.0.0', port: 9404 });
    expect(config.logDirs).toEqual(['/disk1/skiff', '/disk2/skiff']);
    expect(config.metadataLogDir).toBe('/disk3/meta');
    expect(config).toMatchObject({
      numPartitions: 6, defaultReplicationFactor: 3, minInsyncReplicas: 2, brokerRack: 'eu-west-1a', logSegmentBytes: 536870912,
      logRetentionMs: 24 * 3_600_000, logRetentionBytes: 1073741824, logCleanupPolicy: 'compact,delete', logFlushOnAck: false,
      autoCreateTopicsEnable: true, logLevel: 'debug',
    });
  });

  it('accepts IPv6 addresses in brackets, and an empty listener host as 0.0.0.0', () => {
    const config = parseOk(configText('controller.quorum.voters=1@[::1]:9092,2@[fd00::2]:9092', 'listeners=PLAINTEXT://[::]:9092', 'advertised.listeners=PLAINTEXT://[::1]:9092'));
    expect(config.controllerQuorumVoters[0]).toEqual({ nodeId: 1, host: '::1', port: 9092 });
    expect(formatHostPort(config.advertisedListener)).toBe('[::1]:9092');
    expect(parseOk(configText('listeners=PLAINTEXT://:9092', 'advertised.listeners=PLAINTEXT://127.0.0.1:9092')).listener.host).toBe('0.0.0.0');
  });

  it('runs a broker-only node as an observer, and a controller-only node', () => {
    const observer = parseOk(configText('node.id=4', 'process.roles=broker', 'listeners=PLAINTEXT://127.0.0.4:9092'));
    expect(observer.processRoles).toEqual(['broker']);
    expect(isQuorumVoter(observer)).toBe(false);
    expect(parseOk(configText('process.roles=controller')).processRoles).toEqual(['controller']);
  });

  it('accepts log.dir for a single directory, and a metadata.log.dir that is one of log.dirs', () => {
    expect(parseOk(configText('-log.dirs', 'log.dir=./data/')).logDirs).toEqual(['data']);
    const config = parseOk(configText('log.dirs=/a,/b', 'metadata.log.dir=/b/'));
    expect(config.metadataLogDir).toBe('/b');
  });
});

describe('retention and roll precedence (Kafka: ms, then minutes, then hours)', () => {
  const cases: [string[], number][] = [
    [[], 168 * 3_600_000],
    [['log.retention.hours=1'], 3_600_000],
    [['log.retention.hours=1', 'log.retention.minutes=5'], 300_000],
    [['log.retention.hours=1', 'log.retention.minutes=5', 'log.retention.ms=1234'], 1234],
    [['log.retention.minutes=5', 'log.retention.ms=1234'], 1234],
    [['log.retention.hours=-1'], -1],
    [['log.retention.minutes=-1', 'log.retention.hours=5'], -1],
    [['log.retention.ms=-1', 'log.retention.minutes=5'], -1],
    [['log.retention.ms=60000', 'log.retention.hours=-1'], 60000],
  ];
  it.each(cases)('%j → logRetentionMs %d', (changes, expected) => {
    expect(parseOk(configText(...changes)).logRetentionMs).toBe(expected);
  });

  it('log.roll.ms beats log.roll.hours', () => {
    expect(parseOk(configText('log.roll.hours=2')).logRollMs).toBe(7_200_000);
    expect(parseOk(configText('log.roll.hours=2', 'log.roll.ms=5000')).logRollMs).toBe(5000);
  });

  it('still validates the keys that lose', () => {
    const text = configText('log.retention.ms=1000', 'log.retention.hours=soon');
    expectOneProblem(text, 'log.retention.hours', lineOf(text, 'log.retention.hours'), /'soon' is not an integer/);
  });
});

describe('value errors name the file, line and key', () => {
  const cases: [change: string, pattern: RegExp][] = [
    ['node.id=abc', /node\.id: 'abc' is not an integer/],
    ['node.id=-1', /node\.id: -1 is out of range: must be 0\.\.2147483647/],
    ['node.id=2147483648', /out of range/],
    ['node.id=1e3', /'1e3' is not an integer/],
    ['num.partitions=0', /num\.partitions: 0 is out of range: must be 1\.\.2147483647/],
    ['log.segment.bytes=13', /log\.segment\.bytes: 13 is out of range: must be 14\.\./],
    ['log.retention.ms=0', /log\.retention\.ms: 0 is out of range: must be -1 \(unlimited\) or at least 1/],
    ['log.retention.bytes=-2', /must be -1 \(unlimited\) or at least 0/],
    ['offsets.topic.replication.factor=40000', /must be 1\.\.32767/],
    ['replica.lag.time.max.ms=12.5', /'12\.5' is not an integer/],
    ['unclean.leader.election.enable=yes', /'yes' is not a boolean: write true or false/],
    ['process.roles=broker,voter', /'voter' is not a role/],
    ['process.roles=broker,broker', /'broker' is listed twice/],
    ['log.cleanup.policy=compact,archive', /is not delete, compact or compact,delete/],
    ['log.level=verbose', /'verbose' is not one of trace, debug, info, warn, error, fatal, silent/],
    ['listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093', /names 2 listeners .* Skiff serves clients, brokers and the metadata quorum on one/],
    ['listeners=SSL://127.0.0.1:9092', /SSL is not supported: Skiff speaks only PLAINTEXT/],
    ['listeners=INTERNAL://127.0.0.1:9092', /listener name 'INTERNAL' is not PLAINTEXT/],
    ['listeners=127.0.0.1:9092', /is not NAME:\/\/host:port/],
    ['listeners=PLAINTEXT://127.0.0.1', /has no port/],
    ['listeners=PLAINTEXT://127.0.0.1:70000', /port '70000' .* is not 1\.\.65535/],
    ['listeners=PLAINTEXT://::1:9092', /put an IPv6 address in brackets/],
    ['listeners=PLAINTEXT://bad_host!:9092', /'bad_host!' .* is not a valid host name/],
    ['listeners=PLAINTEXT://300.1.1.1:9092', /'300\.1\.1\.1' .* is not a valid host name or IPv4 address/],
    ['advertised.listeners=PLAINTEXT://0.0.0.0:9092', /advertised\.listeners: .* is not an address anyone can connect to/],
    ['metrics.listener=127.0.0.1:9404', /is not http:\/\/host:port/],
    ['controller.quorum.voters=1@127.0.0.1:9092,2-127.0.0.2:9092', /'2-127\.0\.0\.2:9092' is not id@host:port/],
    ['controller.quorum.voters=1@127.0.0.1:9092,1@127.0.0.2:9092', /voter id 1 appears twice/],
    ['controller.quorum.voters=1@127.0.0.1:9092,2@127.0.0.1:9092', /voters 1 and 2 share the address 127\.0\.0\.1:9092/],
    ['controller.quorum.voters=1@127.0.0.1:9092,2@0.0.0.0:9092', /voter 2's address '0\.0\.0\.0:9092' is not one anyone can connect to/],
    ['controller.quorum.voters=1@127.0.0.1:9092,,2@127.0.0.2:9092', /has an empty item: remove the extra comma/],
    ['log.dirs=/a,/a/', /'\/a\/' is listed twice/],
    ['log.dirs=~/skiff', /starts with '~', which is not expanded/],
  ];
  it.each(cases)('%s', (change, pattern) => {
    const text = configText(change);
    const key = change.slice(0, change.indexOf('='));
    const line = lineOf(text, `${key}=`);
    expectOneProblem(text, key, line, pattern);
    expect(problemsOf(text)[0]!.message.startsWith(`server.properties:${line}: ${key}: `)).toBe(true);
  });

  it('reports an empty value, saying what the default would be', () => {
    const text = configText('broker.rack=', 'num.partitions=');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.message)).toEqual([
      `server.properties:${lineOf(text, 'broker.rack')}: broker.rack: has an empty value: remove the line to get the default (none)`,
      `server.properties:${lineOf(text, 'num.partitions')}: num.partitions: has an empty value: remove the line to get the default (1)`,
    ]);
    expectOneProblem(configText('node.id='), 'node.id', 1, /node\.id: has an empty value: set it/);
  });

  it('reports a malformed escape with its line', () => {
    expectOneProblem(configText('broker.rack=r\\u00'), null, 5, /^server\.properties:5: malformed \\uXXXX escape/);
  });

  it('reports every problem at once, in file order', () => {
    const problems = problemsOf('node.id=x\nlisteners=PLAINTEXT://h:1\nnum.partitons=3\nlog.dirs=/d\nnum.partitions=0\n');
    expect(problems.map((p) => [p.line, p.key])).toEqual([
      [1, 'node.id'], [3, 'num.partitons'], [5, 'num.partitions'], [null, 'controller.quorum.voters'],
    ]);
  });
});

describe('keys', () => {
  it('rejects an unknown key with its line, suggesting the closest known key', () => {
    const text = configText('log.dir5=/x');
    expectOneProblem(text, 'log.dir5', 5, /^server\.properties:5: unknown key 'log\.dir5' \(did you mean 'log\.dirs'\?\)$/);
  });

  it('says why a Kafka-only key is not used', () => {
    const text = configText('controller.listener.names=CONTROLLER', 'zookeeper.connect=zk:2181', 'broker.id=1');
    expect(problemsOf(text).map((p) => p.message)).toEqual([
      'server.properties:5: controller.listener.names is a Kafka setting Skiff does not use (Skiff serves clients, brokers and the metadata quorum on the one listener in `listeners`): remove it',
      'server.properties:6: zookeeper.connect is a Kafka setting Skiff does not use (Skiff has no ZooKeeper: the metadata quorum is controller.quorum.voters): remove it',
      'server.properties:7: broker.id is a Kafka setting Skiff does not use (Skiff is KRaft-only: use node.id): remove it',
    ]);
  });

  it('rejects a key without a suggestion when nothing is close', () => {
    expectOneProblem(configText('frobnicate=1'), 'frobnicate', 5, /unknown key 'frobnicate': Skiff rejects keys it does not know/);
  });

  it('rejects a key set twice, naming both lines', () => {
    expectOneProblem(configText('num.partitions=3') + 'broker.rack=r\nnum.partitions=4\n', 'num.partitions', 7, /^server\.properties:7: num\.partitions is set twice \(first on line 5\): keep one$/);
    const text = 'node.id=1\nnode.id=2\n' + baseLines.slice(1).join('\n');
    expectOneProblem(text, 'node.id', 2, /^server\.properties:2: node\.id is set twice \(first on line 1\): keep one$/);
  });

  it('suggests keys for typos, case slips and Kafka topic-level names', () => {
    expect(suggestKey('log.dir5')).toBe('log.dirs');
    expect(suggestKey('node_id')).toBe('node.id');
    expect(suggestKey('Num.Partitions')).toBe('num.partitions');
    expect(suggestKey('controller.quorum.voter')).toBe('controller.quorum.voters');
    expect(suggestKey('advertised.listener')).toBe('advertised.listeners');
    expect(suggestKey('min.isr.replicas')).toBe(null);
    expect(suggestKey('min.insync.replica')).toBe('min.insync.replicas');
    expect(suggestKey('log.retention.hour')).toBe('log.retention.hours');
    expect(suggestKey('retention.ms')).toBe('log.retention.ms');
    expect(suggestKey('segment.bytes')).toBe('log.segment.bytes');
    expect(suggestKey('frobnicate')).toBe(null);
    expect(suggestKey('id')).toBe(null);
  });

  it('computes edit distance with adjacent swaps', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('node.id', 'node.id')).toBe(0);
    expect(editDistance('ndoe.id', 'node.id')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('required keys and checks across keys', () => {
  it('lists every missing required key with what to write', () => {
    const problems = problemsOf('');
    expect(problems.map((p) => p.message)).toEqual([
      "server.properties: node.id is required: add node.id=<this node's id>, e.g. node.id=1",
      'server.properties: controller.quorum.voters is required: add controller.quorum.voters=1@host1:9092,2@host2:9092,3@host3:9092',
      'server.properties: listeners is required: add listeners=PLAINTEXT://<host>:<port>, the address this node binds for clients and peers',
      'server.properties: log.dirs is required: add log.dirs=<directory>[,<directory>...], where this node keeps its data',
    ]);
  });

  it('requires a controller to be a voter', () => {
    const text = configText('node.id=4', 'listeners=PLAINTEXT://127.0.0.4:9092');
    expectOneProblem(text, 'controller.quorum.voters', 2, /node\.id 4 is not among the voters \(1, 2, 3\), but process\.roles includes controller: add 4@<host>:<port> to the voters, or set process\.roles=broker/);
  });

  it('forbids a broker-only node in the voters', () => {
    const text = configText('process.roles=broker');
    expectOneProblem(text, 'process.roles', 5, /is broker only, but node\.id 1 is a voter/);
  });

  it("requires a voter's port to be its listener's port (one listener per node)", () => {
    const text = configText('listeners=PLAINTEXT://127.0.0.1:9093');
    expectOneProblem(text, 'controller.quorum.voters', 2, /voter 1 is at port 9092, but this node's listener is at port 9093/);
    expect(parseOk(configText('listeners=PLAINTEXT://0.0.0.0:9093', 'advertised.listeners=PLAINTEXT://127.0.0.1:9092')).listener.port).toBe(9093);
  });

  it('requires advertised.listeners when listeners binds a wildcard address', () => {
    const text = configText('listeners=PLAINTEXT://0.0.0.0:9092');
    expectOneProblem(text, 'listeners', 3, /binds every interface \(0\.0\.0\.0:9092\), so advertised\.listeners must say where to connect: add advertised\.listeners=PLAINTEXT:\/\/<host>:9092/);
  });

  it('rejects a metrics.listener on the listener port', () => {
    expectOneProblem(configText('metrics.listener=http://0.0.0.0:9092'), 'metrics.listener', 5, /uses port 9092, which listeners already binds/);
    expect(parseOk(configText('metrics.listener=http://127.0.0.2:9092/')).metricsListener).toEqual({ host: '127.0.0.2', port: 9092 });
  });

  it('requires the heartbeat to be shorter than the session timeout', () => {
    const text = configText('broker.heartbeat.interval.ms=9000');
    expectOneProblem(text, 'broker.heartbeat.interval.ms', 5, /broker\.heartbeat\.interval\.ms \(9000\) must be below broker\.session\.timeout\.ms \(9000\)/);
    expectOneProblem(configText('broker.session.timeout.ms=1000'), 'broker.session.timeout.ms', 5, /must be below/);
  });

  it('rejects log.dir together with log.dirs, and nested directories', () => {
    expectOneProblem(configText('log.dir=/x'), 'log.dir', 5, /is set together with log\.dirs: keep only log\.dirs/);
    expectOneProblem(configText('log.dirs=/data,/data/more'), 'log.dirs', 4, /'\/data\/more' is inside '\/data': log directories must not nest/);
    expectOneProblem(configText('metadata.log.dir=/var/lib/skiff/data/meta'), 'metadata.log.dir', 5, /and log directory '\/var\/lib\/skiff\/data' nest/);
    expectOneProblem(configText('log.dirs=.,data'), 'log.dirs', 4, /'data' is inside '\.'/);
    expectOneProblem(configText('log.dirs=/a/b', 'metadata.log.dir=/a'), 'metadata.log.dir', 5, /'\/a' and log directory '\/a\/b' nest/);
  });
});

describe('overrides', () => {
  it('replace values from the file and may supply missing keys', () => {
    const config = parseOk(configText('-node.id', 'num.partitions=3'), ['node.id=2', 'num.partitions = 12', 'listeners=PLAINTEXT://127.0.0.2:9092']);
    expect(config).toMatchObject({ nodeId: 2, numPartitions: 12, listener: { host: '127.0.0.2' } });
  });

  it('take part in precedence like file keys', () => {
    expect(parseOk(configText('log.retention.hours=1'), ['log.retention.ms=500']).logRetentionMs).toBe(500);
  });

  it('report problems by the override, not a line', () => {
    const problems = problemsOf(configText(), ['num.partitions=none', 'log.dirz=/x', 'novalue', 'num.partitions=2']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [null, "--override log.dirz=/x: unknown key 'log.dirz' (did you mean 'log.dirs'?)"],
      [null, '--override novalue: is not key=value'],
      [null, '--override num.partitions=2: num.partitions is overridden twice: keep one --override'],
      [null, "--override num.partitions=none: num.partitions: 'none' is not an integer"],
    ]);
  });
});

describe('configKeys, the reference', () => {
  it('lists each key once, with a field, a type, valid values and a doc line', () => {
    const keys = configKeys.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    const fields = new Set(Object.keys(parseOk(configText())));
    for (const info of configKeys) {
      expect(fields.has(info.field), info.key).toBe(true);
      expect(info.doc.length, info.key).toBeGreaterThan(20);
      expect(info.validValues.length, info.key).toBeGreaterThan(0);
      expect(info.default !== null || info.required || info.defaultDescription !== undefined, info.key).toBe(true);
    }
    expect(fields.size).toBe(new Set(configKeys.map((k) => k.field)).size);
  });

  it('documents the defaults the parser applies', () => {
    const defaults = parseOk(configText());
    for (const info of configKeys.filter((k) => k.default !== null)) {
      const explicit = parseOk(configText(`${info.key}=${info.default}`));
      expect(explicit[info.field], info.key).toEqual(defaults[info.field]);
    }
    expect(configKeys.find((k) => k.key === 'process.roles')?.default).toBe('broker,controller');
    expect(configKeys.find((k) => k.key === 'auto.create.topics.enable')?.default).toBe('false');
  });
});

describe('loading', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('reads the file through the FileSystem port, with overrides', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skiff-config-'));
    dirs.push(dir);
    const path = join(dir, 'server.properties');
    await writeFile(path, configText());
    const config = await loadServerConfig(new NodeFileSystem(), path, ['node.id=3', 'listeners=PLAINTEXT://127.0.0.3:9092']);
    expect(config.nodeId).toBe(3);
  });

  it('throws INVALID_CONFIG naming the file and every problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skiff-config-'));
    dirs.push(dir);
    const path = join(dir, 'server.properties');
    await writeFile(path, configText('num.partitions=x', 'typo.key=1'));
    const error = await loadServerConfig(new NodeFileSystem(), path).catch((e: unknown) => e);
    expect(isSkiffError(error) && error.code).toBe('INVALID_CONFIG');
    expect((error as Error).message).toBe(`INVALID_CONFIG: ${path} has 2 problems:\n  ${path}:5: num.partitions: 'x' is not an integer\n  ${path}:6: unknown key 'typo.key': Skiff rejects keys it does not know, so a typo never falls back to a default silently`);
    const missing = await loadServerConfig(new NodeFileSystem(), join(dir, 'nope.properties')).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/INVALID_CONFIG: config file .*nope\.properties does not exist/);
  });

  it('parseServerConfigOrThrow throws the same way', () => {
    expect(() => parseServerConfigOrThrow('node.id=1\n', { source: 'x.properties' })).toThrow(/x\.properties has 3 problems/);
  });

  it('normalizes directories for comparison', () => {
    expect(normalizeDir('/a//b/./c/')).toBe('/a/b/c');
    expect(normalizeDir('./data/')).toBe('data');
    expect(normalizeDir('./')).toBe('.');
    expect(normalizeDir('/')).toBe('/');
  });
});
