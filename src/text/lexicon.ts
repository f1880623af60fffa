import { foldKey } from './fold.js';
import type { NormToken, NormalizedText } from './normalize.js';
import { memoSlot, squeeze } from './normalize.js';

/**
 * One entry of a word list (data). `term` is a word (`connard`), a phrase of several words
 * (`mange de la marde`) or a prefix family ending in `*` (`tabarn*`); accents and case do not
 * matter.
 *
 * @example
 * ```ts
 * const e: LexiconEntry = { term: 'tabarn*', category: 'sacre', weight: 0.95 };
 * ```
 */
export interface LexiconEntry<C extends string = string> {
  readonly term: string;
  readonly category: C;
  /** How strongly a match supports the category, 0–1. @default 1 */
  readonly weight?: number;
  /** Only as a whole word, never rebuilt from spaced letters or split pieces. @default false */
  readonly exactOnly?: boolean;
  /** Words that, right after this one, give it another sense (`tapette` before `à mouches`). */
  readonly notFollowedBy?: readonly string[];
  /** Words that, right before this one, give it another sense (English `a bite`, `dog bite`). */
  readonly notPrecededBy?: readonly string[];
  /** Free data carried to the match (sub-category, suggestion…). */
  readonly tag?: string;
}

/**
 * A match of a lexicon entry in a text: the entry and the span in the original text.
 *
 * @example
 * ```ts
 * const m: LexiconMatch = { entry, start: 0, end: 7, text: 'C0NN@RD', first: 0, last: 0, via: 'word' };
 * ```
 */
export interface LexiconMatch<C extends string = string> {
  readonly entry: LexiconEntry<C>;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the first and last word matched in `NormalizedText.tokens`. */
  readonly first: number;
  readonly last: number;
  /** How it was found: a word as written, a stretched word, a masked word or a rebuilt one. */
  readonly via: 'word' | 'squeezed' | 'masked' | 'spaced' | 'pair';
}

/** A node of the prefix trie (internal). */
export interface PrefixNode<C extends string = string> {
  readonly children: Map<string, PrefixNode<C>>;
  entries: LexiconEntry<C>[] | undefined;
}

/**
 * The phrases that start with one word (internal).
 *
 * @example
 * ```ts
 * compileLexicon([{ term: 'mange de la marde', category: 'insult' }]).phrases.get('mange')?.next.get('de')?.length; //=> 1
 * ```
 */
export interface PhraseStart<C extends string = string> {
  readonly next: Map<string, Phrase<C>[]>;
  readonly open: Phrase<C>[];
}

/**
 * A phrase entry split into folded words (internal).
 *
 * @example
 * ```ts
 * const p: Phrase = { parts: ['mange', 'de', 'la', 'marde'], entry: { term: 'mange de la marde', category: 'insult' } };
 * ```
 */
export interface Phrase<C extends string = string> {
  readonly parts: readonly string[];
  readonly entry: LexiconEntry<C>;
}

/** A compiled lexicon: build it once with {@link compileLexicon}, use it with {@link matchLexicon}. */
export interface CompiledLexicon<C extends string = string> {
  readonly words: ReadonlyMap<string, readonly LexiconEntry<C>[]>;
  readonly squeezed: ReadonlyMap<string, readonly LexiconEntry<C>[]>;
  /** Prefix families as a character trie: walking a word finds every stem it starts with. */
  readonly prefixes: PrefixNode<C>;
  /**
   * Phrases by their first word, then by their second (`de` → `la`); phrases whose second word
   * is a prefix (`mange de*`) sit in `open` under the first word.
   */
  readonly phrases: ReadonlyMap<string, PhraseStart<C>>;
  /** The words that may follow each entry that has `notFollowedBy`, folded once. */
  readonly notFollowed: ReadonlyMap<LexiconEntry<C>, ReadonlySet<string>>;
  /** The words that may precede each entry that has `notPrecededBy`, folded once. */
  readonly notPreceded: ReadonlyMap<LexiconEntry<C>, ReadonlySet<string>>;
  readonly allow: ReadonlySet<string>;
  /** Whether any entry may match a word rebuilt from spaced letters or pieces. */
  readonly joinable: boolean;
  /** First four letters of every single-word entry of six letters or more (prunes rebuilt pairs). */
  readonly longStarts: ReadonlySet<string>;
  /** The single-word entries of six letters or more: the only ones a pair of pieces may rebuild. */
  readonly long: ReadonlySet<LexiconEntry<C>>;
  /** Accented spellings of single words: `arrière` must not match `arriéré`. */
  readonly accents: ReadonlyMap<LexiconEntry<C>, string>;
  /**
   * This lexicon's slot in `NormToken.memo`: what it holds for a spelling (allowed, entries,
   * phrases starting with it) is computed once and kept with the spelling's shared forms.
   */
  readonly slot: number;
  /** Categories a masked word (`f***`) is read as when its mask fits words of several categories. */
  readonly masked: ReadonlySet<C>;
}

