import { francAll } from 'franc';
import { z } from 'zod';
import { parseInput } from '../errors.js';
import { tokenize, type Token } from '../text/index.js';
import {
  ALWAYS_CAPITALIZED,
  PARTICLE_SET,
  PLACE_WORD_SET,
  SAINT_PREFIX_SET,
  WORD_TABLE,
  type WordEvidence,
} from './lexicon.js';

/** What {@link detectLanguage} can answer. */
export type DetectedLanguage = 'fr' | 'en' | 'mixed' | 'und' | 'other';

/** The language of one stretch of a text. */
export type SegmentLanguage = 'fr' | 'en' | 'other' | 'und';

/**
 * A stretch of the text in one language, with offsets into the original string.
 *
 * @example
 * ```ts
 * const s: LanguageSegment = { language: 'fr', start: 0, end: 13 };
 * ```
 */
export interface LanguageSegment {
  readonly language: SegmentLanguage;
  /** Offset of the first UTF-16 unit. */
  readonly start: number;
  /** Offset just after the last UTF-16 unit. */
  readonly end: number;
}

/**
 * The verdict of {@link detectLanguage}.
 *
 * @example
 * ```ts
 * const d: LanguageDetection = {
 *   language: 'fr', confidence: 0.75, segments: [{ language: 'fr', start: 0, end: 6 }],
 *   method: 'lexicon', scores: { fr: 1, en: 0, other: 0 },
 * };
 * ```
 */
export interface LanguageDetection {
  /** `fr`, `en`, `mixed` (both hold substantial parts), `other` (Spanish, Italian…), `und` (nothing to tell). */
  readonly language: DetectedLanguage;
  /** How sure, from 0 to 1. */
  readonly confidence: number;
  /** The text cut into stretches of one language (sentences or lines), in order. */
  readonly segments: readonly LanguageSegment[];
  /** What decided: the word lexicon, franc's trigrams, the script, or nothing (`none`). */
  readonly method: 'lexicon' | 'franc' | 'script' | 'none';
  /** Lexicon weights found for each language (shared words split their weight). */
  readonly scores: { readonly fr: number; readonly en: number; readonly other: number };
}

const TextSchema = z.string({ error: 'expected a string' });

// URLs, e-mail addresses, @mentions and #hashtags carry no language. Each run of non-space
// characters is tested on its own (linear time).
const WORD_RUN_RE = /\S+/gu;
const URL_START_RE = /^\W*(?:https?:\/\/|www\.)/iu;
const DOMAIN_RE = /[\p{L}\p{N}]\.(?:com|ca|org|net|fr|info|io|gouv|quebec)(?![\p{L}\p{N}])/iu;
// What separates two segments: end of sentence, line break, slash or bar between versions.
const BREAK_RE = /[.!?…;:\n\r/|•]|\s[–—-]\s/u;
const LATIN_RE = /\p{Script=Latin}/u;
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{N}/u;

/** Above this many letters, a text the lexicon cannot settle goes to franc. */
const FRANC_MIN_LETTERS = 24;
/** The share the leading language must hold for the lexicon to decide a long text alone. */
const LEXICON_SHARE = 0.7;
/** Texts longer than this are analysed on their first part only (detection stays linear and bounded). */
const MAX_ANALYSED = 100_000;
const FRANC_ONLY = ['fra', 'eng', 'spa', 'ita', 'por', 'deu'];

interface Scores {
  fr: number;
  en: number;
  other: number;
  weakEn: number;
  /** Words that belong to one language only, per language. */
  onlyFr: number;
  onlyEn: number;
  onlyOther: number;
}

interface Chunk {
  start: number;
  end: number;
  scores: Scores;
}

interface Analysis {
  chunks: Chunk[];
  totals: Scores;
  latinLetters: number;
  otherLetters: number;
  /** Letters of tokens that no list knows (names excluded): what franc would have to read. */
  unknownLetters: number;
  /** Text with URLs, addresses, mentions and names blanked, for franc. */
  francText: string;
}

const emptyScores = (): Scores => ({ fr: 0, en: 0, other: 0, weakEn: 0, onlyFr: 0, onlyEn: 0, onlyOther: 0 });

/** Offsets of URLs, e-mail addresses, @mentions and #hashtags in `text` (internal). */
export function maskRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD_RUN_RE)) {
    const run = match[0];
    const at = run.indexOf('@');
    const masked =
      URL_START_RE.test(run) ||
      (at >= 0 && at < run.length - 1) ||
      run.startsWith('#') ||
      DOMAIN_RE.test(run);
    if (masked) ranges.push([match.index, match.index + run.length]);
  }
  return ranges;
}

