// Reaching the active controller from any node: it is the metadata quorum's
// leader, so the target follows the quorum's view of the leader. A call to
// this node itself goes straight to the local handlers (no loopback RPC).
// NOT_CONTROLLER, an unknown leader and transport failures all surface as
// retriable SkiffErrors; callers retry with backoff.

import { SkiffError, isSkiffError } from '../common/errors.js';
import type { Handlers, Transport } from '../env/transport.js';
import type { ControllerServices } from '../controller/services.js';

export interface ControllerChannelOptions {
  readonly selfId: number;
  readonly transport: Pick<Transport<ControllerServices>, 'call'>;
  /** The quorum leader as this node currently knows it. */
  readonly leaderId: () => number | null;
  /** This node's own controller handlers (used when it leads). */
  readonly local: () => Handlers<ControllerServices>;
  readonly timeoutMs: number;
}

type Response<M extends keyof ControllerServices> = ControllerServices[M]['response'];

export class ControllerChannel {
  constructor(private readonly options: ControllerChannelOptions) {}

  /** Calls the active controller; a response carrying NOT_CONTROLLER is thrown as a retriable error. */
  async call<M extends keyof ControllerServices & string>(method: M, request: ControllerServices[M]['request']): Promise<Response<M>> {
    const leader = this.options.leaderId();
    if (leader === null) throw new SkiffError('NOT_CONTROLLER', 'no active controller is known yet (quorum election in progress)');
    let response: Response<M>;
    try {
      if (leader === this.options.selfId) {
        const handler = this.options.local()[method] as (from: number, request: ControllerServices[M]['request']) => Promise<Response<M>>;
        response = await handler(this.options.selfId, request);
      } else {
        response = await this.options.transport.call(leader, method, request, { timeoutMs: this.options.timeoutMs });
      }
    } catch (error) {
      if (isSkiffError(error)) throw error;
      const code = (error as { code?: unknown }).code;
      throw new SkiffError(code === 'REQUEST_TIMED_OUT' ? 'REQUEST_TIMED_OUT' : 'NETWORK_EXCEPTION', `${method} to controller ${leader}: ${(error as Error).message}`, { cause: error });
    }
    const apiError = (response as { error?: { code: string; message: string } | null }).error;
    if (apiError?.code === 'NOT_CONTROLLER') throw new SkiffError('NOT_CONTROLLER', apiError.message);
    return response;
  }
}
