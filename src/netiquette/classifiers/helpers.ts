import type { Policy } from '../../policies/schema.js';
import { gateFamily } from '../../text/gate.js';
import { memoSlot, originalSpan, perSpelling, type NormToken, type NormalizedText } from '../../text/normalize.js';

const REPORTING = new Set([
  'veut', 'signifie', 'signifient', 'veulent', 'traite', 'traitee', 'traites', 'traiter', 'appele', 'appelee',
  'ecrit', 'ecrire', 'mot', 'mots', 'terme', 'termes', 'expression', 'means', 'mean', 'meaning', 'called', 'word',
  'dit', 'disait', 'cite', 'citer', 'insulte', 'insultes', 'insulter', 'sacre', 'sacrer', 'sacres', 'juron', 'jurons',
  'peinture', 'peinture', 'peinturer', 'graffiti', 'graffitis', 'tag', 'tague', 'wrote', 'written', 'painted', 'spray',
  'sprayed', 'spraypainted', 'tagged', 'says', 'said', 'affiche', 'pancarte', 'inscrit', 'inscription',
  // Words shouted at someone and reported: "s'est fait crier « retourne dans ton pays »".
  'crie', 'crier', 'criait', 'criaient', 'hurle', 'hurler', 'yelled', 'shouted', 'screamed',
]);

const OPENING = new Set(['"', '«', '“', '‘', '‹', "'"]);
const CLOSING = new Set(['"', '»', '”', '’', '›', "'"]);
const STOPS = new Set(['.', '!', '?', '\n']);

/** Whether a match sits inside quotation marks within its sentence. */
export function isQuoted(text: NormalizedText, start: number, end: number): boolean {
  const source = text.original;
  let opened = false;
  for (let i = start - 1; i >= Math.max(0, start - 60); i -= 1) {
    const c = source[i] ?? '';
    if (STOPS.has(c)) break;
    if (OPENING.has(c) && (c !== "'" || i === 0 || /\s/u.test(source[i - 1] ?? ''))) {
      opened = true;
      break;
    }
    if (CLOSING.has(c) && c !== "'" && c !== '’') break;
  }
  if (!opened) return false;
  for (let i = end; i < Math.min(source.length, end + 60); i += 1) {
    const c = source[i] ?? '';
    if (STOPS.has(c) && c !== '.') break;
    if (CLOSING.has(c) && (c !== "'" || i + 1 >= source.length || !/\p{L}/u.test(source[i + 1] ?? ''))) return true;
  }
  return false;
}

/**
 * Whether a word is mentioned rather than used: quoted and talked about ("que veut dire
 * « niaiseux »?", "il m'a traité de « cave »"), or reported ("m'a traité de cave").
 */
export function isMentioned(text: NormalizedText, first: number, start: number, end: number): boolean {
  if (mayAskMeaning(text) && askedAbout(text, first, end)) return true;
  const window = windowKeys(text.tokens, first - 5, first - 1);
  const reported = window.some((k) => REPORTING.has(k));
  // "il m'a traité de cave", "she called me": reported; "du bois traité" is not.
  const calledBy = window.some((k, i) => ((k === 'traite' || k === 'traitee') && (window[i + 1] === 'de' || window[i + 1] === 'd')) || k === 'called');
  if (reported && (isQuoted(text, start, end) || calledBy)) {
    return true;
  }
  if (isQuoted(text, start, end)) {
    // A quoted word is reported, unless it is thrown at someone ("t'es un « génie »").
    const aimed = windowKeys(text.tokens, first - 3, first - 1);
    return !(aimed.includes('es') || aimed.includes('etes') || aimed.includes('you'));
  }
  return false;
}

// Whether a text holds any word of a question about meaning, once per text.
const MEANING_WORDS_RE = /\bmeans?\b|\bdire\b|\bsignifie\b|\bquoi\b|\bwhat/u;
const meaningCache = new WeakMap<NormalizedText, boolean>();
function mayAskMeaning(text: NormalizedText): boolean {
  let known = meaningCache.get(text);
  if (known === undefined) {
    known = MEANING_WORDS_RE.test(text.folded);
    meaningCache.set(text, known);
  }
  return known;
}

