// SimNetwork: the Transport port for every simulated process, as one
// seeded network. A call is a request message and a response message, each
// delayed, dropped, duplicated or blocked independently (reordering comes from
// latency jitter). Invariants: a caller gets exactly one outcome (response,
// UNKNOWN_SERVER_ERROR, or REQUEST_TIMED_OUT at timeoutMs of virtual time)
// unless its incarnation died, in which case it gets none; a dead incarnation
// sends nothing and its handlers never run again; a paused peer neither
// receives nor sends until resumed (its traffic is held, in order); payloads
// are always copied or re-encoded. Outstanding calls per endpoint and held
// messages per paused peer are bounded. Link rules cut whole links;
// blockService cuts one service's messages on a link (the data plane between
// brokers, say) while the rest still flows.

import { AssertionError } from '../../src/common/assert.js';
import type { Random } from '../../src/env/random.js';
import {
  TransportError,
  type CallOptions,
  type Handlers,
  type PeerId,
  type ServiceMap,
  type Transport,
} from '../../src/env/transport.js';
import type { Cancel, Scheduler } from './scheduler.js';

export type MessageKind = 'request' | 'response';

/** Re-encodes payloads on the wire, e.g. a protobuf codec, so encoding bugs surface in the sim. */
export interface MessageCodec {
  encode(method: string, kind: MessageKind, value: unknown): Uint8Array;
  decode(method: string, kind: MessageKind, bytes: Uint8Array): unknown;
}

export interface LatencyModel {
  minMs: number;
  maxMs: number;
  /** Chance of an extra delay, uniform in [0, tailMs]. */
  tailProbability?: number;
  tailMs?: number;
}

export interface NetworkFaults {
  latency: LatencyModel;
  dropProbability: number;
  duplicateProbability: number;
}

export interface SimNetworkOptions {
  faults?: Partial<NetworkFaults>;
  codec?: MessageCodec;
  maxOutstandingCalls?: number;
  /** Messages held for one paused peer before further ones are dropped (a full socket buffer). */
  maxHeldMessages?: number;
}

/** (from, to) → true when the link is cut. */
type LinkRule = (from: PeerId, to: PeerId) => boolean;
/** (from, to, method) → true when this message is dropped (one service's traffic cut, the rest flowing). */
type MethodRule = (from: PeerId, to: PeerId, method: string) => boolean;

interface PendingCall {
  readonly id: number;
  readonly method: string;
  readonly to: PeerId;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  cancelTimeout: Cancel;
}

interface Message {
  readonly kind: MessageKind;
  readonly id: number;
  readonly method: string;
  readonly from: PeerId;
  readonly to: PeerId;
  /** Encoded bytes (with a codec) or a structured clone made at send time. */
  readonly payload: unknown;
  /** For responses: the handler's failure message instead of a payload. */
  readonly error?: string;
  /** The incarnation that sent it; nothing is sent once it is dead. */
  readonly sender: SimEndpoint<ServiceMap>;
  /** For requests: the caller, whose incarnation the response must reach. */
  readonly caller: SimEndpoint<ServiceMap>;
}

/**
 * Copies plain message data (objects, arrays, byte arrays, primitives) several
 * times faster than structuredClone, which dominated the simulator's profile.
 * Anything else (Map, Date, class instances) falls back to structuredClone.
 */
export function copyMessage(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return value.slice();
  if (Array.isArray(value)) return value.map(copyMessage);
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyMessage((value as Record<string, unknown>)[key]);
  return out;
}

const DEFAULT_FAULTS: NetworkFaults = { latency: { minMs: 1, maxMs: 5 }, dropProbability: 0, duplicateProbability: 0 };
const never = <T>(): Promise<T> => new Promise<T>(() => {});

export class SimNetwork<S extends ServiceMap> {
  faults: NetworkFaults;
  private readonly endpoints = new Map<PeerId, SimEndpoint<S>>();
  private rules: LinkRule[] = [];
  private methodRules: MethodRule[] = [];
  /** Paused peers and what is held for them: deliveries to them and messages from them, in order. */
  private readonly paused = new Map<PeerId, (() => void)[]>();
  private nextCallId = 0;
  private readonly codec: MessageCodec | undefined;
  readonly maxOutstandingCalls: number;
  private readonly maxHeldMessages: number;

