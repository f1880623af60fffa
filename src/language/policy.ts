import { z } from 'zod';
import { parseInput } from '../errors.js';
import type { Citation } from '../policies/common.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Policy } from '../policies/schema.js';
import { foldKey, tokenize, type Token } from '../text/index.js';
import { ANGLICISMS, type Anglicism } from './data/anglicisms.js';
import { TOLERATED_TECH_TERMS } from './data/technical.js';
import { detectLanguage, maskRanges, type DetectedLanguage, type LanguageDetection } from './detect.js';

/**
 * A form of reply the policy can allow: French, English, or both (French first).
 *
 * @example
 * ```ts
 * const f: ReplyForm = 'bilingual';
 * ```
 */
export type ReplyForm = 'fr' | 'en' | 'bilingual';

/**
 * The subject of the exchange. `health`, `safety` and `emergency` open the Charter exception
 * (La Sarre §5.7, emergencies §14); French and English spellings are understood (`santé`,
 * `sécurité`, `urgence`, `public-health`…); anything else is a general topic.
 *
 * @example
 * ```ts
 * const t: LanguageTopic = 'sécurité civile';
 * ```
 */
export type LanguageTopic = 'health' | 'safety' | 'emergency' | 'general' | (string & {});

/**
 * Options of {@link checkReplyLanguage}.
 *
 * @example
 * ```ts
 * const options: ReplyLanguageOptions = { inReplyTo: 'Is the pool open?', topic: 'general' };
 * ```
 */
export interface ReplyLanguageOptions {
  /**
   * The citizen's message the reply answers: when it is English, the city may answer in English.
   * @default undefined (no citizen message: French is expected)
   */
  inReplyTo?: string;
  /**
   * The subject of the exchange: `health`, `safety` and `emergency` allow a bilingual message.
   * @default 'general'
   */
  topic?: LanguageTopic;
  /**
   * The municipality's profile (its language settings, tolerated terms and citations).
   * @default laSarre
   */
  policy?: Policy;
}

/**
 * Codes of the reasons given by {@link checkReplyLanguage}.
 *
 * @example
 * ```ts
 * const c: LanguageReasonCode = 'english-to-english';
 * ```
 */
export type LanguageReasonCode =
  | 'french'
  | 'english-to-english'
  | 'bilingual-to-english'
  | 'health-safety-exception'
  | 'english-not-allowed'
  | 'bilingual-not-allowed'
  | 'other-language'
  | 'no-language'
  | 'empty';

/**
 * Why a reply is or is not compliant, in French and English, with the section it rests on.
 *
 * @example
 * ```ts
 * const r: LanguageReason = {
 *   code: 'french', fr: 'La réponse est en français…', en: 'The reply is in French…',
 *   citation: { policy: 'la-sarre', section: '§5.7' },
 * };
 * ```
 */
export interface LanguageReason {
  readonly code: LanguageReasonCode;
  readonly fr: string;
  readonly en: string;
  /** The language section of the profile, or null when the profile cites none. */
  readonly citation: Citation | null;
}

/**
 * An anglicism found in the French part of a reply, with what to write instead.
 *
 * @example
 * ```ts
 * const s: AnglicismSuggestion = {
 *   term: 'meeting', start: 3, end: 10, suggestion: 'réunion', note: 'Emprunt inutile…',
 * };
 * ```
 */
export interface AnglicismSuggestion {
  /** The words as written in the reply. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** The French equivalent. */
  readonly suggestion: string;
  /** A short note in French for the communications officer. */
  readonly note: string;
}

/**
 * Codes of the quality warnings given by {@link checkReplyLanguage}.
 *
 * @example
 * ```ts
 * const c: LanguageWarningCode = 'all-caps';
 * ```
 */
export type LanguageWarningCode =
  | 'english-only'
  | 'english-first'
  | 'all-caps'
  | 'repeated-punctuation'
  | 'repeated-letters'
  | 'missing-capital'
  | 'no-language';

