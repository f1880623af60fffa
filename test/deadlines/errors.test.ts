import { describe, expect, it } from 'vitest';
import {
  businessCalendar,
  businessMinutesBetween,
  holidays,
  isBusinessDay,
  nextOpening,
  responseDeadline,
  slaStatus,
} from '../../src/deadlines/index.js';
import { PolicyInputError, isPolicyInputError } from '../../src/policies/index.js';

function issueOf(fn: () => unknown): { subject: string; paths: string[]; message: string } {
  try {
    fn();
  } catch (error) {
    expect(isPolicyInputError(error)).toBe(true);
    expect(error).toBeInstanceOf(PolicyInputError);
    const e = error as PolicyInputError;
    return { subject: e.subject, paths: e.issues.map((i) => i.path), message: e.message };
  }
  throw new Error('expected a PolicyInputError');
}

describe('bad input → PolicyInputError', () => {
  it.each([
    ['a string that is not a date', 'next tuesday'],
    ['a date without offset', '2026-05-19T10:00:00'],
    ['an impossible date', '2026-02-30T10:00:00-05:00'],
    ['an invalid Date', new Date(Number.NaN)],
    ['a number', 1_700_000_000_000],
    ['null', null],
    ['undefined', undefined],
    ['an object', { at: '2026-05-19' }],
  ])('receivedAt: %s', (_label, value) => {
    const issue = issueOf(() => responseDeadline(value as never));
    expect(issue.subject).toBe('receivedAt');
  });

  it('refuses dates outside the supported years', () => {
    expect(issueOf(() => responseDeadline(new Date(Date.UTC(3000, 0, 1)))).message).toMatch(/supported/u);
    expect(issueOf(() => responseDeadline('1850-01-01T10:00:00-05:00')).message).toMatch(/supported/u);
  });

  it('refuses `now` before `receivedAt`', () => {
    const issue = issueOf(() => slaStatus('2026-05-19T10:00:00-04:00', '2026-05-19T09:00:00-04:00'));
    expect(issue.subject).toBe('now');
    expect(issue.message).toMatch(/before/u);
    expect(issueOf(() => slaStatus('2026-05-19T10:00:00-04:00', 'soon')).subject).toBe('now');
  });

  it('refuses overlapping office blocks', () => {
    const issue = issueOf(() =>
      responseDeadline('2026-05-19T10:00:00-04:00', {
        officeHours: { monday: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '16:00' }] },
      }),
    );
    expect(issue.subject).toBe('options');
    expect(issue.paths[0]).toBe('officeHours.monday');
    expect(issue.message).toMatch(/overlap/u);
  });

  it('refuses a block that ends before it starts, and malformed times', () => {
    expect(
      issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { officeHours: { friday: [{ start: '16:00', end: '09:00' }] } }))
        .message,
    ).toMatch(/end after it starts/u);
    expect(
      issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { officeHours: { friday: [{ start: '8:30', end: '12:00' }] } }))
        .paths[0],
    ).toBe('officeHours.friday.0.start');
    expect(
      issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { officeHours: { funday: [] } as never })).paths[0],
    ).toBe('officeHours');
  });

  it('refuses office hours that never open', () => {
    const closed = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [] };
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { officeHours: closed })).message).toMatch(
      /at least one block/u,
    );
  });

  it('reports a closure so long that no opening is ever found', () => {
    const closures = [{ from: '2026-01-01', to: '2040-12-31', name: { fr: 'Fermé', en: 'Closed' } }];
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { closures })).message).toMatch(/never open/u);
  });

  it('refuses an unknown time zone', () => {
    const issue = issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { timeZone: 'Mars/Olympus' }));
    expect(issue.paths).toEqual(['timeZone']);
    expect(issue.message).toMatch(/time zone/u);
  });

  it('refuses unknown options, bad closures and bad emergency targets', () => {
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { timezone: 'UTC' } as never)).subject).toBe('options');
    expect(
      issueOf(() =>
        responseDeadline('2026-05-19T10:00:00-04:00', {
          closures: [{ from: '2026-12-31', to: '2026-12-24', name: { fr: 'x', en: 'x' } }],
        }),
      ).paths[0],
    ).toBe('closures.0.to');
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { emergency: { targetMinutes: -5 } })).subject).toBe(
      'options',
    );
    expect(
      issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { emergency: { targetMinutes: 300, dueMinutes: 60 } })).paths[0],
    ).toBe('emergency.dueMinutes');
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { easter: 'pentecost' } as never)).paths[0]).toBe('easter');
    expect(
      issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { targetBusinessDays: 3, dueBusinessDays: 2 })).paths[0],
    ).toBe('dueBusinessDays');
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', 'fast' as never)).subject).toBe('options');
    expect(issueOf(() => responseDeadline('2026-05-19T10:00:00-04:00', { policy: 'la-sarre' } as never)).subject).toBe('options');
  });

  it('checks the other functions’ inputs', () => {
    expect(issueOf(() => isBusinessDay('2026-02-30')).subject).toBe('date');
    expect(issueOf(() => isBusinessDay('tomorrow')).subject).toBe('date');
    expect(issueOf(() => holidays(2026.5)).subject).toBe('year');
    expect(issueOf(() => holidays('2026' as never)).subject).toBe('year');
    expect(issueOf(() => holidays(1492)).subject).toBe('year');
    expect(issueOf(() => nextOpening('later')).subject).toBe('instant');
    expect(issueOf(() => businessMinutesBetween('2026-05-19T10:00:00-04:00', 'x')).subject).toBe('b');
    expect(issueOf(() => businessCalendar(undefined, { timeZone: 'Nowhere/Land' })).subject).toBe('options');
    expect(issueOf(() => businessCalendar().responseDeadline('2026-05-19T10:00:00-04:00', { policy: 1 } as never)).subject).toBe(
      'options',
    );
  });

  it('never lets a TypeError escape on odd values', () => {
    const odd: unknown[] = [Symbol('x'), () => 1, [], Number.POSITIVE_INFINITY, true, { toString: () => 'x' }];
    for (const value of odd) {
      expect(() => responseDeadline(value as never)).toThrow(PolicyInputError);
      expect(() => responseDeadline('2026-05-19T10:00:00-04:00', value as never)).toThrow(PolicyInputError);
      expect(() => isBusinessDay(value as never)).toThrow(PolicyInputError);
    }
  });
});