  constructor(
    readonly scheduler: Scheduler,
    private readonly random: Random,
    options: SimNetworkOptions = {},
  ) {
    this.faults = { ...DEFAULT_FAULTS, ...options.faults };
    this.codec = options.codec;
    this.maxOutstandingCalls = options.maxOutstandingCalls ?? 10_000;
    this.maxHeldMessages = options.maxHeldMessages ?? 100_000;
  }

  setFaults(faults: Partial<NetworkFaults>): void {
    this.faults = { ...this.faults, ...faults };
  }

  /** A new endpoint for one incarnation of `peer`; a previous endpoint of that peer dies. */
  attach(peer: PeerId): Transport<S> {
    this.detach(peer);
    const endpoint = new SimEndpoint<S>(this, peer);
    this.endpoints.set(peer, endpoint);
    this.scheduler.trace(`net attach ${peer}`);
    return endpoint;
  }

  /** Crash: the peer's endpoint dies and the peer becomes unreachable. */
  detach(peer: PeerId): void {
    const endpoint = this.endpoints.get(peer);
    if (endpoint === undefined) return;
    this.endpoints.delete(peer);
    endpoint.kill();
    this.scheduler.trace(`net detach ${peer}`);
  }

  // --- link faults; rules add up until heal() ---

  /** Peers in different groups cannot talk; peers in no group are unaffected. */
  partition(groups: readonly (readonly PeerId[])[]): void {
    const groupOf = new Map<PeerId, number>();
    groups.forEach((group, i) => group.forEach((p) => groupOf.set(p, i)));
    this.addRule(`partition ${groups.map((g) => g.join(',')).join('|')}`, (from, to) => {
      const a = groupOf.get(from);
      const b = groupOf.get(to);
      return a !== undefined && b !== undefined && a !== b;
    });
  }

  isolate(peer: PeerId): void {
    this.addRule(`isolate ${peer}`, (from, to) => (from === peer) !== (to === peer));
  }

  blockOneWay(from: PeerId, to: PeerId): void {
    this.addRule(`block ${from}>${to}`, (f, t) => f === from && t === to);
  }

  /** `a` and `b` cannot talk to each other, but `bridgePeer` talks to both. */
  bridge(a: readonly PeerId[], b: readonly PeerId[], bridgePeer: PeerId): void {
    const sideA = new Set(a.filter((p) => p !== bridgePeer));
    const sideB = new Set(b.filter((p) => p !== bridgePeer));
    this.addRule(`bridge ${[...sideA].join(',')}|${bridgePeer}|${[...sideB].join(',')}`, (from, to) =>
      (sideA.has(from) && sideB.has(to)) || (sideB.has(from) && sideA.has(to)),
    );
  }

  /**
   * Messages whose method starts with `methodPrefix` cannot pass between a
   * peer of `a` and a peer of `b` (either way); every other message flows. A
   * firewall on one service's port: e.g. the data plane ('broker.') cut
   * between two brokers while their metadata traffic still gets through.
   * Adds up with the other rules until heal().
   */
  blockService(methodPrefix: string, a: readonly PeerId[], b: readonly PeerId[]): void {
    const sideA = new Set(a);
    const sideB = new Set(b);
    this.methodRules.push((from, to, method) => method.startsWith(methodPrefix) && ((sideA.has(from) && sideB.has(to)) || (sideB.has(from) && sideA.has(to))));
    this.scheduler.trace(`net block-service ${methodPrefix}* ${[...sideA].join(',')}|${[...sideB].join(',')}`);
  }

  heal(): void {
    this.rules = [];
    this.methodRules = [];
    this.scheduler.trace('net heal');
  }

  isLinkUp(from: PeerId, to: PeerId): boolean {
    if (from === to) return true; // loopback is never cut
    for (const rule of this.rules) if (rule(from, to)) return false;
    return true;
  }

  /** Whether a message of `method` may pass from `from` to `to`: the link is up and no blockService rule drops it. */
  passes(from: PeerId, to: PeerId, method: string): boolean {
    if (!this.isLinkUp(from, to)) return false;
    if (from === to) return true;
    for (const rule of this.methodRules) if (rule(from, to, method)) return false;
    return true;
  }

  /** Messages to the peer are held until resume; it sends nothing meanwhile (its code is frozen). */
  pausePeer(peer: PeerId): void {
    if (this.paused.has(peer)) return;
    this.paused.set(peer, []);
    this.scheduler.trace(`net pause ${peer}`);
  }

