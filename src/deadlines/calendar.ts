// The business calendar (internal): for each local day of a year, its instant of midnight, its
// office blocks as instants, what closes it, and the business time before it. Built once per
// year and cached, so a deadline is a binary search and a short walk over arrays.
import type { CalendarConfig, Weekday } from './config.js';
import { WEEKDAYS, minutesOf } from './config.js';
import { quebecStatutoryHolidays, type StatutoryHolidayId } from './quebec-holidays.js';
import { daysInYear, isoDate, localToInstant, offsetTable, weekdayIndex, zoneOffset, type OffsetFn } from './zone.js';

const MINUTE = 60_000;

/** Smallest and largest years the calendar computes. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Why a day is closed. */
export interface DayClosure {
  readonly id: string;
  readonly kind: 'statutory' | 'extra' | 'closure';
  readonly name: { readonly fr: string; readonly en: string };
  readonly substitute: boolean;
}

/** One local day of the calendar. */
export interface Day {
  readonly date: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Instant of local midnight. */
  readonly start: number;
  /** Position of the day in its year (0 = January 1). */
  readonly index: number;
  /** The civil date as a UTC timestamp (Date.UTC(year, month - 1, day)). */
  readonly civil: number;
  /** Instant of the next local midnight. */
  readonly end: number;
  /** Whether the zone's offset is the same all day (no DST change inside). */
  readonly steady: boolean;
  readonly offset: number;
  /** Office blocks as instants, flattened [start0, end0, start1, end1, …]; empty when closed. */
  readonly blocks: readonly number[];
  /** The weekday normally has office hours. */
  readonly scheduled: boolean;
  /** Holidays and closures on this date (may be on a weekend). */
  readonly closures: readonly DayClosure[];
  /** Business milliseconds in the year before this day. */
  readonly before: number;
}

/** A computed year. */
export interface YearData {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly days: readonly Day[];
  /** Business milliseconds in the whole year. */
  readonly total: number;
}

/** A business calendar ready to use (internal shape behind `businessCalendar()`). */
export interface Calendar {
  readonly config: CalendarConfig;
  readonly timeZone: string;
  /** Length of a standard full business day (the longest weekday), in ms. */
  readonly dayMs: number;
  /** Office blocks per weekday index (0 = Monday), in minutes since midnight, flattened. */
  readonly weekly: readonly (readonly number[])[];
  readonly years: Map<number, YearData>;
  /** The year used last (a cache for the common case of many calls in one year). */
  hot: YearData | undefined;
}

const canonicalZones = new Map<string, string>();

/** The canonical name of a zone (America/Montreal → America/Toronto). */
export function canonicalZone(zone: string): string {
  let canonical = canonicalZones.get(zone);
  if (canonical === undefined) {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    if (canonical === 'America/Montreal') canonical = 'America/Toronto';
    canonicalZones.set(zone, canonical);
  }
  return canonical;
}

/** Builds a calendar from a validated calendar config (years are computed on first use). */
export function createCalendar(config: CalendarConfig): Calendar {
  const weekly = WEEKDAYS.map((name: Weekday) =>
    [...config.officeHours[name]]
      .sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
      .flatMap((block) => [minutesOf(block.start), minutesOf(block.end)]),
  );
  let longest = 0;
  for (const blocks of weekly) {
    let sum = 0;
    for (let i = 0; i < blocks.length; i += 2) sum += (blocks[i + 1] ?? 0) - (blocks[i] ?? 0);
    longest = Math.max(longest, sum);
  }
  return { config, timeZone: canonicalZone(config.timeZone), dayMs: longest * MINUTE, weekly, years: new Map(), hot: undefined };
}

function closuresOfYear(config: CalendarConfig, year: number): Map<string, DayClosure[]> {
  const map = new Map<string, DayClosure[]>();
  const add = (date: string, closure: DayClosure): void => {
    const list = map.get(date);
    if (list) list.push(closure);
    else map.set(date, [closure]);
  };
  for (const h of quebecStatutoryHolidays(year, config.holidays.easter)) {
    add(h.date, { id: h.id as StatutoryHolidayId, kind: 'statutory', name: h.name, substitute: h.substitute });
  }
  for (const extra of config.holidays.extra) {
    const date = extra.date.length === 5 ? `${String(year).padStart(4, '0')}-${extra.date}` : extra.date;
    if (date.startsWith(`${String(year).padStart(4, '0')}-`)) {
      add(date, { id: extra.id, kind: 'extra', name: extra.name, substitute: false });
    }
  }
  const first = isoDate(year, 1, 1);
  const last = isoDate(year, 12, 31);
  for (const closure of config.holidays.closures) {
    if (closure.to < first || closure.from > last) continue;
    const from = closure.from < first ? first : closure.from;
    const to = closure.to > last ? last : closure.to;
    let cursor = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
    const stop = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)));
    while (cursor <= stop) {
      const d = new Date(cursor);
      add(isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), {
        id: closure.id ?? 'closure',
        kind: 'closure',
        name: closure.name,
        substitute: false,
      });
      cursor += 86_400_000;
    }
  }
  return map;
}

