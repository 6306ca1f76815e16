// The simulator's runtime primitives: virtual time and the event queue, the
// trace hash, and the simulated Clock, FileSystem and Transport ports.

export { Scheduler, type Cancel, type RunOptions, type SchedulerOptions } from './scheduler.js';
export { TraceHash, type TraceOptions } from './trace.js';
export { SimClock, EPOCH_BASE_MS, type SimClockOptions } from './sim-clock.js';
export { SimDisk, type CrashOptions, type DiskFileInfo, type LatencyRange, type SimDiskOptions } from './sim-file-system.js';
export { SimNetwork, type LatencyModel, type MessageCodec, type MessageKind, type NetworkFaults, type SimNetworkOptions } from './sim-network.js';