function isCapitalized(token: Token): boolean {
  return UPPER_RE.test(token.text) && (token.text.length === 1 || HAS_LOWER_RE.test(token.text));
}

function isSaintName(folded: string): boolean {
  const dash = folded.indexOf('-');
  return dash > 0 && SAINT_PREFIX_SET.has(folded.slice(0, dash));
}

/**
 * Marks the tokens of one sentence that belong to a name (proper nouns, `rue Principale`,
 * `chemin de la Baie`, `La Sarre`): they say nothing about the language of the sentence.
 */
function nameMask(tokens: readonly Token[]): boolean[] {
  // Title Case (`Road Closed Until Further Notice`): capitals do not mark names there.
  const capitals = tokens.reduce((count, token) => count + (isCapitalized(token) ? 1 : 0), 0);
  const titleCase = tokens.length >= 3 && capitals / tokens.length >= 0.6;
  const neutral = tokens.map((token, index) => {
    if (isSaintName(token.folded)) return true;
    if (titleCase || index === 0 || !isCapitalized(token)) return false;
    return !ALWAYS_CAPITALIZED.has(token.folded);
  });
  const startsName = (index: number): boolean => {
    // A capitalized word after zero or more particles: the start of a proper name.
    let next = index;
    while (next < tokens.length && PARTICLE_SET.has(tokens[next]?.folded ?? '') && !isCapitalized(tokens[next] as Token)) next += 1;
    const target = tokens[next];
    return target !== undefined && isCapitalized(target) && !ALWAYS_CAPITALIZED.has(target.folded);
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const placeWord = PLACE_WORD_SET.has(token.folded);
    const nameLike = neutral[index] === true || placeWord;
    if (!nameLike) {
      // A sentence-initial article or particle right before a capitalized word: `La Sarre`.
      if (index === 0 && PARTICLE_SET.has(token.folded) && isCapitalized(token)) {
        const next = tokens[1];
        if (next && isCapitalized(next) && !WORD_TABLE.has(next.folded)) neutral[0] = true;
      }
      continue;
    }
    if (!startsName(index + 1)) continue;
    if (placeWord) neutral[index] = true;
    let next = index + 1;
    while (next < tokens.length && !isCapitalized(tokens[next] as Token)) {
      neutral[next] = true;
      next += 1;
    }
  }
  return neutral;
}

function addEvidence(scores: Scores, evidence: WordEvidence): void {
  scores.fr += evidence.fr;
  scores.en += evidence.en;
  scores.other += evidence.other;
  scores.weakEn += evidence.weakEn;
  if (evidence.fr === 1) scores.onlyFr += 1;
  else if (evidence.en === 1) scores.onlyEn += 1;
  else if (evidence.other === 1) scores.onlyOther += 1;
}

function analyse(text: string): Analysis {
  const source = text.length > MAX_ANALYSED ? text.slice(0, MAX_ANALYSED) : text;
  const masks = maskRanges(source);
  let maskIndex = 0;
  const kept: Token[] = [];
  for (const token of tokenize(source)) {
    while (maskIndex < masks.length && (masks[maskIndex]?.[1] ?? 0) <= token.start) maskIndex += 1;
    const mask = masks[maskIndex];
    if (mask && mask[0] < token.end && token.start < mask[1]) continue;
    if (DIGIT_RE.test(token.text)) continue;
    kept.push(token);
  }

  const chunks: Chunk[] = [];
  const totals = emptyScores();
  let latinLetters = 0;
  let otherLetters = 0;
  let unknownLetters = 0;
  const francParts: string[] = [];
  let sentence: Token[] = [];

  const flush = (): void => {
    if (sentence.length === 0) return;
    const neutral = nameMask(sentence);
    const scores = emptyScores();
    sentence.forEach((token, index) => {
      if (LATIN_RE.test(token.text)) latinLetters += token.text.length;
      else if (LETTER_RE.test(token.text)) otherLetters += token.text.length;
      if (neutral[index] === true) return;
      francParts.push(token.text);
      const evidence = WORD_TABLE.get(token.folded);
      if (evidence) addEvidence(scores, evidence);
      else if (!isCapitalized(token)) unknownLetters += token.text.length;
    });
    const first = sentence[0] as Token;
    const last = sentence[sentence.length - 1] as Token;
    chunks.push({ start: first.start, end: last.end, scores });
    totals.fr += scores.fr;
    totals.en += scores.en;
    totals.other += scores.other;
    totals.weakEn += scores.weakEn;
    totals.onlyFr += scores.onlyFr;
    totals.onlyEn += scores.onlyEn;
    totals.onlyOther += scores.onlyOther;
    sentence = [];
  };

  let previous: Token | undefined;
  for (const token of kept) {
    if (previous && BREAK_RE.test(source.slice(previous.end, token.start))) flush();
    sentence.push(token);
    previous = token;
  }
  flush();
  return { chunks, totals, latinLetters, otherLetters, unknownLetters, francText: francParts.join(' ') };
}