/**
 * What a lexicon holds for one word, computed once per spelling (internal).
 *
 * @example
 * ```ts
 * const info: WordInfo = { allowed: false, hits: [], via: 'word', phrase: undefined, squeezedPhrase: undefined, startsLong: false };
 * ```
 */
export interface WordInfo<C extends string = string> {
  readonly allowed: boolean;
  /** The entries the word matches: as written, else through a variant, a mask or its squeezed form. */
  readonly hits: readonly LexiconEntry<C>[];
  /** How `hits` were found. */
  readonly via: 'word' | 'masked' | 'squeezed';
  readonly phrase: PhraseStart<C> | undefined;
  /** Phrases starting with the word's squeezed form, when it differs (`osssti de` → `osti de`). */
  readonly squeezedPhrase: PhraseStart<C> | undefined;
  /** Whether the word's first four letters start a long listed word (for rebuilt pairs). */
  readonly startsLong: boolean;
}

function wordInfo<C extends string>(lex: CompiledLexicon<C>, token: NormToken): WordInfo<C> {
  let info = token.memo[lex.slot] as WordInfo<C> | undefined;
  if (info === undefined) {
    const key = token.bare;
    // Everything here depends on the spelling only (bare, variants, squeezed, stretched).
    let hits = lookupWord(lex, key);
    let via: WordInfo<C>['via'] = 'word';
    for (const variant of token.variants) if (hits.length === 0) hits = lookupWord(lex, variant);
    if (hits.length === 0 && key.includes('*')) {
      hits = lookupMasked(lex, key);
      via = 'masked';
    }
    if (hits.length === 0 && token.stretched) {
      hits = lex.squeezed.get(token.squeezed) ?? lookupWord(lex, token.squeezed);
      via = 'squeezed';
    }
    info = {
      allowed: lex.allow.has(key),
      hits,
      via,
      phrase: lex.phrases.get(key),
      squeezedPhrase: token.squeezed !== key ? lex.phrases.get(token.squeezed) : undefined,
      startsLong: key.length >= 4 && lex.longStarts.has(key.slice(0, 4)),
    };
    token.memo[lex.slot] = info;
  }
  return info;
}

// Pieces that are never words alone: the text keeps "quelqu'un" and "aujourd'hui" whole (only
// elided articles are split off), so a list that writes "quelqu un" must be read as one word.
const BOUND = new Set(['quelqu', 'aujourd', 'presqu']);

// English contractions are one word in the text too ("won't" → wont, "I'll" → ill), while a list
// may write them with a space ("won t bother"). French elided pronouns ("il m a") stay apart.
const NEGATABLE = new Set(['don', 'won', 'can', 'isn', 'aren', 'wasn', 'weren', 'didn', 'doesn', 'couldn', 'shouldn', 'wouldn', 'haven', 'hasn', 'ain']);
const S_HOSTS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'let', 'who', 'here', 'where', 'nobody', 'somebody', 'everybody', 'someone', 'everyone']);
const D_HOSTS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);

function contracted(part: string, next: string): boolean {
  if (next === 'll' || next === 're' || next === 've') return /^[a-z]+$/u.test(part);
  if (next === 't') return NEGATABLE.has(part);
  if (next === 's') return S_HOSTS.has(part);
  if (next === 'm') return part === 'i';
  if (next === 'd') return D_HOSTS.has(part);
  return false;
}

