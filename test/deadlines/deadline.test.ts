import { describe, expect, it } from 'vitest';
import {
  businessCalendar,
  businessMinutesBetween,
  isBusinessDay,
  nextOpening,
  responseDeadline,
  slaStatus,
} from '../../src/deadlines/index.js';
import { definePolicy, laSarre, villeDeQuebec } from '../../src/policies/index.js';

const iso = (value: string): string => new Date(value).toISOString();

describe('responseDeadline: the worked examples of the issue', () => {
  it.each([
    ['Tuesday 10:00', '2026-05-19T10:00:00-04:00', '2026-05-20T10:00:00-04:00', '2026-05-21T10:00:00-04:00'],
    ['Saturday', '2026-05-23T11:00:00-04:00', '2026-05-25T16:30:00-04:00', '2026-05-26T16:30:00-04:00'],
    ['Monday 12:30 (lunch)', '2026-05-25T12:30:00-04:00', '2026-05-26T12:00:00-04:00', '2026-05-27T12:00:00-04:00'],
    ['Friday 16:00', '2026-05-29T16:00:00-04:00', '2026-06-01T16:00:00-04:00', '2026-06-02T16:00:00-04:00'],
  ])('%s', (_label, received, target, due) => {
    const d = responseDeadline(received);
    expect(d.target.toISOString()).toBe(iso(target));
    expect(d.due.toISOString()).toBe(iso(due));
    expect(d.emergency).toBe(false);
    expect(d.businessDayMinutes).toBe(420);
  });

  it('also holds in winter (EST) and with Date inputs', () => {
    const d = responseDeadline(new Date('2026-01-13T15:00:00Z')); // Tuesday 10:00 EST
    expect(d.target.toISOString()).toBe('2026-01-14T15:00:00.000Z');
    expect(d.due.toISOString()).toBe('2026-01-15T15:00:00.000Z');
  });
});

