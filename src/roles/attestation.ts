import { z } from 'zod';
import { inputError, parseInput } from '../errors.js';
import type { Citation } from '../policies/common.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Policy } from '../policies/schema.js';
import { ReceivedOnSchema } from './model.js';

/**
 * Options of {@link attestationDue}.
 *
 * @example
 * ```ts
 * import { villeDeQuebec } from 'netiquette-qc/policies';
 * const options: AttestationOptions = { policy: villeDeQuebec, attestedOn: '2026-03-09' };
 * ```
 */
export interface AttestationOptions {
  /**
   * The municipality's profile.
   * @default laSarre
   */
  policy?: Policy;
  /**
   * A new hire attests on arrival (Québec §8), not within the ten days.
   * @default false
   */
  newEmployee?: boolean;
  /**
   * When the employee attested, if they did: fills `late`.
   * @default undefined
   */
  attestedOn?: string | Date;
  /**
   * The day to judge against (a date, never read from the clock): fills `overdue`.
   * @default undefined
   */
  asOf?: string | Date;
}

/**
 * When an employee must attest having received and read the policy.
 *
 * @example
 * ```ts
 * const a: Attestation = {
 *   required: true, receivedOn: '2026-03-02', due: '2026-03-12', days: 10,
 *   reason: { fr: '…', en: '…' }, citations: [{ policy: 'ville-de-quebec', section: '§8' }],
 * };
 * ```
 */
export interface Attestation {
  /** The profile asks for a signed attestation. */
  readonly required: boolean;
  /** The day the copy was received, `YYYY-MM-DD` in the profile's time zone. */
  readonly receivedOn: string;
  /** Last day to attest, `YYYY-MM-DD`, or null when none is required. */
  readonly due: string | null;
  /** Calendar days allowed after receipt, or null when none is required. */
  readonly days: number | null;
  readonly reason: { readonly fr: string; readonly en: string };
  readonly citations: readonly Citation[];
  /** With `attestedOn`: the attestation came after `due`. */
  readonly late?: boolean;
  /** With `asOf` and no `attestedOn`: `asOf` is past `due`. */
  readonly overdue?: boolean;
}

const OptionsSchema = z.strictObject({
  policy: z.unknown().optional(),
  newEmployee: z.boolean().optional(),
  attestedOn: ReceivedOnSchema.optional(),
  asOf: ReceivedOnSchema.optional(),
});

const formatters = new Map<string, Intl.DateTimeFormat>();

function localDate(value: string | Date, timeZone: string): string {
  if (typeof value === 'string') return value;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(value);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  return utc.toISOString().slice(0, 10);
}

/**
 * The day by which an employee must attest having received and read the policy: Québec §8
 * gives ten calendar days after receipt (a new hire attests on arrival). La Sarre asks every
 * employee to read the policy (§13.1) but sets no attestation: `required` is false.
 * `receivedOn` is a `YYYY-MM-DD` date or an instant (read in the profile's time zone).
 *
 * @example
 * ```ts
 * import { attestationDue } from 'netiquette-qc/roles';
 * import { villeDeQuebec } from 'netiquette-qc/policies';
 * attestationDue('2026-03-02', { policy: villeDeQuebec }).due; //=> '2026-03-12'
 * attestationDue('2026-03-02', { policy: villeDeQuebec, attestedOn: '2026-03-13' }).late; //=> true
 * attestationDue('2026-03-02').required; //=> false (La Sarre)
 * ```
 */
export function attestationDue(receivedOn: string | Date, options: AttestationOptions = {}): Attestation {
  if (options === null || typeof options !== 'object') inputError('options', '(input)', 'expected an options object');
  const received = parseInput(ReceivedOnSchema, receivedOn, 'receivedOn');
  const parsed = parseInput(OptionsSchema, options, 'options');
  const policy = resolvePolicy(options.policy);
  const zone = policy.calendar.timeZone;
  const day = localDate(received, zone);
  const config = policy.roles.attestation;
  if (!config) {
    const section = policy.citations.topics.employees ?? policy.roles.fallback.section;
    return {
      required: false,
      receivedOn: day,
      due: null,
      days: null,
      reason: {
        fr: 'Les employés doivent prendre connaissance de la politique, mais elle ne prévoit aucune attestation signée ni délai.',
        en: 'Employees must read the policy, but it sets no signed attestation and no deadline.',
      },
      citations: [{ policy: policy.id, section }],
    };
  }
  const days = parsed.newEmployee === true ? 0 : config.days;
  const due = addDays(day, days);
  const result: {
    required: boolean;
    receivedOn: string;
    due: string;
    days: number;
    reason: { fr: string; en: string };
    citations: Citation[];
    late?: boolean;
    overdue?: boolean;
  } = {
    required: true,
    receivedOn: day,
    due,
    days,
    reason:
      parsed.newEmployee === true
        ? {
            fr: 'Une nouvelle personne employée atteste avoir reçu et lu la politique dès son accueil.',
            en: 'A new hire attests having received and read the policy on arrival.',
          }
        : {
            fr: `L’employé atteste avoir reçu et lu la politique dans les ${config.days} jours suivant sa réception.`,
            en: `The employee attests having received and read the policy within ${config.days} days of receiving it.`,
          },
    citations: [{ policy: policy.id, section: config.section }],
  };
  if (parsed.attestedOn !== undefined) result.late = localDate(parsed.attestedOn, zone) > due;
  else if (parsed.asOf !== undefined) result.overdue = localDate(parsed.asOf, zone) > due;
  return result;
}