  resumePeer(peer: PeerId): void {
    const held = this.paused.get(peer);
    if (held === undefined) return;
    this.paused.delete(peer);
    this.scheduler.trace(`net resume ${peer} held=${held.length}`);
    for (const action of held) this.scheduler.after(0, 'net held', action);
  }

  // --- internals used by SimEndpoint ---

  nextId(): number {
    return ++this.nextCallId;
  }

  encode(method: string, kind: MessageKind, value: unknown): unknown {
    return this.codec !== undefined ? this.codec.encode(method, kind, value) : copyMessage(value);
  }

  decode(method: string, kind: MessageKind, payload: unknown): unknown {
    return this.codec !== undefined ? this.codec.decode(method, kind, payload as Uint8Array) : payload;
  }

  currentEndpoint(peer: PeerId): SimEndpoint<S> | undefined {
    return this.endpoints.get(peer);
  }

  /** Runs `action` now, or holds it until `peer` resumes (dropped if the hold is full). */
  whenRunning(peer: PeerId, action: () => void): void {
    const held = this.paused.get(peer);
    if (held === undefined) {
      action();
    } else if (held.length < this.maxHeldMessages) {
      held.push(action);
    } else {
      this.scheduler.trace(`net drop-overflow ${peer}`);
    }
  }

  /** Puts a message on the wire, applying partitions, drops, duplicates and latency. */
  send(msg: Message): void {
    if (!msg.sender.alive) return;
    if (this.paused.has(msg.from)) {
      this.whenRunning(msg.from, () => this.send(msg));
      return;
    }
    const tag = describe(msg);
    this.scheduler.trace(`net send ${tag}`);
    if (!this.passes(msg.from, msg.to, msg.method)) {
      this.scheduler.trace(`net drop-link ${tag}`);
      return;
    }
    const f = this.faults;
    if (f.dropProbability > 0 && this.random.next() < f.dropProbability) {
      this.scheduler.trace(`net drop ${tag}`);
      return;
    }
    if (f.duplicateProbability > 0 && this.random.next() < f.duplicateProbability) {
      this.scheduler.trace(`net dup ${tag}`);
      // Its own copy: the first delivery may hand its payload to code that mutates it.
      const copy: Message = this.codec !== undefined ? msg : { ...msg, payload: copyMessage(msg.payload) };
      this.scheduler.after(this.drawLatency(), 'net deliver', () => this.arrive(copy));
    }
    this.scheduler.after(this.drawLatency(), 'net deliver', () => this.arrive(msg));
  }

  private arrive(msg: Message): void {
    if (!this.passes(msg.from, msg.to, msg.method)) {
      this.scheduler.trace(`net drop-link ${describe(msg)}`); // the link went down in flight
      return;
    }
    this.whenRunning(msg.to, () => {
      if (msg.kind === 'response') {
        msg.caller.receiveResponse(msg);
        return;
      }
      // Requests go to whichever incarnation is attached when they arrive.
      const target = this.currentEndpoint(msg.to);
      if (target !== undefined) target.receiveRequest(msg);
      else this.scheduler.trace(`net drop-noserver ${describe(msg)}`);
    });
  }

  private drawLatency(): number {
    const { minMs, maxMs, tailProbability = 0, tailMs = 0 } = this.faults.latency;
    let ms = minMs + (maxMs > minMs ? this.random.int(maxMs - minMs + 1) : 0);
    if (tailProbability > 0 && tailMs > 0 && this.random.next() < tailProbability) ms += this.random.int(tailMs + 1);
    return ms;
  }

  private addRule(description: string, rule: LinkRule): void {
    this.rules.push(rule);
    this.scheduler.trace(`net ${description}`);
  }
}

function describe(msg: Message): string {
  return `${msg.kind === 'request' ? 'req' : 'resp'} ${msg.method} ${msg.from}>${msg.to} #${msg.id}`;
}

/** One incarnation's Transport. */
class SimEndpoint<S extends ServiceMap> implements Transport<S> {
  alive = true;
  private closed = false;
  private handlers: Partial<Handlers<S>> | null = null;
  private readonly pending = new Map<number, PendingCall>();

  constructor(
    private readonly net: SimNetwork<S>,
    readonly self: PeerId,
  ) {}

