import { z } from 'zod';
import { PolicyInputError, fromZodIssues, inputError, type PolicyInputIssue } from '../errors.js';
import { resolvePolicy } from '../policies/define-policy.js';
import { laSarre } from '../policies/la-sarre.js';
import type { Policy } from '../policies/schema.js';
import { TimeZoneSchema } from '../policies/common.js';
import { createCalendar, type Calendar } from './calendar.js';
import {
  CalendarConfigSchema,
  ClosureSchema,
  EmergencyConfigSchema,
  ExtraHolidaySchema,
  PartialOfficeHoursSchema,
  type CalendarConfig,
  type Weekday,
} from './config.js';
import type { EasterChoice } from './quebec-holidays.js';

/**
 * One block of office hours in local time, `HH:MM` 24 h (`24:00` allowed as an end).
 *
 * @example
 * ```ts
 * const morning: OfficeBlock = { start: '08:30', end: '12:00' };
 * ```
 */
export interface OfficeBlock {
  readonly start: string;
  readonly end: string;
}

/**
 * A closure of the offices from `from` to `to` inclusive (local dates `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * const fetes: Closure = { id: 'fetes', from: '2026-12-24', to: '2027-01-02', name: { fr: 'Congé des Fêtes', en: 'Holiday season' } };
 * isBusinessDay('2026-12-29', { closures: [fetes] }); //=> false
 * ```
 */
export interface Closure {
  readonly id?: string;
  readonly from: string;
  readonly to: string;
  readonly name: { readonly fr: string; readonly en: string };
}

/**
 * A holiday added to the statutory ones: `date` is `YYYY-MM-DD` (once) or `MM-DD` (every year).
 *
 * @example
 * ```ts
 * const souvenir: ExtraHoliday = { id: 'souvenir', date: '11-11', name: { fr: 'Jour du Souvenir', en: 'Remembrance Day' } };
 * isBusinessDay('2026-11-11', { extraHolidays: [souvenir] }); //=> false
 * ```
 */
export interface ExtraHoliday {
  readonly id: string;
  readonly date: string;
  readonly name: { readonly fr: string; readonly en: string };
}

/**
 * Emergency targets, in minutes of wall-clock time.
 *
 * @example
 * ```ts
 * const t: EmergencyTargets = { targetMinutes: 30 };
 * responseDeadline('2026-05-19T22:00:00-04:00', { emergency: t }).target.toISOString(); //=> '2026-05-20T02:30:00.000Z'
 * ```
 */
export interface EmergencyTargets {
  /**
   * Minutes from receipt to the target answer in an emergency.
   * @default policy.calendar.emergency.targetMinutes (60 in the built-in profiles)
   */
  readonly targetMinutes?: number;
  /**
   * Minutes from receipt to the latest answer in an emergency.
   * @default policy.calendar.emergency.dueMinutes (240 in the built-in profiles)
   */
  readonly dueMinutes?: number;
}

/**
 * Options of every deadline function. Each field overrides, for this call only, the matching
 * field of the profile's `calendar`; each is validated with the profile's own schemas.
 *
 * @example
 * ```ts
 * const options: DeadlineOptions = { policy: villeDeQuebec, timeZone: 'America/Montreal', easter: 'good-friday' };
 * responseDeadline('2026-04-02T14:00:00-04:00', options).target.toISOString(); //=> '2026-04-06T18:00:00.000Z' (Monday 14:00)
 * ```
 */
