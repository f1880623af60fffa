import type { PolicyInput } from './schema.js';

const weekday = [
  { start: '08:30', end: '12:00' },
  { start: '13:00', end: '16:30' },
];

/** Default office hours: Monday–Friday 08:30–12:00 and 13:00–16:30 (internal data). */
export const DEFAULT_OFFICE_HOURS: PolicyInput['calendar']['officeHours'] = {
  monday: weekday,
  tuesday: weekday,
  wednesday: weekday,
  thursday: weekday,
  friday: weekday,
  saturday: [],
  sunday: [],
};

/**
 * Default calendar: Québec's zone (`America/Toronto`), default office hours, both Easter days,
 * no closures or extra holidays (the seeds name none); answers targeted one business day after
 * receipt and due after two (La Sarre §5.6.1); in emergency mode (§14) the clock runs day and
 * night with a target of 60 minutes and a limit of 240 minutes (4 h).
 */
export const DEFAULT_CALENDAR: PolicyInput['calendar'] = {
  timeZone: 'America/Toronto',
  officeHours: DEFAULT_OFFICE_HOURS,
  holidays: { easter: 'both', extra: [], closures: [] },
  emergency: { targetMinutes: 60, dueMinutes: 240 },
  targetBusinessDays: 1,
  dueBusinessDays: 2,
};

/** Default language settings (Charter of the French language). */
export const DEFAULT_LANGUAGE: PolicyInput['language'] = {
  official: 'fr',
  englishWhenCitizenWritesEnglish: true,
  healthSafetyException: true,
  toleratedTerms: [],
};

/** Default netiquette settings. */
export const DEFAULT_NETIQUETTE: PolicyInput['netiquette'] = {
  removeThreshold: 0.75,
  reviewThreshold: 0.45,
  repetitionWindowDays: 7,
  acronyms: [],
  allowTerms: [],
};
