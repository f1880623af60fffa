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
      default:
        break;
    }
  }
  return { year, month, day, hour, minute, second };
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (local = utc + offset). */
export function zoneOffset(zone: string, ms: number): number {
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  const f = localFields(zone, wholeSeconds);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - wholeSeconds;
}

/** Offset of a zone at an instant, in ms (local = utc + offset). */
export type OffsetFn = (ms: number) => number;

/**
 * A fast offset function for instants between `from` and `to`: the zone's transitions in that
 * range are found once (sampling every 7 days, then bisecting to the millisecond), after which
 * each lookup is a short scan. Outside the range it falls back to Intl.
 */
export function offsetTable(zone: string, from: number, to: number): OffsetFn {
  const STEP = 7 * DAY;
  const at: number[] = [];
  const offsets: number[] = [zoneOffset(zone, from)];
  let previous = from;
  let previousOffset = offsets[0] as number;
  for (let t = from + STEP; ; t += STEP) {
    const probe = t > to ? to : t;
    const offset = zoneOffset(zone, probe);
    if (offset !== previousOffset) {
      // Bisect to the first instant with the new offset (to the second, then it is exact:
      // transitions happen on whole seconds).
      let lo = previous;
      let hi = probe;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (zoneOffset(zone, mid) === previousOffset) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      offsets.push(offset);
      previousOffset = offset;
    }
    previous = probe;
    if (probe >= to) break;
  }
  return (ms: number): number => {
    if (ms < from || ms > to) return zoneOffset(zone, ms);
    let i = 0;
    while (i < at.length && ms >= (at[i] as number)) i += 1;
    return offsets[i] as number;
  };
}

/**
 * The instant of a local wall-clock time. A time skipped by a DST jump is moved forward by the
 * jump (02:30 on the spring day → 03:30); a repeated time takes its first occurrence.
 */
export function localToInstant(
  zone: string | OffsetFn,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const offsetAt: OffsetFn = typeof zone === 'string' ? (ms) => zoneOffset(zone, ms) : zone;
  const local = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  const before = offsetAt(local - DAY);
  const after = offsetAt(local + DAY);
  if (before === after) {
    const t = local - before;
    if (offsetAt(t) === before) return t;
  }
  const tBefore = local - before;
  const tAfter = local - after;
  const okBefore = offsetAt(tBefore) === before;
  const okAfter = offsetAt(tAfter) === after;
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
