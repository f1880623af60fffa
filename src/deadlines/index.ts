// netiquette-qc/deadlines: response deadlines on a business-hours clock with Québec's
// statutory holidays, a profile's closures and its time zone (La Sarre §5.6.1 and §14).
export {
  responseDeadline,
  slaStatus,
  businessMinutesBetween,
  isBusinessDay,
  nextOpening,
  holidays,
  businessCalendar,
  type ResponseDeadline,
  type SlaStatus,
  type SlaState,
  type SkippedDay,
  type Holiday,
  type BilingualText,
  type BusinessCalendar,
  type CalendarCallOptions,
} from './deadline.js';
export {
  DeadlineOptionsSchema,
  type DeadlineOptions,
  type OfficeBlock,
  type Closure,
  type ExtraHoliday,
  type EmergencyTargets,
} from './options.js';
export { STATUTORY_HOLIDAY_IDS, type StatutoryHolidayId, type EasterChoice } from './quebec-holidays.js';
export { WEEKDAYS, type Weekday, type CalendarConfig } from './config.js';
