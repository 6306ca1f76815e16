// The closed set of error codes Skiff reports, with Kafka's names and numeric
// codes where Kafka has one, each marked retriable or not. Cores return these
// codes as values; SkiffError carries them across API edges.

interface ErrorCodeInfo {
  readonly code: number;
  readonly retriable: boolean;
}

export const errorCodes = {
  UNKNOWN_SERVER_ERROR: { code: -1, retriable: false },
  OFFSET_OUT_OF_RANGE: { code: 1, retriable: false },
  CORRUPT_MESSAGE: { code: 2, retriable: true },
  UNKNOWN_TOPIC_OR_PARTITION: { code: 3, retriable: true },
  LEADER_NOT_AVAILABLE: { code: 5, retriable: true },
  NOT_LEADER_OR_FOLLOWER: { code: 6, retriable: true },
  REQUEST_TIMED_OUT: { code: 7, retriable: true },
  MESSAGE_TOO_LARGE: { code: 10, retriable: false },
  NETWORK_EXCEPTION: { code: 13, retriable: true },
  INVALID_TOPIC_EXCEPTION: { code: 17, retriable: false },
  RECORD_LIST_TOO_LARGE: { code: 18, retriable: false },
  NOT_ENOUGH_REPLICAS: { code: 19, retriable: true },
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: { code: 20, retriable: true },
  INVALID_REQUIRED_ACKS: { code: 21, retriable: false },
  INVALID_TIMESTAMP: { code: 32, retriable: false },
  UNSUPPORTED_VERSION: { code: 35, retriable: false },
  TOPIC_ALREADY_EXISTS: { code: 36, retriable: false },
  INVALID_PARTITIONS: { code: 37, retriable: false },
  INVALID_REPLICATION_FACTOR: { code: 38, retriable: false },
  INVALID_REPLICA_ASSIGNMENT: { code: 39, retriable: false },
  INVALID_CONFIG: { code: 40, retriable: false },
  NOT_CONTROLLER: { code: 41, retriable: true },
  INVALID_REQUEST: { code: 42, retriable: false },
  UNSUPPORTED_FOR_MESSAGE_FORMAT: { code: 43, retriable: false },
  OUT_OF_ORDER_SEQUENCE_NUMBER: { code: 45, retriable: false },
  DUPLICATE_SEQUENCE_NUMBER: { code: 46, retriable: false },
  INVALID_PRODUCER_EPOCH: { code: 47, retriable: false },
  INVALID_TXN_STATE: { code: 48, retriable: false },
  UNKNOWN_PRODUCER_ID: { code: 59, retriable: false },
  KAFKA_STORAGE_ERROR: { code: 56, retriable: true },
  FENCED_LEADER_EPOCH: { code: 74, retriable: true },
  STALE_BROKER_EPOCH: { code: 77, retriable: false },
  UNKNOWN_LEADER_EPOCH: { code: 75, retriable: true },
  OFFSET_NOT_AVAILABLE: { code: 78, retriable: true },
  INVALID_RECORD: { code: 87, retriable: false },
  PRODUCER_FENCED: { code: 90, retriable: false },
  POSITION_OUT_OF_RANGE: { code: 99, retriable: false },
  INCONSISTENT_VOTER_SET: { code: 94, retriable: false },
  INVALID_UPDATE_VERSION: { code: 95, retriable: false },
  INCONSISTENT_CLUSTER_ID: { code: 104, retriable: false },
  UNKNOWN_TOPIC_ID: { code: 100, retriable: true },
  DUPLICATE_BROKER_REGISTRATION: { code: 101, retriable: false },
  BROKER_ID_NOT_REGISTERED: { code: 102, retriable: false },
  NEW_LEADER_ELECTED: { code: 106, retriable: false },
  INELIGIBLE_REPLICA: { code: 107, retriable: false },
  SNAPSHOT_NOT_FOUND: { code: 98, retriable: false },
  // Consumer groups (src/group): Kafka's names and codes.
  OFFSET_METADATA_TOO_LARGE: { code: 12, retriable: false },
  COORDINATOR_LOAD_IN_PROGRESS: { code: 14, retriable: true },
  COORDINATOR_NOT_AVAILABLE: { code: 15, retriable: true },
  NOT_COORDINATOR: { code: 16, retriable: true },
  INVALID_GROUP_ID: { code: 24, retriable: false },
  UNKNOWN_MEMBER_ID: { code: 25, retriable: false },
  NON_EMPTY_GROUP: { code: 68, retriable: false },
  GROUP_ID_NOT_FOUND: { code: 69, retriable: false },
  GROUP_MAX_SIZE_REACHED: { code: 81, retriable: false },
  FENCED_INSTANCE_ID: { code: 82, retriable: false },
  GROUP_SUBSCRIBED_TO_TOPIC: { code: 86, retriable: false },
  FENCED_MEMBER_EPOCH: { code: 110, retriable: false },
  UNRELEASED_INSTANCE_ID: { code: 111, retriable: false },
  UNSUPPORTED_ASSIGNOR: { code: 112, retriable: false },
  STALE_MEMBER_EPOCH: { code: 113, retriable: false },
  INVALID_REGULAR_EXPRESSION: { code: 128, retriable: false },
  /** Skiff-specific: a bounded queue (pending proposals, in-flight requests) is full. */
  THROTTLED: { code: 1001, retriable: true },
  /** Skiff-specific: the node is shutting down or crashed while the request was pending. */
  SHUTTING_DOWN: { code: 1002, retriable: true },
  /** Skiff-specific: the node is still recovering its state and cannot answer yet. */
  NODE_STARTING: { code: 1003, retriable: true },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof errorCodes;

export function isRetriable(code: ErrorCode): boolean {
  return errorCodes[code].retriable;
}

const skiffErrorBrand = Symbol.for('skiff.error');

/** The one error type that crosses API edges (client library, CLI, transport). */
export class SkiffError extends Error {
  override readonly name = 'SkiffError';
  readonly [skiffErrorBrand] = true;
  readonly retriable: boolean;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
    this.retriable = isRetriable(code);
  }
}

/** Brand check that survives duplicate copies of the package (unlike instanceof). */
export function isSkiffError(value: unknown): value is SkiffError {
  return typeof value === 'object' && value !== null && skiffErrorBrand in value;
}

/**
 * The code whose Kafka numeric value is `numeric`, or undefined when Skiff
 * knows no such code (a newer peer, or garbage). Built once from errorCodes,
 * whose numeric values are unique (checked here).
 */
export function errorCodeByNumber(numeric: number): ErrorCode | undefined {
  return codesByNumber.get(numeric);
}

const codesByNumber: ReadonlyMap<number, ErrorCode> = (() => {
  const byNumber = new Map<number, ErrorCode>();
  for (const name of Object.keys(errorCodes) as ErrorCode[]) {
    const numeric = errorCodes[name].code;
    const clash = byNumber.get(numeric);
    if (clash !== undefined) throw new Error(`error codes ${clash} and ${name} share the number ${numeric}`);
    byNumber.set(numeric, name);
  }
  return byNumber;
})();
