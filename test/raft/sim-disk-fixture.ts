// Shared fixture of the store tests: a simulated disk with the store's
// directory created durably, exactly as RaftNode prepares it before opening
// its stores, so crash tests start from a durable directory.

import { SeededRandom } from '../../src/common/seeded-random.js';
import { mkdirDurable, type FileSystem } from '../../src/env/file-system.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';

export interface SimDiskFixture {
  readonly disk: SimDisk;
  readonly fs: FileSystem;
  readonly random: SeededRandom;
}

export async function simDiskWithDir(dir: string, seed: number | string = 1): Promise<SimDiskFixture> {
  const random = SeededRandom.fromSeed(seed);
  const disk = new SimDisk(new Scheduler(), random.fork('disk'));
  const fs = disk.mount();
  await mkdirDurable(fs, dir);
  return { disk, fs, random };
}
