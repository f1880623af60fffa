import Holidays from 'date-holidays';
import { isoDate, weekdayIndex } from './zone.js';

/**
 * Which Easter days the offices close (the law lets the employer choose one; many cities close both).
 *
 * @example
 * ```ts
 * const choice: EasterChoice = 'both';
 * ```
 */
export type EasterChoice = 'both' | 'good-friday' | 'easter-monday';

/**
 * Ids of Québec's statutory holidays (Loi sur les normes du travail, art. 60; Loi sur la fête nationale).
 *
 * @example
 * ```ts
 * STATUTORY_HOLIDAY_IDS.length; //=> 9
 * ```
 */
export const STATUTORY_HOLIDAY_IDS = [
  'new-year',
  'good-friday',
  'easter-monday',
  'patriots-day',
  'fete-nationale',
  'canada-day',
  'labour-day',
  'thanksgiving',
  'christmas',
] as const;

/**
 * The id of a Québec statutory holiday.
 *
 * @example
 * ```ts
 * const id: StatutoryHolidayId = 'fete-nationale';
 * ```
 */
export type StatutoryHolidayId = (typeof STATUTORY_HOLIDAY_IDS)[number];

/** One statutory holiday of a year. */
export interface StatutoryHoliday {
  /** The local date `YYYY-MM-DD` on which offices close. */
  readonly date: string;
  readonly id: StatutoryHolidayId;
  readonly name: { readonly fr: string; readonly en: string };
  /** True when the holiday moved to the Monday because its date fell on a Sunday (June 24, July 1). */
  readonly substitute: boolean;
}

// date-holidays rule strings (data of CA/QC) mapped to our ids. Anything else it lists for
// Québec (observances such as Mother's Day or Halloween) is not a statutory holiday.
const RULE_IDS: ReadonlyMap<string, StatutoryHolidayId> = new Map([
  ['01-01', 'new-year'],
  ['easter -2', 'good-friday'],
  ['easter 1', 'easter-monday'],
  ['monday before 05-25', 'patriots-day'],
  ['06-24', 'fete-nationale'],
  ['07-01', 'canada-day'],
  ['1st monday in September', 'labour-day'],
  ['2nd monday after 10-01', 'thanksgiving'],
  ['12-25', 'christmas'],
]);

// Fallback names, used only if date-holidays stops naming one of the days (its names win).
const NAMES: Record<StatutoryHolidayId, { fr: string; en: string }> = {
  'new-year': { fr: 'Nouvel An', en: 'New Year\'s Day' },
  'good-friday': { fr: 'Vendredi saint', en: 'Good Friday' },
  'easter-monday': { fr: 'Lundi de Pâques', en: 'Easter Monday' },
  'patriots-day': { fr: 'Journée nationale des patriotes', en: 'National Patriots\' Day' },
  'fete-nationale': { fr: 'Fête nationale du Québec', en: 'National Holiday' },
  'canada-day': { fr: 'Fête du Canada', en: 'Canada Day' },
  'labour-day': { fr: 'Fête du travail', en: 'Labour Day' },
  thanksgiving: { fr: 'Action de grâce', en: 'Thanksgiving' },
  christmas: { fr: 'Noël', en: 'Christmas Day' },
};

let source: Holidays | undefined;

function quebec(): Holidays {
  source ??= new Holidays('CA', 'QC', { types: ['public', 'optional', 'bank'] });
  return source;
}

/** Easter Sunday (Gregorian, anonymous algorithm): used to fill a day date-holidays would miss. */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function shift(year: number, month: number, day: number, days: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The n-th weekday (0 = Monday) of a month, n from 1. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = weekdayIndex(year, month, 1);
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return isoDate(year, month, day);
}

/** The dates the law gives, computed by us (independent of date-holidays). */
function ruleDates(year: number): Record<StatutoryHolidayId, string> {
  const easter = easterSunday(year);
  const may25 = weekdayIndex(year, 5, 25);
  const patriots = 25 - (may25 === 0 ? 7 : may25);
  return {
    'new-year': isoDate(year, 1, 1),
    'good-friday': shift(year, easter.month, easter.day, -2),
    'easter-monday': shift(year, easter.month, easter.day, 1),
    'patriots-day': isoDate(year, 5, patriots),
    'fete-nationale': isoDate(year, 6, 24),
    'canada-day': isoDate(year, 7, 1),
    'labour-day': nthWeekday(year, 9, 0, 1),
    thanksgiving: nthWeekday(year, 10, 0, 2),
    christmas: isoDate(year, 12, 25),
  };
}

const cache = new Map<number, readonly StatutoryHoliday[]>();

function allStatutory(year: number): readonly StatutoryHoliday[] {
  const known = cache.get(year);
  if (known) return known;
  const dates = new Map<StatutoryHolidayId, string>();
  const fr = new Map<StatutoryHolidayId, string>();
  const en = new Map<StatutoryHolidayId, string>();
  for (const holiday of quebec().getHolidays(year, 'fr')) {
    const id = RULE_IDS.get(holiday.rule);
    if (id && !dates.has(id)) {
      dates.set(id, holiday.date.slice(0, 10));
      fr.set(id, holiday.name);
    }
  }
  for (const holiday of quebec().getHolidays(year, 'en')) {
    const id = RULE_IDS.get(holiday.rule);
    if (id && !en.has(id)) en.set(id, holiday.name);
  }
  // Fill anything the data set would not list (e.g. a renamed rule) from our own rules.
  const own = ruleDates(year);
  const list: StatutoryHoliday[] = [];
  for (const id of STATUTORY_HOLIDAY_IDS) {
    let date = dates.get(id) ?? own[id];
    let substitute = false;
    // date-holidays lacks the Sunday substitution the two laws give for June 24 and July 1.
    if (id === 'fete-nationale' || id === 'canada-day') {
      const day = id === 'fete-nationale' ? 24 : 1;
      const month = id === 'fete-nationale' ? 6 : 7;
      if (weekdayIndex(year, month, day) === 6) {
        date = isoDate(year, month, day + 1);
        substitute = true;
      }
    }
    const name = Object.freeze({ fr: fr.get(id) ?? NAMES[id].fr, en: en.get(id) ?? NAMES[id].en });
    list.push(Object.freeze({ date, id, name, substitute }));
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frozen = Object.freeze(list);
  cache.set(year, frozen);
  return frozen;
}

/**
 * Québec's statutory holidays of a year, sorted by date, with the Easter choice applied
 * (internal; the public `holidays()` adds a profile's extra holidays and closures).
 */
export function quebecStatutoryHolidays(year: number, easter: EasterChoice): readonly StatutoryHoliday[] {
  const all = allStatutory(year);
  if (easter === 'both') return all;
  const drop: StatutoryHolidayId = easter === 'good-friday' ? 'easter-monday' : 'good-friday';
  return all.filter((h) => h.id !== drop);
}

/** Our own computation of the law's dates before Sunday substitution (internal, for tests). */
export function statutoryRuleDates(year: number): Readonly<Record<StatutoryHolidayId, string>> {
  return ruleDates(year);
}
