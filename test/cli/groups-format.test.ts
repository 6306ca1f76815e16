// Goal: `skiff groups` parses its arguments as kafka-consumer-groups.sh does
// (TOPIC:P,P; case-insensitive states; ISO 8601 datetimes; negative shifts
// after a space; exactly one reset target; at most one describe view) and
// refuses the rest as usage errors; its text layouts have Kafka's columns,
// minimum widths and '-' for unknown values.
// Method: the pure functions of src/cli/groups-command.ts on hand-made inputs;
// layouts are compared line by line with the expected text.

import { describe, expect, it } from 'vitest';
import {
  clampWarnings,
  formatAssignment,
  formatGroupList,
  formatMembers,
  formatOffsets,
  formatResetPlan,
  formatState,
  groupStateNotice,
  GroupsUsageError,
  parseDatetime,
  parseGroupsArgs,
  parseStates,
  parseTopicPartitions,
} from '../../src/cli/groups-command.js';
import type { DescribedMember } from '../../src/broker/group-services.js';
import type { GroupDescription, GroupLag, PlannedOffset } from '../../src/client/admin.js';

const usage = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GroupsUsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

const member = (memberId: string, assignment: DescribedMember['assignment'], extra: Partial<DescribedMember> = {}): DescribedMember => ({
  memberId,
  instanceId: null,
  clientId: 'app',
  clientHost: '/10.0.0.7',
  memberEpoch: 3,
  memberState: 'STABLE',
  subscribedTopicNames: ['orders'],
  subscribedTopicRegex: null,
  assignment,
  partitionsPendingRevocation: [],
  targetAssignment: assignment,
  ...extra,
});

const group = (members: DescribedMember[], state: GroupDescription['state'] = 'STABLE'): GroupDescription => ({
  groupId: 'billing',
  state,
  groupEpoch: 4,
  assignmentEpoch: 4,
  assignor: 'uniform',
  coordinator: { nodeId: 2, host: '127.0.0.1', port: 9093 },
  members,
});

