import { combine, defineClassifier, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { foldKey } from '../../text/fold.js';
import type { NormToken } from '../../text/normalize.js';
import { findPhoneNumbers, firstSpans, foldedMatches, isPublicHost, nationalDigits, publicContacts, spansOf } from './helpers.js';
import { isSelfPromotion } from './spam.js';

const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// "mario.leblanc arobase videotron point ca", "jess_morin92 [at] gmail [dot] com", "tom (at) yahoo.ca".
const SPOKEN_EMAIL_RE =
  /(?<![\w.-])[a-z0-9][\w.-]*\s?(?:\(at\)|\[at\]|\{at\}|\sat\s|\sarobase\s|\sarobas\s|\sa commercial\s)\s?[a-z0-9-]+\s?(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s|\spoint\s|\.)\s?(?:com|ca|net|org|qc\.ca|fr)\b/giu;
const POSTAL_RE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][\s-]?\d[ABCEGHJ-NPRSTV-Z]\d\b/giu;
const SIN_RE = /(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{3}(?![\d-])/gu;
// RAMQ: three letters of the surname, one of the given name, year, month (+50 for women), day, two digits.
const RAMQ_RE = /\b[A-Z]{4}\s?\d{2}(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])\s?(?:0[1-9]|[12]\d|3[01])\d{2}\b/gu;
// Québec plates, letters possibly spaced out ("V J R 2 1 7").
const PLATE_RE =
  /\b(?:[A-Z]\d{2}[\s-]?[A-Z]{3}|[A-Z](?: ?[A-Z]){2}[\s-]?\d(?: ?\d){2}|\d(?: ?\d){2}[\s-]?[A-Z](?: ?[A-Z]){2}|[A-Z]{2}\d[\s-]?\d[A-Z]{2}|[A-Z]{2,4}[\s-]?\d{3,4})\b/gu;
const MONTHS = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|fev|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec';
// On the folded text (no accents): "née le 3 août 2015", "born June 9, 2014", "DDN : 02/05/1991".
const DOB_RE = new RegExp(
  `(?<![a-z0-9])(?:nee?s?|born|date de naissance|ddn|dob|date of birth|birth date|birthdate)[^\\da-z\\n][^\\d\\n]{0,11}(?:\\d{1,2}(?:er)?\\s(?:${MONTHS})\\.?\\s\\d{4}|(?:${MONTHS})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4})`,
  'gu',
);
const STREET_TYPES = new Set([
  'rue', 'avenue', 'av', 'ave', 'boulevard', 'boul', 'bd', 'blvd', 'chemin', 'ch', 'rang', 'route', 'rte', 'montee', 'place',
  'croissant', 'terrasse', 'allee', 'impasse', 'promenade', 'street', 'st', 'road', 'rd', 'drive', 'dr', 'crescent', 'cote',
  'carre', 'ruelle', 'cours', 'sentier', 'concession', 'lane', 'court', 'ct', 'way', 'circle', 'cres', 'ter', 'terrace', 'pl',
]);
// Street types an English address puts after the name ("29 Maple Street").
const TRAILING_TYPES = new Set(['street', 'st', 'road', 'rd', 'drive', 'dr', 'crescent', 'cres', 'lane', 'avenue', 'ave', 'boulevard', 'blvd', 'court', 'ct', 'way', 'circle', 'terrace', 'place', 'pl']);
// Public buildings and businesses: their address is public, not a citizen's.
const PUBLIC_PLACES = new Set([
  'hotel', 'mairie', 'arena', 'bibliotheque', 'library', 'caserne', 'ecole', 'school', 'eglise', 'church', 'centre', 'center',
  'piscine', 'pool', 'garage', 'polyvalente', 'clsc', 'hopital', 'hospital', 'salle', 'complexe', 'depanneur', 'epicerie',
  'restaurant', 'resto', 'magasin', 'store', 'pharmacie', 'poste', 'ecocentre', 'usine', 'gare', 'terminus', 'garderie', 'cpe',
  'chsld', 'musee', 'theatre', 'cafe', 'bar', 'banque', 'caisse', 'quincaillerie', 'camping', 'comptoir', 'bureau', 'bureaux',
  'clinique', 'boutique', 'commerce', 'cinema', 'office', 'mall', 'marche', 'ville', 'municipal', 'municipale', 'city', 'town',
  'hall', 'firehall', 'legion',
]);
// Events held at an address: a sale, a registration, a clinic, a meeting.
const VENUE_WORDS = new Set([
  'vente', 'inscription', 'inscriptions', 'collecte', 'depot', 'bazar', 'encan', 'vaccination', 'distribution', 'reunion', 'seance',
  'consultation', 'accueil', 'registre', 'session', 'sale', 'registration', 'meeting',
]);
// Words that make an address a home: then a nearby public word does not clear it.
const HOME_WORDS = new Set([
  'reste', 'restent', 'habite', 'habitent', 'demeure', 'maison', 'famille', 'chez', 'voisin', 'voisine', 'voisins', 'proprietaire',
  'locataire', 'gars', 'dame', 'madame', 'monsieur', 'mme', 'lives', 'live', 'house', 'home', 'neighbour', 'neighbor', 'family',
]);
const ORDINAL_RE = /^\d{1,3}(?:e|re|er|eme|ieme|nd|rd|th|st)$/iu;
const CIVIC_RE = /^\d{1,5}[a-d]?$/iu;
const CONTEXT_SIN = /\b(?:nas|sin|assurance sociale|social insurance)\b/iu;
const CONTEXT_RAMQ = /\b(?:ramq|carte soleil|assurance maladie|carte d'assurance|health card|medicare)\b/iu;
const CONTEXT_PLATE = /\b(?:plaques?|plaqu[ée]e?s?|immatricul\w*|licen[cs]e|plates?|char|chars|auto|autos|voiture|camion|pick-?up|truck|car|cars|v[ée]hicule|van|suv|vus|civic|f-?150|moto|vtt|tag)\b/iu;
const REFERENCE_BEFORE = /(?:requete|dossier|facture|commande|reference|confirmation|transaction|permis|compte|matricule|billet|order|invoice|permit|ticket|#|no\.?)\s?(?:est|is|:|de)?\s?$/u;

const digits = nationalDigits;

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

const PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'l', 'd', 'of', 'the']);
const DIRECTIONS = new Set(['nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west']);

