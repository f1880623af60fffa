// Dates and durations in French and English for explanations (internal; no Intl, so the text
// is the same on every engine).
import { dayAt, localMinute, type Calendar, type Day } from './calendar.js';

const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "lundi 18 mai" (French). */
export function dayFr(day: Day, withYear = false): string {
  const n = day.day === 1 ? '1er' : String(day.day);
  return `${JOURS[day.weekday]} ${n} ${MOIS[day.month - 1]}${withYear ? ` ${day.year}` : ''}`;
}

/** "Monday, May 18" (English). */
export function dayEn(day: Day, withYear = false): string {
  return `${DAYS[day.weekday]}, ${MONTHS[day.month - 1]} ${day.day}${withYear ? `, ${day.year}` : ''}`;
}

/** "10 h", "16 h 30" (French, 24 h). */
export function timeFr(hour: number, minute: number): string {
  return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, '0')}`;
}

/** "10:00 a.m.", "4:30 p.m." (English). */
export function timeEn(hour: number, minute: number): string {
  const suffix = hour < 12 ? 'a.m.' : 'p.m.';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')} ${suffix}`;
}

interface DayLabels {
  readonly fr: string;
  readonly en: string;
}

// Labels are built once per day and per minute of the day, then reused.
const dayLabels = new WeakMap<Day, DayLabels>();
let timeLabels: { fr: string[]; en: string[] } | undefined;

function labelsOf(day: Day): DayLabels {
  let labels = dayLabels.get(day);
  if (!labels) {
    labels = { fr: dayFr(day, true), en: dayEn(day, true) };
    dayLabels.set(day, labels);
  }
  return labels;
}

function timeLabel(minuteOfDay: number): DayLabels {
  if (!timeLabels) {
    const fr: string[] = [];
    const en: string[] = [];
    for (let i = 0; i < 1440; i += 1) {
      fr.push(timeFr(Math.floor(i / 60), i % 60));
      en.push(timeEn(Math.floor(i / 60), i % 60));
    }
    timeLabels = { fr, en };
  }
  const i = Math.min(Math.max(minuteOfDay, 0), 1439);
  return { fr: timeLabels.fr[i] ?? '', en: timeLabels.en[i] ?? '' };
}

/** An instant as local date and time in both languages. */
export function instantText(cal: Calendar, ms: number): { fr: string; en: string; day: Day } {
  const day = dayAt(cal, ms);
  const labels = labelsOf(day);
  const time = timeLabel(localMinute(cal, day, ms));
  return { fr: `${labels.fr} à ${time.fr}`, en: `${labels.en} at ${time.en}`, day };
}

/** A duration in minutes: "7 h", "7 h 30", "45 min" / "7 h", "7 h 30 min", "45 min". */
export function durationText(minutes: number): { fr: string; en: string } {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return { fr: `${m} min`, en: `${m} min` };
  if (m === 0) return { fr: `${h} h`, en: `${h} h` };
  return { fr: `${h} h ${String(m).padStart(2, '0')}`, en: `${h} h ${m} min` };
}

/** "1 jour ouvrable", "2 jours ouvrables" / "1 business day", "2 business days". */
export function businessDaysText(count: number): { fr: string; en: string } {
  const n = String(count).replace('.', ',');
  return {
    fr: count < 2 ? `${n} jour ouvrable` : `${n} jours ouvrables`,
    en: count === 1 ? `${count} business day` : `${count} business days`,
  };
}
