// The only file of the triage part that imports the deadlines part (and so date-holidays):
// keep it that way, so that a bundler sees one edge between the two parts.
import { responseDeadline, type ResponseDeadline } from '../deadlines/index.js';
import type { Policy } from '../policies/schema.js';

export type { ResponseDeadline };

/** The response deadline of a comment received at `receivedAt` (La Sarre §5.6.1; §14 in emergency mode). */
export function deadlineFor(receivedAt: Date, policy: Policy, emergency: boolean): ResponseDeadline {
  return responseDeadline(receivedAt, { policy, emergency });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: 'fr' | 'en', timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${withTime ? 't' : 'd'}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** `au plus tard le mardi 19 mai` / `by Tuesday, May 19` (with the time in emergency mode). */
export function duePhrase(deadline: ResponseDeadline, language: 'fr' | 'en'): string {
  const text = formatter(language, deadline.timeZone, deadline.emergency).format(deadline.due);
  return language === 'fr' ? `au plus tard le ${text}` : `by ${text}`;
}