/**
 * Whether the word is asked about, quoted or not: "what does tabarnak mean", "que veut dire
 * tabarnak", "tabarnak ça veut dire quoi".
 */
function askedAbout(text: NormalizedText, first: number, end: number): boolean {
  let last = first;
  while (last + 1 < text.tokens.length && (text.tokens[last] as NormToken).end < end) last += 1;
  const before = windowKeys(text.tokens, first - 3, first - 1).join(' ');
  const after = windowKeys(text.tokens, last + 1, last + 4).join(' ');
  if (/(?:^| )what (?:does|do)$/u.test(before)) return /^means?\b/u.test(after);
  if (/(?:^| )(?:whats|what is|veut dire|signifie|c est quoi|cest quoi)$/u.test(before)) return true;
  return /^(?:ca )?(?:veut dire quoi|means what)\b/u.test(after);
}

/** Folded bare keys of tokens `from..to` (inclusive, clamped). */
export function windowKeys(tokens: readonly NormToken[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i += 1) out.push((tokens[i] as NormToken).bare);
  return out;
}

/** Whether the text asks a question. */
export function isQuestion(text: NormalizedText): boolean {
  return text.folded.includes('?') || /^(?:est-ce|est ce|comment|pourquoi|quand|combien|ou |how|why|when|can |is it|are )/u.test(text.folded.trimStart());
}

const NEGATIONS = new Set(['pas', 'jamais', 'ni', 'interdit', 'interdite', 'illegal', 'illegale', 'defendu', 'not', 'never', 'dont', 'don', 'no', 'aucun', 'plus']);

