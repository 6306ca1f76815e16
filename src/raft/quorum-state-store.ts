// Durable election state: the `quorum-state` file (epoch, votedId, leaderId).
// Written as a new file that is synced and then renamed over the old one, with
// the directory synced after, so a crash leaves either the old or the new state,
// never a torn mix. The driver writes it before sending any message that
// depends on it (a vote grant, a leadership announcement).

import { SkiffError } from '../common/errors.js';
import { nodeId } from '../common/ids.js';
import { joinPath } from '../common/path.js';
import { isFsError, type FileSystem } from '../env/file-system.js';
import type { QuorumStateData } from './types.js';

const fileName = 'quorum-state';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class QuorumStateStore {
  private readonly path: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
  ) {
    this.path = joinPath(dir, fileName);
  }

  async read(): Promise<QuorumStateData> {
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if (isFsError(error, 'ENOENT')) return { epoch: 0, votedId: null, leaderId: null };
      throw error;
    }
    return parseQuorumState(decoder.decode(bytes), this.path);
  }

  async write(state: QuorumStateData): Promise<void> {
    const tmp = `${this.path}.tmp`;
    const body = encoder.encode(`${JSON.stringify({ version: 1, epoch: state.epoch, votedId: state.votedId, leaderId: state.leaderId })}\n`);
    const handle = await this.fs.open(tmp, { create: true });
    try {
      await handle.truncate(0);
      await handle.write(0, body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.fs.rename(tmp, this.path);
    await this.fs.syncDir(this.dir);
  }
}

function parseQuorumState(text: string, path: string): QuorumStateData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new SkiffError('KAFKA_STORAGE_ERROR', `quorum state file ${path} is not valid JSON`, { cause });
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const isId = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
  const { epoch, votedId, leaderId } = record;
  if (record['version'] !== 1 || typeof epoch !== 'number' || !Number.isSafeInteger(epoch) || epoch < 0 || !isId(votedId) || !isId(leaderId)) {
    throw new SkiffError('KAFKA_STORAGE_ERROR', `quorum state file ${path} has unexpected contents`);
  }
  return { epoch, votedId: votedId === null ? null : nodeId(votedId), leaderId: leaderId === null ? null : nodeId(leaderId) };
}