describe('responseDeadline: the clock', () => {
  it('starts at once inside office hours and at the next opening outside', () => {
    expect(responseDeadline('2026-02-10T08:30:00-05:00').clockStartsAt.toISOString()).toBe(iso('2026-02-10T08:30:00-05:00'));
    expect(responseDeadline('2026-02-10T08:29:59-05:00').clockStartsAt.toISOString()).toBe(iso('2026-02-10T08:30:00-05:00'));
    expect(responseDeadline('2026-02-10T12:00:00-05:00').clockStartsAt.toISOString()).toBe(iso('2026-02-10T13:00:00-05:00'));
    expect(responseDeadline('2026-02-10T11:59:00-05:00').clockStartsAt.toISOString()).toBe(iso('2026-02-10T11:59:00-05:00'));
    expect(responseDeadline('2026-02-10T16:30:00-05:00').clockStartsAt.toISOString()).toBe(iso('2026-02-11T08:30:00-05:00'));
  });

  it('keeps a deadline that lands on the end of a block there', () => {
    // Received at opening: one business day later is the same day's closing.
    expect(responseDeadline('2026-02-10T08:30:00-05:00').target.toISOString()).toBe(iso('2026-02-10T16:30:00-05:00'));
    // Received at 13:00: 210 min that afternoon, 210 min the next morning → 12:00, not 13:00.
    expect(responseDeadline('2026-02-10T13:00:00-05:00').target.toISOString()).toBe(iso('2026-02-11T12:00:00-05:00'));
  });

  it('keeps seconds', () => {
    const d = responseDeadline('2026-02-10T10:00:30.250-05:00');
    expect(d.target.toISOString()).toBe('2026-02-11T15:00:30.250Z');
  });

  it('runs across both DST changes in local time', () => {
    // Spring forward on Sunday March 8, 2026: Friday 15:00 EST → Monday 15:00 EDT (90 + 330 min).
    const spring = responseDeadline('2026-03-06T15:00:00-05:00');
    expect(spring.target.toISOString()).toBe(iso('2026-03-09T15:00:00-04:00'));
    expect(spring.due.toISOString()).toBe(iso('2026-03-10T15:00:00-04:00'));
    // Fall back on Sunday November 1, 2026.
    const fall = responseDeadline('2026-10-30T15:00:00-04:00');
    expect(fall.target.toISOString()).toBe(iso('2026-11-02T15:00:00-05:00'));
    expect(fall.due.toISOString()).toBe(iso('2026-11-03T15:00:00-05:00'));
    // Received during the repeated hour.
    const repeated = responseDeadline('2026-11-01T01:30:00-04:00');
    expect(repeated.clockStartsAt.toISOString()).toBe(iso('2026-11-02T08:30:00-05:00'));
  });

  it('counts the real length of the DST days when the office is open around the clock', () => {
    const allDay = { officeHours: { sunday: [{ start: '00:00', end: '24:00' }] } };
    expect(businessMinutesBetween('2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', allDay)).toBe(23 * 60);
    expect(businessMinutesBetween('2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00', allDay)).toBe(25 * 60);
  });

  it('skips a holiday and names it in the explanation', () => {
    const d = responseDeadline('2026-05-15T14:00:00-04:00'); // Friday before the Patriots
    expect(d.target.toISOString()).toBe(iso('2026-05-19T14:00:00-04:00'));
    expect(d.skipped).toEqual([
      { date: '2026-05-18', id: 'patriots-day', kind: 'statutory', name: { fr: 'Journée nationale des patriotes', en: "National Patriots' Day" } },
    ]);
    expect(d.explanation.fr).toContain('lundi 18 mai : Journée nationale des patriotes');
    expect(d.explanation.en).toContain('Monday, May 18');
  });

  it('handles a receipt on a holiday', () => {
    const d = responseDeadline('2026-06-24T10:00:00-04:00');
    expect(d.clockStartsAt.toISOString()).toBe(iso('2026-06-25T08:30:00-04:00'));
    expect(d.target.toISOString()).toBe(iso('2026-06-25T16:30:00-04:00'));
    expect(d.explanation.fr).toContain('mercredi 24 juin : Fête nationale du Québec');
    expect(d.explanation.fr).toContain('hors des heures d’ouverture');
  });

  it('runs a closure across the new year', () => {
    const closures = [{ id: 'fetes', from: '2026-12-24', to: '2027-01-02', name: { fr: 'Congé des Fêtes', en: 'Holiday season' } }];
    const d = responseDeadline('2026-12-23T15:00:00-05:00', { closures });
    expect(d.target.toISOString()).toBe(iso('2027-01-04T15:00:00-05:00'));
    expect(d.due.toISOString()).toBe(iso('2027-01-05T15:00:00-05:00'));
    expect(d.explanation.fr).toContain('jeudi 24 décembre : Congé des Fêtes');
    expect(d.explanation.fr).toContain('vendredi 1er janvier : Nouvel An, Congé des Fêtes');
    expect(isBusinessDay('2026-12-28', { closures })).toBe(false);
    expect(isBusinessDay('2027-01-04', { closures })).toBe(true);
  });

  it('reads office hours and dates in another zone', () => {
    const vancouver = responseDeadline('2026-05-22T15:00:00-07:00', { timeZone: 'America/Vancouver' });
    // Friday 15:00 PT; Monday May 25 is a business day (the Patriots were on May 18).
    expect(vancouver.target.toISOString()).toBe(iso('2026-05-25T15:00:00-07:00'));
    expect(vancouver.timeZone).toBe('America/Vancouver');
    const paris = responseDeadline('2026-03-27T15:00:00+01:00', { timeZone: 'Europe/Paris' });
    expect(paris.target.toISOString()).toBe(iso('2026-03-30T15:00:00+02:00'));
  });

  it('treats America/Montreal as America/Toronto', () => {
    const a = responseDeadline('2026-05-19T10:00:00-04:00', { timeZone: 'America/Montreal' });
    const b = responseDeadline('2026-05-19T10:00:00-04:00');
    expect(a.target).toEqual(b.target);
    expect(a.due).toEqual(b.due);
    expect(a.timeZone).toBe('America/Toronto');
  });

  it('supports summer Fridays and several blocks per day', () => {
    const summer = { officeHours: { friday: [{ start: '08:30', end: '12:00' }] } };
    const d = responseDeadline('2026-07-10T11:00:00-04:00', summer);
    // Friday 11:00–12:00 = 60, Monday 08:30 + 360 → 15:30 (day = 420 from Mon–Thu).
    expect(d.target.toISOString()).toBe(iso('2026-07-13T15:30:00-04:00'));
    expect(d.businessDayMinutes).toBe(420);
  });

  it('follows the profile’s target and due business days', () => {
    const d = responseDeadline('2026-05-19T10:00:00-04:00', { targetBusinessDays: 2, dueBusinessDays: 3 });
    expect(d.target.toISOString()).toBe(iso('2026-05-21T10:00:00-04:00'));
    expect(d.due.toISOString()).toBe(iso('2026-05-22T10:00:00-04:00'));
  });

  it('cites La Sarre §5.6.1 and the profile it was given', () => {
    expect(responseDeadline('2026-05-19T10:00:00-04:00').citation).toEqual({ policy: 'la-sarre', section: '§5.6.1' });
    const q = responseDeadline('2026-05-19T10:00:00-04:00', { policy: villeDeQuebec });
    expect(q.citation?.policy).toBe('ville-de-quebec');
  });

  it('explains in both languages', () => {
    const d = responseDeadline('2026-05-23T11:00:00-04:00');
    expect(d.explanation.fr).toContain('samedi 23 mai 2026 à 11 h');
    expect(d.explanation.fr).toContain('lundi 25 mai 2026 à 16 h 30');
    expect(d.explanation.en).toContain('Monday, May 25, 2026 at 4:30 p.m.');
  });
});

