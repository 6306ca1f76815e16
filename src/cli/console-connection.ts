// How `skiff produce` and `skiff consume` reach the cluster: a
// ClusterConnection made from --bootstrap-server (tests pass their own, to an
// in-memory cluster), and the first metadata lookup, whose failure is
// explained in the user's terms (is the cluster running? does the topic
// exist?). An adapter: it uses the node client's gRPC connection.

import { isSkiffError } from '../common/errors.js';
import type { ClusterConnection } from '../node-client/cluster-connection.js';

/** Makes the connection a command talks through. */
export type ConsoleConnect = (addresses: readonly string[], options: { readonly logName: string; readonly logLevel: string; readonly requestTimeoutMs: number }) => ClusterConnection;

/**
 * The topic's partition count once metadata names it, waiting at most
 * `waitMs` (Kafka's clients wait max.block.ms / default.api.timeout.ms, 60 s);
 * with `partition`, also checks that partition exists.
 */
export async function topicPartitionCount(conn: ClusterConnection, servers: readonly string[], topic: string, partition: number | null, waitMs: number): Promise<number> {
  let partitions: number;
  try {
    partitions = await conn.cluster.partitionCountOf(topic, waitMs);
  } catch (error) {
    if (isSkiffError(error) && (error.code === 'NETWORK_EXCEPTION' || error.code === 'REQUEST_TIMED_OUT')) {
      throw new Error(`could not reach any of ${servers.join(', ')} within ${waitMs} ms (${error.message}). Is the cluster running (npm start) and is --bootstrap-server right?`, { cause: error });
    }
    if (isSkiffError(error)) throw new Error(`topic '${topic}': ${error.message}`, { cause: error });
    throw error;
  }
  if (partition !== null && partition >= partitions) throw new Error(`partition ${partition} of topic '${topic}' does not exist (it has ${partitions})`);
  return partitions;
}