/**
 * A quality remark a communications officer would want before publishing (does not change
 * `compliant`), with the stretch of the reply it concerns.
 *
 * @example
 * ```ts
 * const w: LanguageWarning = { code: 'repeated-punctuation', fr: '…', en: '…', start: 12, end: 15 };
 * ```
 */
export interface LanguageWarning {
  readonly code: LanguageWarningCode;
  readonly fr: string;
  readonly en: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The verdict of {@link checkReplyLanguage}.
 *
 * @example
 * ```ts
 * const v: Pick<LanguageVerdict, 'compliant' | 'language' | 'allowed'> = {
 *   compliant: true, language: 'fr', allowed: ['fr'],
 * };
 * ```
 */
export interface LanguageVerdict {
  /** Whether the reply's language is allowed by the policy in this exchange. */
  readonly compliant: boolean;
  /** The reply's language as detected. */
  readonly language: DetectedLanguage;
  /** The forms the policy allows here (French always). */
  readonly allowed: readonly ReplyForm[];
  /** Why (at least one reason), each citing the profile's language section. */
  readonly reasons: readonly LanguageReason[];
  /** Anglicisms in the French part of the reply, with French equivalents. */
  readonly suggestions: readonly AnglicismSuggestion[];
  /** Quality remarks (all caps, !!!, missing capital, English first…). */
  readonly warnings: readonly LanguageWarning[];
  /** The citizen's language, when `inReplyTo` was given. */
  readonly citizenLanguage: DetectedLanguage | null;
  /** The sections the verdict rests on (language; emergencies for the emergency topic). */
  readonly citations: readonly Citation[];
  /** The full detection of the reply (segments, confidence). */
  readonly detection: LanguageDetection;
}

const OptionsSchema = z
  .strictObject({
    inReplyTo: z.string({ error: 'expected the citizen message as a string' }).optional(),
    topic: z.string({ error: 'expected a topic such as health, safety, emergency or general' }).optional(),
    policy: z.custom<Policy>((value) => value === undefined || (typeof value === 'object' && value !== null), {
      message: 'expected a policy profile (laSarre, villeDeQuebec or definePolicy(...))',
    }).optional(),
  })
  .optional();

const ReplySchema = z.string({ error: 'expected the reply as a string' });

// Anglicism forms (one to three folded words) → entry, built once.
const ANGLICISM_INDEX: ReadonlyMap<string, Anglicism> = new Map(
  ANGLICISMS.flatMap((entry) => entry.forms.map((form) => [foldKey(form), entry] as const)),
);
const MAX_PHRASE = Math.max(...[...ANGLICISM_INDEX.keys()].map((key) => key.split(' ').length));
const BUILT_IN_TOLERATED: ReadonlySet<string> = new Set(TOLERATED_TECH_TERMS.map(foldKey));
const toleratedCache = new WeakMap<readonly string[], ReadonlySet<string>>();

const HEALTH_SAFETY_RE = /\b(?:sante|health|medic|securit|safety|urgen|emergenc|danger|alert|civil)/u;
const REPEATED_PUNCT_RE = /[!?]{2,}/gu;
const REPEATED_LETTER_RE = /(\p{L})\1{2,}/gu;
const WORD_LETTERS_RE = /\p{L}/gu;
const UPPER_LETTERS_RE = /\p{Lu}/gu;
const SENTENCE_START_RE = /[.!?]\s+(\p{Ll})/gu;
const FIRST_LETTER_RE = /\p{L}/u;
const ABBREVIATIONS = new Set(['etc', 'ex', 'p', 'st', 'ste', 'm', 'mme', 'mmes', 'dr', 'no', 'art', 'boul', 'av', 'ch', 'env', 'tel', 'min', 'max', 'vs']);

function toleratedTerms(policy: Policy): ReadonlySet<string> {
  const extra = policy.language.toleratedTerms;
  if (extra.length === 0) return BUILT_IN_TOLERATED;
  const cached = toleratedCache.get(extra);
  if (cached) return cached;
  const set = new Set([...BUILT_IN_TOLERATED, ...extra.map(foldKey)]);
  toleratedCache.set(extra, set);
  return set;
}

function isHealthOrSafety(topic: string | undefined): boolean {
  return topic !== undefined && HEALTH_SAFETY_RE.test(foldKey(topic));
}

function languageCitation(policy: Policy): Citation | null {
  const section = policy.citations.topics.language;
  return section === undefined ? null : { policy: policy.id, section };
}

const REASONS: Record<LanguageReasonCode, { fr: string; en: string }> = {
  french: {
    fr: 'La réponse est en français, la langue de communication de la Ville avec les citoyens (Charte de la langue française).',
    en: 'The reply is in French, the language the city uses with citizens (Charter of the French language).',
  },
  'english-to-english': {
    fr: 'Le citoyen a écrit en anglais : la Ville peut lui répondre en anglais.',
    en: 'The citizen wrote in English, so the city may answer in English.',
  },
  'bilingual-to-english': {
    fr: 'Le citoyen a écrit en anglais ou dans les deux langues : une réponse bilingue est acceptable.',
    en: 'The citizen wrote in English or in both languages, so a bilingual answer is acceptable.',
  },
  'health-safety-exception': {
    fr: 'Sujet de santé ou de sécurité : l’anglais est permis en plus du français, de préférence après la version française.',
    en: 'Health or safety matter: English is allowed alongside French, preferably after the French version.',
  },
  'english-not-allowed': {
    fr: 'Réponse en anglais alors que le citoyen n’a pas écrit en anglais et que le sujet ne relève ni de la santé ni de la sécurité : répondre en français.',
    en: 'English reply although the citizen did not write in English and the topic is neither health nor safety: answer in French.',
  },
  'bilingual-not-allowed': {
    fr: 'Réponse bilingue sans raison prévue (citoyen francophone, sujet général) : la réponse devrait être en français seulement.',
    en: 'Bilingual reply without a ground for it (French-speaking citizen, general topic): the reply should be in French only.',
  },
  'other-language': {
    fr: 'La réponse n’est ni en français ni en anglais : la Ville communique en français.',
    en: 'The reply is neither in French nor in English: the city communicates in French.',
  },
  'no-language': {
    fr: 'La réponse ne contient aucun texte dans une langue (émojis, liens ou chiffres seulement) : rien à vérifier.',
    en: 'The reply holds no text in any language (emoji, links or numbers only): nothing to check.',
  },
  empty: {
    fr: 'La réponse est vide.',
    en: 'The reply is empty.',
  },
};

function reason(code: LanguageReasonCode, citation: Citation | null): LanguageReason {
  return { code, ...REASONS[code], citation };
}

/** Finds anglicisms (one to three words) inside the given French stretches of the reply. */
function findAnglicisms(
  reply: string,
  ranges: readonly { start: number; end: number }[],
  tolerated: ReadonlySet<string>,
): AnglicismSuggestion[] {
  const masks = maskRanges(reply);
  // Masks and ranges are sorted and tokens come in order: walk them with two cursors.
  let maskAt = 0;
  let rangeAt = 0;
  const tokens: Token[] = [];
  for (const token of tokenize(reply)) {
    while (maskAt < masks.length && (masks[maskAt]?.[1] ?? 0) <= token.start) maskAt += 1;
    while (rangeAt < ranges.length && (ranges[rangeAt]?.end ?? 0) < token.end) rangeAt += 1;
    const mask = masks[maskAt];
    const range = ranges[rangeAt];
    if (mask && mask[0] < token.end && token.start < mask[1]) continue;
    if (!range || token.start < range.start) continue;
    tokens.push(token);
  }
  const found: AnglicismSuggestion[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    for (let size = Math.min(MAX_PHRASE, tokens.length - index); size >= 1; size -= 1) {
      const words = tokens.slice(index, index + size);
      const key = words.map((token) => token.folded).join(' ');
      const entry = ANGLICISM_INDEX.get(key);
      if (!entry || tolerated.has(key)) continue;
      const first = words[0] as Token;
      const last = words[words.length - 1] as Token;
      found.push({ term: reply.slice(first.start, last.end), start: first.start, end: last.end, suggestion: entry.suggestion, note: entry.note });
      index += size - 1;
      break;
    }
  }
  return found;
}

/** Whether `at` falls inside one of the sorted, disjoint `ranges` (binary search). */
function insideRanges(ranges: readonly [number, number][], at: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as [number, number];
    if (at < range[0]) high = middle - 1;
    else if (at >= range[1]) low = middle + 1;
    else return true;
  }
  return false;
}

