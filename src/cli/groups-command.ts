// `skiff groups list|describe|reset-offsets|delete`: consumer groups, like
// kafka-consumer-groups.sh. Argument parsing and the text layouts are pure
// functions (exported for tests); runGroupsCommand connects through the
// client library's Admin (src/client/admin.ts), which finds each group's
// coordinator. Text output copies Kafka's columns and alignment; every
// subcommand takes `--output json` for scripts. Exit codes as the other admin
// commands: 0 ok, 1 the cluster said no or could not be reached (the message
// names Kafka's error code), 2 usage error. This is an adapter: network, I/O.

import { parseArgs } from 'node:util';
import type { GroupState } from '../broker/group-services.js';
import { Admin, type GroupDescription, type GroupLag, type GroupOverview, type OffsetResetTarget, type PlannedOffset } from '../client/admin.js';
import { errorCodes, isSkiffError } from '../common/errors.js';
import { type ClusterConnection, clusterConnection, parseBootstrapServers } from '../node-client/cluster-connection.js';
import { type CliIo, processIo } from './admin-commands.js';

export const groupsHelp = `consumer groups, like kafka-consumer-groups.sh (all take --bootstrap-server HOST:PORT[,HOST:PORT...]
and --output text|json):
  groups list [--state STATE[,STATE...]]
      Every group of every broker. With --state (Stable, Empty, Assigning, Reconciling),
      only groups in those states, printed with their state.
  groups describe --group G [--offsets | --members [--verbose] | --state]
      --offsets (default): GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID
      HOST CLIENT-ID per partition ('-' where unknown); --members: each member and how many
      partitions it owns (--verbose: which); --state: coordinator, assignor, state, #members.
      Example: npx skiff groups describe --group billing --bootstrap-server 127.0.0.1:9092
  groups reset-offsets --group G --topic T[:P,P...] --to-earliest | --to-latest
                       | --to-datetime YYYY-MM-DDTHH:mm:SS[.sss][Z|+HH:mm] | --to-offset N | --shift-by N
                       [--execute]
      Prints GROUP TOPIC PARTITION NEW-OFFSET: a dry run unless --execute commits them.
      Offsets are clamped to each partition's log start and log end. Allowed only while
      the group has no active members: stop its consumers first.
      Example: npx skiff groups reset-offsets --group billing --topic orders --to-earliest --execute
  groups delete --group G [--group G...]
      Deletes groups without active members, with their committed offsets.
`;

export class GroupsUsageError extends Error {}

export type GroupsCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'list'; readonly states: readonly GroupState[] }
  | { readonly kind: 'describe'; readonly groupId: string; readonly view: 'offsets' | 'members' | 'state'; readonly verbose: boolean }
  | { readonly kind: 'reset-offsets'; readonly groupId: string; readonly topic: string; readonly partitions: readonly number[] | null; readonly to: OffsetResetTarget; readonly execute: boolean }
  | { readonly kind: 'delete'; readonly groupIds: readonly string[] };

export interface GroupsInvocation {
  readonly bootstrapServers: readonly string[];
  readonly output: 'text' | 'json';
  readonly command: GroupsCommand;
}

/** Makes the connection the command talks through (tests pass their own). */
export type GroupsConnect = (addresses: readonly string[], options: { readonly logName: string; readonly logLevel: string; readonly requestTimeoutMs: number }) => ClusterConnection;

const requestTimeoutMs = 15_000;

