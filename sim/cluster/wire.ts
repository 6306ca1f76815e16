// The cluster scenario's network: one SimNetwork carrying all three services
// a SkiffNode speaks (raft, controller, broker), so one partition, pause or
// crash cuts every service of a node at once, as it would cut one host's NIC.
// Method names travel prefixed with their service (`raft.Fetch`,
// `controller.CreateTopics`, `broker.CreateTopics`: the controller and broker
// services share method names). Every payload is re-encoded on the wire with
// the production protobuf codec of its service (src/transport/*-codec.ts, the
// gRPC transport's), so an encoding bug fails a seed and no object is ever
// shared between sender and receiver.

import type { CallOptions, Handlers, PeerId, ServiceMap, Transport } from '../../src/env/transport.js';
import type { BrokerServices } from '../../src/broker/services.js';
import type { ControllerServices } from '../../src/controller/services.js';
import type { RaftServices } from '../../src/raft/types.js';
import { brokerCodec } from '../../src/transport/broker-codec.js';
import { toMessageCodec, type MessageCodec } from '../../src/transport/codec.js';
import { controllerCodec } from '../../src/transport/controller-codec.js';
import { raftCodec } from '../../src/transport/raft-codec.js';

export type ServicePrefix = 'raft.' | 'controller.' | 'broker.';

type Prefixed<S extends ServiceMap, P extends string> = { [M in keyof S & string as `${P}${M}`]: S[M] };

/** Every method of every service, as it appears on the simulated wire. */
export type ClusterWire = Prefixed<RaftServices, 'raft.'> & Prefixed<ControllerServices, 'controller.'> & Prefixed<BrokerServices, 'broker.'>;

/** One service's Transport over the multiplexed endpoint of one incarnation. */
export function serviceView<S extends ServiceMap>(endpoint: Transport<ClusterWire>, prefix: ServicePrefix): Transport<S> {
  const wire = endpoint as unknown as Transport<ServiceMap>;
  return {
    self: endpoint.self,
    call: <M extends keyof S & string>(to: PeerId, method: M, request: S[M]['request'], options: CallOptions) =>
      wire.call(to, `${prefix}${method}`, request, options) as Promise<S[M]['response']>,
    serve: () => {
      throw new Error('serve the multiplexed endpoint (muxHandlers), not a service view');
    },
    close: () => endpoint.close(),
  };
}

/** The handlers of the three services, under their prefixed names, for one endpoint. */
export function muxHandlers(services: { raft: Handlers<RaftServices>; controller: Handlers<ControllerServices>; broker: Handlers<BrokerServices> }): Handlers<ClusterWire> {
  const out: Record<string, unknown> = {};
  for (const [prefix, handlers] of [['raft.', services.raft], ['controller.', services.controller], ['broker.', services.broker]] as const) {
    for (const [method, handler] of Object.entries(handlers)) out[`${prefix}${method}`] = handler;
  }
  return out as Handlers<ClusterWire>;
}

const services: Record<ServicePrefix, MessageCodec> = {
  'raft.': toMessageCodec<RaftServices>(raftCodec),
  'controller.': toMessageCodec<ControllerServices>(controllerCodec),
  'broker.': toMessageCodec<BrokerServices>(brokerCodec),
};

function route(method: string): { codec: MessageCodec; name: string } {
  const dot = method.indexOf('.');
  const codec = services[method.slice(0, dot + 1) as ServicePrefix];
  if (codec === undefined) throw new Error(`no wire codec for method ${method}`);
  return { codec, name: method.slice(dot + 1) };
}

/**
 * The SimNetwork codec: each service's production protobuf codec, picked by
 * the method's prefix. Bytes the sender's own codec produced must decode:
 * a failure is a codec bug, reported through `onDecodeError` (SimNetwork
 * alone would turn a bad request into a quiet UNKNOWN_SERVER_ERROR reply).
 */
export function clusterWireCodec(onDecodeError: (method: string, kind: string, error: unknown) => void): MessageCodec {
  return {
    encode(method, kind, value) {
      const { codec, name } = route(method);
      return codec.encode(name, kind, value);
    },
    decode(method, kind, bytes) {
      const { codec, name } = route(method);
      try {
        return codec.decode(name, kind, bytes);
      } catch (error) {
        onDecodeError(method, kind, error);
        throw error;
      }
    },
  };
}