describe('parseGroupsArgs', () => {
  it('parses list, describe, reset-offsets and delete', () => {
    expect(parseGroupsArgs('list', ['--state', 'stable,Empty', '--bootstrap-server', 'a:1,b:2'])).toEqual({
      bootstrapServers: ['a:1', 'b:2'],
      output: 'text',
      command: { kind: 'list', states: ['STABLE', 'EMPTY'] },
    });
    expect(parseGroupsArgs('describe', ['--group', 'g', '--members', '--verbose', '--output', 'json']).command).toEqual({ kind: 'describe', groupId: 'g', view: 'members', verbose: true });
    expect(parseGroupsArgs('describe', ['--group', 'g']).command).toEqual({ kind: 'describe', groupId: 'g', view: 'offsets', verbose: false });
    expect(parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 'orders:2,0', '--to-earliest']).command).toEqual({
      kind: 'reset-offsets', groupId: 'g', topic: 'orders', partitions: [0, 2], to: { earliest: true }, execute: false,
    });
    expect(parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 'orders', '--shift-by', '-2', '--execute']).command).toMatchObject({ to: { shiftBy: -2 }, partitions: null, execute: true });
    expect(parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 'orders', '--to-offset', '42']).command).toMatchObject({ to: { offset: 42 } });
    expect(parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 'orders', '--to-datetime', '2024-05-01T12:00:00Z']).command).toMatchObject({ to: { datetimeMs: Date.UTC(2024, 4, 1, 12) } });
    expect(parseGroupsArgs('delete', ['--group', 'a', '--group', 'b', '--group', 'a']).command).toEqual({ kind: 'delete', groupIds: ['a', 'b'] });
    expect(parseGroupsArgs('--help', []).command).toEqual({ kind: 'help' });
    expect(parseGroupsArgs('describe', ['--help']).command).toEqual({ kind: 'help' });
  });

  it('refuses what kafka-consumer-groups.sh refuses', () => {
    expect(usage(() => parseGroupsArgs('describe', []))).toMatch(/needs --group/);
    expect(usage(() => parseGroupsArgs('describe', ['--group', 'g', '--members', '--state']))).toMatch(/at most one/);
    expect(usage(() => parseGroupsArgs('describe', ['--group', 'g', '--verbose']))).toMatch(/--verbose goes with --members/);
    expect(usage(() => parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 't']))).toMatch(/exactly one of/);
    expect(usage(() => parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 't', '--to-earliest', '--to-latest']))).toMatch(/exactly one of/);
    expect(usage(() => parseGroupsArgs('reset-offsets', ['--group', 'g', '--to-earliest']))).toMatch(/needs --topic/);
    expect(usage(() => parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 't', '--to-offset', '1.5']))).toMatch(/must be an integer/);
    expect(usage(() => parseGroupsArgs('reset-offsets', ['--group', 'g', '--topic', 't', '--to-earliest', '--execute', '--dry-run']))).toMatch(/exclude/);
    expect(usage(() => parseGroupsArgs('list', ['--state', 'Running']))).toMatch(/unknown state 'Running'/);
    expect(usage(() => parseGroupsArgs('list', ['--output', 'yaml']))).toMatch(/--output must be text or json/);
    expect(usage(() => parseGroupsArgs('list', ['--bootstrap-server', 'nohost']))).toMatch(/host:port/);
    expect(usage(() => parseGroupsArgs('delete', []))).toMatch(/needs --group/);
    expect(usage(() => parseGroupsArgs('alter', []))).toMatch(/unknown groups command 'alter'/);
    expect(usage(() => parseGroupsArgs(undefined, []))).toMatch(/unknown groups command ''/);
  });

  it('parses topics, states and datetimes', () => {
    expect(parseTopicPartitions('orders')).toEqual({ topic: 'orders', partitions: null });
    expect(parseTopicPartitions('orders:3,1,3')).toEqual({ topic: 'orders', partitions: [1, 3] });
    expect(usage(() => parseTopicPartitions('orders:'))).toMatch(/partitions must be numbers/);
    expect(usage(() => parseTopicPartitions(':1'))).toMatch(/--topic must be/);
    expect(parseStates('RECONCILING, assigning')).toEqual(['RECONCILING', 'ASSIGNING']);
    expect(usage(() => parseStates(','))).toMatch(/at least one state/);
    expect(parseDatetime('2024-05-01T12:00:00.250Z')).toBe(Date.UTC(2024, 4, 1, 12, 0, 0, 250));
    expect(parseDatetime('2024-05-01T12:00+0200')).toBe(Date.UTC(2024, 4, 1, 10));
    expect(parseDatetime('2024-05-01T12:00:00-01:30')).toBe(Date.UTC(2024, 4, 1, 13, 30));
    // Without a zone Kafka reads local time; so does Date.
    expect(parseDatetime('2024-05-01T12:00:00')).toBe(new Date(2024, 4, 1, 12).getTime());
    expect(usage(() => parseDatetime('2024-05-01'))).toMatch(/must look like/);
    expect(usage(() => parseDatetime('yesterday'))).toMatch(/must look like/);
    expect(usage(() => parseDatetime('2024-13-45T99:00:00Z'))).toMatch(/not a valid time/);
  });
});