describe('responseDeadline: emergency mode (La Sarre §5.6.1, §14)', () => {
  it('runs day and night with the profile’s 60 and 240 minutes', () => {
    const d = responseDeadline('2026-05-23T22:00:00-04:00', { emergency: true });
    expect(d.emergency).toBe(true);
    expect(d.clockStartsAt.toISOString()).toBe(iso('2026-05-23T22:00:00-04:00'));
    expect(d.target.toISOString()).toBe(iso('2026-05-23T23:00:00-04:00'));
    expect(d.due.toISOString()).toBe(iso('2026-05-24T02:00:00-04:00'));
    expect(d.citation).toEqual({ policy: 'la-sarre', section: '§14' });
    expect(d.citations).toEqual([
      { policy: 'la-sarre', section: '§14' },
      { policy: 'la-sarre', section: '§5.6.1' },
    ]);
    expect(d.explanation.fr).toContain('urgence');
  });

  it('takes targets from the call or from the profile', () => {
    const d = responseDeadline('2026-05-19T10:00:00-04:00', { emergency: { targetMinutes: 15 } });
    expect(d.target.getTime() - d.receivedAt.getTime()).toBe(15 * 60_000);
    expect(d.due.getTime() - d.receivedAt.getTime()).toBe(240 * 60_000);
    const fast = definePolicy({ id: 'fast', calendar: { emergency: { targetMinutes: 30, dueMinutes: 90 } } });
    const e = responseDeadline('2026-05-19T10:00:00-04:00', { policy: fast, emergency: true });
    expect(e.due.getTime() - e.receivedAt.getTime()).toBe(90 * 60_000);
  });

  it('falls back to the deadlines section when the profile cites no emergency section', () => {
    const d = responseDeadline('2026-05-19T10:00:00-04:00', { policy: villeDeQuebec, emergency: true });
    expect(d.citation).toEqual({ policy: 'ville-de-quebec', section: villeDeQuebec.citations.topics.deadlines });
  });
});

describe('slaStatus', () => {
  const received = '2026-05-19T10:00:00-04:00';
  it.each([
    ['2026-05-19T10:00:00-04:00', 'on-time', 0],
    ['2026-05-19T15:00:00-04:00', 'on-time', 240],
    ['2026-05-20T10:00:00-04:00', 'on-time', 420],
    ['2026-05-20T10:01:00-04:00', 'due-soon', 421],
    ['2026-05-21T10:00:00-04:00', 'due-soon', 840],
    ['2026-05-21T10:00:01-04:00', 'overdue', 840 + 1 / 60],
    ['2026-05-22T10:00:00-04:00', 'overdue', 1260],
  ])('at %s: %s', (now, status, elapsed) => {
    const s = slaStatus(received, now);
    expect(s.status).toBe(status);
    expect(s.elapsedMinutes).toBeCloseTo(elapsed, 6);
    expect(s.elapsedMinutes + s.remainingMinutes - s.overdueMinutes).toBeCloseTo(840, 6);
  });

  it('reports what is left and by how much it is late', () => {
    const early = slaStatus(received, '2026-05-19T15:00:00-04:00');
    expect(early).toMatchObject({ remainingToTargetMinutes: 180, remainingMinutes: 600, overdueMinutes: 0 });
    const late = slaStatus(received, '2026-05-22T10:00:00-04:00');
    expect(late).toMatchObject({ remainingMinutes: 0, remainingToTargetMinutes: 0, overdueMinutes: 420 });
    expect(late.explanation.fr).toContain('En retard');
  });

  it('does not count a night or a weekend', () => {
    const friday = '2026-05-22T16:00:00-04:00';
    const s = slaStatus(friday, '2026-05-25T08:30:00-04:00');
    expect(s.elapsedMinutes).toBe(30);
    expect(s.status).toBe('on-time');
  });

  it('counts wall-clock minutes in emergency mode', () => {
    const s = slaStatus('2026-05-23T22:00:00-04:00', '2026-05-23T23:30:00-04:00', { emergency: true });
    expect(s.status).toBe('due-soon');
    expect(s.elapsedMinutes).toBe(90);
    expect(s.remainingMinutes).toBe(150);
  });
});

