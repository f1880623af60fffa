import { inputError } from '../errors.js';
import { InstantSchema, IsoDateSchema, isIsoDate, type Citation } from '../policies/common.js';
import { parseInput } from '../errors.js';
import type { Policy } from '../policies/schema.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  NO_OPENING,
  addBusinessMs,
  businessMsBetween,
  dayAt,
  dayOfDate,
  nextDay,
  nextOpeningMs,
  quebecHolidaysOf,
  type Calendar,
  type Day,
  type DayClosure,
} from './calendar.js';
import type { CalendarConfig } from './config.js';
import { businessDaysText, dayEn, dayFr, durationText, instantText } from './format.js';
import {
  resolveEmergency,
  resolveOptions,
  type DeadlineOptions,
  type EmergencyConfig,
  type EmergencyTargets,
  type Resolved,
} from './options.js';

const MINUTE = 60_000;

/**
 * A text in French and English.
 *
 * @example
 * ```ts
 * const t: BilingualText = { fr: 'Dans les temps', en: 'On time' };
 * ```
 */
export interface BilingualText {
  readonly fr: string;
  readonly en: string;
}

/**
 * A closed day the clock skipped: a statutory holiday, an extra holiday or a closure.
 *
 * @example
 * ```ts
 * responseDeadline('2026-05-15T14:00:00-04:00').skipped[0];
 * //=> { date: '2026-05-18', id: 'patriots-day', kind: 'statutory', name: { fr: 'Journée nationale des patriotes', en: "National Patriots' Day" } }
 * ```
 */
export interface SkippedDay {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  readonly id: string;
  readonly kind: 'statutory' | 'extra' | 'closure';
  readonly name: BilingualText;
}

/**
 * When a question or comment should be answered (the result of {@link responseDeadline}).
 *
 * @example
 * ```ts
 * const d: ResponseDeadline = responseDeadline('2026-05-23T11:00:00-04:00'); // a Saturday
 * d.clockStartsAt.toISOString(); //=> '2026-05-25T12:30:00.000Z' (Monday 08:30)
 * d.citation; //=> { policy: 'la-sarre', section: '§5.6.1' }
 * ```
 */
export interface ResponseDeadline {
  /** The instant the question or comment was received (a copy). */
  readonly receivedAt: Date;
  /** When the clock started: the receipt itself, or the next opening when received outside office hours. */
  readonly clockStartsAt: Date;
  /** The target answer: one business day after receipt by default (La Sarre §5.6.1), or the emergency target. */
  readonly target: Date;
  /** The latest answer: two business days after receipt by default, or the emergency limit. */
  readonly due: Date;
  /** Whether emergency mode applied (the clock ran day and night). */
  readonly emergency: boolean;
  /** The zone the dates were read in. */
  readonly timeZone: string;
  /** Length of one business day of clock, in minutes (420 with the default office hours). */
  readonly businessDayMinutes: number;
  /** Holidays and closures between receipt and `due` that fell on a day with office hours. */
  readonly skipped: readonly SkippedDay[];
  /** How the deadline was counted, naming what was skipped. */
  readonly explanation: BilingualText;
  /** The section the deadline rests on (`deadlines`, or `emergency` in emergency mode); null if the profile cites none. */
  readonly citation: Citation | null;
  /** Every section involved (in emergency mode: the emergency section and the deadlines section). */
  readonly citations: readonly Citation[];
}

/**
 * Where an answer stands at a given moment.
 *
 * @example
 * ```ts
 * const s: SlaState = slaStatus('2026-05-19T10:00:00-04:00', '2026-05-20T11:00:00-04:00').status; //=> 'due-soon'
 * ```
 */
export type SlaState = 'on-time' | 'due-soon' | 'overdue';

/**
 * The state of an answer at `now` (the result of {@link slaStatus}).
 *
 * @example
 * ```ts
 * slaStatus('2026-05-19T10:00:00-04:00', '2026-05-22T10:00:00-04:00').overdueMinutes; //=> 420
 * ```
 */
