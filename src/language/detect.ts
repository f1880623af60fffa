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

/**
 * What {@link detectLanguage} can answer.
 *
 * @example
 * ```ts
 * const l: DetectedLanguage = 'mixed';
 * ```
 */
export type DetectedLanguage = 'fr' | 'en' | 'mixed' | 'und' | 'other';

/**
 * The language of one stretch of a text.
 *
 * @example
 * ```ts
 * const l: SegmentLanguage = 'en';
 * ```
 */
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
 *   language: 'fr', confidence: 0.75, segments: [{ language: 'fr', start: 0, end: 5 }],
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
const BREAK_RE = /[.!?…;:,\n\r/|•]|\s[–—-]\s/u;
const LATIN_RE = /\p{Script=Latin}/u;
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{N}/u;

/** Above this many letters, a text the lexicon cannot settle goes to franc. */
// Letters of Spanish, Portuguese, German and Vietnamese that French and English never write.
const FOREIGN_LETTER_RE = /[áíóúñãõßơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹąęłńśźżțșčřšžěůğışåøæ]/iu;
// Any letter outside ASCII (the cheap test first).
const FOREIGN_HINT_RE = /[^\0-\x7f]/u;
// What such a word says: another language, more surely than a listed word.
const FOREIGN_WORD: WordEvidence = { fr: 0, en: 0, other: 1.5, weakEn: 0, kind: 'word' };

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
  /** Words left once URLs, addresses, mentions and names are set aside, for franc. */
  francParts: string[];
}

const emptyScores = (): Scores => ({ fr: 0, en: 0, other: 0, weakEn: 0, onlyFr: 0, onlyEn: 0, onlyOther: 0 });

// Characters without which no URL, address, mention or hashtag can occur (fast path).
const MASK_HINT_RE = /[@#.]/u;

/**
 * Offsets of URLs, e-mail addresses, @mentions and #hashtags in `text` (internal).
 *
 * @example
 * ```ts
 * maskRanges('Écrivez à info@ville.lasarre.qc.ca'); //=> [[10, 34]]
 * ```
 */
export function maskRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!MASK_HINT_RE.test(text)) return ranges;
  for (const match of text.matchAll(WORD_RUN_RE)) {
    const run = match[0];
    const at = run.indexOf('@');
    const masked =
      (at >= 0 && at < run.length - 1) ||
      run.startsWith('#') ||
      (run.includes('.') && (URL_START_RE.test(run) || DOMAIN_RE.test(run)));
    if (masked) ranges.push([match.index, match.index + run.length]);
  }
  return ranges;
}

/** Whether a word starts with a capital and is not written all in capitals (`Sarre`, not `SAAQ`). */
function isCapitalized(token: Token): boolean {
  const text = token.text;
  const code = text.charCodeAt(0);
  if (code < 128) {
    if (code < 65 || code > 90) return false;
  } else if (!UPPER_RE.test(text)) return false;
  if (text.length === 1) return true;
  for (let index = 1; index < text.length; index += 1) {
    const next = text.charCodeAt(index);
    if (next >= 97 && next <= 122) return true;
    if (next >= 128) return LOWER_RE.test(text.slice(index));
  }
  return false;
}

function isSaintName(folded: string): boolean {
  const dash = folded.indexOf('-');
  return dash > 0 && SAINT_PREFIX_SET.has(folded.slice(0, dash));
}

/** A capitalized word after zero or more lower-case particles, from `index`: the start of a proper name. */
function startsName(tokens: readonly Token[], caps: readonly boolean[], index: number): boolean {
  let next = index;
  while (next < tokens.length && caps[next] !== true && PARTICLE_SET.has((tokens[next] as Token).folded)) next += 1;
  const target = tokens[next];
  return target !== undefined && caps[next] === true && !ALWAYS_CAPITALIZED.has(target.folded);
}

/**
 * Marks the tokens of one sentence that belong to a name (proper nouns, `rue Principale`,
 * `chemin de la Baie`, `La Sarre`): they say nothing about the language of the sentence.
 */
