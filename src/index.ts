// Skiff's public package entry. The client library (Producer, Consumer, Admin)
// lands here with the clients issue; for now: errors and the quorum building blocks.
export { SkiffError, isSkiffError, errorCodes, type ErrorCode } from './common/errors.js';
export { RaftNode, ProposalError, type StateMachine, type RaftNodeOptions } from './raft/raft-node.js';
export type { QuorumDescription } from './raft/raft-core.js';