export interface SlaStatus {
  /** `on-time` up to the target; `due-soon` after the target up to `due`; `overdue` after `due`. */
  readonly status: SlaState;
  /** Business minutes from receipt to `now` (wall-clock minutes in emergency mode). */
  readonly elapsedMinutes: number;
  /** Business minutes left until `due` (0 once overdue). */
  readonly remainingMinutes: number;
  /** Business minutes left until the target (0 once past it). */
  readonly remainingToTargetMinutes: number;
  /** Business minutes past `due` (0 while not overdue). */
  readonly overdueMinutes: number;
  /** The deadline the status was measured against. */
  readonly deadline: ResponseDeadline;
  readonly explanation: BilingualText;
  readonly citation: Citation | null;
}

/**
 * A day on which the offices are closed, as listed by {@link holidays}.
 *
 * @example
 * ```ts
 * holidays(2026)[0]; //=> { date: '2026-01-01', id: 'new-year', name: { fr: 'Nouvel An', en: "New Year's Day" }, kind: 'statutory', substitute: false }
 * ```
 */
export interface Holiday {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** `new-year`, `good-friday`, `easter-monday`, `patriots-day`, `fete-nationale`, `canada-day`, `labour-day`, `thanksgiving`, `christmas`, or the id of an extra holiday or closure. */
  readonly id: string;
  readonly name: BilingualText;
  /** Where the day comes from: the law, the profile's extra holidays, or a closure. */
  readonly kind: 'statutory' | 'extra' | 'closure';
  /** True when a statutory holiday moved to Monday because its date was a Sunday (June 24 → 25, July 1 → 2). */
  readonly substitute: boolean;
}

// ---------------------------------------------------------------------------------------------
// Input helpers

function instantMs(value: unknown, subject: string): number {
  let ms: number;
  if (value instanceof Date) {
    ms = value.getTime();
    if (Number.isNaN(ms)) inputError(subject, '(input)', 'invalid Date (NaN)');
  } else {
    ms = parseInput(InstantSchema, value, subject).getTime();
    // The engine rolls impossible days over (Feb 30 → Mar 2): refuse them instead.
    if (typeof value === 'string' && !isIsoDate(value.slice(0, 10))) {
      inputError(subject, '(input)', `not a real calendar date: ${JSON.stringify(value.slice(0, 40))}`);
    }
  }
  const year = new Date(ms).getUTCFullYear();
  if (year <= MIN_YEAR || year >= MAX_YEAR) {
    inputError(subject, '(input)', `dates are supported between ${MIN_YEAR + 1} and ${MAX_YEAR - 1}`);
  }
  return ms;
}

function checked(ms: number, from: number): number {
  if (ms === NO_OPENING) {
    inputError(
      'options',
      'officeHours',
      `the offices never open in the years after ${new Date(from).toISOString().slice(0, 10)}: check the closures and office hours`,
    );
  }
  return ms;
}

const citationCache = new WeakMap<Policy, { normal: readonly Citation[]; emergency: readonly Citation[] }>();

function citationsOf(policy: Policy, emergency: boolean): readonly Citation[] {
  let known = citationCache.get(policy);
  if (!known || !Object.isFrozen(policy)) {
    const topics: Partial<Record<string, string>> =
      (policy as { citations?: { topics?: Partial<Record<string, string>> } }).citations?.topics ?? {};
    const deadlines = topics.deadlines ? [Object.freeze({ policy: policy.id, section: topics.deadlines })] : [];
    const urgent = topics.emergency ? [Object.freeze({ policy: policy.id, section: topics.emergency })] : [];
    known = { normal: Object.freeze(deadlines), emergency: Object.freeze([...urgent, ...deadlines]) };
    citationCache.set(policy, known);
  }
  return emergency ? known.emergency : known.normal;
}

