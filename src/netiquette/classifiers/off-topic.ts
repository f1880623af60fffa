import { compileLexicon, matchLexicon, type CompiledLexicon, type LexiconEntry } from '../../text/lexicon.js';
import { memoSlot, normalize, perSpelling, type NormToken, type NormalizedText } from '../../text/normalize.js';
import { defineClassifier, type ClassifierContext, type Draft } from '../context.js';
import { FACILITIES, KEYBOARD_RUNS, RELATED_TOPICS, TOPICS, TOPIC_SHIFTS } from '../lexicons/topics.js';

const VOWELS_RE = /[aeiouy]/u;
// Keyboard runs in one pattern: one test per word.
const KEYBOARD_RE = new RegExp(KEYBOARD_RUNS.join('|'), 'u');
// A four-letter word that is a whole run ("asdf", "hjkl"): no French or English word is one.
const KEYBOARD_WORDS: ReadonlySet<string> = new Set(KEYBOARD_RUNS.filter((run) => run.length === 4));

// The subjects of city posts as one compiled word list (prefix stems, phrases), built once.
// No allow-list here: "conseil" is a subject even though it never counts as an insult.
let topicLexicon: CompiledLexicon<'topic'> | undefined;

function topics(): CompiledLexicon<'topic'> {
  if (topicLexicon) return topicLexicon;
  const entries: LexiconEntry<'topic'>[] = [];
  const subjects: [string, readonly string[]][] = [...Object.entries(TOPICS), ...Object.entries(FACILITIES).map(([name, stems]): [string, readonly string[]] => [`${FACILITY}${name}`, stems])];
  for (const [topic, stems] of subjects) {
    for (const stem of stems) {
      const words = normalize(stem).tokens.map((t) => t.bare);
      const term = words.map((w, i) => (i > 0 || words.length === 1) && w.length >= 4 ? `${w}*` : w).join(' ');
      entries.push({ term, category: 'topic', tag: topic, exactOnly: true });
    }
  }
  topicLexicon = compileLexicon(entries);
  return topicLexicon;
}

// Facilities are subjects too, marked so that only the opening-on-another-facility rule reads them.
const FACILITY = 'facility:';
const isFacility = (subject: string): boolean => subject.startsWith(FACILITY);

/** The subjects a normalised text touches (internal). */
export function topicsOf(text: NormalizedText): Set<string> {
  const found = new Set<string>();
  for (const match of matchLexicon(topics(), text)) if (match.entry.tag) found.add(match.entry.tag);
  return found;
}

interface PostAnalysis {
  readonly topics: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

// Comments come by the dozen under the same post: its analysis is kept (bounded, internal).
const postCache = new Map<string, PostAnalysis>();
const POST_KEPT_CHARS = 8_000;

function analysePost(postText: string): PostAnalysis {
  const cached = postCache.get(postText);
  if (cached) return cached;
  const post = normalize(postText);
  const analysis = { topics: topicsOf(post), stems: contentStems(post.tokens) };
  // Only posts of ordinary length are kept: a thousand huge posts must not fill the memory.
  if (postText.length <= POST_KEPT_CHARS) {
    if (postCache.size >= 1024) postCache.delete(postCache.keys().next().value as string);
    postCache.set(postText, analysis);
  }
  return analysis;
}

const LAUGHS = new Set(['ha', 'he', 'hi', 'ho', 'ah', 'eh', 'hah', 'heh', 'lol', 'mdr', 'bla', 'xo', 'ok', 'no', 'na']);
const INTERJECTIONS = new Set(['hmm', 'hm', 'mm', 'ah', 'oh', 'eh', 'ouin', 'wow', 'brr', 'grr', 'pff', 'pfff', 'zzz', 'shh', 'psst', 'hey', 'yo']);

/** The shortest unit a word repeats ('asdasd' → 'asd'), or null. */
function repeatedUnit(key: string): string | null {
  for (let size = 1; size <= 3; size += 1) {
    if (key.length < size * 2 + 1) continue;
    const unit = key.slice(0, size);
    let ok = true;
    for (let i = size; i < key.length && ok; i += 1) if (key[i] !== unit[i % size]) ok = false;
    if (ok) return unit;
  }
  return null;
}

/** Whether a word looks typed at random: no vowel, keyboard runs, one key or one short unit repeated. */
function isMash(key: string, squeezed: string): boolean {
  if (INTERJECTIONS.has(squeezed)) return false;
  if (key.length >= 5 && !VOWELS_RE.test(key)) return true;
  if (key.length >= 5 ? KEYBOARD_RE.test(key) : key.length === 4 && KEYBOARD_WORDS.has(key)) return true;
  if (key.length >= 3 && squeezed.length === 1) return true;
  const unit = key.length >= 6 ? repeatedUnit(key) : null;
  return unit !== null && !LAUGHS.has(unit);
}

const STOP = new Set(['les', 'des', 'une', 'que', 'qui', 'pour', 'avec', 'dans', 'sur', 'pas', 'est', 'sont', 'the', 'and', 'for', 'you', 'that', 'this', 'with', 'vous', 'nous', 'mais', 'plus', 'tout', 'tous', 'cette', 'ces', 'aux', 'par', 'ville']);

function contentStems(tokens: readonly NormToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.alphabetic && t.bare.length >= 4 && !STOP.has(t.bare)) out.add(t.bare.slice(0, 5));
  return out;
}