/** Extends an address over the street's name: "rue des Pins", "3e Avenue Ouest" (at most four words). */
function extendName(tokens: readonly NormToken[], original: string, end: NormToken): NormToken {
  let last = end;
  let index = tokens.indexOf(end);
  for (let steps = 0; steps < 4; steps += 1) {
    const next = tokens[index + 1];
    if (!next || !/^[\s'’-]?$/u.test(original.slice(last.end, next.start))) break;
    const capital = /^[\p{Lu}\d]/u.test(next.text);
    const particle = PARTICLES.has(next.bare) && /^\p{Lu}/u.test(tokens[index + 2]?.text ?? '');
    if (!capital && !particle && !DIRECTIONS.has(next.bare)) break;
    last = next;
    index += 1;
  }
  return last;
}

/** Civic addresses: "45, rue des Érables", "123, 5e Avenue Est", "2205 route 393", "29 Maple Street". */
function civicAddresses(context: ClassifierContext): Evidence[] {
  const { tokens, original } = context.text;
  const out: Evidence[] = [];
  const gapOk = (a: NormToken, b: NormToken): boolean => /^,?\s{1,2}$/u.test(original.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as NormToken;
    if (!CIVIC_RE.test(token.text)) continue;
    let next = tokens[i + 1];
    if (!next || !gapOk(token, next)) continue;
    let end: NormToken | undefined;
    let k = i + 1;
    if (ORDINAL_RE.test(next.text)) {
      k = i + 2;
      const type = tokens[k];
      if (type && STREET_TYPES.has(type.bare) && gapOk(next, type)) end = type;
    } else if (STREET_TYPES.has(next.bare)) {
      end = tokens[k + 1];
    } else {
      // English order: number, one to three capitalised words, street type.
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j += 1) {
        next = tokens[j] as NormToken;
        if (TRAILING_TYPES.has(next.bare) && j > i + 1) {
          end = next;
          break;
        }
        if (!/^\p{Lu}/u.test(next.text)) break;
      }
    }
    if (!end) continue;
    end = extendName(tokens, original, end);
    const before = tokens.slice(Math.max(0, i - 8), i).map((t) => t.bare);
    // "C'est encore au 201, rue Principale, la vente des médailles?": where an event takes place.
    const after = tokens.slice(tokens.indexOf(end) + 1, tokens.indexOf(end) + 9).map((t) => t.bare);
    const home = before.some((w) => HOME_WORDS.has(w));
    const publicWord = (w: string): boolean => PUBLIC_PLACES.has(w) || VENUE_WORDS.has(w);
    const earlier = tokens.slice(Math.max(0, i - 12), i).map((t) => t.bare);
    if (!home && (before.some((w) => PUBLIC_PLACES.has(w)) || earlier.some((w) => VENUE_WORDS.has(w)) || after.some(publicWord))) continue;
    out.push({ start: token.start, end: end.end, text: original.slice(token.start, end.end) });
  }
  return out;
}

/** Whether the words before `start` name a public building and no one's home ("l'hôtel de ville, 13, 5e Avenue Est, J9Z 1K7"). */
function atPublicPlace(context: ClassifierContext, start: number): boolean {
  const before = context.text.tokens.filter((t) => t.end <= start).slice(-12).map((t) => t.bare);
  return before.some((w) => PUBLIC_PLACES.has(w)) && !before.some((w) => HOME_WORDS.has(w));
}

// What each family of personal information needs to be possible at all: digits, an at sign
// or its spoken forms, a birth word. Comments without them skip the family (most do).
/** How many ASCII digits a text holds (every number pattern below needs a few). */
function countDigits(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) n += 1;
  }
  return n;
}
const INSTITUTION_BEFORE_RE = /\b(?:311|la ville|the city|city hall|municipal office|town office|township office|the office|hotel de ville|la municipalite|the town|town hall|la mairie|le bureau municipal|service a la clientele|la sq|la police|le clsc|l hopital|the hospital)\b\D{0,12}$/u;
const PUBLISHED_AFTER_RE = /^\W{0,3}(?:selon (?:leur|le|son) site|sur (?:leur|le|son) site|(?:according to|on) (?:their|the|its) (?:website|site|page)|(?:a|au|at) (?:l['’ ]?\s?hotel de ville|la mairie|la ville|bureau municipal|city hall|the town office|town hall))\b/u;
// Spoken forms of the at sign: "(at)", "[at]", " at ", "arobase", "a commercial".
const SPOKEN_AT_RE = /\bat\b|arobas|commercial/u;
// The words DOB_RE opens with: a cheap test before the full pattern.
const MAY_BIRTH_RE = /(?<![a-z0-9])nee?s?(?![a-z0-9])|born|naissance|ddn|dob|birth/u;

function detect(context: ClassifierContext): Draft | null {
  const { text, policy } = context;
  const original = text.original;
  const digitCount = countDigits(original);
  const hasDigit = digitCount > 0;
  const mayEmail = original.includes('@') || SPOKEN_AT_RE.test(text.folded);
  // Phone numbers may be spelled in words; everything else here needs a digit or an at sign.
  if (!hasDigit && !mayEmail && findPhoneNumbers(text).length === 0) return null;
  const { phones: publicPhones, emails: publicEmails } = publicContacts(policy);
  const publicDomains = policy.contacts.publicDomains;
  // A business giving its own number or address is advertising (spam), not a citizen's information.
  const commercial = isSelfPromotion(context);
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const add = (weight: number, spans: readonly Evidence[]): void => {
    for (const span of spans) {
      weights.push(weight);
      evidence.push(span);
    }
  };
  if (!commercial) {
    // Toll-free and N11 numbers belong to organisations, not to citizens.
    add(
      0.9,
      findPhoneNumbers(text).filter(
        (p) =>
          !publicPhones.has(digits(p.text)) &&
          !/^(?:8(?:00|33|44|55|66|77|88)|[2-9]11)|^310\d{4}$/u.test(digits(p.text)) &&
          // "appelez la Ville au …", "call city hall at …": an institution's line.
          !INSTITUTION_BEFORE_RE.test(foldKey(original.slice(Math.max(0, p.start - 28), p.start))) &&
          // "… au 819-555-0140 selon leur site": a number published by its owner.
          !PUBLISHED_AFTER_RE.test(foldKey(original.slice(p.end, p.end + 30))),
      ),
    );
    if (mayEmail) add(
      0.9,
      spansOf(EMAIL_RE, original).filter((e) => {
        const lower = e.text.toLowerCase();
        const host = lower.split('@')[1] ?? '';
        return !publicEmails.has(lower) && !isPublicHost(host, publicDomains);
      }),
    );
    if (mayEmail) add(0.85, spansOf(SPOKEN_EMAIL_RE, original));
    if (hasDigit) add(0.85, civicAddresses(context));
  }
  if (!hasDigit) return weights.length === 0 ? null : { confidence: combine(weights), evidence: firstSpans(evidence) };
  // Plates need two digits; postal codes and dates three or more; a RAMQ number eight; a SIN nine.
  if (digitCount >= 3) add(0.8, spansOf(POSTAL_RE, original).filter((p) => !atPublicPlace(context, p.start)));
  if (digitCount >= 9) {
    const sinContext = CONTEXT_SIN.test(original);
    const sins = spansOf(SIN_RE, original).filter((s) => {
      const d = digits(s.text);
      if (d.length !== 9 || !luhn(d)) return false;
      return sinContext || !REFERENCE_BEFORE.test(foldKey(original.slice(Math.max(0, s.start - 24), s.start)));
    });
    add(sinContext ? 0.95 : 0.6, sins);
  }
  if (digitCount >= 8) add(CONTEXT_RAMQ.test(original) ? 0.95 : 0.7, spansOf(RAMQ_RE, original));
  if (digitCount >= 2 && CONTEXT_PLATE.test(original)) {
    add(0.8, spansOf(PLATE_RE, original).filter((p) => /\d/u.test(p.text) && /[A-Z]/u.test(p.text)));
  }
  // A date of birth needs a birth word (and digits).
  if (digitCount >= 3 && MAY_BIRTH_RE.test(text.folded)) add(0.85, foldedMatches(text, DOB_RE));
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence: firstSpans(evidence) };
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

