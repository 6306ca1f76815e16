// Goal: the coordinator's timer queue returns exactly the live deadlines that
// have expired, earliest first, whatever mix of set/replace/delete came
// before, and its heap stays bounded by the live entries.
// Method: fast-check scripts against a naive Map model.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineQueue } from '../../src/group/deadline-queue.js';

type Op = { t: 'set'; key: number; at: number } | { t: 'delete'; key: number } | { t: 'take'; now: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('set' as const), key: fc.nat({ max: 20 }), at: fc.nat({ max: 1000 }) }),
  fc.record({ t: fc.constant('delete' as const), key: fc.nat({ max: 20 }) }),
  fc.record({ t: fc.constant('take' as const), now: fc.nat({ max: 1000 }) }),
);

describe('DeadlineQueue', () => {
  it('matches a naive model', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), (ops) => {
        const queue = new DeadlineQueue<number, string>();
        const model = new Map<number, number>();
        for (const op of ops) {
          if (op.t === 'set') {
            queue.set(op.key, op.at, `v${op.key}@${op.at}`);
            model.set(op.key, op.at);
          } else if (op.t === 'delete') {
            queue.delete(op.key);
            model.delete(op.key);
          } else {
            const taken = queue.takeExpired(op.now);
            const expected = [...model].filter(([, at]) => at <= op.now);
            expect(taken.map((e) => e.key).sort((a, b) => a - b)).toEqual(expected.map(([k]) => k).sort((a, b) => a - b));
            for (let i = 1; i < taken.length; i++) expect(taken[i]!.deadlineMs).toBeGreaterThanOrEqual(taken[i - 1]!.deadlineMs);
            for (const e of taken) expect(e.value).toBe(`v${e.key}@${e.deadlineMs}`);
            for (const [k] of expected) model.delete(k);
          }
          const earliest = model.size === 0 ? null : Math.min(...model.values());
          expect(queue.nextDeadlineMs()).toBe(earliest);
          expect(queue.size).toBe(model.size);
        }
      }),
      { numRuns: 300 },
    );
  });
});