describe('layouts', () => {
  it('lists ids, or GROUP STATE when states were asked for', () => {
    const groups = [
      { groupId: 'a', state: 'STABLE' as const, groupType: 'consumer' as const, coordinatorId: 1 },
      { groupId: 'a-much-longer-group-id', state: 'EMPTY' as const, groupType: 'simple' as const, coordinatorId: 2 },
    ];
    expect(formatGroupList(groups, false)).toBe('a\na-much-longer-group-id\n');
    expect(formatGroupList(groups, true).split('\n')).toEqual(['GROUP                  STATE', 'a                      Stable', 'a-much-longer-group-id Empty', '']);
  });

  it('prints the offsets view with Kafka columns, widths and dashes', () => {
    const lag: GroupLag = {
      group: group([]),
      rows: [
        { groupId: 'billing', topic: 'orders', partition: 0, currentOffset: 4, logEndOffset: 10, lag: 6, consumerId: 'member-with-a-long-id-1234', host: '/10.0.0.7', clientId: 'app' },
        { groupId: 'billing', topic: 'orders', partition: 1, currentOffset: null, logEndOffset: 5, lag: null, consumerId: null, host: null, clientId: null },
      ],
    };
    const lines = formatOffsets(lag).split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                HOST            CLIENT-ID');
    expect(lines[2]).toBe('billing         orders          0          4               10              6               member-with-a-long-id-1234 /10.0.0.7       app');
    expect(lines[3]).toBe('billing         orders          1          -               5               -               -                          -               -');
    expect(lines.slice(4)).toEqual(['']);
    // Every column starts at the same place on every line.
    for (const header of ['TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']) {
      const at = lines[1]!.indexOf(header);
      expect(lines[2]![at - 1]).toBe(' ');
      expect(lines[3]![at]).not.toBe(' ');
    }
    expect(formatOffsets({ group: group([]), rows: [] })).toBe('');
  });

  it('prints members, with ASSIGNMENT under --verbose and GROUP-INSTANCE-ID when any member has one', () => {
    const g = group([member('m-1', [{ topic: 'orders', partitions: [2, 0] }, { topic: 'audit', partitions: [1] }]), member('m-2', [])]);
    expect(formatMembers(g, false).split('\n')).toEqual([
      '',
      'GROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS',
      'billing         m-1             /10.0.0.7       app             3',
      'billing         m-2             /10.0.0.7       app             0',
      '',
    ]);
    expect(formatMembers(g, true).split('\n')).toEqual([
      '',
      'GROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     ASSIGNMENT',
      'billing         m-1             /10.0.0.7       app             3               audit(1), orders(0,2)',
      'billing         m-2             /10.0.0.7       app             0               -',
      '',
    ]);
    const withInstance = formatMembers(group([member('m-1', [], { instanceId: 'pod-7' })]), false).split('\n');
    expect(withInstance[1]).toBe('GROUP           CONSUMER-ID     GROUP-INSTANCE-ID HOST            CLIENT-ID       #PARTITIONS');
    expect(withInstance[2]).toBe('billing         m-1             pod-7             /10.0.0.7       app             0');
    expect(formatMembers(group([]), false)).toBe('');
    expect(formatAssignment([{ topic: 't', partitions: [10, 2] }])).toBe('t(2,10)');
  });

  it('prints the state view', () => {
    expect(formatState(group([member('m-1', [])])).split('\n')).toEqual([
      '',
      'GROUP           COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS',
      'billing         127.0.0.1:9093 (2)        uniform              Stable          1',
      '',
    ]);
    expect(formatState({ ...group([], 'EMPTY'), assignor: '' }).split('\n')[2]).toBe('billing         127.0.0.1:9093 (2)        -                    Empty           0');
  });

  it('prints the reset plan and Kafka\'s clamp warnings', () => {
    const plan: PlannedOffset[] = [
      { topic: 'orders', partition: 0, currentOffset: 4, requestedOffset: 99, newOffset: 10, logStartOffset: 0, logEndOffset: 10 },
      { topic: 'orders', partition: 1, currentOffset: -1, requestedOffset: -3, newOffset: 2, logStartOffset: 2, logEndOffset: 5 },
      { topic: 'orders', partition: 2, currentOffset: 1, requestedOffset: 1, newOffset: 1, logStartOffset: 0, logEndOffset: 5 },
    ];
    expect(formatResetPlan('billing', plan).split('\n')).toEqual([
      '',
      'GROUP                          TOPIC                          PARTITION  NEW-OFFSET',
      'billing                        orders                         0          10',
      'billing                        orders                         1          2',
      'billing                        orders                         2          1',
      '',
    ]);
    expect(clampWarnings(plan)).toEqual([
      'Warn: New offset (99) is higher than latest offset for topic partition orders-0. Value will be set to 10',
      'Warn: New offset (-3) is lower than earliest offset for topic partition orders-1. Value will be set to 2',
    ]);
    expect(formatResetPlan('billing', [])).toBe('');
  });

  it('says what Kafka says about empty and rebalancing groups', () => {
    expect(groupStateNotice(group([], 'EMPTY'))).toBe("Consumer group 'billing' has no active members.");
    expect(groupStateNotice(group([], 'RECONCILING'))).toBe("Warning: Consumer group 'billing' is rebalancing.");
    expect(groupStateNotice(group([], 'STABLE'))).toBeNull();
  });
});
