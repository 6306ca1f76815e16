// Linearizability checker for the simulator's client-visible key-value history.
// It decides whether the completed, failed and indeterminate operations can be
// put in one total order that respects real time and the sequential semantics of
// a register with get/put/cas (Herlihy & Wing 1990). Keys are checked one at a
// time, which is sound because linearizability is compositional. The search is
// Wing & Gong's (1993) backtracking over call/return events with Lowe's (2017)
// memoisation of (linearized-set, state) pairs, structured like Porcupine's
// checkSingle (github.com/anishathalye/porcupine).

export type KvInput =
  | { kind: 'get'; key: string }
  | { kind: 'put'; key: string; value: string }
  | { kind: 'cas'; key: string; expected: string | null; value: string };

export type KvOutput = { kind: 'get'; value: string | null } | { kind: 'put' } | { kind: 'cas'; ok: boolean };

export interface KvOperation {
  id: number;
  client: number;
  input: KvInput;
  invokeMs: number; // virtual time of invocation
  // 'ok': completed with output at completeMs. 'fail': definitely did not take
  // effect (may be ignored). 'info': unknown outcome — it may have taken effect
  // at any time after invokeMs (completion at +infinity) or never.
  outcome: { type: 'ok'; output: KvOutput; completeMs: number } | { type: 'fail'; completeMs: number } | { type: 'info' };
}

export interface LinearizabilityResult {
  ok: boolean;
  key?: string;
  reason?: string;
  explored: number;
  undecided?: boolean;
}

export interface LinearizabilityOptions {
  // Budget of linearization attempts per key. Exceeding it yields an
  // undecided result instead of an unbounded search.
  maxExploredStates?: number;
}

const DEFAULT_MAX_EXPLORED = 2_000_000;
const MAX_OPS_IN_REASON = 30;

// Model states are interned values: 0 is null, 1.. are strings, so state
// comparison and cache keys are integer operations.
type State = number;
const NULL_STATE: State = 0;
const REJECT = -1;

// Applies an operation to a state; returns the next state or REJECT when the
// recorded output is impossible from that state.
type Step = (state: State) => State;

// One operation of a single key, ready for the search.
interface KeyOp {
  readonly source: KvOperation;
  readonly callMs: number;
  readonly returnMs: number; // +Infinity for 'info': it may still be in flight
  readonly completedStep: Step | null; // null for 'info' ops
  readonly unknownStep: Step | null; // step when the output is unknown; null if it would have no effect
}

interface HistoryEvent {
  readonly op: number; // index into the key's KeyOp array
  readonly isCall: boolean;
  readonly time: number;
}

type SearchOutcome = 'ok' | 'fail' | 'undecided';

interface SearchResult {
  outcome: SearchOutcome;
  explored: number;
}

export function checkLinearizable(history: readonly KvOperation[], options: LinearizabilityOptions = {}): LinearizabilityResult {
  const budget = options.maxExploredStates ?? DEFAULT_MAX_EXPLORED;
  let explored = 0;
  let undecidedKey: string | undefined;
  for (const [key, ops] of groupByKey(history)) {
    const result = checkKey(key, ops, budget);
    explored += result.explored;
    if (!result.ok) return { ...result, explored };
    if (result.undecided === true && undecidedKey === undefined) undecidedKey = key;
  }
  if (undecidedKey === undefined) return { ok: true, explored };
  // A definite violation on another key takes precedence, so this is only reported once all keys are done.
  const reason = `key ${JSON.stringify(undecidedKey)}: search exceeded maxExploredStates (${budget}); linearizability undecided`;
  return { ok: true, undecided: true, key: undecidedKey, reason, explored };
}

