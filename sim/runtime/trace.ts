// TraceHash: the determinism fingerprint of a simulator run. Every traced line
// is folded into a rolling 64-bit hash (two independent 32-bit lanes), so two
// runs of one seed must end with the same hex() or the run is not replayable.
// Invariants: pure integer arithmetic (no platform-dependent floats), the hash
// depends on line order and line boundaries, and memory stays bounded: only
// the last `tailLines` lines are kept (a ring buffer for failure excerpts);
// the full log goes to an optional sink (the CLI's `--trace FILE`).

export interface TraceOptions {
  /** How many recent lines to keep for tail(); 0 keeps none. */
  tailLines?: number;
  /** Receives every line (already prefixed by the caller), e.g. to write a trace file. */
  sink?: (line: string) => void;
}

const LINE_END = 0x0a;

export class TraceHash {
  private lane1 = 0x811c9dc5; // FNV-1a offset basis
  private lane2 = 0x6a09e667; // an unrelated basis, so the lanes do not mirror each other
  private lines = 0;
  private readonly ring: (string | undefined)[];
  private ringNext = 0;
  private sink: ((line: string) => void) | undefined;

  constructor(options: TraceOptions = {}) {
    this.ring = new Array<string | undefined>(Math.max(0, options.tailLines ?? 200));
    this.sink = options.sink;
  }

  /** Number of lines recorded so far. */
  get count(): number {
    return this.lines;
  }

  setSink(sink: ((line: string) => void) | undefined): void {
    this.sink = sink;
  }

  record(line: string): void {
    let a = this.lane1;
    let b = this.lane2;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193); // FNV-1a
      b = Math.imul(b ^ c, 0x5bd1e995); // murmur2 multiplier plus a shift, a different mixing family
      b ^= b >>> 13;
    }
    // A terminator, so ["ab", "c"] and ["a", "bc"] hash differently.
    this.lane1 = Math.imul(a ^ LINE_END, 0x01000193);
    b = Math.imul(b ^ LINE_END, 0x5bd1e995);
    this.lane2 = b ^ (b >>> 13);
    this.lines++;
    if (this.ring.length > 0) {
      this.ring[this.ringNext] = line;
      this.ringNext = (this.ringNext + 1) % this.ring.length;
    }
    if (this.sink !== undefined) this.sink(line);
  }

  /** 16 hex chars; finalised with an avalanche step so similar traces give dissimilar hashes. */
  hex(): string {
    const a = fmix32(this.lane1 ^ this.lines);
    const b = fmix32(this.lane2 ^ Math.imul(this.lines, 0x9e3779b1));
    return hex8(a) + hex8(b);
  }

  /** The last `n` recorded lines (at most tailLines), oldest first. */
  tail(n = this.ring.length): string[] {
    const size = this.ring.length;
    const available = Math.min(n, size, this.lines);
    const out: string[] = [];
    for (let i = available; i > 0; i--) {
      const line = this.ring[(this.ringNext - i + size) % size];
      if (line !== undefined) out.push(line);
    }
    return out;
  }
}

/** murmur3's 32-bit finaliser. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
