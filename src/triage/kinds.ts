import { z } from 'zod';
import { parseInput } from '../errors.js';
import { tokenize } from '../text/index.js';
import {
  AUX_OPENERS,
  CITY_DIRECTED,
  COMPLAINT_TERMS,
  COMPLIMENT_TERMS,
  EMERGENCY_CANCEL,
  EMERGENCY_NOW,
  HAZARD_HINTS,
  HAZARD_PAIRS,
  HAZARD_TERMS,
  PAIR_WINDOW,
  HELP_PLEAS,
  INFO_REQUESTS,
  LEAD_INS,
  MEDIA_ASKS,
  MEDIA_EXPLICIT,
  MEDIA_IDENTITY,
  PRAISE_EMOJI,
  QUESTION_OPENERS,
  RHETORICAL_QUESTIONS,
  SERVICE_TERMS,
  SHORT_RHETORICAL,
  SOCIAL_QUESTIONS,
  VERIFICATION_TERMS,
  WH_WORDS,
  type ServiceId,
  type WeightedTerms,
} from './lexicon.js';

/**
 * What a comment calls for, in the order triage ranks them after `emergency`.
 *
 * @example
 * ```ts
 * KINDS.includes('media-request'); //=> true
 * ```
 */
export const KINDS = ['question', 'complaint', 'media-request', 'emergency', 'compliment', 'other'] as const;

/**
 * One kind of comment: `question` (asks the city for information), `complaint`
 * (dissatisfaction with a service that calls for follow-up, also when phrased as a question),
 * `media-request` (a journalist asks for an interview or a comment), `emergency` (reports a
 * present danger), `compliment`, or `other`.
 *
 * @example
 * ```ts
 * const kind: Kind = 'complaint';
 * ```
 */
export type Kind = (typeof KINDS)[number];

/**
 * A word or phrase that counted toward a kind, with its offsets in the comment.
 *
 * @example
 * ```ts
 * const e: KindEvidence = { kind: 'emergency', term: 'odeur de gaz', weight: 2, start: 0, end: 12, text: 'Odeur de gaz' };
 * ```
 */
export interface KindEvidence {
  readonly kind: Exclude<Kind, 'other'>;
  /** The lexicon entry that matched (folded form). */
  readonly term: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  /** The words as written. */
  readonly text: string;
}

/**
 * What {@link detectKinds} finds in a text.
 *
 * @example
 * ```ts
 * const d: KindDetection = detectKinds('Merci aux cols bleus!');
 * d.kinds; //=> ['compliment']
 * ```
 */
export interface KindDetection {
  /** Kinds that hold, in {@link KINDS} order; `['other']` when none does. */
  readonly kinds: readonly Kind[];
  /** Score per kind (0 when nothing counted); thresholds: 2 for complaint and emergency, 1 otherwise. */
  readonly scores: Readonly<Record<Exclude<Kind, 'other'>, number>>;
  /** What counted, with offsets. */
  readonly evidence: readonly KindEvidence[];
  /** The municipal service the comment is about, when words point to one. */
  readonly service?: ServiceId;
  /** Whether an answer needs a check with a service first (the person's own case, a complaint). */
  readonly needsVerification: boolean;
}

// ---------------------------------------------------------------------------------------------
// Matching engine over the word data of lexicon.ts (compiled once, at module load).

interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

type Piece =
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'prefix'; readonly v: string }
  | { readonly t: 'any' }
  | { readonly t: 'gap' };

interface Entry {
  readonly source: string;
  readonly weight: number;
  readonly pieces: readonly Piece[];
}

interface Matcher {
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  readonly loose: readonly Entry[];
  readonly raw: readonly Entry[];
}

interface Hit {
  readonly term: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  /** Index of the first word (−1 for raw, emoji entries). */
  readonly at: number;
}