interface StaticTexts {
  readonly dayLen: BilingualText;
  readonly tDays: BilingualText;
  readonly dDays: BilingualText;
}

const staticTexts = new WeakMap<Calendar, StaticTexts>();

function textsOf(calendar: Calendar): StaticTexts {
  let texts = staticTexts.get(calendar);
  if (!texts) {
    texts = {
      dayLen: durationText(calendar.dayMs / MINUTE),
      tDays: businessDaysText(calendar.config.targetBusinessDays),
      dDays: businessDaysText(calendar.config.dueBusinessDays),
    };
    staticTexts.set(calendar, texts);
  }
  return texts;
}

// ---------------------------------------------------------------------------------------------
// Core (on a resolved calendar)

function skippedBetween(calendar: Calendar, from: Day, to: Day): { skipped: SkippedDay[]; byDay: [Day, DayClosure[]][]; weekend: boolean } {
  const skipped: SkippedDay[] = [];
  const byDay: [Day, DayClosure[]][] = [];
  let weekend = false;
  let day = from;
  for (let guard = 0; guard < 5000; guard += 1) {
    if (day.scheduled && day.closures.length > 0) {
      byDay.push([day, day.closures as DayClosure[]]);
      for (const c of day.closures) skipped.push({ date: day.date, id: c.id, kind: c.kind, name: c.name });
    } else if (!day.scheduled) weekend = true;
    if (day.date >= to.date) break;
    day = nextDay(calendar, day);
  }
  return { skipped, byDay, weekend };
}

function listText(byDay: [Day, DayClosure[]][]): BilingualText {
  const limit = 12;
  const shown = byDay.slice(0, limit);
  const more = byDay.length - shown.length;
  const fr = shown.map(([day, list]) => `${dayFr(day)} : ${list.map((c) => c.name.fr).join(', ')}`).join(' ; ');
  const en = shown.map(([day, list]) => `${dayEn(day)}: ${list.map((c) => c.name.en).join(', ')}`).join('; ');
  return {
    fr: more > 0 ? `${fr} ; et ${more} autres jours` : fr,
    en: more > 0 ? `${en}; and ${more} more days` : en,
  };
}