function nameMask(tokens: readonly Token[], caps: readonly boolean[]): boolean[] {
  let capitals = 0;
  for (const cap of caps) if (cap) capitals += 1;
  // Title Case (`Road Closed Until Further Notice`): capitals do not mark names there.
  const titleCase = tokens.length >= 3 && capitals / tokens.length >= 0.6;
  const neutral: boolean[] = new Array<boolean>(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    neutral[index] =
      isSaintName(token.folded) ||
      (!titleCase && index > 0 && caps[index] === true && !ALWAYS_CAPITALIZED.has(token.folded));
  }
  if (capitals === 0) return neutral;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const placeWord = PLACE_WORD_SET.has(token.folded);
    if (neutral[index] !== true && !placeWord) {
      // A sentence-initial article or particle right before a capitalized word: `La Sarre`.
      if (index === 0 && caps[0] === true && PARTICLE_SET.has(token.folded)) {
        const next = tokens[1];
        if (next && caps[1] === true && !WORD_TABLE.has(next.folded)) neutral[0] = true;
      }
      continue;
    }
    if (!startsName(tokens, caps, index + 1)) continue;
    if (placeWord) neutral[index] = true;
    let next = index + 1;
    while (next < tokens.length && caps[next] !== true) {
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

function addScores(into: Scores, from: Scores): void {
  into.fr += from.fr;
  into.en += from.en;
  into.other += from.other;
  into.weakEn += from.weakEn;
  into.onlyFr += from.onlyFr;
  into.onlyEn += from.onlyEn;
  into.onlyOther += from.onlyOther;
}

/** Scores one sentence and adds it to the analysis. */
function scoreSentence(analysis: Analysis, sentence: readonly Token[]): void {
  if (sentence.length === 0) return;
  const caps = sentence.map(isCapitalized);
  const neutral = nameMask(sentence, caps);
  const scores = emptyScores();
  for (let index = 0; index < sentence.length; index += 1) {
    const token = sentence[index] as Token;
    const code = token.text.charCodeAt(0);
    if (code < 128 || LATIN_RE.test(token.text)) analysis.latinLetters += token.text.length;
    else if (LETTER_RE.test(token.text)) analysis.otherLetters += token.text.length;
    if (neutral[index] === true) continue;
    analysis.francParts.push(token.text);
    const evidence = WORD_TABLE.get(token.folded);
    if (code >= 128 || FOREIGN_HINT_RE.test(token.text)) {
      // A letter French and English never write (ñ, ó, ß, ơ…): the word is of another language.
      if (FOREIGN_LETTER_RE.test(token.text) && !(evidence && evidence.fr > 0)) {
        addEvidence(scores, FOREIGN_WORD);
        continue;
      }
    }
    if (evidence) addEvidence(scores, evidence);
    else if (caps[index] !== true) analysis.unknownLetters += token.text.length;
  }
  const first = sentence[0] as Token;
  const last = sentence[sentence.length - 1] as Token;
  analysis.chunks.push({ start: first.start, end: last.end, scores });
  addScores(analysis.totals, scores);
}

function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
    if (code >= 128 && DIGIT_RE.test(text[index] ?? '')) return true;
  }
  return false;
}

function analyse(text: string): Analysis {
  const source = text.length > MAX_ANALYSED ? text.slice(0, MAX_ANALYSED) : text;
  const masks = maskRanges(source);
  const analysis: Analysis = {
    chunks: [],
    totals: emptyScores(),
    latinLetters: 0,
    otherLetters: 0,
    unknownLetters: 0,
    francParts: [],
  };
  let maskIndex = 0;
  let sentence: Token[] = [];
  let previous: Token | undefined;
  for (const token of tokenize(source)) {
    if (masks.length > 0) {
      while (maskIndex < masks.length && (masks[maskIndex]?.[1] ?? 0) <= token.start) maskIndex += 1;
      const mask = masks[maskIndex];
      if (mask && mask[0] < token.end && token.start < mask[1]) continue;
    }
    if (hasDigit(token.text)) continue;
    const gap = previous ? token.start - previous.end : 0;
    // A single space never separates sentences: skip the gap test (the common case).
    if (previous && gap > 0 && !(gap === 1 && source.charCodeAt(previous.end) === 32) && BREAK_RE.test(source.slice(previous.end, token.start))) {
      scoreSentence(analysis, sentence);
      sentence = [];
    }
    sentence.push(token);
    previous = token;
  }
  scoreSentence(analysis, sentence);
  return analysis;
}

type Lang = 'fr' | 'en' | 'other';

/** The leading language of a score set; ties go to French, then English (a Québec city's page). */
function leader(scores: Scores): { lang: Lang; top: number; second: number; total: number } {
  const { fr, en, other } = scores;
  const total = fr + en + other;
  if (fr >= en && fr >= other) return { lang: 'fr', top: fr, second: Math.max(en, other), total };
  if (en >= other) return { lang: 'en', top: en, second: Math.max(fr, other), total };
  return { lang: 'other', top: other, second: Math.max(fr, en), total };
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
  const only = chunks.length === 1 ? chunks[0] : undefined;
  if (only) {
    const language = overall === 'mixed' ? (chunkLanguage(only) ?? 'und') : overall;
    return [{ language, start: only.start, end: only.end }];
  }
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
  const { onlyFr, onlyEn, other } = analysis.totals;
  // Two words or more that only each language has, in one sentence: "Anyone know si la piscine
  // est ouverte?", "Est-ce que the parking is free?".
  if (Math.min(onlyFr, onlyEn) >= 2 && wordShare >= 0.25) return { mixed: true, minorShare: wordShare };
  // As many words of each language, each with a word of its own (`Merci thanks`, `Bonjour hi`).
  if (fr === en && onlyFr >= 1 && onlyEn >= 1 && other < fr) return { mixed: true, minorShare: 0.5 };
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
  const value = typeof text === 'string' ? text : parseInput(TextSchema, text, 'text');
  const analysis = analyse(value);
  const verdict = decide(analysis, value);
  const { totals } = analysis;
  return {
    language: verdict.language,
    confidence: round(verdict.confidence),
    segments: verdict.language === 'und' ? blankSpan(value) : buildSegments(analysis.chunks, verdict.language),
    method: verdict.method,
    scores: { fr: round3(totals.fr), en: round3(totals.en), other: round3(totals.other) },
  };
}