/** Whether a negation or a prohibition stands within `span` words before token `first`. */
export function negatedBefore(text: NormalizedText, first: number, span = 4): boolean {
  return windowKeys(text.tokens, first - span, first - 1).some((k) => NEGATIONS.has(k));
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![a-z0-9-])[a-z0-9-]+\.(?:com|ca|net|org|ly|io|co|me|tv|info|biz|xyz|shop|store|link)\b(?:\/[^\s<>"]*)?/giu;

/** A URL or bare domain found in a text. */
export interface FoundLink {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly host: string;
}

/**
 * Whether a text may hold a URL or a bare domain: every one has a dot followed at once by a
 * letter or a digit (`site.com`, `www.`, `t.me`), or a scheme (`http://`). Sentences end with a
 * dot and a space, so most comments skip the link patterns (internal).
 *
 * @example
 * ```ts
 * mayHoldLink('Voir ville.lasarre.qc.ca'); //=> true
 * mayHoldLink('Merci. Bonne journée.'); //=> false
 * ```
 */
export function mayHoldLink(text: string): boolean {
  if (text.includes('://')) return true;
  for (let i = text.indexOf('.'); i >= 0 && i < text.length - 1; i = text.indexOf('.', i + 1)) {
    const code = text.charCodeAt(i + 1);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  }
  return false;
}

/**
 * A link scanner over one pattern, remembering its last text: several classifiers read the
 * links of the same comment (internal).
 */
function linkFinder(re: RegExp, keep: (host: string) => boolean = () => true): (original: string) => FoundLink[] {
  let lastText: string | undefined;
  let lastFound: FoundLink[] = [];
  return (original) => {
    if (original === lastText) return lastFound;
    const out: FoundLink[] = [];
    if (!mayHoldLink(original)) {
      lastText = original;
      lastFound = out;
      return out;
    }
    for (const m of original.matchAll(re)) {
      let raw = m[0];
      while (raw.length > 0 && ').,;:!?'.includes(raw[raw.length - 1] ?? '')) raw = raw.slice(0, -1);
      const host = raw.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '').split('/')[0]?.toLowerCase() ?? '';
      if (keep(host)) out.push({ start: m.index, end: m.index + raw.length, text: raw, host });
    }
    lastText = original;
    lastFound = out;
    return out;
  };
}

/** URLs and bare domains in a text, with offsets. */
export const findUrls: (original: string) => FoundLink[] = linkFinder(URL_RE);

/** Whether `host` is one of the policy's public domains or a subdomain of one. */
export function isPublicHost(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`)) || /(?:\.gouv\.qc\.ca|\.gc\.ca|\.qc\.ca)$/u.test(host);
}

// North-American numbers: +1 819 555 0142, (819) 555-0142, 819.555.0142, 8195550142, 555-0142.
const PHONE_RE = /(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\s?[2-9]\d{2}\s?\)|[2-9]\d{2})[\s.-]?\d{3}[\s.-]?\d{4}(?![\d-])|(?<![\d-])\d{3}[.-]\d{4}(?![\d-])/gu;

/** Every match of a global regex as evidence spans. */
export function spansOf(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** North-American phone numbers in a text, with offsets. */
export function findPhones(text: string): { start: number; end: number; text: string }[] {
  return spansOf(PHONE_RE, text);
}

/** A span of the original text found by a helper. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Every match of a global regex run on the folded text (lower case, no accents, no invisible
 * characters, homoglyphs mapped), as spans of the original text.
 */
export function foldedMatches(text: NormalizedText, re: RegExp): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of text.folded.matchAll(re)) {
    if (m[0].length === 0) continue;
    const [start, end] = originalSpan(text, m.index, m.index + m[0].length);
    out.push({ start, end, text: text.original.slice(start, end) });
  }
  return out;
}

/** Words rebuilt from spaced-out letters (`f i l m c o m p l e t`) whose key holds one of `needles`. */
export function spacedMatches(text: NormalizedText, needles: readonly string[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const token of text.joined) {
    if (token.origin !== 'spaced' || !needles.some((n) => token.bare.includes(n))) continue;
    out.push({ start: token.start, end: token.end, text: text.original.slice(token.start, token.end) });
  }
  return out;
}

// A Map, not an object: looking a fresh string up in an object interns it first, which is slow.
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  zero: '0', un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9',
  one: '1', two: '2', three: '3', four: '4', five: '5', seven: '7', eight: '8', nine: '9',
}));
// A run of digits with short separators between them ("(819) 555-0142", "8 1 9 - 5 5 5 …").
const DIGIT_RUN_RE = /(?<![\p{L}\p{N}])\+?\(?\d(?:[ .\-()/\u00A0]{1,3}\d|\d)*(?![\p{L}\p{N}])/gu;
const DIGIT_GROUP_RE = /\d+/gu;
const DIGITS_ONLY_RE = /^\d+$/u;
const ANY_DIGIT_RE = /\d/u;
// Group shapes of North-American numbers: 10 digits, or 11 with the leading 1, or 7 (local).
const PHONE_SHAPES = new Set(['3,3,4', '3,3,2,2', '3,7', '10', '1,3,3,4', '1,3,3,2,2', '1,10', '1,3,7', '11', '3,4']);
const REFERENCE_RE = /(?:requete|dossier|facture|commande|reference|confirmation|transaction|reclamation|matricule|lot|compte|order|invoice|case|ticket|#|no\.?|n°)\s?(?:est|is|:)?\s?$/u;

function phoneShape(groups: readonly string[], separators: readonly string[]): boolean {
  const all = groups.join('');
  const shape = groups.every((g) => g.length === 1) && (all.length === 10 || all.length === 11) ? 'spaced' : groups.map((g) => g.length).join(',');
  if (shape !== 'spaced' && !PHONE_SHAPES.has(shape)) return false;
  if (shape === '3,4' && !/[.-]/u.test(separators[0] ?? '')) return false;
  const national = all.length === 11 ? all.slice(1) : all;
  if (all.length === 11 && !all.startsWith('1')) return false;
  if (national.length === 7) return /^[2-9]/u.test(national);
  return national.length === 10 && /^[2-9]\d{2}[2-9]/u.test(national);
}

/**
 * North-American phone numbers in every common shape: `819-555-0142`, `(819) 555 0142`,
 * `+1 819 555 0142`, `819.555.0142`, `8195550142`, `819-555-01-42`, `555-0142`, digits spaced
 * out (`8 1 9 5 5 5 …`) and digits spelled in words (`huit-un-neuf cinq-cinq-cinq …`).
 * Reference numbers ("requête 240315-0087") are left out.
 */
export function findPhoneNumbers(text: NormalizedText): TextSpan[] {
  if (text === lastPhones.text) return lastPhones.found;
  const found = scanPhoneNumbers(text);
  lastPhones = { text, found };
  return found;
}

// Spam and personal-information both read the phone numbers of a comment: the last comment's
// numbers are kept (a one-entry memo: no per-comment garbage for a weak map to sweep).
let lastPhones: { text: NormalizedText | undefined; found: TextSpan[] } = { text: undefined, found: [] };

// How many digits a word spells ("huit", "huit-un-neuf"), once per spelling.
const DIGITS_SLOT = memoSlot();
const spelledDigits = (token: NormToken): number =>
  perSpelling(token, DIGITS_SLOT, (t) =>
    DIGIT_WORDS.has(t.key) ? 1 : t.key.includes('-') ? t.key.split('-').filter((p) => DIGIT_WORDS.has(p)).length : 0,
  );

function scanPhoneNumbers(text: NormalizedText): TextSpan[] {
  const original = text.original;
  const out: TextSpan[] = [];
  // A phone number needs seven digits or more, written or spelled: count what could be digits.
  const hasDigits = ANY_DIGIT_RE.test(original);
  // Digits spelled in words: without figures, a phone number needs seven of them.
  let possible = 0;
  for (const t of text.tokens) possible += spelledDigits(t);
  if (!hasDigits && possible < 7) return out;
  for (const run of original.matchAll(DIGIT_RUN_RE)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP_RE)].map((g) => ({ start: run.index + g.index, end: run.index + g.index + g[0].length, digits: g[0] }));
    let i = 0;
    while (i < groups.length) {
      let found = 0;
      // Only windows of 7, 10 or 11 digits can be phone numbers: sum lengths as the window grows.
      let total = 0;
      const candidates: number[] = [];
      for (let k = i; k < groups.length && k < i + 11 && total < 11; k += 1) {
        total += (groups[k] as { digits: string }).digits.length;
        // A national number starts with 2–9; eleven digits start with the country code 1.
        const lead = (groups[i] as { digits: string }).digits[0] ?? '0';
        if (total === 11 ? lead === '1' : (total === 7 || total === 10) && lead >= '2') candidates.push(k + 1);
      }
      for (let c = candidates.length - 1; c >= 0 && found === 0; c -= 1) {
        const k = candidates[c] as number;
        const slice = groups.slice(i, k);
        const separators = slice.slice(1).map((g, j) => original.slice((slice[j] as { end: number }).end, g.start));
        if (phoneShape(slice.map((g) => g.digits), separators)) found = k - i;
      }
      if (found === 0) {
        i += 1;
        continue;
      }
      const first = groups[i] as { start: number };
      const last = groups[i + found - 1] as { end: number };
      const before = original.slice(Math.max(0, first.start - 24), first.start).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const start = '(+'.includes(original[first.start - 1] ?? '-') ? first.start - 1 : first.start;
      if (!REFERENCE_RE.test(before)) out.push({ start, end: last.end, text: original.slice(start, last.end) });
      i += found;
    }
  }
  // Digits spelled in words, possibly mixed with figures (only worth reading with enough of
  // them; a number written in figures alone was read above).
  if (possible === 0 || possible + (hasDigits ? 7 : 0) < 7) return out;
  const tokens = text.tokens;
  let runStart = -1;
  let digits = '';
  let spelled = false;
  const flush = (endIndex: number): void => {
    if (runStart >= 0 && spelled && phoneShape(digits.split(''), [])) {
      const a = tokens[runStart] as NormToken;
      const b = tokens[endIndex] as NormToken;
      out.push({ start: a.start, end: b.end, text: original.slice(a.start, b.end) });
    }
    runStart = -1;
    digits = '';
    spelled = false;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as NormToken;
    // Most words are neither figures nor spelled digits: skip them at once.
    if (!DIGIT_WORDS.has(token.key) && !token.key.includes('-') && !DIGITS_ONLY_RE.test(token.text)) {
      flush(i - 1);
      continue;
    }
    const parts = /^\d+$/u.test(token.text) ? [token.text] : token.key.split('-');
    const read = parts.map((p) => (/^\d+$/u.test(p) ? p : DIGIT_WORDS.get(p)));
    const previous = tokens[i - 1];
    const adjacent = previous !== undefined && /^[\s,.;-]{1,3}$/u.test(original.slice(previous.end, token.start));
    if (read.some((r) => r === undefined)) {
      flush(i - 1);
      continue;
    }
    if (runStart >= 0 && !adjacent) flush(i - 1);
    if (runStart < 0) runStart = i;
    digits += read.join('');
    if (parts.some((p) => !/^\d+$/u.test(p))) spelled = true;
  }
  flush(tokens.length - 1);
  return out;
}

// Like URL_RE, with the top-level domains pirate, scam and shop sites use (.to, .cc, .live, .site…).
const LINK_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![a-z0-9.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|ca|net|org|ly|io|co|me|tv|info|biz|xyz|shop|store|link|to|cc|ws|site|live|top|su|is|lol|vip|club|cx|pw|ru|fr|be|ch|uk|us|eu|online|app|gg|nz|ai|stream|watch|movie|movies|film|ac|sx|am|li|se|tk|ml|ga|cf|gq|icu|fun|website|space|pro)\b(?:\/[^\s<>"]*)?/giu;

/** URLs and bare domains in a text, with offsets — more top-level domains than {@link findUrls}. */
export const findLinks: (original: string) => FoundLink[] = linkFinder(
  LINK_RE,
  // "ex.: ", "p.ex", "M.Côté" are not links: a host needs a name of two letters or more.
  (host) => host === 't.me' || host.split('.').slice(0, -1).some((label) => label.length >= 2),
);

/** The first `max` spans in text order: enough evidence for a person, and cheap on huge inputs. */
export function firstSpans<T extends TextSpan>(spans: readonly T[], max = 16): T[] {
  return [...spans].sort((a, b) => a.start - b.start).slice(0, max);
}

/**
 * Runs regexes on the folded text only when the words they need are present (literal
 * pre-filter, one pass): `const matches = gatedMatches([A_RE, B_RE])(text); matches(A_RE)`.
 */
export function gatedMatches(regexes: readonly RegExp[]): (text: NormalizedText) => (re: RegExp) => TextSpan[] {
  const family = gateFamily(regexes, (re) => re);
  return (text) => {
    const candidates = family.candidates(text.folded);
    return (re) => (candidates.includes(re) ? foldedMatches(text, re) : []);
  };
}

/** A phone number's digits, without the leading country code 1 of an eleven-digit number. */
export function nationalDigits(phone: string): string {
  return phone.replace(/\D/gu, '').replace(/^1(?=\d{10}$)/u, '');
}

const contactsCache = new WeakMap<Policy, { readonly phones: ReadonlySet<string>; readonly emails: ReadonlySet<string> }>();

/** The profile's public phone numbers (digits) and e-mails (lower case), computed once per profile. */
export function publicContacts(policy: Policy): { readonly phones: ReadonlySet<string>; readonly emails: ReadonlySet<string> } {
  let found = contactsCache.get(policy);
  if (!found) {
    const { contacts } = policy;
    found = {
      phones: new Set([...contacts.publicPhones, contacts.general.phone, contacts.communications.phone].map(nationalDigits)),
      emails: new Set(contacts.publicEmails.map((e) => e.toLowerCase())),
    };
    contactsCache.set(policy, found);
  }
  return found;
}