function midnight(offsetAt: OffsetFn, year: number, month: number, day: number, guess: number): number {
  const local = Date.UTC(year, month - 1, day);
  const t = local - guess;
  if (offsetAt(t) === guess && offsetAt(t - 1) === guess) return t;
  return localToInstant(offsetAt, year, month, day, 0);
}

function buildYear(cal: Calendar, year: number): YearData {
  const offsetAt = offsetTable(cal.timeZone, Date.UTC(year, 0, 1) - 3 * 86_400_000, Date.UTC(year + 1, 0, 1) + 3 * 86_400_000);
  const closed = closuresOfYear(cal.config, year);
  const count = daysInYear(year);
  const days: Day[] = [];
  let offset = offsetAt(Date.UTC(year, 0, 1));
  let start = midnight(offsetAt, year, 1, 1, offset);
  let before = 0;
  for (let i = 0; i < count; i += 1) {
    const date = new Date(Date.UTC(year, 0, 1 + i));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const next = new Date(Date.UTC(year, 0, 2 + i));
    offset = offsetAt(start);
    const end = midnight(offsetAt, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), offset);
    const endOffset = offsetAt(end - 1);
    const steady = endOffset === offset && end - start === 86_400_000;
    const weekday = weekdayIndex(y, m, d);
    const pattern = cal.weekly[weekday] ?? [];
    const iso = isoDate(y, m, d);
    const closures = closed.get(iso) ?? [];
    const blocks: number[] = [];
    if (closures.length === 0) {
      for (let b = 0; b < pattern.length; b += 2) {
        const from = pattern[b] ?? 0;
        const to = pattern[b + 1] ?? 0;
        const s = steady ? start + from * MINUTE : localToInstant(offsetAt, y, m, d, from);
        const e = steady ? start + to * MINUTE : to >= 1440 ? end : localToInstant(offsetAt, y, m, d, to);
        if (e > s) blocks.push(s, e);
      }
    }
    days.push(
      Object.freeze({
        date: iso,
        year: y,
        month: m,
        day: d,
        weekday,
        start,
        index: i,
        civil: Date.UTC(y, m - 1, d),
        end,
        steady,
        offset,
        blocks: Object.freeze(blocks),
        scheduled: pattern.length > 0,
        closures: Object.freeze(closures),
        before,
      }),
    );
    for (let b = 0; b < blocks.length; b += 2) before += (blocks[b + 1] ?? 0) - (blocks[b] ?? 0);
    start = end;
  }
  const first = days[0];
  const last = days[days.length - 1];
  return Object.freeze({
    year,
    start: first ? first.start : 0,
    end: last ? last.end : 0,
    days: Object.freeze(days),
    total: before,
  });
}

/** The computed year (cached). The caller keeps `year` inside MIN_YEAR…MAX_YEAR. */
export function yearOf(cal: Calendar, year: number): YearData {
  let data = cal.years.get(year);
  if (!data) {
    data = buildYear(cal, year);
    cal.years.set(year, data);
  }
  return data;
}

/** Whether an instant's year is inside the supported range. */
export function inRange(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return year > MIN_YEAR && year < MAX_YEAR;
}

/** The local day that contains an instant. */
export function dayAt(cal: Calendar, ms: number): Day {
  let data = cal.hot;
  if (data === undefined || ms < data.start || ms >= data.end) {
    const year = new Date(ms).getUTCFullYear();
    data = yearOf(cal, year);
    if (ms < data.start) data = yearOf(cal, year - 1);
    else if (ms >= data.end) data = yearOf(cal, year + 1);
    cal.hot = data;
  }
  const days = data.days;
  // Days are 24 h long except around DST changes: guess the index, then step to the right day.
  let index = Math.min(Math.max(Math.floor((ms - data.start) / 86_400_000), 0), days.length - 1);
  let day = days[index] as Day;
  while (ms < day.start && index > 0) day = days[--index] as Day;
  while (ms >= day.end && index < days.length - 1) day = days[++index] as Day;
  return day;
}

