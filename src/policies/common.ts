import { z } from 'zod';

/** A text in French and English (schema). */
export const BilingualSchema = z.strictObject({
  fr: z.string().min(1, 'write the French text'),
  en: z.string().min(1, 'write the English text'),
});

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** A calendar date `YYYY-MM-DD` (schema). */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'expected a real date written YYYY-MM-DD, e.g. 2026-06-24' });

const zoneCache = new Map<string, boolean>();

/** Whether the IANA time zone is known to this JavaScript engine. */
export function isTimeZone(zone: string): boolean {
  const known = zoneCache.get(zone);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    ok = zone.length > 0;
  } catch {
    ok = false;
  }
  zoneCache.set(zone, ok);
  return ok;
}

/** An IANA time zone such as `America/Toronto` (schema). */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { message: 'unknown time zone: use an IANA name such as America/Toronto' });

/**
 * An instant: a `Date` or an ISO-8601 string with its offset (`2026-05-19T10:00:00-04:00`).
 * Strings without an offset are refused, since their meaning would depend on the machine.
 */
export const InstantSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const read = readInstant(value);
  if (typeof read === 'string') {
    ctx.addIssue({ code: 'custom', message: read });
    return z.NEVER;
  }
  return read;
});

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/iu;

/**
 * Reads an instant as {@link InstantSchema} does (internal): a fresh `Date`, or the message
 * saying why the value is refused.
 *
 * @example
 * ```ts
 * readInstant('2026-05-19T10:00:00-04:00'); //=> Date 2026-05-19T14:00:00.000Z
 * readInstant('2026-02-30T10:00:00-05:00'); //=> 'not a real date-time: "2026-02-30T10:00:00-05:00"'
 * ```
 */
export function readInstant(value: Date | string): Date | string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid Date (NaN)' : new Date(value.getTime());
  if (!INSTANT_RE.test(value)) {
    return `expected an ISO date-time with an offset (e.g. 2026-05-19T10:00:00-04:00), got ${JSON.stringify(value.slice(0, 40))}`;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !isIsoDate(value.slice(0, 10)) || Number(value.slice(11, 13)) > 23) {
    return `not a real date-time: ${JSON.stringify(value.slice(0, 40))}`;
  }
  return date;
}

/** A section of a policy, e.g. `§5.5`. */
export const SectionSchema = z.string().regex(/^§\d+(?:\.\d+)*$/u, 'write a section like §5.6.1');

/**
 * Where a decision comes from: a policy id and one of its sections.
 *
 * @example
 * ```ts
 * const c: Citation = { policy: 'la-sarre', section: '§5.5' };
 * ```
 */
export interface Citation {
  readonly policy: string;
  readonly section: string;
}

/**
 * Whether a value is a plain data object (`{}` or `Object.create(null)`), not an array, a class
 * instance or null (internal).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