// Per spelling, computed once: whether the word looks typed at random, and its content stem.
const MASH_SLOT = memoSlot();
const STEM_SLOT = memoSlot();
const mashed = (t: NormToken): boolean => perSpelling(t, MASH_SLOT, (x) => isMash(x.bare, x.squeezed));
const stemOf = (t: NormToken): string =>
  perSpelling(t, STEM_SLOT, (x) => (x.alphabetic && x.bare.length >= 4 && !STOP.has(x.bare) ? x.bare.slice(0, 5) : ''));

function detect(context: ClassifierContext): Draft | null {
  const { text, comment } = context;
  const words = text.tokens.filter((t) => t.alphabetic);
  const whole = { start: 0, end: text.original.length, text: text.original };
  if (words.length > 0) {
    const mash = words.filter(mashed);
    const mashedLetters = mash.reduce((n, t) => n + t.bare.length, 0);
    const letters = words.reduce((n, t) => n + t.bare.length, 0);
    if (mash.length > 0 && mashedLetters / letters >= 0.5) {
      return {
        confidence: 0.9,
        evidence: mash.map((t) => ({ start: t.start, end: t.end, text: t.text })),
        detail: { fr: 'Le texte est incompréhensible.', en: 'The text cannot be understood.' },
      };
    }
  }
  // One word typed over and over ("le le le le le le le le"): a stuck key or a pocket, not a comment.
  if (words.length >= 8 && words.every((t) => t.bare === (words[0] as NormToken).bare) && !LAUGHS.has((words[0] as NormToken).squeezed) && !INTERJECTIONS.has((words[0] as NormToken).squeezed)) {
    const first = words[0] as NormToken;
    const last = words[words.length - 1] as NormToken;
    return {
      confidence: 0.9,
      evidence: [{ start: first.start, end: last.end, text: text.original.slice(first.start, last.end) }],
      detail: { fr: 'Le texte est incompréhensible.', en: 'The text cannot be understood.' },
    };
  }
  const postText = comment.post?.text;
  if (postText === undefined || postText.trim().length === 0) return null;
  const { topics: theirs, stems: postStems } = analysePost(postText);
  if (theirs.has('personal') || theirs.has('notice')) return null;
  // Words shared with the post: on topic, whatever else it says (the cheapest test first) —
  // unless the comment is a personal notice (a lost cat "secteur centre-ville" under a post on
  // the downtown snow operation).
  let shared = false;
  for (const token of text.tokens) {
    const stem = stemOf(token);
    if (stem !== '' && postStems.has(stem)) {
      shared = true;
      break;
    }
  }
  // Sharing words with the post settles it, unless a notice's opening word is there: only then is
  // the topic lexicon worth running.
  if (shared && !text.tokens.some((t) => NOTICE_OPENERS.has(t.bare))) return null;
  const mine = topicsOf(text);
  const notice = mine.has('notice');
  const personal = notice || mine.has('personal');
  if (shared && !notice) return null;
  if (mine.size === 0) return null;
  mine.delete('personal');
  mine.delete('notice');
  // A personal matter (a lost cat, a birthday, last night's game) under a city post, unless the
  // comment is about the post's very subject.
  if (personal && ![...mine].some((t) => theirs.has(t))) {
    return {
      confidence: 0.85,
      evidence: [whole],
      detail: { fr: 'Il porte sur un sujet personnel sans lien avec la publication.', en: 'It is about a personal matter unrelated to the post.' },
    };
  }
  if (shared) return null;
  // "Pis l'aréna, elle rouvre quand?" under the pool's post: opening on a facility the post does
  // not name, when the post names another one, goes to a person.
  const opens = OPENERS.has(text.tokens[0]?.bare ?? '') && DETERMINERS.has(text.tokens[1]?.bare ?? '');
  const myFacilities = [...mine].filter(isFacility);
  const theirFacilities = [...theirs].filter(isFacility);
  if (opens && myFacilities.length > 0 && theirFacilities.length > 0 && !myFacilities.some((f) => theirs.has(f))) {
    return {
      confidence: 0.55,
      evidence: [whole],
      cap: 'review',
      detail: { fr: 'Il semble porter sur un autre sujet que la publication.', en: 'It seems to be about another subject than the post.' },
    };
  }
  for (const t of mine) if (theirs.has(t)) return null;
  for (const t of mine) if (RELATED.get(t)?.some((r) => theirs.has(r))) return null;
  // A civic subject the post does not touch: a person decides, when the comment opens it on purpose.
  const keys = text.tokens.map((t) => t.bare).join(' ');
  // "Pis les trottoirs, eux autres?", "And the bridge?": opening on another subject.
  const shifts = opens || SHIFTS.some((s) => (` ${keys} `).includes(` ${s} `));
  if (mine.size === 0 || theirs.size === 0 || !shifts || words.length < 5) return null;
  return {
    confidence: 0.55,
    evidence: [whole],
    cap: 'review',
    detail: { fr: 'Il semble porter sur un autre sujet que la publication.', en: 'It seems to be about another subject than the post.' },
  };
}