function deadlineOn(resolved: Resolved, receivedMs: number): ResponseDeadline {
  const { calendar, policy, emergency } = resolved;
  const config = calendar.config;
  const received = instantText(calendar, receivedMs);
  const zone = calendar.timeZone;
  const dayMinutes = calendar.dayMs / MINUTE;
  if (emergency) {
    const target = receivedMs + emergency.targetMinutes * MINUTE;
    const due = receivedMs + emergency.dueMinutes * MINUTE;
    const t = instantText(calendar, target);
    const d = instantText(calendar, due);
    const tDur = durationText(emergency.targetMinutes);
    const dDur = durationText(emergency.dueMinutes);
    const citations = citationsOf(policy, true);
    return {
      receivedAt: new Date(receivedMs),
      clockStartsAt: new Date(receivedMs),
      target: new Date(target),
      due: new Date(due),
      emergency: true,
      timeZone: zone,
      businessDayMinutes: dayMinutes,
      skipped: [],
      explanation: {
        fr:
          `Reçu le ${received.fr} (heure de ${zone}). Mode urgence : le compte court sans arrêt, jour et nuit, ` +
          `sans égard aux heures d’ouverture ni aux jours fériés. Réponse visée : ${t.fr} (${tDur.fr} après la réception) ; ` +
          `au plus tard : ${d.fr} (${dDur.fr} après la réception).`,
        en:
          `Received ${received.en} (${zone} time). Emergency mode: the clock runs non-stop, day and night, ` +
          `regardless of office hours and holidays. Target answer: ${t.en} (${tDur.en} after receipt); ` +
          `latest: ${d.en} (${dDur.en} after receipt).`,
      },
      citation: citations[0] ?? null,
      citations,
    };
  }
  const start = checked(nextOpeningMs(calendar, receivedMs), receivedMs);
  const target = checked(addBusinessMs(calendar, start, Math.round(config.targetBusinessDays * calendar.dayMs)), start);
  const due = checked(addBusinessMs(calendar, start, Math.round(config.dueBusinessDays * calendar.dayMs)), start);
  const s = instantText(calendar, start);
  const t = instantText(calendar, target);
  const d = instantText(calendar, due);
  const { skipped, byDay, weekend } = skippedBetween(calendar, received.day, d.day);
  const { dayLen, tDays, dDays } = textsOf(calendar);
  let fr = `Reçu le ${received.fr} (heure de ${zone}).`;
  let en = `Received ${received.en} (${zone} time).`;
  if (start !== receivedMs) {
    fr += ` Reçu hors des heures d’ouverture : le compte commence à la prochaine ouverture (${s.fr}).`;
    en += ` Received outside office hours: the clock starts at the next opening (${s.en}).`;
  }
  fr +=
    ` Le délai ne court que pendant les heures d’ouverture des jours ouvrables (un jour ouvrable = ${dayLen.fr} d’ouverture).` +
    ` Réponse visée : ${t.fr} (${tDays.fr}) ; au plus tard : ${d.fr} (${dDays.fr}).`;
  en +=
    ` The clock only runs during office hours on business days (one business day = ${dayLen.en} of office hours).` +
    ` Target answer: ${t.en} (${tDays.en}); latest: ${d.en} (${dDays.en}).`;
  if (byDay.length > 0) {
    const list = listText(byDay);
    fr += ` Jours fermés sautés — ${list.fr}.`;
    en += ` Closed days skipped — ${list.en}.`;
  }
  if (weekend) {
    fr += ' Les jours sans heures d’ouverture (fin de semaine) ne comptent pas.';
    en += ' Days without office hours (weekends) do not count.';
  }
  const citations = citationsOf(policy, false);
  return {
    receivedAt: new Date(receivedMs),
    clockStartsAt: new Date(start),
    target: new Date(target),
    due: new Date(due),
    emergency: false,
    timeZone: zone,
    businessDayMinutes: dayMinutes,
    skipped,
    explanation: { fr, en },
    citation: citations[0] ?? null,
    citations,
  };
}

function statusOn(resolved: Resolved, receivedMs: number, nowMs: number): SlaStatus {
  if (nowMs < receivedMs) {
    inputError('now', '(input)', '`now` is before `receivedAt`: an answer cannot be measured before the question arrives');
  }
  const deadline = deadlineOn(resolved, receivedMs);
  const target = deadline.target.getTime();
  const due = deadline.due.getTime();
  const between = (a: number, b: number): number =>
    resolved.emergency ? (b - a) / MINUTE : businessMsBetween(resolved.calendar, a, b) / MINUTE;
  const elapsed = between(receivedMs, nowMs);
  const status: SlaState = nowMs <= target ? 'on-time' : nowMs <= due ? 'due-soon' : 'overdue';
  const remaining = nowMs < due ? between(nowMs, due) : 0;
  const toTarget = nowMs < target ? between(nowMs, target) : 0;
  const overdue = nowMs > due ? between(due, nowMs) : 0;
  const unit = resolved.emergency ? { fr: 'minutes', en: 'minutes' } : { fr: 'minutes ouvrables', en: 'business minutes' };
  const e = durationText(elapsed);
  let fr: string;
  let en: string;
  if (status === 'on-time') {
    const r = durationText(toTarget);
    fr = `Dans les temps : ${e.fr} écoulées (${unit.fr}), il reste ${r.fr} avant la réponse visée.`;
    en = `On time: ${e.en} elapsed (${unit.en}), ${r.en} left before the target answer.`;
  } else if (status === 'due-soon') {
    const r = durationText(remaining);
    fr = `Réponse visée dépassée : il reste ${r.fr} (${unit.fr}) avant l’échéance.`;
    en = `Past the target answer: ${r.en} (${unit.en}) left before the deadline.`;
  } else {
    const o = durationText(overdue);
    fr = `En retard : l’échéance est dépassée de ${o.fr} (${unit.fr}).`;
    en = `Overdue: the deadline passed ${o.en} ago (${unit.en}).`;
  }
  return {
    status,
    elapsedMinutes: elapsed,
    remainingMinutes: remaining,
    remainingToTargetMinutes: toTarget,
    overdueMinutes: overdue,
    deadline,
    explanation: { fr, en },
    citation: deadline.citation,
  };
}

