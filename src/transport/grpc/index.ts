// The gRPC adapter of the Transport port: servers, channels, transports.
export { GrpcChannels, type GrpcChannelOptions } from './grpc-channels.js';
export { defaultMaxMessageBytes, GrpcServer, type GrpcServerOptions, type ServiceHost } from './grpc-server.js';
export { GrpcTransport, type GrpcTransportOptions, type StandaloneGrpcOptions } from './grpc-transport.js';
export { errorCodeKey, fromKey, unknownPeer } from './status.js';