const RELATED = new Map<string, string[]>();
for (const [a, b] of RELATED_TOPICS) {
  RELATED.set(a, [...(RELATED.get(a) ?? []), b]);
  RELATED.set(b, [...(RELATED.get(b) ?? []), a]);
}
// The first word of every notice phrase ("chat perdu", "vente de garage"), read from the data.
const NOTICE_OPENERS = new Set(TOPICS.notice?.map((phrase) => normalize(phrase).tokens[0]?.bare ?? '') ?? []);
const OPENERS = new Set(['pis', 'puis', 'and', 'et']);
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'the', 'nos', 'vos', 'notre', 'votre', 'mon', 'ma', 'mes']);
const SHIFTS = TOPIC_SHIFTS.map((s) => normalize(s).tokens.map((t) => t.bare).join(' '));

/**
 * `off-topic` (La Sarre §5.5): incomprehensible (keyboard mash), or unrelated to the post it
 * answers. Relevance reads `post.text` only; without a post only gibberish is flagged. A comment
 * that announces another subject ("parlant de…", "speaking of…") the post does not touch goes to
 * review; one on a personal matter foreign to any city post (a recipe, a lost cat, last night's
 * game) is removed.
 *
 * @example
 * ```ts
 * offTopic({ text: 'asdfghjkl qwerty' })?.clause; //=> 'off-topic'
 * offTopic({ text: 'Ma recette de gâteau aux carottes: 2 tasses de farine', post: { text: 'Déneigement cette nuit' } })?.decision; //=> 'remove'
 * offTopic({ text: 'Merci pour l’info!', post: { text: 'Déneigement cette nuit' } }); //=> null
 * ```
 */
export const offTopic = defineClassifier('off-topic', detect);