function qualityWarnings(reply: string): LanguageWarning[] {
  const warnings: LanguageWarning[] = [];
  const masks = maskRanges(reply);
  const inMask = (at: number): boolean => insideRanges(masks, at);
  const letters = reply.match(WORD_LETTERS_RE)?.length ?? 0;
  const upper = reply.match(UPPER_LETTERS_RE)?.length ?? 0;
  if (letters >= 8 && upper / letters >= 0.7) {
    warnings.push({
      code: 'all-caps',
      fr: 'Message écrit en majuscules : sur Internet, cela équivaut à crier. Écrire en minuscules.',
      en: 'Message written in capitals, which reads as shouting online. Use lower case.',
      start: 0,
      end: reply.length,
    });
  }
  for (const match of reply.matchAll(REPEATED_PUNCT_RE)) {
    warnings.push({
      code: 'repeated-punctuation',
      fr: 'Ponctuation répétée (« !! », « ?? ») : un seul signe suffit dans un message officiel.',
      en: 'Repeated punctuation (“!!”, “??”): one mark is enough in an official message.',
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of reply.matchAll(REPEATED_LETTER_RE)) {
    if (inMask(match.index)) continue;
    warnings.push({
      code: 'repeated-letters',
      fr: 'Lettre répétée (« merciii ») : registre familier à éviter.',
      en: 'Repeated letter (“thanksss”): too casual for an official message.',
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  // A reply that opens on a link or an @mention may go on in lower case (`@Marie merci…`).
  const found = FIRST_LETTER_RE.exec(reply);
  const first = found && !inMask(found.index) && (masks[0] === undefined || masks[0][0] > found.index) ? found : null;
  const capital = (start: number): LanguageWarning => ({
    code: 'missing-capital',
    fr: 'La phrase ne commence pas par une majuscule.',
    en: 'The sentence does not start with a capital letter.',
    start,
    end: start + 1,
  });
  if (first && first[0] !== first[0].toUpperCase()) warnings.push(capital(first.index));
  for (const match of reply.matchAll(SENTENCE_START_RE)) {
    const before = reply.slice(Math.max(0, match.index - 6), match.index);
    const word = foldKey(before.split(/\P{L}/u).pop() ?? '');
    if (ABBREVIATIONS.has(word)) continue;
    const at = match.index + match[0].length - 1;
    warnings.push(capital(at));
  }
  return warnings;
}

/**
 * Checks the language of a reply the city is about to publish against the Charter of the
 * French language as the profile applies it (La Sarre §5.7): French is always compliant;
 * English is compliant when the citizen wrote in English, or on a health or safety topic
 * (where a bilingual message, French first, is the expected form and English alone earns a
 * warning). Also lists anglicisms in the French part with French equivalents (tolerated
 * technical terms such as Wi-Fi or Zoom, and the profile's `language.toleratedTerms`, are left
 * alone) and quality warnings (all caps, `!!!`, missing capital). Never throws on a string.
 *
 * @throws {PolicyInputError} when `reply` is not a string or an option is malformed.
 * @example
 * ```ts
 * import { checkReplyLanguage } from 'netiquette-qc/language';
 * checkReplyLanguage('Bonjour, la collecte est reportée à mardi.').compliant; //=> true
 * checkReplyLanguage('The pool is open until 8 pm.').compliant; //=> false
 * checkReplyLanguage('The pool is open until 8 pm.', { inReplyTo: 'Is the pool open tonight?' }).compliant; //=> true
 * checkReplyLanguage('Le meeting est cancellé.').suggestions.map((s) => s.suggestion);
 * //=> ['réunion', 'annuler']
 * checkReplyLanguage('Boil water advisory in effect.', { topic: 'health' }).warnings[0]?.code; //=> 'english-only'
 * ```
 */
export function checkReplyLanguage(reply: string, options?: ReplyLanguageOptions): LanguageVerdict {
  const text = parseInput(ReplySchema, reply, 'reply');
  const parsed = parseInput(OptionsSchema, options, 'options') ?? {};
  const policy = resolvePolicy(parsed.policy);
  const settings = policy.language;
  const citation = languageCitation(policy);
  const detection = detectLanguage(text);
  const citizenLanguage = parsed.inReplyTo === undefined ? null : detectLanguage(parsed.inReplyTo).language;
  const healthSafety = settings.healthSafetyException && isHealthOrSafety(parsed.topic);

  const allowed: ReplyForm[] = ['fr'];
  const citizenEnglish = settings.englishWhenCitizenWritesEnglish && citizenLanguage === 'en';
  const citizenBilingual = settings.englishWhenCitizenWritesEnglish && citizenLanguage === 'mixed';
  if (citizenEnglish || healthSafety) allowed.push('en');
  if (citizenEnglish || citizenBilingual || healthSafety) allowed.push('bilingual');

  const citations: Citation[] = citation ? [citation] : [];
  const emergencySection = policy.citations.topics.emergency;
  if (parsed.topic !== undefined && /urgen|emergenc/iu.test(foldKey(parsed.topic)) && emergencySection !== undefined) {
    citations.push({ policy: policy.id, section: emergencySection });
  }

  const reasons: LanguageReason[] = [];
  const warnings: LanguageWarning[] = [];
  let compliant: boolean;
  const language = detection.language;
  if (text.trim().length === 0) {
    compliant = false;
    reasons.push(reason('empty', citation));
  } else if (language === 'und') {
    compliant = true;
    reasons.push(reason('no-language', citation));
  } else if (language === 'other') {
    compliant = false;
    reasons.push(reason('other-language', citation));
  } else if (language === 'fr') {
    compliant = true;
    reasons.push(reason('french', citation));
  } else if (language === 'en') {
    compliant = allowed.includes('en');
    if (!compliant) reasons.push(reason('english-not-allowed', citation));
    else if (citizenEnglish) reasons.push(reason('english-to-english', citation));
    else {
      reasons.push(reason('health-safety-exception', citation));
      warnings.push({
        code: 'english-only',
        fr: 'Sujet de santé ou de sécurité : publier plutôt un message bilingue, le français en premier.',
        en: 'Health or safety matter: publish a bilingual message instead, French first.',
        start: 0,
        end: text.length,
      });
    }
  } else {
    compliant = allowed.includes('bilingual');
    if (!compliant) reasons.push(reason('bilingual-not-allowed', citation));
    else reasons.push(reason(citizenEnglish || citizenBilingual ? 'bilingual-to-english' : 'health-safety-exception', citation));
    const firstSegment = detection.segments.find((segment) => segment.language === 'fr' || segment.language === 'en');
    if (firstSegment?.language === 'en') {
      warnings.push({
        code: 'english-first',
        fr: 'La version anglaise précède la version française : placer le français en premier.',
        en: 'The English version comes before the French one: put French first.',
        start: firstSegment.start,
        end: firstSegment.end,
      });
    }
  }
  if (language === 'und' && text.trim().length > 0) {
    warnings.push({ code: 'no-language', ...REASONS['no-language'], start: 0, end: text.length });
  }

  const frenchRanges =
    language === 'fr'
      ? [{ start: 0, end: text.length }]
      : language === 'mixed'
        ? detection.segments.filter((segment) => segment.language === 'fr')
        : [];
  const suggestions = frenchRanges.length > 0 ? findAnglicisms(text, frenchRanges, toleratedTerms(policy)) : [];
  warnings.push(...qualityWarnings(text));
  warnings.sort((a, b) => a.start - b.start);

  return { compliant, language, allowed, reasons, suggestions, warnings, citizenLanguage, citations, detection };
}