/** The day after `day`. */
export function nextDay(cal: Calendar, day: Day): Day {
  const hot = cal.hot;
  const data = hot !== undefined && hot.year === day.year ? hot : yearOf(cal, day.year);
  const next = data.days[day.index + 1];
  if (next) return next;
  return yearOf(cal, day.year + 1).days[0] as Day;
}

/** How many days a walk may look ahead for an opening before giving up (about 11 years). */
export const MAX_WALK_DAYS = 4000;

/** A walk found no business day: the calendar is closed for too long. */
export const NO_OPENING = -1;

/** The first instant ≥ ms at which the office is open; NO_OPENING if none within the walk. */
export function nextOpeningMs(cal: Calendar, ms: number): number {
  let day = dayAt(cal, ms);
  for (let walked = 0; walked < MAX_WALK_DAYS; walked += 1) {
    const blocks = day.blocks;
    for (let b = 0; b < blocks.length; b += 2) {
      const s = blocks[b] as number;
      const e = blocks[b + 1] as number;
      if (ms < e) return ms > s ? ms : s;
    }
    if (day.year >= MAX_YEAR && day.month === 12 && day.day === 31) return NO_OPENING;
    day = nextDay(cal, day);
  }
  return NO_OPENING;
}

/**
 * The instant reached after `amount` ms of business time from `ms`. A deadline that lands on
 * the end of a block stays there. NO_OPENING if the walk finds no business time.
 */
export function addBusinessMs(cal: Calendar, ms: number, amount: number): number {
  let remaining = amount;
  let position = ms;
  let day = dayAt(cal, ms);
  let idle = 0;
  while (idle < MAX_WALK_DAYS) {
    const blocks = day.blocks;
    if (blocks.length === 0) idle += 1;
    else idle = 0;
    for (let b = 0; b < blocks.length; b += 2) {
      const s = blocks[b] as number;
      const e = blocks[b + 1] as number;
      if (position >= e) continue;
      const from = position > s ? position : s;
      const available = e - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
      position = e;
    }
    if (day.year >= MAX_YEAR && day.month === 12 && day.day === 31) return NO_OPENING;
    day = nextDay(cal, day);
  }
  return NO_OPENING;
}

/** Business ms inside the day before instant ms (ms within the day). */
function withinDay(day: Day, ms: number): number {
  let sum = 0;
  const blocks = day.blocks;
  for (let b = 0; b < blocks.length; b += 2) {
    const s = blocks[b] as number;
    const e = blocks[b + 1] as number;
    if (ms <= s) break;
    sum += (ms < e ? ms : e) - s;
  }
  return sum;
}

/** Business ms from `a` to `b` (negative when b is before a). */
export function businessMsBetween(cal: Calendar, a: number, b: number): number {
  if (b < a) return -businessMsBetween(cal, b, a);
  const dayA = dayAt(cal, a);
  const dayB = dayAt(cal, b);
  let sum = dayB.before + withinDay(dayB, b) - (dayA.before + withinDay(dayA, a));
  for (let year = dayA.year; year < dayB.year; year += 1) sum += yearOf(cal, year).total;
  return sum;
}

/** The day of a local date `YYYY-MM-DD`. */
export function dayOfDate(cal: Calendar, date: string): Day {
  const year = Number(date.slice(0, 4));
  const data = yearOf(cal, year);
  const index = Math.round(
    (Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000,
  );
  return data.days[index] as Day;
}

/** Local hour and minute of an instant inside `day`. */
export function localMinute(cal: Calendar, day: Day, ms: number): number {
  const offset = day.steady ? day.offset : zoneOffset(cal.timeZone, ms);
  return Math.floor((ms + offset - day.civil) / MINUTE);
}

/** Holidays, extra holidays and closure days of a year, sorted by date (statutory first on a date). */
export function quebecHolidaysOf(cal: Calendar, year: number): (DayClosure & { readonly date: string })[] {
  const map = closuresOfYear(cal.config, year);
  const dates = [...map.keys()].sort();
  const list: (DayClosure & { readonly date: string })[] = [];
  for (const date of dates) for (const c of map.get(date) ?? []) list.push({ ...c, date });
  return list;
}
