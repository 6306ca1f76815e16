// Composition root for a single-voter node: the quorum (src/raft) wired to the
// node adapters (real clock, disk, randomness, pino). A one-voter quorum is its
// own majority, so it needs no network; the cluster issue replaces the local
// transport below with gRPC and adds the controller and brokers on top.

import { SkiffError } from '../common/errors.js';
import { nodeId } from '../common/ids.js';
import { joinPath } from '../common/path.js';
import type { Logger } from '../env/logger.js';
import { NodeClock } from '../env/node/node-clock.js';
import { NodeFileSystem } from '../env/node/node-file-system.js';
import { nodeRandom } from '../env/node/node-random.js';
import type { Transport } from '../env/transport.js';
import { defaultRaftTimeouts } from '../raft/raft-core.js';
import { RaftNode, type StateMachine } from '../raft/raft-node.js';
import type { LogEntry, RaftServices } from '../raft/types.js';

/** Until the metadata records land, the quorum replicates opaque entries; this counts them. */
class EntryCounter implements StateMachine {
  applied = 0;
  apply(_entry: LogEntry): number {
    return ++this.applied;
  }
  snapshot(): Uint8Array {
    return new TextEncoder().encode(JSON.stringify({ applied: this.applied }));
  }
  restore(payload: Uint8Array | null): void {
    this.applied = payload ? (JSON.parse(new TextDecoder().decode(payload)) as { applied: number }).applied : 0;
  }
}

const noPeers: Pick<Transport<RaftServices>, 'call'> = {
  call: (to) => Promise.reject(new SkiffError('NETWORK_EXCEPTION', `single-node quorum has no peer ${to}`)),
};

export interface SingleNodeOptions {
  readonly dataDir: string;
  readonly nodeId: number;
  readonly logger: Logger;
}

export async function startSingleNode(options: SingleNodeOptions): Promise<RaftNode> {
  const id = nodeId(options.nodeId);
  const node = new RaftNode({
    config: { ...defaultRaftTimeouts, nodeId: id, voters: [id] },
    dataDir: joinPath(options.dataDir, '__cluster_metadata-0'),
    fs: new NodeFileSystem(),
    clock: new NodeClock(),
    random: nodeRandom(),
    logger: options.logger.child({ component: 'raft', nodeId: id }),
    transport: noPeers,
    stateMachine: new EntryCounter(),
    snapshotEveryEntries: 10_000,
    onFatal: () => process.exit(1),
  });
  await node.start();
  return node;
}