describe('businessMinutesBetween, isBusinessDay, nextOpening', () => {
  it('counts office minutes only', () => {
    expect(businessMinutesBetween('2026-05-19T08:00:00-04:00', '2026-05-19T18:00:00-04:00')).toBe(420);
    expect(businessMinutesBetween('2026-05-15T16:00:00-04:00', '2026-05-19T09:00:00-04:00')).toBe(60);
    expect(businessMinutesBetween('2026-05-19T18:00:00-04:00', '2026-05-19T08:00:00-04:00')).toBe(-420);
    expect(businessMinutesBetween('2026-05-19T12:10:00-04:00', '2026-05-19T12:50:00-04:00')).toBe(0);
  });

  it('adds whole years across the new year', () => {
    const year = businessMinutesBetween('2026-01-01T00:00:00-05:00', '2027-01-01T00:00:00-05:00');
    expect(year % 420).toBe(0);
    const days = year / 420;
    const weekdays = 261; // 2026 starts on a Thursday: 52 weeks + Thursday
    const weekdayHolidays = 9; // all nine fall on weekdays in 2026
    expect(days).toBe(weekdays - weekdayHolidays);
    expect(businessMinutesBetween('2026-12-31T16:00:00-05:00', '2027-01-04T09:00:00-05:00')).toBe(60);
  });

  it('reads a date string or an instant in the policy zone', () => {
    expect(isBusinessDay('2026-05-18')).toBe(false);
    expect(isBusinessDay('2026-05-19')).toBe(true);
    expect(isBusinessDay('2026-05-23')).toBe(false);
    // 23:30 in Québec on Tuesday is already Wednesday in UTC.
    expect(isBusinessDay('2026-05-19T23:30:00-04:00')).toBe(true);
    expect(isBusinessDay(new Date('2026-05-19T03:30:00Z'))).toBe(false); // Monday 23:30 in Québec: holiday
    expect(isBusinessDay('2026-05-19T03:30:00Z', { timeZone: 'Europe/Paris' })).toBe(true);
  });

  it('finds the next opening', () => {
    expect(nextOpening('2026-05-16T10:00:00-04:00').toISOString()).toBe(iso('2026-05-19T08:30:00-04:00'));
    expect(nextOpening('2026-05-19T12:15:00-04:00').toISOString()).toBe(iso('2026-05-19T13:00:00-04:00'));
    expect(nextOpening('2026-05-19T10:00:00-04:00').toISOString()).toBe(iso('2026-05-19T10:00:00-04:00'));
    expect(nextOpening('2026-12-31T17:00:00-05:00').toISOString()).toBe(iso('2027-01-04T08:30:00-05:00'));
  });
});

describe('businessCalendar', () => {
  it('binds a profile and its overrides once', () => {
    const cal = businessCalendar(villeDeQuebec, {
      closures: [{ from: '2026-12-24', to: '2027-01-02', name: { fr: 'Fêtes', en: 'Holidays' } }],
    });
    expect(cal.policy).toBe(villeDeQuebec);
    expect(cal.timeZone).toBe('America/Toronto');
    expect(cal.businessDayMinutes).toBe(420);
    expect(cal.isBusinessDay('2026-12-29')).toBe(false);
    expect(cal.responseDeadline('2026-12-23T15:00:00-05:00').target.toISOString()).toBe('2027-01-04T20:00:00.000Z');
    expect(cal.holidays(2026).some((h) => h.kind === 'closure')).toBe(true);
    expect(cal.nextOpening('2026-12-24T10:00:00-05:00').toISOString()).toBe(iso('2027-01-04T08:30:00-05:00'));
    expect(cal.businessMinutesBetween('2026-12-23T15:00:00-05:00', '2027-01-04T09:30:00-05:00')).toBe(150);
    expect(cal.responseDeadline('2026-12-23T15:00:00-05:00', { emergency: true }).due.toISOString()).toBe(
      iso('2026-12-23T19:00:00-05:00'),
    );
    expect(cal.slaStatus('2026-12-23T15:00:00-05:00', '2027-01-06T09:00:00-05:00').status).toBe('overdue');
  });

  it('gives the same answers as the plain functions', () => {
    const cal = businessCalendar();
    for (const at of ['2026-05-15T14:00:00-04:00', '2026-11-01T01:30:00-05:00', '2029-06-22T15:00:00-04:00']) {
      expect(cal.responseDeadline(at)).toEqual(responseDeadline(at, { policy: laSarre }));
    }
  });
});

describe('inputs are not mutated', () => {
  it('leaves a Date and the options as they were', () => {
    const date = new Date('2026-05-23T15:00:00Z');
    const options = {
      timeZone: 'America/Toronto',
      officeHours: { friday: [{ start: '08:30', end: '12:00' }] },
      closures: [{ from: '2026-12-24', to: '2027-01-02', name: { fr: 'Fêtes', en: 'Holidays' } }],
    };
    const copy = structuredClone(options);
    const result = responseDeadline(date, options);
    expect(date.toISOString()).toBe('2026-05-23T15:00:00.000Z');
    expect(options).toEqual(copy);
    expect(result.receivedAt).not.toBe(date);
    result.target.setTime(0);
    expect(responseDeadline(date, options).target.getTime()).not.toBe(0);
  });
});