type Lang = 'fr' | 'en' | 'other';

/** The leading language of a score set; ties go to French, then English (a Québec city's page). */
function leader(scores: Scores): { lang: Lang; top: number; second: number; total: number } {
  const total = scores.fr + scores.en + scores.other;
  const ranked: [Lang, number][] = [
    ['fr', scores.fr],
    ['en', scores.en],
    ['other', scores.other],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked as [[Lang, number], [Lang, number], [Lang, number]];
  return { lang: first[0], top: first[1], second: second[1], total };
}

const round = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/** Confidence from the leading share and the amount of evidence. */
function lexiconConfidence(top: number, total: number): number {
  if (total <= 0) return 0;
  const share = top / total;
  const evidence = 1 - 0.5 ** total;
  return round(share * (0.5 + 0.5 * evidence));
}

function chunkLanguage(chunk: Chunk): Lang | null {
  const lead = leader(chunk.scores);
  if (lead.total <= 0 || lead.top === lead.second) return null;
  return lead.lang;
}

function fromFranc(code: string): DetectedLanguage {
  if (code === 'fra') return 'fr';
  if (code === 'eng') return 'en';
  if (code === 'und') return 'und';
  return 'other';
}

function blankSpan(text: string): LanguageSegment[] {
  const start = text.search(/\S/u);
  if (start < 0) return [];
  return [{ language: 'und', start, end: text.trimEnd().length }];
}

/** Cuts the text into segments: each sentence keeps its own language; sentences without evidence join their neighbour. */
function buildSegments(chunks: readonly Chunk[], overall: DetectedLanguage): LanguageSegment[] {
  const fallback: SegmentLanguage = overall === 'mixed' ? 'und' : overall;
  const labelled = chunks.map((chunk) => ({ chunk, lang: chunkLanguage(chunk) as SegmentLanguage | null }));
  // Sentences without evidence take the language of the previous one (or the next, at the start).
  let carry: SegmentLanguage | null = null;
  for (const item of labelled) {
    if (item.lang === null) item.lang = carry;
    else carry = item.lang;
  }
  carry = null;
  for (let index = labelled.length - 1; index >= 0; index -= 1) {
    const item = labelled[index];
    if (!item) continue;
    if (item.lang === null) item.lang = carry;
    else carry = item.lang;
  }
  if (overall !== 'mixed') {
    // A one-language verdict: minor stretches keep their own language only when they are clear.
    for (const item of labelled) item.lang ??= fallback;
  }
  const segments: LanguageSegment[] = [];
  for (const { chunk, lang } of labelled) {
    const language = lang ?? fallback;
    const previous = segments[segments.length - 1];
    if (previous && previous.language === language) {
      segments[segments.length - 1] = { language, start: previous.start, end: chunk.end };
    } else {
      segments.push({ language, start: chunk.start, end: chunk.end });
    }
  }
  return segments;
}

/**
 * Whether French and English both hold a substantial part of the text: sentences in each
 * language (a notice and its translation), or many words of each inside one sentence.
 */
function isMixed(analysis: Analysis): { mixed: boolean; minorShare: number } {
  let frChunks = 0;
  let enChunks = 0;
  for (const chunk of analysis.chunks) {
    const lang = chunkLanguage(chunk);
    const weight = chunk.scores.fr + chunk.scores.en + chunk.scores.other;
    if (lang === 'fr') frChunks += weight;
    else if (lang === 'en') enChunks += weight;
  }
  const bySentence = Math.min(frChunks, enChunks);
  const sentenceShare = bySentence / Math.max(frChunks + enChunks, 1e-9);
  if (bySentence >= 1 && sentenceShare >= 0.25) return { mixed: true, minorShare: sentenceShare };
  const { fr, en } = analysis.totals;
  const byWord = Math.min(fr, en);
  const wordShare = byWord / Math.max(fr + en, 1e-9);
  if (byWord >= 3 && wordShare >= 0.3) return { mixed: true, minorShare: wordShare };
  return { mixed: false, minorShare: Math.max(sentenceShare, wordShare) };
}

/**
 * Tells whether a text is French, English, both (`mixed`), another language (`other`:
 * Spanish, Italian, Portuguese, non-Latin scripts) or nothing to tell (`und`: emoji, numbers,
 * URLs only). Short comments are decided by word lists of French (Québec forms included:
 * `pis`, `ben`, `icitte`, `tsé`, `astheure`…) and English; franc's trigrams are asked only
 * when a longer text is out of the lists' reach. Accents may be missing; anglicisms and
 * English technical terms (meeting, Wi-Fi, Zoom) do not make French English; French place
 * names (rue Principale, Saint-Jean) do not make English French. Never throws on a string.
 *
 * @throws {PolicyInputError} when `text` is not a string.
 * @example
 * ```ts
 * import { detectLanguage } from 'netiquette-qc/language';
 * detectLanguage('Ok merci').language; //=> 'fr'
 * detectLanguage('Thanks!').language; //=> 'en'
 * detectLanguage('The road is closed on rue Principale').language; //=> 'en'
 * detectLanguage('Collecte reportée à mardi. / Garbage pickup moved to Tuesday.').language; //=> 'mixed'
 * detectLanguage('Muchas gracias por la información').language; //=> 'other'
 * detectLanguage('👍👍').language; //=> 'und'
 * ```
 */
export function detectLanguage(text: string): LanguageDetection {
  const value = parseInput(TextSchema, text, 'text');
  const analysis = analyse(value);
  const { totals } = analysis;
  const scores = { fr: round3(totals.fr), en: round3(totals.en), other: round3(totals.other) };
  const result = (language: DetectedLanguage, confidence: number, method: LanguageDetection['method']): LanguageDetection => ({
    language,
    confidence: round(confidence),
    segments: language === 'und' ? blankSpan(value) : buildSegments(analysis.chunks, language),
    method,
    scores,
  });

  const letters = analysis.latinLetters + analysis.otherLetters;
  if (letters === 0) return result('und', 1, 'none');
  if (analysis.otherLetters > analysis.latinLetters) {
    return result('other', 0.5 + 0.5 * (analysis.otherLetters / letters), 'script');
  }

  const lead = leader(totals);
  if (lead.total <= 0) {
    if (analysis.unknownLetters >= FRANC_MIN_LETTERS) return francVerdict(analysis, result);
    if (totals.weakEn > 0) return result('en', 0.4 + Math.min(0.2, totals.weakEn / 2), 'lexicon');
    return result('und', 0.5, 'none');
  }

  const mixed = isMixed(analysis);
  if (mixed.mixed && lead.lang !== 'other') {
    const evidence = 1 - 0.5 ** lead.total;
    return result('mixed', (0.5 + Math.min(0.5, mixed.minorShare)) * (0.5 + 0.5 * evidence), 'lexicon');
  }

  const share = lead.top / lead.total;
  const only = { fr: totals.onlyFr, en: totals.onlyEn, other: totals.onlyOther };
  const ownWords = only[lead.lang];
  const rivalWords = Math.max(...(['fr', 'en', 'other'] as const).filter((l) => l !== lead.lang).map((l) => only[l]));
  // Words of the leading language alone, with none (or few) of another: the lexicon has settled it.
  const exclusive = (ownWords >= 2 && rivalWords === 0) || (ownWords >= 3 && ownWords >= 3 * rivalWords);
  const unsettled = !exclusive && (share < LEXICON_SHARE || lead.total < 2 || lead.top === lead.second);
  const longUnknown = analysis.unknownLetters >= FRANC_MIN_LETTERS && analysis.unknownLetters > lead.total * 12;
  if ((unsettled || longUnknown) && analysis.unknownLetters + lead.total * 4 >= FRANC_MIN_LETTERS) {
    return francVerdict(analysis, result, lead);
  }
  return result(lead.lang, lexiconConfidence(lead.top, lead.total), 'lexicon');
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function francVerdict(
  analysis: Analysis,
  result: (language: DetectedLanguage, confidence: number, method: LanguageDetection['method']) => LanguageDetection,
  lead?: { lang: Lang; top: number; second: number; total: number },
): LanguageDetection {
  const ranked = francAll(analysis.francText, { only: FRANC_ONLY, minLength: 10 });
  const [first, second] = ranked;
  const code = first?.[0] ?? 'und';
  const language = fromFranc(code);
  if (language === 'und') {
    if (lead && lead.total > 0) return result(lead.lang, lexiconConfidence(lead.top, lead.total), 'lexicon');
    return result('und', 0.5, 'none');
  }
  const gap = second ? 1 - second[1] : 1;
  let confidence = 0.5 + Math.min(0.45, gap * 2);
  // The lexicon's word evidence, when present, confirms or tempers franc's answer.
  if (lead && lead.total > 0) {
    if (lead.lang === language) confidence = Math.max(confidence, lexiconConfidence(lead.top, lead.total));
    else confidence *= 0.8;
  }
  return result(language, confidence, 'franc');
}