/**
 * The ways a phrase may be split in a text: Québec "y a" is also typed "y'a", which the text keeps
 * as one word (ya), like "y'en" (yen).
 */
function spellingsOf(parts: readonly string[]): string[][] {
  let out: string[][] = [[...parts]];
  for (let i = parts.length - 2; i >= 0; i -= 1) {
    if (parts[i] !== 'y' || !/^[aeiouh]/u.test(parts[i + 1] ?? '')) continue;
    out = out.flatMap((p) => [p, [...p.slice(0, i), `y${p[i + 1] as string}`, ...p.slice(i + 2)]]);
  }
  return out;
}

function joinBound(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (next !== undefined && (BOUND.has(part) || contracted(part, next))) {
      out.push(part + next);
      i += 1;
    } else out.push(part);
  }
  return out;
}

const bareOf = (term: string): string => foldKey(term).replace(/['’.-]/gu, '');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Options of {@link compileLexicon}.
 *
 * @example
 * ```ts
 * const options: CompileOptions<'vulgar' | 'insult'> = { masked: ['vulgar'] };
 * ```
 */
export interface CompileOptions<C extends string = string> {
  /**
   * Categories a masked word is read as when its mask fits words of several categories: people
   * mask what they know is rude (`f***` is a swear word, not one of the insults it could spell).
   * @default none: an ambiguous mask matches nothing
   */
  readonly masked?: readonly C[];
}

/**
 * Compiles word lists into lookup tables, once. `allow` lists words that never match, whatever
 * the lists say (the Scunthorpe problem: `conseil`, `calcul`, `député`…).
 *
 * @example
 * ```ts
 * const lex = compileLexicon([{ term: 'con', category: 'insult' }], ['conseil']);
 * matchLexicon(lex, normalize('Le conseil')).length; //=> 0
 * ```
 */
export function compileLexicon<C extends string>(
  entries: readonly LexiconEntry<C>[],
  allow: readonly string[] = [],
  options: CompileOptions<C> = {},
): CompiledLexicon<C> {
  const words = new Map<string, LexiconEntry<C>[]>();
  const squeezed = new Map<string, LexiconEntry<C>[]>();
  const prefixes: PrefixNode<C> = { children: new Map(), entries: undefined };
  const phrases = new Map<string, PhraseStart<C>>();
  const notFollowed = new Map<LexiconEntry<C>, ReadonlySet<string>>();
  const notPreceded = new Map<LexiconEntry<C>, ReadonlySet<string>>();
  const accents = new Map<LexiconEntry<C>, string>();
  for (const entry of entries) {
    if (entry.notFollowedBy) notFollowed.set(entry, new Set(entry.notFollowedBy.map(bareOf)));
    if (entry.notPrecededBy) notPreceded.set(entry, new Set(entry.notPrecededBy.map(bareOf)));
    const written = entry.term.trim().toLowerCase().replace(/['’.-]/gu, '');
    if (written.normalize('NFD') !== written) accents.set(entry, written);
    const parts = joinBound(
      foldKey(entry.term.trim())
        .split(/[\s'’]+/u)
        .map((p) => p.replace(/[.-]/gu, ''))
        .filter((p) => p.length > 0),
    );
    if (parts.length === 0) continue;
    if (parts.length > 1) {
      for (const spelling of spellingsOf(parts)) {
        if (spelling.length === 1) {
          push(words, spelling[0] as string, entry);
          continue;
        }
        const first = spelling[0] as string;
        const second = spelling[1] as string;
        let start = phrases.get(first);
        if (!start) {
          start = { next: new Map(), open: [] };
          phrases.set(first, start);
        }
        if (second.endsWith('*')) start.open.push({ parts: spelling, entry });
        else push(start.next, second, { parts: spelling, entry });
      }
      continue;
    }
    const part = parts[0] as string;
    if (part.endsWith('*')) {
      const stem = part.slice(0, -1);
      let node = prefixes;
      for (const char of stem) {
        let child = node.children.get(char);
        if (!child) {
          child = { children: new Map(), entries: undefined };
          node.children.set(char, child);
        }
        node = child;
      }
      node.entries = [...(node.entries ?? []), entry];
    } else {
      push(words, part, entry);
      const sq = squeeze(part);
      if (sq.length >= 4) push(squeezed, sq, entry);
    }
  }
  const longStarts = new Set<string>();
  const long = new Set<LexiconEntry<C>>();
  for (const entry of entries) {
    const bare = bareOf(entry.term).replace('*', '');
    if (!/\s/u.test(entry.term.trim()) && bare.length >= 6) {
      longStarts.add(bare.slice(0, 4));
      long.add(entry);
    }
  }
  const joinable = entries.some((entry) => !entry.exactOnly);
  return { words, squeezed, prefixes, phrases, notFollowed, notPreceded, accents, longStarts, long, joinable, allow: new Set(allow.map(bareOf)), slot: memoSlot(), masked: new Set(options.masked ?? []) };
}

const NONE: readonly never[] = Object.freeze([]);

// Words said inside a phrase without changing it ("retournez donc chez vous", "mange donc de la
// marde"): one may be skipped between two words of a phrase.
const FILLERS: ReadonlySet<string> = new Set(['donc', 'don']);

/**
 * Whether a word of the text is the word `part` of a phrase (a `*` part is a prefix). A word
 * with a demonstrative tail fits as the word itself: "maudits sauvages-là" holds "maudits sauvages".
 */
function fits(token: NormToken, part: string): boolean {
  return part.endsWith('*') ? token.bare.startsWith(part.slice(0, -1)) : token.bare === part || token.squeezed === part || token.variants.includes(part);
}

function lookupWord<C extends string>(lex: CompiledLexicon<C>, key: string): readonly LexiconEntry<C>[] {
  const exact = lex.words.get(key);
  let found: LexiconEntry<C>[] | undefined;
  let node: PrefixNode<C> | undefined = lex.prefixes;
  for (let k = 0; k < key.length && node; k += 1) {
    node = node.children.get(key[k] as string);
    const hit = node?.entries;
    if (hit) {
      found ??= exact ? [...exact] : [];
      for (const entry of hit) found.push(entry);
    }
  }
  return found ?? exact ?? NONE;
}

/**
 * Matches a masked word (`f*ck`, `c*lisse`, `f***`): every `*` stands for one letter. A mask that
 * hides most of the word fits several listed words; it counts only when they all say the same
 * thing (one category), otherwise nothing is claimed.
 */
function lookupMasked<C extends string>(lex: CompiledLexicon<C>, key: string): readonly LexiconEntry<C>[] {
  const found: LexiconEntry<C>[] = [];
  for (const [word, entries] of lex.words) {
    if (word.length !== key.length) continue;
    let ok = true;
    for (let i = 0; i < key.length && ok; i += 1) if (key[i] !== '*' && key[i] !== word[i]) ok = false;
    if (ok) found.push(...entries);
  }
  const category = found[0]?.category;
  if (found.every((e) => e.category === category)) return found;
  const preferred = found.filter((e) => lex.masked.has(e.category));
  return preferred.length > 0 ? preferred : NONE;
}

/**
 * Finds every entry of a compiled lexicon in a normalised text: whole words (with leetspeak and
 * homoglyphs already resolved), stretched words (`osssti`), masked words (`f*ck`), phrases and
 * words rebuilt from spaced letters. Allow-listed words never match.
 *
 * @example
 * ```ts
 * const lex = compileLexicon([{ term: 'connard', category: 'insult' }]);
 * matchLexicon(lex, normalize('quel c o n n a r d'))[0]?.text; //=> 'c o n n a r d'
 * ```
 */
export function matchLexicon<C extends string>(
  lex: CompiledLexicon<C>,
  text: NormalizedText,
  extraAllow?: ReadonlySet<string>,
): LexiconMatch<C>[] {
  const matches: LexiconMatch<C>[] = [];
  const tokens = text.tokens;
  const allowed = (key: string): boolean => lex.allow.has(key) || (extraAllow?.has(key) ?? false);
  const add = (entry: LexiconEntry<C>, from: NormToken, to: NormToken, via: LexiconMatch<C>['via']): void => {
    const next = tokens[to.last + 1]?.bare;
    if (next !== undefined && lex.notFollowed.get(entry)?.has(next) === true) return;
    const previous = tokens[from.first - 1]?.bare;
    if (previous !== undefined && lex.notPreceded.get(entry)?.has(previous) === true) return;
    matches.push({
      entry,
      start: from.start,
      end: to.end,
      text: text.original.slice(from.start, to.end),
      first: from.first,
      last: to.last,
      via,
    });
  };
  const policyAllow = extraAllow !== undefined && extraAllow.size > 0 ? extraAllow : undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as NormToken;
    if (!token.alphabetic) continue;
    const info = wordInfo(lex, token);
    if (info.allowed || (policyAllow?.has(token.bare) ?? false)) continue;
    const { hits, via } = info;
    for (const entry of hits) {
      // Both written with accents, and not the same accents: two different words (arrière ≠ arriéré).
      const accented = lex.accents.get(entry);
      if (via === 'word' && token.accented && accented && !accented.endsWith('*') && accented !== token.accented) continue;
      add(entry, token, token, via);
    }
    // Phrases starting here: by the first word (as written or squeezed), then the second.
    const start = info.phrase;
    const squeezedStart = info.squeezedPhrase;
    if (!start && !squeezedStart) continue;
    const next1 = tokens[i + 1];
    const tryPhrases = (phrases: readonly Phrase<C>[] | undefined): void => {
      if (!phrases) return;
      for (const { parts, entry } of phrases) {
        let ok = true;
        let j = i + 1;
        let skipped = false;
        for (let k = 1; k < parts.length && ok; k += 1) {
          let next = tokens[j];
          const part = parts[k] as string;
          // One filler word may stand inside a phrase: "retournez donc chez vous".
          if (next && !skipped && FILLERS.has(next.bare) && !fits(next, part)) {
            skipped = true;
            j += 1;
            next = tokens[j];
          }
          ok = next !== undefined && fits(next, part);
          j += 1;
        }
        if (ok) add(entry, token, tokens[j - 1] as NormToken, 'word');
      }
    };
    if (next1 && start) tryPhrases(start.next.get(next1.bare));
    if (next1 && start && next1.squeezed !== next1.bare) tryPhrases(start.next.get(next1.squeezed));
    if (next1 && start) for (const variant of next1.variants) tryPhrases(start.next.get(variant));
    if (next1 && squeezedStart) tryPhrases(squeezedStart.next.get(next1.bare));
    const next2 = next1 && FILLERS.has(next1.bare) ? tokens[i + 2] : undefined;
    if (next2 && start) tryPhrases(start.next.get(next2.bare));
    if (start) tryPhrases(start.open);
  }
  for (const token of lex.joinable ? text.joined : []) {
    if (allowed(token.bare)) continue;
    const hits = lookupWord(lex, token.bare);
    const found = hits.length > 0 ? hits : lex.squeezed.get(token.squeezed) ?? [];
    for (const entry of found) {
      if (entry.exactOnly) continue;
      // Do not report a rebuilt word whose pieces already matched on their own.
      if (matches.some((m) => m.entry === entry && m.first >= token.first && m.last <= token.last)) continue;
      const first = tokens[token.first] as NormToken;
      const last = tokens[token.last] as NormToken;
      add(entry, first, last, token.origin);
    }
  }
  // Two short pieces side by side ("con nard", "tabar nak") rebuilt only when they could start a
  // long listed word: most pairs are ordinary words and stop at the first test.
  for (const i of lex.joinable ? text.pairs : []) {
    const a = tokens[i - 1] as NormToken;
    const b = tokens[i] as NormToken;
    if (a.bare.length >= 4 ? !wordInfo(lex, a).startsLong : !lex.longStarts.has(a.bare + b.bare.slice(0, 4 - a.bare.length))) continue;
    const bare = a.bare + b.bare;
    if (allowed(bare)) continue;
    // Only the exact spelling: a stretched pair ("pis où" → pisou, "to rent" → torrent) is
    // mostly two ordinary words.
    const found = lookupWord(lex, bare);
    for (const entry of found) {
      // A pair must rebuild a long word: two short words side by side are common.
      if (entry.exactOnly || !lex.long.has(entry)) continue;
      if (matches.some((m) => m.entry === entry && m.first >= a.first && m.last <= b.last)) continue;
      add(entry, a, b, 'pair');
    }
  }
  return matches;
}
