import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessMinutesBetween,
  isBusinessDay,
  responseDeadline,
  type DeadlineOptions,
} from '../../src/deadlines/index.js';

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2041, 0, 1);
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));

const ZONES = ['America/Toronto', 'America/Montreal', 'America/Vancouver', 'Europe/Paris', 'America/Halifax'] as const;

const block = fc
  .tuple(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 1, max: 12 }))
  .map(([start, length]) => [start * 30, Math.min(start * 30 + length * 30, 1440)] as const);
const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
// A day's blocks: up to three, made disjoint by construction.
const dayBlocks = fc.array(block, { maxLength: 3 }).map((blocks) => {
  const sorted = [...blocks].sort((a, b) => a[0] - b[0]);
  const out: { start: string; end: string }[] = [];
  let last = -1;
  for (const [s, e] of sorted) {
    if (s < last || e <= s) continue;
    out.push({ start: hhmm(s), end: hhmm(e) });
    last = e;
  }
  return out;
});

const options: fc.Arbitrary<DeadlineOptions> = fc.record(
  {
    timeZone: fc.constantFrom(...ZONES),
    easter: fc.constantFrom('both', 'good-friday', 'easter-monday'),
    officeHours: fc.record({ friday: dayBlocks, saturday: dayBlocks }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

function localBlocks(d: Date, zone: string): { date: string; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  // Seconds and milliseconds count too: 08:30:00.001 is inside the 08:30 block, 08:30:00.000 is its opening.
  const fraction = (d.getTime() % 60_000 + 60_000) % 60_000 / 60_000;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) + fraction };
}

describe('responseDeadline properties', () => {
  it('due > target > receivedAt, and target, due fall inside office hours of a business day', () => {
    fc.assert(
      fc.property(instant, options, (at, opts) => {
        const d = responseDeadline(at, opts);
        expect(d.target.getTime()).toBeGreaterThan(d.receivedAt.getTime());
        expect(d.due.getTime()).toBeGreaterThan(d.target.getTime());
        expect(d.clockStartsAt.getTime()).toBeGreaterThanOrEqual(d.receivedAt.getTime());
        for (const moment of [d.target, d.due]) {
          // A deadline is the end of an open minute: the minute before it is open on a business day.
          const before = new Date(moment.getTime() - 1);
          expect(isBusinessDay(before, opts)).toBe(true);
          expect(businessMinutesBetween(before, moment, opts)).toBeCloseTo(1 / 60_000, 9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('target is one business day of clock after receipt and due two', () => {
    fc.assert(
      fc.property(instant, options, (at, opts) => {
        const d = responseDeadline(at, opts);
        const day = d.businessDayMinutes;
        expect(businessMinutesBetween(d.receivedAt, d.target, opts)).toBeCloseTo(day, 6);
        expect(businessMinutesBetween(d.receivedAt, d.due, opts)).toBeCloseTo(2 * day, 6);
        expect(businessMinutesBetween(d.receivedAt, d.clockStartsAt, opts)).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('is monotonic in receivedAt', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.constantFrom(...ZONES), (at, delta, timeZone) => {
        const later = new Date(at.getTime() + delta);
        const a = responseDeadline(at, { timeZone });
        const b = responseDeadline(later, { timeZone });
        expect(b.target.getTime()).toBeGreaterThanOrEqual(a.target.getTime());
        expect(b.due.getTime()).toBeGreaterThanOrEqual(a.due.getTime());
        expect(b.clockStartsAt.getTime()).toBeGreaterThanOrEqual(a.clockStartsAt.getTime());
      }),
      { numRuns: 150 },
    );
  });

  it('places the default deadlines inside 08:30–12:00 or 13:00–16:30 local time (block ends included)', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const d = responseDeadline(at);
        for (const moment of [d.target, d.due]) {
          const { minute } = localBlocks(moment, 'America/Toronto');
          const inside = (minute > 510 && minute <= 720) || (minute > 780 && minute <= 990);
          expect(inside).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('businessMinutesBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        const ab = businessMinutesBetween(a, b);
        const bc = businessMinutesBetween(b, c);
        const ac = businessMinutesBetween(a, c);
        expect(ab + bc).toBeCloseTo(ac, 6);
        expect(businessMinutesBetween(b, a)).toBeCloseTo(-ab, 6);
      }),
      { numRuns: 60 },
    );
  });

  it('does not mutate its inputs', () => {
    fc.assert(
      fc.property(instant, options, (at, opts) => {
        const time = at.getTime();
        const copy = structuredClone(opts);
        responseDeadline(at, opts);
        responseDeadline(at, { ...opts, emergency: true });
        expect(at.getTime()).toBe(time);
        expect(opts).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
});
