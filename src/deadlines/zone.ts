// Local-time arithmetic in an IANA zone with Intl only (internal). Slow paths (Intl) run when a
// year of the calendar is built, never per deadline call.

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Local wall-clock fields of an instant in a zone. */
export interface LocalFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock fields of `ms` in `zone` (internal, uses Intl). */
export function localFields(zone: string, ms: number): LocalFields {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of formatter(zone).formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  return { year: bc ? 1 - year : year, month, day, hour, minute, second };
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (local = utc + offset). */
export function zoneOffset(zone: string, ms: number): number {
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  const f = localFields(zone, wholeSeconds);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - wholeSeconds;
}

/**
 * The instant of a local wall-clock time. A time skipped by a DST jump is moved forward by the
 * jump (02:30 on the spring day → 03:30); a repeated time takes its first occurrence.
 */
export function localToInstant(zone: string, year: number, month: number, day: number, minutes: number): number {
  const local = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  const before = zoneOffset(zone, local - DAY);
  const after = zoneOffset(zone, local + DAY);
  if (before === after) {
    const t = local - before;
    if (zoneOffset(zone, t) === before) return t;
  }
  const tBefore = local - before;
  const tAfter = local - after;
  const okBefore = zoneOffset(zone, tBefore) === before;
  const okAfter = zoneOffset(zone, tAfter) === after;
  if (okBefore && okAfter) return Math.min(tBefore, tAfter);
  if (okBefore) return tBefore;
  if (okAfter) return tAfter;
  // In a gap: the wall time does not exist; move it forward by the length of the jump.
  return local - before;
}

/** Day of week of a civil date, 0 = Monday … 6 = Sunday. */
export function weekdayIndex(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (d + 6) % 7;
}

/** `YYYY-MM-DD` of a civil date. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a civil year. */
export function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
}
