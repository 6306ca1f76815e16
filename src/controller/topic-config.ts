// Topic-level configs the controller accepts (Kafka's names and meanings),
// with a validator each. CreateTopics and AlterConfigs reject unknown keys
// and bad values with INVALID_CONFIG, so a typo never silently falls back to
// a default. Values are stored as strings in Config records, as in Kafka.

import { SkiffError } from '../common/errors.js';

type Validator = (value: string) => string | null;

const long = (min: number): Validator => (value) => {
  if (!/^-?\d+$/.test(value)) return 'must be an integer';
  const n = Number(value);
  if (!Number.isSafeInteger(n)) return 'is out of range';
  return n < min ? `must be at least ${min}` : null;
};

const oneOf = (...allowed: string[]): Validator => (value) => (allowed.includes(value) ? null : `must be one of ${allowed.join(', ')}`);

const bool: Validator = oneOf('true', 'false');

export const topicConfigValidators: Readonly<Record<string, Validator>> = {
  'cleanup.policy': (value) => {
    const parts = value.split(',').map((p) => p.trim()).sort();
    const ok = parts.length > 0 && parts.every((p) => p === 'delete' || p === 'compact') && new Set(parts).size === parts.length;
    return ok ? null : 'must be delete, compact or compact,delete';
  },
  'retention.ms': long(-1),
  'retention.bytes': long(-1),
  'segment.bytes': long(14),
  'segment.ms': long(1),
  'delete.retention.ms': long(0),
  'min.compaction.lag.ms': long(0),
  'max.message.bytes': long(0),
  'index.interval.bytes': long(0),
  'min.insync.replicas': long(1),
  'unclean.leader.election.enable': bool,
  'message.timestamp.type': oneOf('CreateTime', 'LogAppendTime'),
};

/** Throws INVALID_CONFIG for an unknown key or a bad value. */
export function validateTopicConfig(name: string, value: string): void {
  const validator = topicConfigValidators[name];
  if (validator === undefined) {
    throw new SkiffError('INVALID_CONFIG', `unknown topic config '${name}' (known: ${Object.keys(topicConfigValidators).join(', ')})`);
  }
  const problem = validator(value);
  if (problem !== null) throw new SkiffError('INVALID_CONFIG', `topic config ${name}=${value} ${problem}`);
}