// Sorted by key so results and reasons do not depend on history order.
function groupByKey(history: readonly KvOperation[]): [string, KvOperation[]][] {
  const byKey = new Map<string, KvOperation[]>();
  for (const op of history) {
    const list = byKey.get(op.input.key);
    if (list === undefined) byKey.set(op.input.key, [op]);
    else list.push(op);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkKey(key: string, history: readonly KvOperation[], budget: number): LinearizabilityResult {
  const ops = prepareKeyOps(history);
  const events = buildEvents(ops);
  const full = searchPrefix(ops, events, events.length, budget);
  if (full.outcome === 'ok') return { ok: true, explored: full.explored };
  if (full.outcome === 'undecided') return { ok: true, undecided: true, key, explored: full.explored };
  const minimal = shortestFailingPrefix(ops, events, budget);
  const reason = describeFailure(key, ops, events, minimal.length);
  return { ok: false, key, reason, explored: full.explored + minimal.explored };
}

// --- Model --------------------------------------------------------------------

function prepareKeyOps(history: readonly KvOperation[]): KeyOp[] {
  const values = new Map<string, State>();
  const intern = (value: string | null): State => {
    if (value === null) return NULL_STATE;
    let id = values.get(value);
    if (id === undefined) values.set(value, (id = values.size + 1));
    return id;
  };
  const ops: KeyOp[] = [];
  for (const op of history) {
    const prepared = prepareOp(op, intern);
    if (prepared !== null) ops.push(prepared);
  }
  return ops;
}

// Failed ops never took effect and an indeterminate get has no effect, so
// neither can constrain the order: both are dropped.
function prepareOp(op: KvOperation, intern: (value: string | null) => State): KeyOp | null {
  const { outcome } = op;
  if (outcome.type === 'fail') return null;
  const unknownStep = unknownOutcomeStep(op.input, intern);
  if (outcome.type === 'info') {
    if (unknownStep === null) return null;
    return { source: op, callMs: op.invokeMs, returnMs: Number.POSITIVE_INFINITY, completedStep: null, unknownStep };
  }
  if (outcome.completeMs < op.invokeMs) throw new Error(`op #${op.id}: completeMs ${outcome.completeMs} precedes invokeMs ${op.invokeMs}`);
  const completedStep = completedOutcomeStep(op, outcome.output, intern);
  return { source: op, callMs: op.invokeMs, returnMs: outcome.completeMs, completedStep, unknownStep };
}

function completedOutcomeStep(op: KvOperation, output: KvOutput, intern: (value: string | null) => State): Step {
  const { input } = op;
  if (input.kind !== output.kind) throw new Error(`op #${op.id}: ${input.kind} input has ${output.kind} output`);
  if (input.kind === 'put') {
    const next = intern(input.value);
    return () => next;
  }
  if (input.kind === 'get' && output.kind === 'get') {
    const seen = intern(output.value);
    return (state) => (state === seen ? state : REJECT);
  }
  if (input.kind === 'cas' && output.kind === 'cas') {
    const expected = intern(input.expected);
    const next = intern(input.value);
    return output.ok ? (state) => (state === expected ? next : REJECT) : (state) => (state === expected ? REJECT : state);
  }
  throw new Error(`op #${op.id}: unreachable input/output combination`);
}

// With the output unknown every sequentially valid result is acceptable; a
// failed cas leaves the state alone, so linearizing it is always harmless.
function unknownOutcomeStep(input: KvInput, intern: (value: string | null) => State): Step | null {
  if (input.kind === 'get') return null;
  const next = intern(input.value);
  if (input.kind === 'put') return () => next;
  const expected = intern(input.expected);
  return (state) => (state === expected ? next : state);
}

// --- Events ---------------------------------------------------------------------

// At equal times calls sort before returns, so touching intervals count as
// concurrent: the simulator's clock has coarse ticks and two actions in the
// same tick have no observable real-time order. 'info' ops get no return event.
function buildEvents(ops: readonly KeyOp[]): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  ops.forEach((op, index) => {
    events.push({ op: index, isCall: true, time: op.callMs });
    if (op.completedStep !== null) events.push({ op: index, isCall: false, time: op.returnMs });
  });
  return events.sort(compareEvents(ops));
}

function compareEvents(ops: readonly KeyOp[]): (a: HistoryEvent, b: HistoryEvent) => number {
  return (a, b) => {
    if (a.time !== b.time) return a.time - b.time;
    if (a.isCall !== b.isCall) return a.isCall ? -1 : 1;
    return opAt(ops, a.op).source.id - opAt(ops, b.op).source.id;
  };
}

function opAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range`);
  return item;
}

// --- Prefixes -------------------------------------------------------------------

// The history cut after `length` events: ops invoked after the cut are left
// out and ops still running at the cut have an unknown outcome. A prefix of a
// linearizable history is linearizable, so failure is monotone in `length`.
function searchPrefix(ops: readonly KeyOp[], events: readonly HistoryEvent[], length: number, budget: number): SearchResult {
  const returned = new Set<number>();
  for (let i = 0; i < length; i++) {
    const event = opAt(events, i);
    if (!event.isCall) returned.add(event.op);
  }
  const steps: (Step | null)[] = ops.map((op, index) => (returned.has(index) ? op.completedStep : op.unknownStep));
  const included = events.slice(0, length).filter((event) => steps[event.op] !== null);
  return wingGongLowe(included, steps, budget);
}

// Binary search for the first return event whose prefix cannot be linearized:
// the op returning there is the one the rest of the history cannot explain.
function shortestFailingPrefix(ops: readonly KeyOp[], events: readonly HistoryEvent[], budget: number): { length: number; explored: number } {
  const returnEnds = events.flatMap((event, index) => (event.isCall ? [] : [index + 1]));
  let lo = 0;
  let hi = returnEnds.length - 1; // the full history is known to fail
  let explored = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const result = searchPrefix(ops, events, opAt(returnEnds, mid), budget);
    explored += result.explored;
    // Only a verified failure moves `hi`, so the reported prefix is always one that fails;
    // an undecided prefix may make it longer than the minimum, never wrong.
    if (result.outcome === 'fail') hi = mid;
    else lo = mid + 1;
  }
  return { length: returnEnds.length === 0 ? events.length : opAt(returnEnds, lo), explored };
}

// --- Search ---------------------------------------------------------------------

// Doubly linked list of events so linearized ops can be lifted out and put
// back in O(1) while backtracking.
interface EventNode {
  readonly op: number;
  readonly isCall: boolean;
  match: EventNode | null; // a call's return node, if it has one
  prev: EventNode | null;
  next: EventNode | null;
}

function buildList(events: readonly HistoryEvent[]): { head: EventNode; pendingReturns: number } {
  const head: EventNode = { op: -1, isCall: false, match: null, prev: null, next: null };
  const calls = new Map<number, EventNode>();
  let tail = head;
  let pendingReturns = 0;
  for (const event of events) {
    const node: EventNode = { op: event.op, isCall: event.isCall, match: null, prev: tail, next: null };
    tail.next = node;
    tail = node;
    if (event.isCall) calls.set(event.op, node);
    else {
      pendingReturns++;
      const call = calls.get(event.op);
      if (call === undefined) throw new Error(`return before call for op index ${event.op}`);
      call.match = node;
    }
  }
  return { head, pendingReturns };
}

function unlink(node: EventNode): void {
  if (node.prev !== null) node.prev.next = node.next;
  if (node.next !== null) node.next.prev = node.prev;
}

function relink(node: EventNode): void {
  if (node.prev !== null) node.prev.next = node;
  if (node.next !== null) node.next.prev = node;
}

function lift(call: EventNode): void {
  unlink(call);
  if (call.match !== null) unlink(call.match);
}

// Lifts are undone in LIFO order, so each node's neighbours are exactly as
// they were when it was unlinked.
function unlift(call: EventNode): void {
  if (call.match !== null) relink(call.match);
  relink(call);
}

interface Frame {
  readonly call: EventNode;
  readonly stateBefore: State;
}

// Wing & Gong's search with Lowe's cache: walk the list from the head, trying
// each call (a minimal op in real-time order) until reaching a return whose
// op is not yet linearized; then backtrack. Success is when every completed op
// is linearized — remaining 'info' calls may simply never have happened.
// (Their effect is unobserved, so "never" equals "at the very end"; stopping
// early just skips linearizing them.)
function wingGongLowe(events: readonly HistoryEvent[], steps: readonly (Step | null)[], budget: number): SearchResult {
  const { head, pendingReturns } = buildList(events);
  const linearized = new OpSet(steps.length);
  const seen = new StateCache();
  const stack: Frame[] = [];
  let remaining = pendingReturns;
  let state: State = NULL_STATE;
  let explored = 0;
  let node = head.next;
  while (remaining > 0) {
    if (node === null) throw new Error('search ran past the last return event');
    if (!node.isCall) {
      const frame = stack.pop();
      if (frame === undefined) return { outcome: 'fail', explored };
      node = undoLinearization(frame, linearized);
      state = frame.stateBefore;
      if (frame.call.match !== null) remaining++;
      continue;
    }
    if (++explored > budget) return { outcome: 'undecided', explored };
    const next = opAt(steps, node.op)?.(state) ?? REJECT;
    if (next === REJECT || !seen.addIfNew(linearized, node.op, next)) {
      node = node.next;
      continue;
    }
    stack.push({ call: node, stateBefore: state });
    linearized.add(node.op);
    lift(node);
    if (node.match !== null) remaining--;
    state = next;
    node = head.next;
  }
  return { outcome: 'ok', explored };
}

// Puts the op back and resumes with the candidate after it.
function undoLinearization(frame: Frame, linearized: OpSet): EventNode | null {
  unlift(frame.call);
  linearized.remove(frame.call.op);
  return frame.call.next;
}

// --- Memoisation ----------------------------------------------------------------

// Bitset of linearized ops with an incrementally maintained hash, so cache
// lookups do not rehash the whole set.
class OpSet {
  readonly words: Uint32Array;
  hash = 0;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
  }

  add(index: number): void {
    this.words[index >>> 5] = (this.words[index >>> 5] ?? 0) | (1 << (index & 31));
    this.hash ^= mix(index + 1);
  }

  remove(index: number): void {
    this.words[index >>> 5] = (this.words[index >>> 5] ?? 0) & ~(1 << (index & 31));
    this.hash ^= mix(index + 1);
  }
}

// murmur3's finaliser: spreads small integers over all 32 bits.
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

interface CacheEntry {
  readonly words: Uint32Array;
  readonly state: State;
}

// Lowe's observation: two search nodes with the same linearized set and the
// same model state have identical futures, so each is explored once.
class StateCache {
  private readonly buckets = new Map<number, CacheEntry[]>();

  // Records (set ∪ {op}, state) and reports whether it was new; the set itself is not modified.
  addIfNew(set: OpSet, op: number, state: State): boolean {
    const hash = (set.hash ^ mix(op + 1) ^ mix(0x9e3779b9 ^ state)) >>> 0;
    const words = set.words.slice();
    words[op >>> 5] = (words[op >>> 5] ?? 0) | (1 << (op & 31));
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) {
      this.buckets.set(hash, [{ words, state }]);
      return true;
    }
    if (bucket.some((entry) => entry.state === state && sameWords(entry.words, words))) return false;
    bucket.push({ words, state });
    return true;
  }
}

function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// --- Reporting ------------------------------------------------------------------

function describeFailure(key: string, ops: readonly KeyOp[], events: readonly HistoryEvent[], length: number): string {
  const prefix = events.slice(0, length);
  const last = opAt(prefix, length - 1);
  const cutMs = last.time;
  const returned = new Set(prefix.flatMap((event) => (event.isCall ? [] : [event.op])));
  const inPrefix = prefix.flatMap((event) => (event.isCall ? [event.op] : []));
  const shown = inPrefix.slice(-MAX_OPS_IN_REASON);
  const omitted = inPrefix.length - shown.length;
  const lines = [
    `key ${JSON.stringify(key)}: not linearizable. The shortest failing prefix ends when op #${opAt(ops, last.op).source.id} completes at t=${cutMs}ms;`,
    `no order of these ${inPrefix.length} ops (ops still running at the cut may or may not have taken effect) explains the outputs:`,
    ...(omitted > 0 ? [`  … ${omitted} earlier ops omitted`] : []),
    ...shown.map((index) => `  ${formatOp(opAt(ops, index).source, !returned.has(index))}`),
  ];
  return lines.join('\n');
}

function formatOp(op: KvOperation, runningAtCut: boolean): string {
  const { outcome } = op;
  const end = outcome.type === 'info' ? '∞)' : `${outcome.completeMs}]`;
  const running = runningAtCut ? ' (running at cut)' : '';
  return `#${op.id} client ${op.client} ${formatInput(op.input)} → ${formatOutcome(op)} [${op.invokeMs}, ${end}${running}`;
}

function formatInput(input: KvInput): string {
  if (input.kind === 'get') return 'get()';
  if (input.kind === 'put') return `put(${JSON.stringify(input.value)})`;
  return `cas(${JSON.stringify(input.expected)} → ${JSON.stringify(input.value)})`;
}

function formatOutcome(op: KvOperation): string {
  const { outcome } = op;
  if (outcome.type !== 'ok') return outcome.type;
  const { output } = outcome;
  if (output.kind === 'get') return JSON.stringify(output.value);
  if (output.kind === 'cas') return output.ok ? 'ok' : 'not ok';
  return 'ok';
}
