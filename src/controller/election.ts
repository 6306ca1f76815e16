// Partition changes: the one place that decides a partition's next leader,
// ISR and ELR (Kafka's PartitionChangeBuilder, kraft-digest §2.3, KIP-966).
//
// Rules:
// - Acceptable leader: registered, unfenced, not in controlled shutdown.
// - Online election keeps a valid current leader; otherwise the first replica
//   in preferred order that is in the target ISR and acceptable. A preferred
//   election wants replicas[0] first.
// - ELR (KIP-966): a replica removed from the ISR while the ISR is below
//   min.insync.replicas becomes an eligible leader replica — the high
//   watermark could not have advanced without it, so it holds every committed
//   record. When the ISR is empty the leader comes from the ELR, and the
//   "last replica standing" no longer has to wait for one specific broker.
//   The ELR is cleared once the ISR is back at min.insync.replicas.
// - Unclean election (only when the topic enables it): any acceptable
//   replica; the ISR becomes [leader] and the partition is marked recovering.
// - Nothing acceptable: leader -1, the partition is offline.
// A change returns a PartitionChange record with only the changed fields, or
// null when nothing changes.

import { noLeader, type PartitionChangeRecord } from '../metadata/records.js';

export interface PartitionState {
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly elr: readonly number[];
  readonly leader: number;
  readonly leaderRecovering: boolean;
}

export interface ChangeRequest {
  readonly topicId: string;
  readonly partition: number;
  readonly current: PartitionState;
  /** The ISR wanted before election adjustments (e.g. current minus a fenced broker). */
  readonly targetIsr: readonly number[];
  /** Brokers that must leave the ELR too (a new incarnation that may have lost committed data). */
  readonly removeFromElr?: readonly number[];
  readonly isAcceptable: (brokerId: number) => boolean;
  readonly minIsr: number;
  readonly uncleanLeaderElection: boolean;
  readonly election?: 'online' | 'preferred';
}

export function buildPartitionChange(request: ChangeRequest): PartitionChangeRecord | null {
  const { current, isAcceptable, minIsr } = request;
  const inOrder = (ids: readonly number[]): number[] => current.replicas.filter((r) => ids.includes(r));
  let isr = inOrder(request.targetIsr);
  const dropped = new Set(request.removeFromElr ?? []);
  let elr = current.elr.filter((id) => !isr.includes(id) && !dropped.has(id));
  if (isr.length < minIsr) {
    for (const id of current.isr) if (!isr.includes(id) && !elr.includes(id) && !dropped.has(id)) elr.push(id);
    elr = inOrder(elr);
  } else {
    elr = [];
  }
  let recovering = current.leaderRecovering;

  let leader = chooseLeader(request, isr);
  if (leader === noLeader && isr.every((id) => !isAcceptable(id))) {
    const fromElr = current.replicas.find((id) => elr.includes(id) && isAcceptable(id));
    if (fromElr !== undefined) {
      leader = fromElr;
      isr = [fromElr];
      elr = elr.filter((id) => id !== fromElr);
    } else if (request.uncleanLeaderElection) {
      const any = current.replicas.find(isAcceptable);
      if (any !== undefined) {
        leader = any;
        isr = [any];
        elr = [];
        recovering = true;
      }
    }
  }

  const change: { -readonly [K in keyof PartitionChangeRecord]: PartitionChangeRecord[K] } = {
    type: 'PartitionChange',
    topicId: request.topicId,
    partition: request.partition,
  };
  let changed = false;
  if (leader !== current.leader) {
    change.leader = leader;
    changed = true;
  }
  if (!sameList(isr, current.isr)) {
    change.isr = isr;
    changed = true;
  }
  if (!sameList(elr, current.elr)) {
    change.elr = elr;
    changed = true;
  }
  if (recovering !== current.leaderRecovering) {
    change.leaderRecovering = recovering;
    changed = true;
  }
  return changed ? change : null;
}

function chooseLeader(request: ChangeRequest, isr: readonly number[]): number {
  const { current, isAcceptable } = request;
  const valid = (id: number): boolean => isr.includes(id) && isAcceptable(id);
  const preferred = current.replicas[0];
  if (request.election === 'preferred' && preferred !== undefined && valid(preferred)) return preferred;
  if (current.leader !== noLeader && valid(current.leader)) return current.leader;
  return current.replicas.find(valid) ?? noLeader;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