export interface DeadlineOptions {
  /**
   * The municipality's profile.
   * @default laSarre
   */
  readonly policy?: Policy;
  /**
   * IANA time zone in which office hours and dates are read (`America/Montreal` is accepted as
   * `America/Toronto`).
   * @default policy.calendar.timeZone ('America/Toronto')
   */
  readonly timeZone?: string;
  /**
   * Office hours of some weekdays, laid over the profile's (a weekday given here replaces the
   * profile's blocks for that weekday; `[]` closes it).
   * @default policy.calendar.officeHours (Mon–Fri 08:30–12:00 and 13:00–16:30)
   */
  readonly officeHours?: Partial<Record<Weekday, readonly OfficeBlock[]>>;
  /**
   * Which Easter days are holidays.
   * @default policy.calendar.holidays.easter ('both')
   */
  readonly easter?: EasterChoice;
  /**
   * Closures of the offices; replaces the profile's list.
   * @default policy.calendar.holidays.closures ([])
   */
  readonly closures?: readonly Closure[];
  /**
   * Holidays added to the statutory ones; replaces the profile's list.
   * @default policy.calendar.holidays.extra ([])
   */
  readonly extraHolidays?: readonly ExtraHoliday[];
  /**
   * Emergency mode (La Sarre §5.6.1 and §14): the clock runs day and night and the deadlines
   * are counted in minutes. `true` uses the profile's targets; an object overrides them.
   * @default false
   */
  readonly emergency?: boolean | EmergencyTargets;
  /**
   * Business days from receipt to the target answer.
   * @default policy.calendar.targetBusinessDays (1)
   */
  readonly targetBusinessDays?: number;
  /**
   * Business days from receipt to the latest answer.
   * @default policy.calendar.dueBusinessDays (2)
   */
  readonly dueBusinessDays?: number;
}

const PolicyRefSchema = z.custom<Policy>((value) => value !== null && typeof value === 'object', {
  message: 'expected a policy profile (laSarre, villeDeQuebec or definePolicy(...))',
});

/**
 * Per-call options (schema; the same field schemas as the profile's calendar).
 *
 * @example
 * ```ts
 * DeadlineOptionsSchema.safeParse({ timeZone: 'Mars/Olympus' }).success; //=> false
 * ```
 */
export const DeadlineOptionsSchema = z.strictObject({
  policy: PolicyRefSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  officeHours: PartialOfficeHoursSchema.optional(),
  easter: z.enum(['both', 'good-friday', 'easter-monday']).optional(),
  closures: z.array(ClosureSchema).max(10_000).optional(),
  extraHolidays: z.array(ExtraHolidaySchema).max(10_000).optional(),
  emergency: z
    .union([
      z.boolean(),
      z.strictObject({
        targetMinutes: z.number().int().positive().optional(),
        dueMinutes: z.number().int().positive().optional(),
      }),
    ])
    .optional(),
  targetBusinessDays: z.number().positive().max(365).optional(),
  dueBusinessDays: z.number().positive().max(365).optional(),
});

/** Emergency targets in force for a call. */
export interface EmergencyConfig {
  readonly targetMinutes: number;
  readonly dueMinutes: number;
}

/** What a call works with, once its options are resolved (internal). */
export interface Resolved {
  readonly policy: Policy;
  readonly calendar: Calendar;
  readonly emergency: EmergencyConfig | null;
}

function prefixed(issues: readonly z.core.$ZodIssue[], prefix: string): PolicyInputIssue[] {
  return fromZodIssues(issues).map((issue) => ({
    ...issue,
    path: issue.path === '(input)' ? prefix : `${prefix}.${issue.path}`,
  }));
}

interface PolicyCache {
  fingerprint: string | null;
  base: Calendar;
  variants: Map<string, Calendar>;
}

const caches = new WeakMap<object, PolicyCache>();
const MAX_VARIANTS = 64;

function baseCalendar(policy: Policy): PolicyCache {
  const frozen = Object.isFrozen(policy) && Object.isFrozen(policy.calendar);
  const known = caches.get(policy);
  if (known) {
    if (known.fingerprint === null) return known;
    if (known.fingerprint === JSON.stringify(policy.calendar)) return known;
  }
  const parsed = CalendarConfigSchema.safeParse(policy.calendar);
  if (!parsed.success) {
    throw new PolicyInputError(
      'policy',
      prefixed(parsed.error.issues, 'calendar'),
    );
  }
  const cache: PolicyCache = {
    fingerprint: frozen ? null : JSON.stringify(policy.calendar),
    base: createCalendar(parsed.data),
    variants: new Map(),
  };
  caches.set(policy, cache);
  return cache;
}

