import { describe, expect, it } from 'vitest';
import { holidays, isBusinessDay, responseDeadline } from '../../src/deadlines/index.js';
import { definePolicy } from '../../src/policies/index.js';

// Dates worked out by hand from the law (art. 60 LNT, Loi sur la fête nationale) and a calendar.
const TABLE: Record<number, Record<string, string>> = {
  2024: {
    'new-year': '2024-01-01',
    'good-friday': '2024-03-29',
    'easter-monday': '2024-04-01',
    'patriots-day': '2024-05-20',
    'fete-nationale': '2024-06-24',
    'canada-day': '2024-07-01',
    'labour-day': '2024-09-02',
    thanksgiving: '2024-10-14',
    christmas: '2024-12-25',
  },
  2026: {
    'new-year': '2026-01-01',
    'good-friday': '2026-04-03',
    'easter-monday': '2026-04-06',
    'patriots-day': '2026-05-18',
    'fete-nationale': '2026-06-24',
    'canada-day': '2026-07-01',
    'labour-day': '2026-09-07',
    thanksgiving: '2026-10-12',
    christmas: '2026-12-25',
  },
  2027: {
    'new-year': '2027-01-01',
    'good-friday': '2027-03-26',
    'easter-monday': '2027-03-29',
    'patriots-day': '2027-05-24',
    'fete-nationale': '2027-06-24',
    'canada-day': '2027-07-01',
    'labour-day': '2027-09-06',
    thanksgiving: '2027-10-11',
    christmas: '2027-12-25',
  },
  2029: {
    'new-year': '2029-01-01',
    'good-friday': '2029-03-30',
    'easter-monday': '2029-04-02',
    'patriots-day': '2029-05-21',
    'fete-nationale': '2029-06-25',
    'canada-day': '2029-07-02',
    'labour-day': '2029-09-03',
    thanksgiving: '2029-10-08',
    christmas: '2029-12-25',
  },
  2035: {
    'new-year': '2035-01-01',
    'good-friday': '2035-03-23',
    'easter-monday': '2035-03-26',
    'patriots-day': '2035-05-21',
    'fete-nationale': '2035-06-25',
    'canada-day': '2035-07-02',
    'labour-day': '2035-09-03',
    thanksgiving: '2035-10-08',
    christmas: '2035-12-25',
  },
  2040: {
    'new-year': '2040-01-01',
    'good-friday': '2040-03-30',
    'easter-monday': '2040-04-02',
    'patriots-day': '2040-05-21',
    'fete-nationale': '2040-06-25',
    'canada-day': '2040-07-02',
    'labour-day': '2040-09-03',
    thanksgiving: '2040-10-08',
    christmas: '2040-12-25',
  },
};

const rows = Object.entries(TABLE).flatMap(([year, days]) =>
  Object.entries(days).map(([id, date]) => [Number(year), id, date] as const),
);

