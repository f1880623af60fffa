import { z } from 'zod';
import { BilingualSchema, IsoDateSchema, TimeZoneSchema } from '../policies/common.js';

const TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u;

/** Minutes since midnight for `HH:MM` (internal). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** One block of office hours in local time, e.g. `{ start: '08:30', end: '12:00' }` (schema). */
export const OfficeBlockSchema = z
  .strictObject({
    start: z.string().regex(TIME_RE, 'write the time as HH:MM (24 h), e.g. 08:30'),
    end: z.string().regex(TIME_RE, 'write the time as HH:MM (24 h), e.g. 16:30'),
  })
  .refine((block) => minutesOf(block.end) > minutesOf(block.start), {
    message: 'an office block must end after it starts',
  });

const DayBlocksSchema = z.array(OfficeBlockSchema).superRefine((blocks, ctx) => {
  const sorted = [...blocks].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && minutesOf(current.start) < minutesOf(previous.end)) {
      ctx.addIssue({
        code: 'custom',
        message: `office blocks overlap: ${previous.start}–${previous.end} and ${current.start}–${current.end}`,
      });
    }
  }
});

/**
 * The days of the week, Monday first (the keys of office hours).
 *
 * @example
 * ```ts
 * WEEKDAYS[0]; //=> 'monday'
 * ```
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * A weekday name.
 *
 * @example
 * ```ts
 * const day: Weekday = 'friday';
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];

const officeHoursShape = {
  monday: DayBlocksSchema,
  tuesday: DayBlocksSchema,
  wednesday: DayBlocksSchema,
  thursday: DayBlocksSchema,
  friday: DayBlocksSchema,
  saturday: DayBlocksSchema,
  sunday: DayBlocksSchema,
};

/** Office hours per weekday, several blocks per day; at least one block in the week (schema). */
export const OfficeHoursSchema = z.strictObject(officeHoursShape).refine(
  (hours) => WEEKDAYS.some((day) => hours[day].length > 0),
  { message: 'office hours need at least one block in the week, otherwise no deadline can ever be reached' },
);

/** Office hours for some weekdays only, laid over a profile's per call (schema). */
export const PartialOfficeHoursSchema = z.strictObject(officeHoursShape).partial();

/** A closure of the municipal offices over one or several days (schema). */
export const ClosureSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    from: IsoDateSchema,
    to: IsoDateSchema,
    name: BilingualSchema,
  })
  .refine((closure) => closure.to >= closure.from, { message: 'a closure must end on or after its first day', path: ['to'] });

/** A holiday the municipality adds to the statutory ones; `date` is `YYYY-MM-DD` or `MM-DD` for every year (schema). */
export const ExtraHolidaySchema = z.strictObject({
  id: z.string().min(1),
  date: z.union([IsoDateSchema, z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u, 'write MM-DD or YYYY-MM-DD')]),
  name: BilingualSchema,
});

/** Holiday choices (schema). */
export const HolidayConfigSchema = z.strictObject({
  /** Which Easter days the offices close: Good Friday, Easter Monday or both. */
  easter: z.enum(['both', 'good-friday', 'easter-monday']),
  extra: z.array(ExtraHolidaySchema),
  closures: z.array(ClosureSchema),
});

/**
 * Emergency mode: the clock runs around the clock; `targetMinutes` and `dueMinutes` count
 * wall-clock minutes from receipt (built-in profiles: 60 and 240) (schema).
 */
export const EmergencyConfigSchema = z
  .strictObject({
    targetMinutes: z.number().int().positive(),
    dueMinutes: z.number().int().positive(),
  })
  .refine((e) => e.dueMinutes >= e.targetMinutes, { message: 'dueMinutes must be at least targetMinutes', path: ['dueMinutes'] });

/** Everything the deadline clock needs from a profile (schema). */
export const CalendarConfigSchema = z.strictObject({
  timeZone: TimeZoneSchema,
  officeHours: OfficeHoursSchema,
  holidays: HolidayConfigSchema,
  emergency: EmergencyConfigSchema,
  /** Business days for `target` and `due` (La Sarre §5.6.1: one to two). */
  targetBusinessDays: z.number().positive().max(365),
  dueBusinessDays: z.number().positive().max(365),
}).refine((c) => c.dueBusinessDays >= c.targetBusinessDays, {
  message: 'dueBusinessDays must be at least targetBusinessDays',
  path: ['dueBusinessDays'],
});

/**
 * The deadline part of a policy profile.
 *
 * @example
 * ```ts
 * const c: CalendarConfig = laSarre.calendar;
 * c.emergency; //=> { targetMinutes: 60, dueMinutes: 240 }
 * ```
 */
export type CalendarConfig = z.output<typeof CalendarConfigSchema>;
