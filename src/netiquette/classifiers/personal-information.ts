import { combine, defineClassifier, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { findPhones, spansOf } from './helpers.js';
import { commercialSignals } from './spam.js';

const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const SPOKEN_EMAIL_RE = /(?<![\w.-])[\w.-]+\s?(?:\(at\)|\[at\]|arobase|at)\s?[a-z0-9-]+\s?(?:point|dot|\.)\s?(?:com|ca|net|org|qc\.ca)\b/giu;
const POSTAL_RE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][\s-]?\d[ABCEGHJ-NPRSTV-Z]\d\b/giu;
const SIN_RE = /(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{3}(?![\d-])/gu;
const RAMQ_RE = /\b[A-Z]{4}\s?\d{4}\s?\d{4}\b/gu;
const PLATE_RE = /\b(?:[A-Z]\d{2}[\s-]?[A-Z]{3}|[A-Z]{3}[\s-]?\d{3}|\d{3}[\s-]?[A-Z]{3}|[A-Z]{2}\d[\s-]?\d[A-Z]{2})\b/gu;
const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december';
const DOB_RE = new RegExp(
  `\\b(?:née?|born|date de naissance|ddn|dob|anniversaire)\\b[^\\d\\n]{0,12}(?:\\d{1,2}(?:er)?\\s(?:${MONTHS})\\s\\d{4}|(?:${MONTHS})\\s\\d{1,2},?\\s\\d{4}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4})`,
  'giu',
);
const STREET_TYPES = new Set([
  'rue', 'avenue', 'av', 'ave', 'boulevard', 'boul', 'bd', 'blvd', 'chemin', 'ch', 'rang', 'route', 'rte', 'montee', 'place',
  'croissant', 'terrasse', 'allee', 'impasse', 'promenade', 'street', 'st', 'road', 'rd', 'drive', 'dr', 'crescent', 'cote',
  'carre', 'ruelle', 'cours', 'sentier', 'concession', 'lane',
]);
const PUBLIC_PLACES = new Set([
  'hotel', 'mairie', 'arena', 'bibliotheque', 'caserne', 'ecole', 'eglise', 'centre', 'piscine', 'parc', 'garage', 'polyvalente',
  'clsc', 'hopital', 'salle', 'complexe', 'depanneur', 'epicerie', 'restaurant', 'resto', 'magasin', 'pharmacie', 'poste',
  'ecocentre', 'usine', 'chantier', 'intersection', 'coin', 'pres', 'devant', 'face', 'marche', 'gare', 'terminus', 'garderie',
  'cpe', 'chsld', 'station', 'musee', 'theatre', 'cafe', 'bar', 'banque', 'caisse', 'quincaillerie', 'camping', 'plage',
]);
const CONTEXT_SIN = /\b(?:nas|sin|assurance sociale|social insurance)\b/iu;
const CONTEXT_RAMQ = /\b(?:ramq|carte soleil|assurance maladie|carte d'assurance|health card)\b/iu;
const CONTEXT_PLATE = /\b(?:plaque|plaques|immatricul\w*|licen[cs]e|plate|char|auto|voiture|camion|pick-?up|truck|car|v[ée]hicule|van|suv|vus)\b/iu;

const digits = (s: string): string => s.replace(/\D/gu, '').replace(/^1(?=\d{10}$)/u, '');

/** Luhn check (SIN/NAS). */
export function luhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i += 1) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return number.length > 0 && sum % 10 === 0;
}

function civicAddresses(context: ClassifierContext): Evidence[] {
  const { tokens, original } = context.text;
  const out: Evidence[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || !/^\d{1,5}[a-z]?$/iu.test(token.text)) continue;
    for (let k = i + 1; k <= Math.min(tokens.length - 2, i + 3); k += 1) {
      const street = tokens[k];
      if (!street || !STREET_TYPES.has(street.bare)) continue;
      const name = tokens[k + 1];
      if (!name) break;
      const nearby = tokens.slice(Math.max(0, i - 6), Math.min(tokens.length, k + 5)).map((t) => t.bare);
      if (nearby.some((w) => PUBLIC_PLACES.has(w))) break;
      out.push({ start: token.start, end: name.end, text: original.slice(token.start, name.end) });
      break;
    }
  }
  return out;
}

function detect(context: ClassifierContext): Draft | null {
  const { text, policy } = context;
  const original = text.original;
  const publicPhones = new Set(policy.contacts.publicPhones.map(digits));
  for (const p of [policy.contacts.general.phone, policy.contacts.communications.phone]) publicPhones.add(digits(p));
  const publicEmails = new Set(policy.contacts.publicEmails.map((e) => e.toLowerCase()));
  const publicDomains = policy.contacts.publicDomains;
  // A business giving its own number or address is advertising (spam), not a citizen's information.
  const commercial = commercialSignals(context).weights.length > 0;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const add = (weight: number, spans: readonly Evidence[]): void => {
    for (const span of spans) {
      weights.push(weight);
      evidence.push(span);
    }
  };
  if (!commercial) {
    add(0.9, findPhones(original).filter((p) => !publicPhones.has(digits(p.text))));
    add(
      0.9,
      spansOf(EMAIL_RE, original).filter((e) => {
        const lower = e.text.toLowerCase();
        const host = lower.split('@')[1] ?? '';
        return !publicEmails.has(lower) && !publicDomains.some((d) => host === d || host.endsWith(`.${d}`));
      }),
    );
    add(0.85, spansOf(SPOKEN_EMAIL_RE, original));
    add(0.85, civicAddresses(context));
  }
  add(0.8, spansOf(POSTAL_RE, original));
  const sins = spansOf(SIN_RE, original).filter((s) => luhn(digits(s.text)) && digits(s.text).length === 9);
  add(CONTEXT_SIN.test(original) ? 0.95 : 0.6, sins);
  const ramq = spansOf(RAMQ_RE, original);
  add(CONTEXT_RAMQ.test(original) ? 0.95 : 0.7, ramq);
  if (CONTEXT_PLATE.test(original)) {
    add(0.8, spansOf(PLATE_RE, original).filter((p) => /\d/u.test(p.text) && /[A-Z]/u.test(p.text)));
  }
  add(0.85, spansOf(DOB_RE, original));
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `personal-information` (La Sarre §5.5, §12): information that identifies or locates a
 * citizen — phone numbers in every North-American format, e-mail addresses, civic addresses,
 * postal codes, SIN/NAS (Luhn-checked), RAMQ numbers, licence plates, dates of birth. The
 * city's public contacts are not personal information; a business advertising its own number
 * is `spam`.
 *
 * @example
 * ```ts
 * personalInformation({ text: 'Appelez Réjean au (819) 555-0142, il reste au 42 rue Principale' })?.evidence.length; //=> 2
 * personalInformation({ text: 'Appelez la Ville au 819-333-2282' }); //=> null
 * ```
 */
export const personalInformation = defineClassifier('personal-information', detect);