function dayOfInput(calendar: Calendar, value: unknown): Day {
  if (typeof value === 'string' && value.length === 10) {
    const date = parseInput(IsoDateSchema, value, 'date');
    const year = Number(date.slice(0, 4));
    if (year <= MIN_YEAR || year >= MAX_YEAR) {
      inputError('date', '(input)', `dates are supported between ${MIN_YEAR + 1} and ${MAX_YEAR - 1}`);
    }
    return dayOfDate(calendar, date);
  }
  return dayAt(calendar, instantMs(value, 'date'));
}

function businessDayOn(calendar: Calendar, value: unknown): boolean {
  return dayOfInput(calendar, value).blocks.length > 0;
}

function holidaysOn(calendar: Calendar, year: unknown): Holiday[] {
  if (typeof year !== 'number' || !Number.isInteger(year) || year <= MIN_YEAR || year >= MAX_YEAR) {
    inputError('year', '(input)', `expected a whole year between ${MIN_YEAR + 1} and ${MAX_YEAR - 1}`);
  }
  return quebecHolidaysOf(calendar, year).map((h) => ({
    date: h.date,
    id: h.id,
    name: { fr: h.name.fr, en: h.name.en },
    kind: h.kind,
    substitute: h.substitute,
  }));
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * By when a question or comment received at `receivedAt` should be answered (La Sarre
 * §5.6.1: within one to two business days). The clock runs only during office hours of
 * business days, in the policy's time zone; a receipt outside office hours starts it at the
 * next opening. `target` is one business day of clock after the start, `due` two. With
 * `{ emergency: true }` the clock runs day and night and the deadlines are minutes (§14).
 *
 * @param receivedAt - A `Date` or an ISO string with its offset.
 * @param options - Profile and per-call overrides, see {@link DeadlineOptions}.
 * @throws {PolicyInputError} When the date or an option is not valid.
 *
 * @example
 * ```ts
 * const d = responseDeadline('2026-05-19T10:00:00-04:00'); // a Tuesday
 * d.target.toISOString(); //=> '2026-05-20T14:00:00.000Z' (Wednesday 10:00 in Québec)
 * d.due.toISOString(); //=> '2026-05-21T14:00:00.000Z'
 *
 * responseDeadline('2026-05-16T11:00:00-04:00').explanation.fr;
 * //=> '… Jours fermés sautés — lundi 18 mai : Journée nationale des patriotes. …'
 *
 * responseDeadline('2026-05-19T22:00:00-04:00', { emergency: true }).target.toISOString();
 * //=> '2026-05-20T03:00:00.000Z' (one hour later)
 * ```
 */
export function responseDeadline(receivedAt: Date | string, options?: DeadlineOptions): ResponseDeadline {
  const ms = instantMs(receivedAt, 'receivedAt');
  return deadlineOn(resolveOptions(options), ms);
}

/**
 * Where the answer to a question stands at `now` (an argument: nothing reads the clock):
 * `on-time` until the target, `due-soon` once the target has passed, `overdue` after `due`;
 * with the business minutes elapsed and remaining.
 *
 * @throws {PolicyInputError} When a date or an option is not valid, or `now` is before `receivedAt`.
 *
 * @example
 * ```ts
 * slaStatus('2026-05-19T10:00:00-04:00', '2026-05-19T15:00:00-04:00');
 * //=> { status: 'on-time', elapsedMinutes: 240, remainingToTargetMinutes: 180, remainingMinutes: 600, … }
 * slaStatus('2026-05-19T10:00:00-04:00', '2026-05-21T11:00:00-04:00').status; //=> 'overdue'
 * ```
 */
export function slaStatus(receivedAt: Date | string, now: Date | string, options?: DeadlineOptions): SlaStatus {
  const received = instantMs(receivedAt, 'receivedAt');
  const current = instantMs(now, 'now');
  return statusOn(resolveOptions(options), received, current);
}

/**
 * Business minutes between two instants: the office-hours minutes of business days in
 * `[a, b)`; negative when `b` is before `a`. May be fractional when the inputs carry seconds.
 *
 * @example
 * ```ts
 * businessMinutesBetween('2026-05-15T16:00:00-04:00', '2026-05-19T09:00:00-04:00');
 * //=> 60 (Friday 16:00–16:30, Monday May 18 is a holiday, Tuesday 08:30–09:00)
 * ```
 */
export function businessMinutesBetween(a: Date | string, b: Date | string, options?: DeadlineOptions): number {
  const from = instantMs(a, 'a');
  const to = instantMs(b, 'b');
  return businessMsBetween(resolveOptions(options).calendar, from, to) / MINUTE;
}

/**
 * Whether a day is a business day: its weekday has office hours and no holiday or closure
 * falls on it. `date` is a local date `YYYY-MM-DD` or an instant (read in the policy's zone).
 *
 * @example
 * ```ts
 * isBusinessDay('2026-05-18'); //=> false (Journée nationale des patriotes)
 * isBusinessDay('2029-06-25'); //=> false (June 24, 2029 is a Sunday)
 * isBusinessDay('2026-05-19T23:30:00-04:00'); //=> true
 * ```
 */
export function isBusinessDay(date: Date | string, options?: DeadlineOptions): boolean {
  return businessDayOn(resolveOptions(options).calendar, date);
}

/**
 * The first instant at or after `instant` at which the offices are open: `instant` itself
 * during office hours, otherwise the start of the next office block on a business day.
 *
 * @example
 * ```ts
 * nextOpening('2026-05-16T10:00:00-04:00').toISOString(); //=> '2026-05-19T12:30:00.000Z' (Tuesday 08:30, Monday is a holiday)
 * nextOpening('2026-05-19T12:15:00-04:00').toISOString(); //=> '2026-05-19T17:00:00.000Z' (13:00, after lunch)
 * ```
 */
export function nextOpening(instant: Date | string, options?: DeadlineOptions): Date {
  const ms = instantMs(instant, 'instant');
  const calendar = resolveOptions(options).calendar;
  return new Date(checked(nextOpeningMs(calendar, ms), ms));
}

/**
 * The days the offices close in `year`: Québec's statutory holidays (with the Easter choice and
 * the Sunday substitution of June 24 and July 1), the profile's extra holidays and each day of
 * its closures, sorted by date.
 *
 * @example
 * ```ts
 * holidays(2029).find((h) => h.id === 'fete-nationale');
 * //=> { date: '2029-06-25', id: 'fete-nationale', name: { fr: 'Fête nationale du Québec', en: 'National Holiday' }, kind: 'statutory', substitute: true }
 * holidays(2026).length; //=> 9
 * ```
 */
export function holidays(year: number, options?: DeadlineOptions): Holiday[] {
  return holidaysOn(resolveOptions(options).calendar, year);
}

/**
 * Options of the methods of a {@link BusinessCalendar}.
 *
 * @example
 * ```ts
 * businessCalendar().responseDeadline('2026-05-19T22:00:00-04:00', { emergency: true }).emergency; //=> true
 * ```
 */
export interface CalendarCallOptions {
  /**
   * Emergency mode for this call (see {@link DeadlineOptions.emergency}).
   * @default false
   */
  readonly emergency?: boolean | EmergencyTargets;
}

/**
 * A precomputed business calendar: the deadline functions bound to one profile and its overrides.
 *
 * @example
 * ```ts
 * const cal: BusinessCalendar = businessCalendar(laSarre);
 * cal.isBusinessDay('2026-06-24'); //=> false
 * ```
 */
export interface BusinessCalendar {
  readonly policy: Policy;
  readonly timeZone: string;
  /** Length of a business day of clock, in minutes. */
  readonly businessDayMinutes: number;
  /** The calendar settings in force (profile plus overrides). */
  readonly config: CalendarConfig;
  readonly responseDeadline: (receivedAt: Date | string, options?: CalendarCallOptions) => ResponseDeadline;
  readonly slaStatus: (receivedAt: Date | string, now: Date | string, options?: CalendarCallOptions) => SlaStatus;
  readonly businessMinutesBetween: (a: Date | string, b: Date | string) => number;
  readonly isBusinessDay: (date: Date | string) => boolean;
  readonly nextOpening: (instant: Date | string) => Date;
  readonly holidays: (year: number) => Holiday[];
}

/**
 * A business calendar for a profile (La Sarre by default) and optional overrides, resolved and
 * validated once, to reuse across many calls (triage, dashboards). Years are computed on first
 * use and cached.
 *
 * @example
 * ```ts
 * const cal = businessCalendar(villeDeQuebec, { closures: [{ from: '2026-12-24', to: '2027-01-02', name: { fr: 'Fêtes', en: 'Holidays' } }] });
 * cal.isBusinessDay('2026-12-29'); //=> false
 * cal.responseDeadline('2026-12-23T15:00:00-05:00').target.toISOString(); //=> '2027-01-04T20:00:00.000Z' (Monday 15:00)
 * cal.businessDayMinutes; //=> 420
 * ```
 */
export function businessCalendar(policy?: Policy, options?: Omit<DeadlineOptions, 'policy'>): BusinessCalendar {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    inputError('options', '(input)', 'expected an object of options');
  }
  const base = resolveOptions(policy === undefined && options === undefined ? undefined : { ...options, policy });
  const emergencyBase = base.policy.calendar.emergency;
  const withEmergency = (call: CalendarCallOptions | undefined): Resolved => {
    if (call === undefined || (typeof call === 'object' && call !== null && call.emergency === undefined && Object.keys(call).length === 0)) return base;
    if (call === null || typeof call !== 'object') inputError('options', '(input)', 'expected an object of options');
    const keys = Object.keys(call).filter((key) => key !== 'emergency');
    if (keys.length > 0) inputError('options', keys[0] ?? '(input)', 'only `emergency` can be set per call on a business calendar');
    const emergency: EmergencyConfig | null = resolveEmergency(
      base.emergency ?? emergencyBase,
      call.emergency,
    );
    return { ...base, emergency };
  };
  return Object.freeze({
    policy: base.policy,
    timeZone: base.calendar.timeZone,
    businessDayMinutes: base.calendar.dayMs / MINUTE,
    config: base.calendar.config,
    responseDeadline: (receivedAt: Date | string, call?: CalendarCallOptions) =>
      deadlineOn(withEmergency(call), instantMs(receivedAt, 'receivedAt')),
    slaStatus: (receivedAt: Date | string, now: Date | string, call?: CalendarCallOptions) =>
      statusOn(withEmergency(call), instantMs(receivedAt, 'receivedAt'), instantMs(now, 'now')),
    businessMinutesBetween: (a: Date | string, b: Date | string) =>
      businessMsBetween(base.calendar, instantMs(a, 'a'), instantMs(b, 'b')) / MINUTE,
    isBusinessDay: (date: Date | string) => businessDayOn(base.calendar, date),
    nextOpening: (instant: Date | string) => {
      const ms = instantMs(instant, 'instant');
      return new Date(checked(nextOpeningMs(base.calendar, ms), ms));
    },
    holidays: (year: number) => holidaysOn(base.calendar, year),
  });
}