interface Verdict {
  language: DetectedLanguage;
  confidence: number;
  method: LanguageDetection['method'];
}

function exclusiveWords(totals: Scores, lang: Lang): { own: number; rival: number } {
  if (lang === 'fr') return { own: totals.onlyFr, rival: Math.max(totals.onlyEn, totals.onlyOther) };
  if (lang === 'en') return { own: totals.onlyEn, rival: Math.max(totals.onlyFr, totals.onlyOther) };
  return { own: totals.onlyOther, rival: Math.max(totals.onlyFr, totals.onlyEn) };
}

// A tag alone ("@Jean-Guy Côté", "@marie.l @Paul"): a name says nothing of the writer's language.
const TAGS_ONLY_RE = /^\s*(?:@[\p{L}\p{N}_.'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){0,3}[\s,]*)+$/u;

function decide(analysis: Analysis, text: string): Verdict {
  if (text.includes('@') && TAGS_ONLY_RE.test(text)) return { language: 'und', confidence: 0.8, method: 'none' };
  const { totals } = analysis;
  const letters = analysis.latinLetters + analysis.otherLetters;
  if (letters === 0) return { language: 'und', confidence: 1, method: 'none' };
  if (analysis.otherLetters > analysis.latinLetters) {
    return { language: 'other', confidence: 0.5 + 0.5 * (analysis.otherLetters / letters), method: 'script' };
  }

  const lead = leader(totals);
  if (lead.total <= 0) {
    if (analysis.unknownLetters >= FRANC_MIN_LETTERS) return francVerdict(analysis);
    if (totals.weakEn > 0) return { language: 'en', confidence: 0.4 + Math.min(0.2, totals.weakEn / 2), method: 'lexicon' };
    return { language: 'und', confidence: 0.5, method: 'none' };
  }

  const mixed = isMixed(analysis);
  if (mixed.mixed && lead.lang !== 'other') {
    const evidence = 1 - 0.5 ** lead.total;
    return { language: 'mixed', confidence: (0.5 + Math.min(0.5, mixed.minorShare)) * (0.5 + 0.5 * evidence), method: 'lexicon' };
  }

  const share = lead.top / lead.total;
  const { own, rival } = exclusiveWords(totals, lead.lang);
  // Words of the leading language alone, with none (or few) of another: the lexicon has settled it.
  const exclusive = (own >= 2 && rival === 0) || (own >= 3 && own >= 3 * rival);
  const unsettled = !exclusive && (share < LEXICON_SHARE || lead.total < 2 || lead.top === lead.second);
  const longUnknown = analysis.unknownLetters >= FRANC_MIN_LETTERS && analysis.unknownLetters > lead.total * 12;
  if ((unsettled || longUnknown) && analysis.unknownLetters + lead.total * 4 >= FRANC_MIN_LETTERS) {
    return francVerdict(analysis, lead);
  }
  return { language: lead.lang, confidence: lexiconConfidence(lead.top, lead.total), method: 'lexicon' };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function francVerdict(analysis: Analysis, lead?: { lang: Lang; top: number; second: number; total: number }): Verdict {
  const ranked = francAll(analysis.francParts.join(' '), { only: FRANC_ONLY, minLength: 10 });
  const [first, second] = ranked;
  const code = first?.[0] ?? 'und';
  const language = fromFranc(code);
  if (language === 'und') {
    if (lead && lead.total > 0) return { language: lead.lang, confidence: lexiconConfidence(lead.top, lead.total), method: 'lexicon' };
    return { language: 'und', confidence: 0.5, method: 'none' };
  }
  // Trigrams read a short French or English sentence as another language now and then; words
  // only French (or only English) has, several of them, outweigh that guess.
  if (language === 'other' && lead && lead.lang !== 'other' && exclusiveWords(analysis.totals, lead.lang).own >= 2 && analysis.totals.other < lead.top / 2) {
    return { language: lead.lang, confidence: lexiconConfidence(lead.top, lead.total) * 0.8, method: 'lexicon' };
  }
  const gap = second ? 1 - second[1] : 1;
  let confidence = 0.5 + Math.min(0.45, gap * 2);
  // The lexicon's word evidence, when present, confirms or tempers franc's answer.
  if (lead && lead.total > 0) {
    if (lead.lang === language) confidence = Math.max(confidence, lexiconConfidence(lead.top, lead.total));
    else confidence *= 0.8;
  }
  return { language, confidence, method: 'franc' };
}