const laSarreDefault: { value: Resolved | undefined } = { value: undefined };

function policyOf(value: unknown): Policy {
  const policy = resolvePolicy(value as Policy | undefined);
  if (policy.calendar === null || typeof policy.calendar !== 'object') {
    inputError('options', 'policy.calendar', 'the policy has no calendar: build it with definePolicy()');
  }
  return policy;
}

/** Resolves the options of a call into a calendar (cached) and the emergency targets. */
export function resolveOptions(options: unknown): Resolved {
  if (options === undefined) {
    laSarreDefault.value ??= { policy: laSarre, calendar: baseCalendar(laSarre).base, emergency: null };
    return laSarreDefault.value;
  }
  const parsed = DeadlineOptionsSchema.safeParse(options);
  if (!parsed.success) throw new PolicyInputError('options', fromZodIssues(parsed.error.issues));
  const o = parsed.data;
  const policy = policyOf(o.policy);
  const cache = baseCalendar(policy);
  const base = cache.base.config;
  let calendar = cache.base;
  const overrides: Record<string, unknown> = {};
  if (o.timeZone !== undefined) overrides.timeZone = o.timeZone;
  if (o.officeHours !== undefined) overrides.officeHours = o.officeHours;
  if (o.easter !== undefined) overrides.easter = o.easter;
  if (o.closures !== undefined) overrides.closures = o.closures;
  if (o.extraHolidays !== undefined) overrides.extraHolidays = o.extraHolidays;
  if (o.targetBusinessDays !== undefined) overrides.targetBusinessDays = o.targetBusinessDays;
  if (o.dueBusinessDays !== undefined) overrides.dueBusinessDays = o.dueBusinessDays;
  if (Object.keys(overrides).length > 0) {
    const key = JSON.stringify(overrides);
    const known = cache.variants.get(key);
    if (known) calendar = known;
    else {
      const merged = {
        timeZone: o.timeZone ?? base.timeZone,
        officeHours: { ...base.officeHours, ...o.officeHours },
        holidays: {
          easter: o.easter ?? base.holidays.easter,
          extra: o.extraHolidays ?? base.holidays.extra,
          closures: o.closures ?? base.holidays.closures,
        },
        emergency: base.emergency,
        targetBusinessDays: o.targetBusinessDays ?? base.targetBusinessDays,
        dueBusinessDays: o.dueBusinessDays ?? base.dueBusinessDays,
      };
      const checked = CalendarConfigSchema.safeParse(merged);
      if (!checked.success) throw new PolicyInputError('options', fromZodIssues(checked.error.issues));
      calendar = createCalendar(checked.data as CalendarConfig);
      if (cache.variants.size >= MAX_VARIANTS) cache.variants.clear();
      cache.variants.set(key, calendar);
    }
  }
  const emergency = resolveEmergency(base.emergency, o.emergency);
  return { policy, calendar, emergency };
}

/** The emergency targets in force, or null when the call is not in emergency mode (internal). */
export function resolveEmergency(base: EmergencyConfig, value: unknown): EmergencyConfig | null {
  if (value === undefined || value === false) return null;
  if (value === true) return base;
  const shape = DeadlineOptionsSchema.shape.emergency.safeParse(value);
  if (!shape.success) {
    throw new PolicyInputError(
      'options',
      prefixed(shape.error.issues, 'emergency'),
    );
  }
  const merged = { ...base, ...(typeof shape.data === 'object' ? shape.data : {}) };
  const checked = EmergencyConfigSchema.safeParse(merged);
  if (!checked.success) {
    throw new PolicyInputError(
      'options',
      prefixed(checked.error.issues, 'emergency'),
    );
  }
  return checked.data;
}
