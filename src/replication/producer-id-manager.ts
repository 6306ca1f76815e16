// Producer ids for idempotent producers (InitProducerId): handed out from
// blocks the active controller allocates (a ProducerIds metadata record, so
// no id is ever given twice, across failovers too). Non-transactional: a new
// producer starts at epoch 0; a producer that asks to bump its epoch (KIP-360,
// after a sequence gap) gets epoch + 1, or a fresh id once the epoch would
// overflow.

import { SkiffError } from '../common/errors.js';
import { Mutex } from '../common/mutex.js';

export const maxProducerEpoch = 32767;

export type AllocateBlock = () => Promise<{ firstProducerId: number; size: number }>;

export class ProducerIdManager {
  private next = 0;
  private end = 0;
  private readonly lock = new Mutex();

  constructor(private readonly allocate: AllocateBlock) {}

  async initProducerId(producerId: number, producerEpoch: number): Promise<{ producerId: number; producerEpoch: number }> {
    if (producerId >= 0) {
      if (producerEpoch < 0) throw new SkiffError('INVALID_REQUEST', `producer ${producerId} asked for a bump without its current epoch`);
      if (producerEpoch < maxProducerEpoch) return { producerId, producerEpoch: producerEpoch + 1 };
    }
    return { producerId: await this.nextId(), producerEpoch: 0 };
  }

  private nextId(): Promise<number> {
    return this.lock.run(async () => {
      if (this.next >= this.end) {
        const block = await this.allocate();
        if (block.size <= 0) throw new SkiffError('UNKNOWN_SERVER_ERROR', 'controller allocated an empty producer id block');
        this.next = block.firstProducerId;
        this.end = block.firstProducerId + block.size;
      }
      return this.next++;
    });
  }
}
