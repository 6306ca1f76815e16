// Programmer-error assertions. They stay on in production: a broken invariant
// means the process state can no longer be trusted, so the only safe reaction is
// to stop (in the simulator, a failed assertion fails the seed).

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function unreachable(value: never, message = 'unreachable'): never {
  throw new AssertionError(`${message}: ${JSON.stringify(value)}`);
}