const commonOptions = {
  'bootstrap-server': { type: 'string', default: '127.0.0.1:9092' },
  output: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Kafka's names for the states (ConsumerGroupState), as its tools print and accept them. */
const stateNames: Readonly<Record<GroupState, string>> = { EMPTY: 'Empty', ASSIGNING: 'Assigning', RECONCILING: 'Reconciling', STABLE: 'Stable', DEAD: 'Dead' };

export function stateName(state: GroupState): string {
  return stateNames[state];
}

/** Parses `groups <sub> args...`; throws GroupsUsageError. */
export function parseGroupsArgs(sub: string | undefined, args: readonly string[]): GroupsInvocation {
  if (sub === '-h' || sub === '--help' || sub === 'help') return { bootstrapServers: [], output: 'text', command: { kind: 'help' } };
  const normalized = joinNegativeValues(args);
  switch (sub) {
    case 'list': {
      const { values } = parseArgs({ args: normalized, options: { ...commonOptions, state: { type: 'string' } } });
      if (values.help) return help();
      return { ...common(values), command: { kind: 'list', states: values.state === undefined ? [] : parseStates(values.state) } };
    }
    case 'describe': {
      const { values } = parseArgs({
        args: normalized,
        options: { ...commonOptions, group: { type: 'string' }, offsets: { type: 'boolean', default: false }, members: { type: 'boolean', default: false }, state: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
      });
      if (values.help) return help();
      const views = (['offsets', 'members', 'state'] as const).filter((v) => values[v]);
      if (views.length > 1) throw new GroupsUsageError('groups describe takes at most one of --offsets, --members or --state');
      const view = views[0] ?? 'offsets';
      if (values.verbose && view !== 'members') throw new GroupsUsageError('--verbose goes with --members');
      return { ...common(values), command: { kind: 'describe', groupId: needGroup(values.group, 'describe'), view, verbose: values.verbose } };
    }
    case 'reset-offsets': {
      const { values } = parseArgs({
        args: normalized,
        options: {
          ...commonOptions,
          group: { type: 'string' },
          topic: { type: 'string' },
          'to-earliest': { type: 'boolean', default: false },
          'to-latest': { type: 'boolean', default: false },
          'to-datetime': { type: 'string' },
          'to-offset': { type: 'string' },
          'shift-by': { type: 'string' },
          execute: { type: 'boolean', default: false },
          'dry-run': { type: 'boolean', default: false },
        },
      });
      if (values.help) return help();
      if (values.execute && values['dry-run']) throw new GroupsUsageError('--execute and --dry-run exclude each other');
      if (values.topic === undefined) throw new GroupsUsageError('groups reset-offsets needs --topic TOPIC[:PARTITION,...]');
      const { topic, partitions } = parseTopicPartitions(values.topic);
      const targets: OffsetResetTarget[] = [];
      if (values['to-earliest']) targets.push({ earliest: true });
      if (values['to-latest']) targets.push({ latest: true });
      if (values['to-datetime'] !== undefined) targets.push({ datetimeMs: parseDatetime(values['to-datetime']) });
      if (values['to-offset'] !== undefined) targets.push({ offset: parseInteger(values['to-offset'], 'to-offset') });
      if (values['shift-by'] !== undefined) targets.push({ shiftBy: parseInteger(values['shift-by'], 'shift-by') });
      const to = targets[0];
      if (to === undefined || targets.length > 1) throw new GroupsUsageError('groups reset-offsets needs exactly one of --to-earliest, --to-latest, --to-datetime, --to-offset or --shift-by');
      return { ...common(values), command: { kind: 'reset-offsets', groupId: needGroup(values.group, 'reset-offsets'), topic, partitions, to, execute: values.execute } };
    }
    case 'delete': {
      const { values } = parseArgs({ args: normalized, options: { ...commonOptions, group: { type: 'string', multiple: true, default: [] } } });
      if (values.help) return help();
      const groupIds = values.group.filter((g) => g.length > 0);
      if (groupIds.length === 0) throw new GroupsUsageError('groups delete needs --group GROUP');
      return { ...common(values), command: { kind: 'delete', groupIds: [...new Set(groupIds)] } };
    }
    default:
      throw new GroupsUsageError(`unknown groups command '${sub ?? ''}': use list, describe, reset-offsets or delete`);
  }
}

function help(): GroupsInvocation {
  return { bootstrapServers: [], output: 'text', command: { kind: 'help' } };
}

function common(values: { readonly 'bootstrap-server': string; readonly output: string }): Omit<GroupsInvocation, 'command'> {
  const bootstrapServers = parseBootstrapServers(values['bootstrap-server']);
  if (bootstrapServers === null) throw new GroupsUsageError(`--bootstrap-server must be host:port[,host:port...], got '${values['bootstrap-server']}'`);
  const output = values.output;
  if (output !== 'text' && output !== 'json') throw new GroupsUsageError(`--output must be text or json, got '${output}'`);
  return { bootstrapServers, output };
}

function needGroup(group: string | undefined, sub: string): string {
  if (group === undefined || group.length === 0) throw new GroupsUsageError(`groups ${sub} needs --group GROUP`);
  return group;
}

/**
 * parseArgs refuses a value that starts with '-' after a space ("--shift-by -2"
 * is ambiguous to it); Kafka's tool takes it, so join such numeric values to
 * their option ("--shift-by=-2") first.
 */
function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if ((arg === '--shift-by' || arg === '--to-offset') && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** 'Stable,EMPTY,reconciling' → ['STABLE', 'EMPTY', 'RECONCILING'] (case-insensitive, as Kafka's --state). */
export function parseStates(text: string): GroupState[] {
  const states: GroupState[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter((s) => s.length > 0)) {
    const state = (Object.keys(stateNames) as GroupState[]).find((s) => s === part.toUpperCase());
    if (state === undefined) throw new GroupsUsageError(`--state: unknown state '${part}'; use ${Object.values(stateNames).join(', ')}`);
    if (!states.includes(state)) states.push(state);
  }
  if (states.length === 0) throw new GroupsUsageError('--state needs at least one state, e.g. --state Stable,Empty');
  return states;
}

/** 'orders' → every partition; 'orders:0,2' → partitions 0 and 2 (Kafka's --topic syntax). */
export function parseTopicPartitions(text: string): { topic: string; partitions: number[] | null } {
  const at = text.indexOf(':');
  const topic = at < 0 ? text : text.slice(0, at);
  if (topic.length === 0) throw new GroupsUsageError(`--topic must be TOPIC or TOPIC:PARTITION[,PARTITION...], got '${text}'`);
  if (at < 0) return { topic, partitions: null };
  const list = text.slice(at + 1).split(',').map((p) => p.trim());
  if (list.length === 0 || list.some((p) => !/^\d+$/.test(p))) throw new GroupsUsageError(`--topic partitions must be numbers after ':', got '${text}'`);
  return { topic, partitions: [...new Set(list.map(Number))].sort((a, b) => a - b) };
}

/**
 * Kafka's --to-datetime format, 'YYYY-MM-DDTHH:mm:SS.sss' with an optional
 * zone ('Z', '+HH:mm', '+HHmm'); without a zone the time is local, as in Kafka.
 * Seconds and milliseconds may be left out.
 */
export function parseDatetime(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (match === null) throw new GroupsUsageError(`--to-datetime must look like 2024-05-01T12:00:00.000 (optionally with Z or +HH:mm), got '${text}'`);
  const zone = match[2] === undefined || match[2] === 'Z' ? (match[2] ?? '') : match[2].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const ms = Date.parse(match[1]! + zone);
  if (!Number.isFinite(ms) || ms < 0) throw new GroupsUsageError(`--to-datetime: '${text}' is not a valid time`);
  return ms;
}

function parseInteger(text: string, name: string): number {
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new GroupsUsageError(`--${name} must be an integer, got '${text}'`);
  return Number(text);
}

// --- text layouts (kafka-consumer-groups.sh) -------------------------------------

const missing = '-';

/** Kafka's "%-Ns" for each column: pads every cell but the last to its width, one space between; trailing blanks trimmed. */
function formatRow(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c)).join(' ').trimEnd();
}

function cell(value: string | number | null): string {
  return value === null || value === '' ? missing : String(value);
}

/** `groups list`: one id per line, or GROUP STATE columns when states were asked for (Kafka's --list --state). */
export function formatGroupList(groups: readonly GroupOverview[], withState: boolean): string {
  if (!withState) return groups.map((g) => g.groupId + '\n').join('');
  const width = Math.max(15, ...groups.map((g) => g.groupId.length));
  return [formatRow(['GROUP', 'STATE'], [width]), ...groups.map((g) => formatRow([g.groupId, stateName(g.state)], [width]))].map((l) => l + '\n').join('');
}

/**
 * What Kafka says about a group's state before its tables (it writes this to
 * stderr): no active members, or rebalancing. Null for a stable group.
 */
export function groupStateNotice(group: GroupDescription): string | null {
  switch (group.state) {
    case 'EMPTY':
      return `Consumer group '${group.groupId}' has no active members.`;
    case 'ASSIGNING':
    case 'RECONCILING':
      return `Warning: Consumer group '${group.groupId}' is rebalancing.`;
    default:
      return null;
  }
}

/** `groups describe --offsets`: Kafka's columns and widths (GROUP, TOPIC, CONSUMER-ID and HOST at least 15 wide). Empty when there are no rows, as in Kafka. */
export function formatOffsets(lag: GroupLag): string {
  if (lag.rows.length === 0) return '';
  const rows = lag.rows.map((r) => [r.groupId, r.topic, String(r.partition), cell(r.currentOffset), cell(r.logEndOffset), cell(r.lag), cell(r.consumerId), cell(r.host), cell(r.clientId)]);
  const widest = (i: number): number => Math.max(15, ...rows.map((r) => r[i]!.length));
  const widths = [widest(0), widest(1), 10, 15, 15, 15, widest(6), widest(7)];
  const header = ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'];
  return '\n' + [header, ...rows].map((r) => formatRow(r, widths) + '\n').join('');
}

/** 'orders(0,1), payments(3)' — Kafka's ASSIGNMENT column; '-' when empty. */
export function formatAssignment(assignment: GroupDescription['members'][number]['assignment']): string {
  const parts = assignment
    .filter((t) => t.partitions.length > 0)
    .map((t) => `${t.topic}(${[...t.partitions].sort((a, b) => a - b).join(',')})`)
    .sort();
  return parts.length === 0 ? missing : parts.join(', ');
}

/** `groups describe --members [--verbose]`: GROUP CONSUMER-ID [GROUP-INSTANCE-ID] HOST CLIENT-ID #PARTITIONS [ASSIGNMENT]. Empty without members, as in Kafka. */
export function formatMembers(group: GroupDescription, verbose: boolean): string {
  if (group.members.length === 0) return '';
  const withInstance = group.members.some((m) => m.instanceId !== null && m.instanceId !== '');
  const rows = group.members.map((m) => {
    const count = m.assignment.reduce((n, t) => n + t.partitions.length, 0);
    const cells = [group.groupId, m.memberId, ...(withInstance ? [cell(m.instanceId)] : []), cell(m.clientHost), cell(m.clientId), String(count)];
    return verbose ? [...cells, formatAssignment(m.assignment)] : cells;
  });
  const header = ['GROUP', 'CONSUMER-ID', ...(withInstance ? ['GROUP-INSTANCE-ID'] : []), 'HOST', 'CLIENT-ID', '#PARTITIONS', ...(verbose ? ['ASSIGNMENT'] : [])];
  const minimum = [15, 15, ...(withInstance ? [17] : []), 15, 15, 15];
  const widths = minimum.map((min, i) => Math.max(min, header[i]!.length, ...rows.map((r) => r[i]!.length)));
  // Without ASSIGNMENT, #PARTITIONS is the last column and is not padded.
  return '\n' + [header, ...rows].map((r) => formatRow(r, widths) + '\n').join('');
}

/** `groups describe --state`: GROUP COORDINATOR (ID) ASSIGNMENT-STRATEGY STATE #MEMBERS. */
export function formatState(group: GroupDescription): string {
  const coordinator = `${group.coordinator.host}:${group.coordinator.port} (${group.coordinator.nodeId})`;
  const widths = [Math.max(15, group.groupId.length), Math.max(25, coordinator.length), 20, 15];
  const header = ['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS'];
  const row = [group.groupId, coordinator, cell(group.assignor), stateName(group.state), String(group.members.length)];
  return '\n' + [header, row].map((r) => formatRow(r, widths) + '\n').join('');
}

/** `groups reset-offsets`: Kafka's GROUP TOPIC PARTITION NEW-OFFSET table (30, 30, 10 wide). */
export function formatResetPlan(groupId: string, plan: readonly PlannedOffset[]): string {
  if (plan.length === 0) return '';
  const widths = [30, 30, 10];
  const rows = [['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET'], ...plan.map((p) => [groupId, p.topic, String(p.partition), String(p.newOffset)])];
  return '\n' + rows.map((r) => formatRow(r, widths) + '\n').join('');
}

/** Kafka's warnings for a requested offset outside the partition's range. */
export function clampWarnings(plan: readonly PlannedOffset[]): string[] {
  return plan.flatMap((p) => {
    if (p.requestedOffset > p.logEndOffset) return [`Warn: New offset (${p.requestedOffset}) is higher than latest offset for topic partition ${p.topic}-${p.partition}. Value will be set to ${p.newOffset}`];
    if (p.requestedOffset < p.logStartOffset) return [`Warn: New offset (${p.requestedOffset}) is lower than earliest offset for topic partition ${p.topic}-${p.partition}. Value will be set to ${p.newOffset}`];
    return [];
  });
}

// --- running ------------------------------------------------------------------

function json(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}

async function execute(invocation: GroupsInvocation, admin: Admin, io: CliIo): Promise<void> {
  const { command, output } = invocation;
  switch (command.kind) {
    case 'help':
      io.out(groupsHelp);
      return;
    case 'list': {
      const groups = await admin.listGroups({ states: command.states });
      if (output === 'json') json(io, groups);
      else io.out(formatGroupList(groups, command.states.length > 0));
      return;
    }
    case 'describe': {
      if (command.view === 'offsets') {
        const lag = await admin.describeGroupLag(command.groupId);
        if (output === 'json') return json(io, { groupId: lag.group.groupId, state: lag.group.state, coordinator: lag.group.coordinator, offsets: lag.rows });
        noticeFor(lag.group, io);
        io.out(formatOffsets(lag));
        return;
      }
      const [group] = await admin.describeGroups([command.groupId]);
      if (group === undefined) throw new Error(`no description of group '${command.groupId}'`);
      if (command.view === 'members') {
        if (output === 'json') return json(io, { groupId: group.groupId, state: group.state, members: group.members });
        noticeFor(group, io);
        io.out(formatMembers(group, command.verbose));
        return;
      }
      if (output === 'json') {
        const { groupId, coordinator, assignor, state, groupEpoch, assignmentEpoch } = group;
        return json(io, { groupId, coordinator, assignmentStrategy: assignor, state, members: group.members.length, groupEpoch, assignmentEpoch });
      }
      io.out(formatState(group));
      return;
    }
    case 'reset-offsets': {
      const { groupId, topic, to, execute: commit } = command;
      const plan = await admin.resetOffsets({ groupId, topic, to, execute: commit, ...(command.partitions !== null ? { partitions: command.partitions } : {}) });
      if (output === 'json') return json(io, { groupId, topic, executed: commit, offsets: plan });
      for (const warning of clampWarnings(plan)) io.err(`${warning}\n`);
      io.out(formatResetPlan(groupId, plan));
      if (!commit) io.err('\nDry run: nothing was committed. Add --execute to commit these offsets.\n');
      return;
    }
    case 'delete': {
      await admin.deleteGroups(command.groupIds);
      if (output === 'json') return json(io, { deleted: command.groupIds });
      io.out(`Deletion of requested consumer groups (${command.groupIds.map((g) => `'${g}'`).join(', ')}) was successful.\n`);
      return;
    }
  }
}

function noticeFor(group: GroupDescription, io: CliIo): void {
  const notice = groupStateNotice(group);
  if (notice !== null) io.err(`\n${notice}\n`);
}

/** A failure in the user's terms: Kafka's code name and number first, as the other admin commands print it. */
export function explainFailure(error: unknown, servers: readonly string[]): string {
  if (!isSkiffError(error)) return error instanceof Error ? error.message : String(error);
  const detail = error.message.startsWith(`${error.code}: `) ? error.message.slice(error.code.length + 2) : error.message;
  const hint = error.code === 'NETWORK_EXCEPTION' || error.code === 'REQUEST_TIMED_OUT' ? ` (could not reach ${servers.join(', ')}? Is the cluster running (npm start) and is --bootstrap-server right?)` : '';
  return `${error.code} (${errorCodes[error.code].code}): ${detail}${hint}`;
}

/** Runs `skiff groups <sub> args...`; returns the exit code. */
export async function runGroupsCommand(sub: string | undefined, args: readonly string[], io: CliIo = processIo, connect: GroupsConnect = clusterConnection): Promise<number> {
  let invocation: GroupsInvocation;
  try {
    invocation = parseGroupsArgs(sub, args);
  } catch (error) {
    if (error instanceof GroupsUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`skiff groups: ${(error as Error).message}\n\n${groupsHelp}`);
      return 2;
    }
    throw error;
  }
  if (invocation.command.kind === 'help') {
    io.out(groupsHelp);
    return 0;
  }
  const servers = invocation.bootstrapServers;
  const conn = connect(servers, { logName: 'skiff-groups', logLevel: 'error', requestTimeoutMs });
  const admin = new Admin({ cluster: conn.cluster, clock: conn.clock, random: conn.random, logger: conn.logger, clientId: 'skiff-groups', release: () => conn.close() });
  try {
    if (!(await conn.cluster.refresh())) {
      io.err(`skiff groups: could not reach any of ${servers.join(', ')}. Is the cluster running (npm start) and is --bootstrap-server right?\n`);
      return 1;
    }
    await execute(invocation, admin, io);
    return 0;
  } catch (error) {
    io.err(`skiff groups ${sub}: ${explainFailure(error, servers)}\n`);
    return 1;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}
