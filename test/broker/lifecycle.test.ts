// Goal: the broker registers with its storage identity — the directory.id of
// each of its data and metadata directories — so the controller can tell a
// restart on the same disks from one on re-formatted disks.
// Method: a BrokerLifecycle on a SimClock, with a controller channel that
// records the calls it gets.

import { describe, expect, it } from 'vitest';
import type { ControllerChannel } from '../../src/broker/controller-channel.js';
import { BrokerLifecycle } from '../../src/broker/lifecycle.js';
import type { BrokerRegistrationRequest } from '../../src/controller/services.js';
import { silentLogger } from '../../src/env/logger.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimClock } from '../../sim/runtime/sim-clock.js';

describe('BrokerLifecycle', () => {
  it('registers with its directory ids and reaches running once unfenced', async () => {
    const scheduler = new Scheduler();
    const registrations: BrokerRegistrationRequest[] = [];
    const controller = {
      call: (method: string, request: unknown) => {
        if (method === 'BrokerRegistration') {
          registrations.push(request as BrokerRegistrationRequest);
          return Promise.resolve({ error: null, brokerEpoch: 42 });
        }
        return Promise.resolve({ error: null, isCaughtUp: true, isFenced: false, shouldShutDown: false });
      },
    } as unknown as ControllerChannel;
    const lifecycle = new BrokerLifecycle({
      brokerId: 2,
      clusterId: 'c',
      incarnationId: 'inc',
      endpoints: [],
      rack: null,
      logDirIds: ['log-dir-id', 'metadata-dir-id'],
      controller,
      metadataOffset: () => 100,
      clock: new SimClock(scheduler),
      logger: silentLogger,
      heartbeatIntervalMs: 1_000,
    });
    lifecycle.start();
    await scheduler.run({ untilMs: 1_500 });
    lifecycle.stop();
    expect(registrations).toEqual([{ clusterId: 'c', brokerId: 2, incarnationId: 'inc', endpoints: [], rack: null, logDirIds: ['log-dir-id', 'metadata-dir-id'] }]);
    expect(lifecycle.brokerEpoch).toBe(42);
    expect(lifecycle.state).toBe('running');
  });
});