describe('holidays(year)', () => {
  it.each(rows)('%i %s is %s', (year, id, date) => {
    const found = holidays(year).filter((h) => h.id === id);
    expect(found.map((h) => h.date)).toEqual([date]);
  });

  it('lists exactly the nine statutory days, sorted, with both names', () => {
    for (const year of Object.keys(TABLE).map(Number)) {
      const list = holidays(year);
      expect(list).toHaveLength(9);
      expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
      for (const h of list) {
        expect(h.kind).toBe('statutory');
        expect(h.name.fr.length).toBeGreaterThan(2);
        expect(h.name.en.length).toBeGreaterThan(2);
      }
    }
  });

  it('names the days in French and English', () => {
    const byId = new Map(holidays(2026).map((h) => [h.id, h.name]));
    expect(byId.get('patriots-day')?.fr).toBe('Journée nationale des patriotes');
    expect(byId.get('fete-nationale')?.fr).toBe('Fête nationale du Québec');
    expect(byId.get('christmas')).toEqual({ fr: 'Noël', en: 'Christmas Day' });
    expect(byId.get('canada-day')?.en).toBe('Canada Day');
  });

  it('moves June 24 and July 1 to Monday when they fall on a Sunday (2018, 2029, 2035, 2040, 2046)', () => {
    for (const year of [2018, 2029, 2035, 2040, 2046]) {
      const list = holidays(year);
      const fete = list.find((h) => h.id === 'fete-nationale');
      const canada = list.find((h) => h.id === 'canada-day');
      expect(fete).toMatchObject({ date: `${year}-06-25`, substitute: true });
      expect(canada).toMatchObject({ date: `${year}-07-02`, substitute: true });
      expect(isBusinessDay(`${year}-06-25`)).toBe(false);
      expect(isBusinessDay(`${year}-07-02`)).toBe(false);
      expect(isBusinessDay(`${year}-06-26`)).toBe(true);
    }
  });

  it('does not move June 24 or July 1 when they fall on a Saturday (2028: June 24 is a Saturday)', () => {
    const list = holidays(2028);
    expect(list.find((h) => h.id === 'fete-nationale')).toMatchObject({ date: '2028-06-24', substitute: false });
    expect(isBusinessDay('2028-06-23')).toBe(true);
    expect(isBusinessDay('2028-06-26')).toBe(true);
  });

  it('takes the Monday strictly before May 25 for the Patriots (May 25, 2026 is a Monday)', () => {
    expect(holidays(2026).find((h) => h.id === 'patriots-day')?.date).toBe('2026-05-18');
    expect(holidays(2032).find((h) => h.id === 'patriots-day')?.date).toBe('2032-05-24');
  });

  it('honours the Easter choice', () => {
    const ids = (easter: 'both' | 'good-friday' | 'easter-monday') =>
      holidays(2026, { easter }).map((h) => h.id).filter((id) => id.includes('easter') || id.includes('friday'));
    expect(ids('both')).toEqual(['good-friday', 'easter-monday']);
    expect(ids('good-friday')).toEqual(['good-friday']);
    expect(ids('easter-monday')).toEqual(['easter-monday']);
    expect(isBusinessDay('2026-04-06', { easter: 'good-friday' })).toBe(true);
    expect(isBusinessDay('2026-04-03', { easter: 'easter-monday' })).toBe(true);
    expect(isBusinessDay('2026-04-03')).toBe(false);
  });

  it('adds extra holidays and every day of a closure, in date order', () => {
    const list = holidays(2026, {
      extraHolidays: [
        { id: 'souvenir', date: '11-11', name: { fr: 'Jour du Souvenir', en: 'Remembrance Day' } },
        { id: 'once', date: '2027-02-01', name: { fr: 'Une fois', en: 'Once' } },
      ],
      closures: [{ id: 'fetes', from: '2026-12-24', to: '2027-01-02', name: { fr: 'Fêtes', en: 'Holidays' } }],
    });
    expect(list.filter((h) => h.kind === 'extra').map((h) => h.date)).toEqual(['2026-11-11']);
    expect(list.filter((h) => h.kind === 'closure').map((h) => h.date)).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
    ]);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    const next = holidays(2027, {
      closures: [{ id: 'fetes', from: '2026-12-24', to: '2027-01-02', name: { fr: 'Fêtes', en: 'Holidays' } }],
    });
    expect(next.filter((h) => h.kind === 'closure').map((h) => h.date)).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('reads closures from a profile built with definePolicy', () => {
    const amos = definePolicy({
      id: 'amos',
      calendar: { holidays: { closures: [{ from: '2026-07-20', to: '2026-07-31', name: { fr: 'Vacances', en: 'Vacation' } }] } },
    });
    expect(isBusinessDay('2026-07-22', { policy: amos })).toBe(false);
    expect(isBusinessDay('2026-07-22')).toBe(true);
    const d = responseDeadline('2026-07-17T16:00:00-04:00', { policy: amos });
    expect(d.target.toISOString()).toBe(new Date('2026-08-03T16:00:00-04:00').toISOString());
    expect(d.skipped.filter((s) => s.kind === 'closure')).toHaveLength(10);
  });
});