  call<M extends keyof S & string>(to: PeerId, method: M, request: S[M]['request'], options: CallOptions): Promise<S[M]['response']> {
    if (!this.alive) return never();
    if (this.closed) return Promise.reject(new TransportError('NETWORK_EXCEPTION', to, method, 'transport closed'));
    if (!(options.timeoutMs > 0)) return Promise.reject(new RangeError(`timeoutMs must be > 0, got ${options.timeoutMs}`));
    if (this.pending.size >= this.net.maxOutstandingCalls) {
      const error = new AssertionError(`peer ${this.self} has ${this.pending.size} outstanding calls (limit ${this.net.maxOutstandingCalls}): leak or missing back-pressure`);
      this.net.scheduler.fail(error);
      return Promise.reject(error);
    }
    const id = this.net.nextId();
    let payload: unknown;
    try {
      payload = this.net.encode(method, 'request', request);
    } catch (error) {
      this.net.scheduler.fail(error); // an uncopyable or unencodable request is a bug
      return Promise.reject(error);
    }
    return new Promise<S[M]['response']>((resolve, reject) => {
      const call: PendingCall = { id, method, to, resolve: resolve as (value: unknown) => void, reject, cancelTimeout: () => {} };
      this.pending.set(id, call);
      call.cancelTimeout = this.net.scheduler.after(options.timeoutMs, 'net timeout', () => this.timeOut(call));
      const self = this as unknown as SimEndpoint<ServiceMap>;
      this.net.send({ kind: 'request', id, method, from: this.self, to, payload, sender: self, caller: self });
    });
  }

  serve(handlers: Handlers<S>): void {
    if (!this.alive || this.closed) return;
    this.handlers = handlers;
  }

  close(): Promise<void> {
    if (!this.alive || this.closed) return Promise.resolve();
    this.closed = true;
    this.handlers = null;
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) {
      call.cancelTimeout();
      call.reject(new TransportError('NETWORK_EXCEPTION', call.to, call.method, 'transport closed'));
    }
    return Promise.resolve();
  }

  /** The incarnation died: nothing it awaits ever settles, nothing it serves runs. */
  kill(): void {
    this.alive = false;
    this.handlers = null;
    for (const call of this.pending.values()) call.cancelTimeout();
    this.pending.clear();
  }

  receiveRequest(msg: Message): void {
    const tag = describe(msg);
    if (!this.alive || this.handlers === null) {
      this.net.scheduler.trace(`net drop-noserver ${tag}`);
      return;
    }
    this.net.scheduler.trace(`net deliver ${tag}`);
    const handler = this.handlers[msg.method] as ((from: PeerId, request: unknown) => Promise<unknown>) | undefined;
    let result: Promise<unknown>;
    try {
      if (handler === undefined) throw new Error(`no handler for ${msg.method}`);
      result = handler(msg.from, this.net.decode(msg.method, 'request', msg.payload));
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (response) => this.respondOk(msg, response),
      (error: unknown) => this.respond(msg, { payload: undefined, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  receiveResponse(msg: Message): void {
    const tag = describe(msg);
    const call = this.pending.get(msg.id);
    if (!this.alive || call === undefined) {
      this.net.scheduler.trace(`net late ${tag}`); // timed out, duplicate, or caller dead
      return;
    }
    this.pending.delete(msg.id);
    call.cancelTimeout();
    this.net.scheduler.trace(`net deliver ${tag}`);
    if (msg.error !== undefined) call.reject(new TransportError('UNKNOWN_SERVER_ERROR', msg.from, msg.method, msg.error));
    else call.resolve(this.net.decode(msg.method, 'response', msg.payload));
  }

  private respondOk(request: Message, response: unknown): void {
    let payload: unknown;
    try {
      payload = this.net.encode(request.method, 'response', response);
    } catch (error) {
      this.net.scheduler.fail(error); // an unencodable response is a bug, not a network fault
      return;
    }
    this.respond(request, { payload });
  }

  private respond(request: Message, body: { payload: unknown; error?: string }): void {
    if (!this.alive) return; // a dead process sends nothing
    const sender = this as unknown as SimEndpoint<ServiceMap>;
    this.net.send({ ...body, kind: 'response', id: request.id, method: request.method, from: this.self, to: request.from, sender, caller: request.caller });
  }

  private timeOut(call: PendingCall): void {
    // A paused caller observes its deadline only once it runs again.
    this.net.whenRunning(this.self, () => {
      if (!this.alive || this.pending.get(call.id) !== call) return;
      this.pending.delete(call.id);
      this.net.scheduler.trace(`net timeout ${call.method} ${this.self}>${call.to} #${call.id}`);
      call.reject(new TransportError('REQUEST_TIMED_OUT', call.to, call.method, `no response within the deadline`));
    });
  }
}
