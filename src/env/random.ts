// The Random port: seeded, forkable randomness. Core code never calls
// Math.random; the node adapter seeds from the OS, the simulator from the run's
// seed, and each subsystem forks a child stream so adding a random draw in one
// component does not perturb another's sequence.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). `bound` must be a positive safe integer. */
  int(bound: number): number;
  /** An independent stream derived from this one's seed and `label`; it does not advance this stream. */
  fork(label: string): Random;
}
