// The Random port for a real process: SeededRandom (the same PRNG the
// simulator uses) seeded from the OS's CSPRNG. Only the seed's origin differs
// from the simulator, so a seed logged at startup replays the same stream.
//
// Not for secrets: sfc32 is fast and well distributed, not cryptographic.

import { randomBytes } from 'node:crypto';
import { SeededRandom } from '../../common/seeded-random.js';
import type { Random } from '../random.js';

/** A fresh 128-bit seed from the OS, as 32 hex characters. */
export function randomSeed(): string {
  return randomBytes(16).toString('hex');
}

/**
 * A Random seeded from `seed`, or from the OS when omitted. Pass a seed (for
 * example one logged by an earlier run) to reproduce a sequence.
 */
export function nodeRandom(seed: string = randomSeed()): Random {
  return new SeededRandom(seed);
}
