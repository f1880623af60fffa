import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseDeadline } from '../../src/deadlines/index.js';
import { oracle } from './oracle.js';

const minute = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2041, 0, 1) / 60_000 })
  .map((m) => new Date(m * 60_000).toISOString());

describe('responseDeadline agrees with a minute-by-minute oracle', () => {
  it('on random receipts, zones and Easter choices', () => {
    fc.assert(
      fc.property(
        minute,
        fc.constantFrom('America/Toronto', 'America/Vancouver', 'Europe/Paris'),
        fc.constantFrom('both', 'good-friday', 'easter-monday'),
        (at, timeZone, easter) => {
          const ours = responseDeadline(at, { timeZone, easter });
          const expected = oracle(at, { timeZone, easter });
          expect(ours.clockStartsAt.getTime()).toBe(expected.clockStartsAt);
          expect(ours.target.getTime()).toBe(expected.target);
          expect(ours.due.getTime()).toBe(expected.due);
        },
      ),
      { numRuns: 8 },
    );
  }, 30_000);

  it('on receipts around the Sunday-substituted holidays of 2029, 2035 and 2040', () => {
    for (const year of [2029, 2035, 2040]) {
      for (const day of ['06-22T15:00', '06-29T15:00']) {
        const at = `${year}-${day}:00-04:00`;
        const ours = responseDeadline(at);
        const expected = oracle(at);
        expect([ours.target.getTime(), ours.due.getTime()]).toEqual([expected.target, expected.due]);
      }
    }
  }, 30_000);
});
