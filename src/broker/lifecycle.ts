// The broker side of the lifecycle (kraft-digest §1.5): register with the
// active controller under a fresh incarnation id, heartbeat with how far this
// node has applied the metadata log, learn when it is unfenced, and on
// shutdown ask to shut down and wait until the controller has moved every
// leadership away and the other brokers have seen it.
//
// States: starting → registered (fenced) → running (unfenced) →
// pending-shutdown → shut-down. Registration and heartbeats retry forever
// with backoff (a controller failover, a partition or a rejected duplicate
// registration are all transient); STALE_BROKER_EPOCH or an unknown
// registration sends the broker back to registering.

import { SkiffError, isSkiffError } from '../common/errors.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { Endpoint } from '../metadata/records.js';
import type { ControllerChannel } from './controller-channel.js';

export type BrokerState = 'starting' | 'registered' | 'running' | 'pending-shutdown' | 'shut-down';

export interface BrokerLifecycleOptions {
  readonly brokerId: number;
  readonly clusterId: string;
  readonly incarnationId: string;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  /**
   * The directory.id (meta.properties) of each data directory and of the
   * metadata directory. The controller keeps a restarted broker as an
   * eligible leader replica only if these are unchanged (same disks).
   */
  readonly logDirIds: readonly string[];
  readonly controller: ControllerChannel;
  /** Every metadata entry below this offset has been applied on this node. */
  readonly metadataOffset: () => number;
  readonly clock: Clock;
  readonly logger: Logger;
  /** broker.heartbeat.interval.ms */
  readonly heartbeatIntervalMs: number;
  /** Delay before retrying a failed registration or heartbeat. */
  readonly retryBackoffMs?: number;
}

export class BrokerLifecycle {
  private stateValue: BrokerState = 'starting';
  private epoch = -1;
  private timer: CancelTimer | null = null;
  private inFlight = false;
  private stopped = false;
  private shutdownWaiters: ((done: boolean) => void)[] = [];
  private listeners: ((state: BrokerState) => void)[] = [];

  constructor(private readonly options: BrokerLifecycleOptions) {}

  get state(): BrokerState {
    return this.stateValue;
  }

  get brokerEpoch(): number {
    return this.epoch;
  }

  get isFenced(): boolean {
    return this.stateValue !== 'running';
  }

  onStateChange(listener: (state: BrokerState) => void): void {
    this.listeners.push(listener);
  }

  start(): void {
    this.schedule(0);
  }

  /**
   * Controlled shutdown: heartbeats ask to shut down until the controller
   * says every leadership has moved (resolves true), or `timeoutMs` passes
   * (resolves false: the caller shuts down anyway, as Kafka does).
   */
  controlledShutdown(timeoutMs: number): Promise<boolean> {
    if (this.stateValue === 'shut-down') return Promise.resolve(true);
    if (this.epoch < 0) {
      this.setState('shut-down');
      return Promise.resolve(true);
    }
    this.setState('pending-shutdown');
    const done = new Promise<boolean>((resolve) => this.shutdownWaiters.push(resolve));
    const cancel = this.options.clock.setTimer(timeoutMs, () => this.finishShutdown(false));
    this.schedule(0);
    return done.finally(cancel);
  }

  stop(): void {
    this.stopped = true;
    this.timer?.();
    this.timer = null;
    this.finishShutdown(false);
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.stateValue === 'shut-down') return;
    this.timer?.();
    this.timer = this.options.clock.setTimer(delayMs, () => {
      this.timer = null;
      void this.step();
    });
  }

  private async step(): Promise<void> {
    if (this.inFlight || this.stopped) return;
    this.inFlight = true;
    let next = this.options.heartbeatIntervalMs;
    try {
      if (this.epoch < 0) await this.register();
      else await this.heartbeat();
    } catch (error) {
      next = this.options.retryBackoffMs ?? 500;
      if (isSkiffError(error) && (error.code === 'STALE_BROKER_EPOCH' || error.code === 'BROKER_ID_NOT_REGISTERED')) {
        this.options.logger.warn({ err: error.message }, 'registration lost: registering again');
        this.epoch = -1;
        if (this.stateValue !== 'pending-shutdown') this.setState('starting');
        next = 0;
      } else {
        this.options.logger.debug({ err: isSkiffError(error) ? error.message : String(error) }, 'controller call failed; retrying');
      }
    } finally {
      this.inFlight = false;
    }
    this.schedule(next);
  }

  private async register(): Promise<void> {
    const response = await this.options.controller.call('BrokerRegistration', {
      clusterId: this.options.clusterId,
      brokerId: this.options.brokerId,
      incarnationId: this.options.incarnationId,
      endpoints: this.options.endpoints,
      rack: this.options.rack,
      logDirIds: this.options.logDirIds,
    });
    if (response.error !== null) throw new SkiffError(response.error.code, response.error.message);
    this.epoch = response.brokerEpoch;
    this.options.logger.info({ brokerEpoch: this.epoch }, 'registered with the controller');
    if (this.stateValue === 'starting') this.setState('registered');
  }

  private async heartbeat(): Promise<void> {
    const shuttingDown = this.stateValue === 'pending-shutdown';
    const response = await this.options.controller.call('BrokerHeartbeat', {
      brokerId: this.options.brokerId,
      brokerEpoch: this.epoch,
      currentMetadataOffset: this.options.metadataOffset(),
      wantFence: false,
      wantShutDown: shuttingDown,
    });
    if (response.error !== null) throw new SkiffError(response.error.code, response.error.message);
    if (shuttingDown) {
      if (response.shouldShutDown) this.finishShutdown(true);
      return;
    }
    if (!response.isFenced && this.stateValue !== 'running') {
      this.options.logger.info({ brokerEpoch: this.epoch }, 'unfenced: serving as a broker');
      this.setState('running');
    } else if (response.isFenced && this.stateValue === 'running') {
      this.options.logger.warn({ brokerEpoch: this.epoch }, 'fenced by the controller');
      this.setState('registered');
    }
  }

  private finishShutdown(clean: boolean): void {
    if (this.shutdownWaiters.length === 0 && this.stateValue !== 'pending-shutdown') return;
    if (clean) this.options.logger.info('controlled shutdown complete: the controller released this broker');
    this.setState('shut-down');
    this.timer?.();
    this.timer = null;
    const waiters = this.shutdownWaiters;
    this.shutdownWaiters = [];
    for (const resolve of waiters) resolve(clean);
  }

  private setState(state: BrokerState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    for (const listener of this.listeners) listener(state);
  }
}