const MAX_GAP = 3;
const SPLIT_RE = /[-']/u;
const HAS_WORD_RE = /[\p{L}\p{N}]/u;

/** Splits a text into matching words: folded, split at hyphens and apostrophes, with offsets. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const token of tokenize(text)) {
    const folded = token.folded;
    const aligned = folded.length === token.text.length;
    let cursor = 0;
    for (const part of folded.split(SPLIT_RE)) {
      if (part.length > 0) {
        const start = aligned ? token.start + cursor : token.start;
        const end = aligned ? start + part.length : token.end;
        out.push({ w: part, start, end });
      }
      cursor += part.length + 1;
    }
  }
  return out;
}

function compileEntry(source: string, weight: number): Entry {
  const pieces: Piece[] = [];
  for (const raw of source.trim().split(/\s+/u)) {
    if (raw === '_') pieces.push({ t: 'any' });
    else if (raw === '~') pieces.push({ t: 'gap' });
    else {
      const prefix = raw.endsWith('*');
      const parts = wordsOf(prefix ? raw.slice(0, -1) : raw).map((word) => word.w);
      parts.forEach((v, index) => pieces.push(prefix && index === parts.length - 1 ? { t: 'prefix', v } : { t: 'word', v }));
    }
  }
  while (pieces[0]?.t === 'gap') pieces.shift();
  return { source, weight, pieces };
}

function compile(groups: readonly WeightedTerms[]): Matcher {
  const byFirst = new Map<string, Entry[]>();
  const loose: Entry[] = [];
  const raw: Entry[] = [];
  for (const group of groups) {
    for (const term of group.terms) {
      if (!HAS_WORD_RE.test(term)) {
        raw.push({ source: term, weight: group.weight, pieces: [] });
        continue;
      }
      const entry = compileEntry(term, group.weight);
      const first = entry.pieces[0];
      if (first?.t === 'word') {
        const list = byFirst.get(first.v);
        if (list) list.push(entry);
        else byFirst.set(first.v, [entry]);
      } else if (first) loose.push(entry);
    }
  }
  return { byFirst, loose, raw };
}

const plain = (terms: readonly string[], weight = 1): Matcher => compile([{ weight, terms }]);

function fits(piece: Piece, word: Word | undefined): boolean {
  if (!word) return false;
  if (piece.t === 'word') return word.w === piece.v;
  if (piece.t === 'prefix') return word.w.startsWith(piece.v);
  return true;
}

/** End index (exclusive) of a match of `pieces[j..]` at `words[i..]`, or -1. Bounded: gaps skip ≤ 3 words. */
function matchFrom(words: readonly Word[], i: number, pieces: readonly Piece[], j: number): number {
  if (j === pieces.length) return i;
  const piece = pieces[j];
  if (!piece) return -1;
  if (piece.t === 'gap') {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= words.length; skip += 1) {
      const end = matchFrom(words, i + skip, pieces, j + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return fits(piece, words[i]) ? matchFrom(words, i + 1, pieces, j + 1) : -1;
}

/** Longest entry matching at each position, left to right, without overlaps; plus raw (emoji) entries. */
function scan(words: readonly Word[], from: number, to: number, matcher: Matcher, text?: string): Hit[] {
  const hits: Hit[] = [];
  let i = from;
  while (i < to) {
    const word = words[i];
    if (!word) break;
    let best: { entry: Entry; end: number } | undefined;
    const candidates = matcher.byFirst.get(word.w);
    for (const list of [candidates ?? [], matcher.loose]) {
      for (const entry of list) {
        const end = matchFrom(words, i, entry.pieces, 0);
        if (end > i && end <= to && (!best || end > best.end || (end === best.end && entry.weight > best.entry.weight))) {
          best = { entry, end };
        }
      }
    }
    const last = best ? words[best.end - 1] : undefined;
    if (best && last) {
      hits.push({ term: best.entry.source, weight: best.entry.weight, start: word.start, end: last.end, at: i });
      i = best.end;
    } else i += 1;
  }
  if (text !== undefined) {
    for (const entry of matcher.raw) {
      let at = text.indexOf(entry.source);
      while (at >= 0) {
        hits.push({ term: entry.source, weight: entry.weight, start: at, end: at + entry.source.length, at: -1 });
        at = text.indexOf(entry.source, at + entry.source.length);
      }
    }
  }
  return hits;
}

/** Whether an entry of `matcher` starts exactly at word `i` (within `to`). */
function startsWith(words: readonly Word[], i: number, to: number, matcher: Matcher): boolean {
  const word = words[i];
  if (!word) return false;
  for (const list of [matcher.byFirst.get(word.w) ?? [], matcher.loose]) {
    for (const entry of list) {
      const end = matchFrom(words, i, entry.pieces, 0);
      if (end > i && end <= to) return true;
    }
  }
  return false;
}

const M = {
  openers: plain(QUESTION_OPENERS),
  info: plain(INFO_REQUESTS),
  social: plain(SOCIAL_QUESTIONS),
  rhetorical: plain(RHETORICAL_QUESTIONS),
  shortRhetorical: plain(SHORT_RHETORICAL),
  pleas: plain(HELP_PLEAS),
  complaint: compile(COMPLAINT_TERMS),
  compliment: compile(COMPLIMENT_TERMS),
  mediaIdentity: plain(MEDIA_IDENTITY),
  mediaAsks: plain(MEDIA_ASKS),
  mediaExplicit: plain(MEDIA_EXPLICIT),
  hazards: compile(HAZARD_TERMS),
  pairs: HAZARD_PAIRS.map((pair) => ({ pair, things: plain(pair.things), states: plain(pair.states) })),
  hints: plain(HAZARD_HINTS),
  now: plain(EMERGENCY_NOW),
  cancel: compile(EMERGENCY_CANCEL),
  verification: plain(VERIFICATION_TERMS),
  leadIns: new Set(LEAD_INS),
  wh: plain(WH_WORDS),
  city: plain(CITY_DIRECTED),
  aux: new Set(AUX_OPENERS),
  services: Object.entries(SERVICE_TERMS).map(([id, data]) => ({ id: id as ServiceId, matcher: plain(data.terms) })),
};

// Sentences: a run of non-terminators followed by its terminators (linear: disjoint classes).
const SENTENCE_RE = /[^.!?\n…]+[.!?\n…]*/gu;
const MAX_ANALYSED = 20_000;

interface Sentence {
  readonly from: number;
  readonly to: number;
  readonly asks: boolean;
}

function sentencesOf(text: string, words: readonly Word[]): Sentence[] {
  const out: Sentence[] = [];
  let w = 0;
  for (const match of text.matchAll(SENTENCE_RE)) {
    const end = match.index + match[0].length;
    const from = w;
    while (w < words.length && (words[w]?.start ?? end) < end) w += 1;
    if (w > from) out.push({ from, to: w, asks: match[0].includes('?') });
  }
  return out;
}

function sum(hits: readonly Hit[]): number {
  return hits.reduce((total, hit) => total + hit.weight, 0);
}

function addEvidence(out: KindEvidence[], kind: KindEvidence['kind'], hits: readonly Hit[], text: string): void {
  for (const hit of hits) {
    out.push({ kind, term: hit.term, weight: hit.weight, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
  }
}

const INVERSION_RE = /-(?:t-)?(?:tu|ti|vous|ils?|elles?|on|je|nous)(?!\p{L})/iu;

interface QuestionReading {
  /** Sentences that ask the city something. */
  readonly asks: Hit[];
  /** Questions that protest rather than ask. */
  readonly rhetorical: Hit[];
  /** `?` sentences with no interrogative form (`Vous avez fermé le parc?`): asks unless the comment complains. */
  readonly declarative: Hit[];
}

function questionSentences(text: string, words: readonly Word[]): QuestionReading {
  const asks: Hit[] = [];
  const rhetorical: Hit[] = [];
  const declarative: Hit[] = [];
  const toFriend = text.trimStart().startsWith('@');
  for (const sentence of sentencesOf(text, words)) {
    let first = sentence.from;
    while (first < sentence.to && M.leadIns.has(words[first]?.w ?? '')) first += 1;
    const opens = first < sentence.to && startsWith(words, first, sentence.to, M.openers);
    const info = scan(words, sentence.from, sentence.to, M.info);
    if (!sentence.asks && !opens && info.length === 0) continue;
    const head = words[sentence.from];
    const tail = words[sentence.to - 1];
    const lead = words[first];
    if (!head || !tail) continue;
    const span = { start: head.start, end: tail.end };
    if (sentence.asks) {
      const rhetoric = scan(words, sentence.from, sentence.to, M.rhetorical);
      const short = lead ? scan(words, first, sentence.to, M.shortRhetorical) : [];
      const whole = short.length === 1 && short[0]?.start === lead?.start && short[0]?.end === tail.end;
      if (rhetoric.length > 0 || whole) {
        rhetorical.push({ term: (rhetoric[0] ?? short[0])?.term ?? '?', weight: 2, at: sentence.from, ...span });
        continue;
      }
    }
    if (toFriend || scan(words, sentence.from, sentence.to, M.social).length > 0) continue;
    if (scan(words, sentence.from, sentence.to, M.pleas).length > 0) continue;
    const interrogative =
      opens ||
      info.length > 0 ||
      scan(words, sentence.from, sentence.to, M.wh).length > 0 ||
      INVERSION_RE.test(text.slice(span.start, span.end)) ||
      M.aux.has(lead?.w ?? '');
    const hit = { term: sentence.asks ? '?' : (info[0]?.term ?? 'opener'), weight: 1, at: sentence.from, ...span };
    if (interrogative) asks.push(hit);
    else declarative.push(hit);
  }
  return { asks, rhetorical, declarative };
}

/** Services named in the text, with how many of their words appear (lexicon order). */
function serviceCounts(words: readonly Word[]): { id: ServiceId; count: number }[] {
  const out: { id: ServiceId; count: number }[] = [];
  for (const { id, matcher } of M.services) {
    const count = scan(words, 0, words.length, matcher).length;
    if (count > 0) out.push({ id, count });
  }
  return out;
}

/** Thing-and-state pairs (`fil` … `traîne`) within a few words: one hit per pair kind. */
function hazardPairs(words: readonly Word[]): Hit[] {
  const hits: Hit[] = [];
  for (const { pair, things, states } of M.pairs) {
    const thingHits = scan(words, 0, words.length, things);
    if (thingHits.length === 0) continue;
    const stateHits = scan(words, 0, words.length, states);
    let found: Hit | undefined;
    for (const thing of thingHits) {
      const state = stateHits.find((hit) => hit.at !== thing.at && Math.abs(hit.at - thing.at) <= PAIR_WINDOW);
      if (state) {
        const start = Math.min(thing.start, state.start);
        const end = Math.max(thing.end, state.end);
        found = { term: `${pair.id}: ${thing.term} + ${state.term}`, weight: pair.weight, start, end, at: Math.min(thing.at, state.at) };
        break;
      }
    }
    if (found) hits.push(found);
  }
  return hits;
}

function detectIn(text: string): KindDetection {
  const words = wordsOf(text);
  const evidence: KindEvidence[] = [];

  // media request: who is writing (a journalist, an outlet) and what they ask (interview, comment)
  const explicit = scan(words, 0, words.length, M.mediaExplicit);
  const identity = scan(words, 0, words.length, M.mediaIdentity);
  const mediaAsks = scan(words, 0, words.length, M.mediaAsks);
  const media = explicit.length > 0 || (identity.length > 0 && mediaAsks.length > 0);
  if (media) addEvidence(evidence, 'media-request', [...explicit, ...identity, ...mediaAsks], text);

  // emergency: a present danger (a danger phrase, or a thing and its state a few words apart),
  // not cancelled by context (past, prevention, plans, leisure, slang)
  const hazards = [...scan(words, 0, words.length, M.hazards, text), ...hazardPairs(words)];
  const hints = scan(words, 0, words.length, M.hints);
  const raised = hazards.length > 0 || hints.length > 0;
  const now = raised ? scan(words, 0, words.length, M.now) : [];
  const cancel = raised ? scan(words, 0, words.length, M.cancel, text) : [];
  // weak danger words (feu, fuite, smoke…) add up to one at most: alone they never make an emergency
  const strong = sum(hazards.filter((hit) => hit.weight >= 2));
  const weak = Math.min(1, sum(hazards.filter((hit) => hit.weight < 2)));
  const hazardScore = Math.min(3, strong + weak) + (hints.length > 0 ? 1 : 0) + (now.length > 0 && hazards.length > 0 ? 1 : 0);
  const emergencyScore = Math.max(0, hazardScore - sum(cancel));
  const emergency = emergencyScore >= 2 && hazards.length > 0;
  if (emergency) addEvidence(evidence, 'emergency', [...hazards, ...hints], text);

  // questions and rhetorical questions
  const reading = questionSentences(text, words);
  const { rhetorical } = reading;

  // complaint: dissatisfaction markers, rhetorical questions, sarcastic praise
  const complaintHits = [...scan(words, 0, words.length, M.complaint, text), ...rhetorical];
  const praise = scan(words, 0, words.length, M.compliment, text);
  const praiseEmoji = PRAISE_EMOJI.filter((emoji) => text.includes(emoji));
  let complaintScore = sum(complaintHits);
  const services = serviceCounts(words);
  // a grievance aimed at a named service, or at the city, weighs a little more than a vague one
  const grievance = sum(complaintHits.filter((hit) => hit.weight >= 1));
  if (grievance >= 1 && services.length > 0) complaintScore += 0.5;
  if (grievance >= 1 && scan(words, 0, words.length, M.city).length > 0) complaintScore += 0.5;
  const strongPraise = praise.filter((hit) => hit.weight >= 1);
  if (complaintScore >= 1 && (strongPraise.length > 0 || praiseEmoji.length > 0)) complaintScore += 1;
  const complaint = !media && complaintScore >= 2;
  if (complaint) addEvidence(evidence, 'complaint', complaintHits, text);

  // a declarative question (`Vous avez fermé le parc?`) protests when the comment complains
  const asks = complaint ? reading.asks : [...reading.asks, ...reading.declarative];
  const question = !media && asks.length > 0;
  if (question) addEvidence(evidence, 'question', asks, text);

  // compliment: praise, or bare thanks when nothing else is asked
  const complimentScore = sum(strongPraise) + Math.min(1, 0.5 * praiseEmoji.length) + 0.5 * (praise.length - strongPraise.length);
  const anyOther = media || emergency || complaint || question;
  const compliment = !media && !complaint && (sum(strongPraise) >= 1 || (!anyOther && complimentScore > 0));
  if (compliment) addEvidence(evidence, 'compliment', praise, text);

  const kinds: Kind[] = [];
  if (question) kinds.push('question');
  if (complaint) kinds.push('complaint');
  if (media) kinds.push('media-request');
  if (emergency) kinds.push('emergency');
  if (compliment) kinds.push('compliment');
  if (kinds.length === 0) kinds.push('other');

  const service = services.reduce<{ id?: ServiceId; count: number }>(
    (best, entry) => (entry.count > best.count ? entry : best),
    { count: 0 },
  ).id;
  const needsVerification = complaint || scan(words, 0, words.length, M.verification).length > 0;

  const result: KindDetection = {
    kinds,
    scores: {
      question: asks.length,
      complaint: complaintScore,
      'media-request': media ? 1 : 0,
      emergency: emergencyScore,
      compliment: complimentScore,
    },
    evidence,
    needsVerification,
    ...(service ? { service } : {}),
  };
  return result;
}

/**
 * Reads what a comment calls for: a question, a complaint (also a rhetorical question or
 * sarcasm), a journalist's request, an emergency, a compliment, or nothing (`other`).
 * Several kinds may hold. Word lists are data (`lexicon.ts`); the words counted are returned
 * with their offsets. Very long texts are read up to their first 20,000 characters.
 *
 * @example
 * ```ts
 * detectKinds("C'est tu normal que ma rue soit jamais déneigée?").kinds; //=> ['complaint']
 * detectKinds('Ça sent le gaz fort sur la 3e rue, on fait quoi?').kinds; //=> ['question', 'emergency']
 * detectKinds('Urgent besoin de vacances lol').kinds; //=> ['other']
 * ```
 */
export function detectKinds(text: string): KindDetection {
  const value = parseInput(z.string({ error: 'text must be a string' }), text, 'text');
  return detectIn(value.length > MAX_ANALYSED ? value.slice(0, MAX_ANALYSED) : value);
}
