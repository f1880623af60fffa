import { describe, inputError } from '../errors.js';
import { foldKey } from './fold.js';
import { HOMOGLYPHS, LEET } from './homoglyphs.js';
import { ACCENTED_SPELLINGS, CONTEXT_SPELLINGS, PHONETIC_SPELLINGS } from './spellings.js';
import { ELISION_RE } from './tokens.js';

/**
 * A word of a normalised text: where it stands in the original, and the forms used to match it.
 *
 * @example
 * ```ts
 * const [t] = normalize('C0NN@RD').tokens;
 * t; //=> { text: 'C0NN@RD', start: 0, end: 7, key: 'connard', bare: 'connard', squeezed: 'conard', … }
 * ```
 */
export interface NormToken {
  /** The word as the person typed it (a slice of the original). */
  readonly text: string;
  /** Offset of the word in the original text. */
  readonly start: number;
  /** Offset just after the word in the original text. */
  readonly end: number;
  /** Lower-cased, accents folded, homoglyphs and leetspeak resolved; inner `-` and `'` kept. */
  readonly key: string;
  /** `key` without inner hyphens, apostrophes and dots. */
  readonly bare: string;
  /** `bare` with every run of a repeated letter collapsed to one (`osssti` → `osti`). */
  readonly squeezed: string;
  /** The word lower-cased with its accents, when it has accented Latin letters (else ''). */
  readonly accented: string;
  /** Whether `bare` has a letter repeated three times or more in a row (stretching). */
  readonly stretched: boolean;
  /** Other readings of ambiguous leetspeak (`1` read as `l`). A masked letter stays `*` (`f*ck`). */
  readonly variants: readonly string[];
  /** Whether the word holds at least one letter. */
  readonly alphabetic: boolean;
  /** How the word was formed: as written, or joined from spaced letters or from two adjacent pieces. */
  readonly origin: 'word' | 'spaced';
  /** Index of the first word it covers in `tokens`. */
  readonly first: number;
  /** Index of the last word it covers in `tokens`. */
  readonly last: number;
  /**
   * Per-lexicon results for this spelling, shared by every token of the same spelling (filled
   * by the lexicon matcher, by lexicon slot; internal).
   */
  readonly memo: unknown[];
}

/**
 * The result of {@link normalize}: the original text, its folded form with a map back to the
 * original, and its words.
 *
 * @example
 * ```ts
 * const n = normalize('Ça\u200b va?');
 * n.folded; //=> 'ca va?'
 * n.tokens.map((t) => t.key); //=> ['ca', 'va']
 * ```
 */
export interface NormalizedText {
  /** The text as given. */
  readonly original: string;
  /**
   * NFKC, invisible characters dropped, homoglyphs mapped, lower case, accents removed; words
   * spelled by ear read as the words they stand for ("ki" → "qui", "cé" → "c'est").
   */
  readonly folded: string;
  /**
   * For every UTF-16 unit of `folded`, the offset in `original` of the character it comes from;
   * null when `folded` keeps the original's offsets (one unit for one unit, the usual case). Read
   * it through {@link originalSpan}.
   */
  readonly starts: readonly number[] | null;
  /** For every UTF-16 unit of `folded`, the offset in `original` just after that character; null with `starts`. */
  readonly ends: readonly number[] | null;
  /** The words, in order. */
  readonly tokens: readonly NormToken[];
  /** Words rebuilt from spaced or dotted letters (`c o n n a r d`, `c.a.l.i.s.s.e`). */
  readonly joined: readonly NormToken[];
  /**
   * Indices `i` where `tokens[i - 1]` and `tokens[i]` are two short pieces separated only by
   * spacing: a word possibly split in two (`con nard`). The matcher rebuilds them on demand.
   */
  readonly pairs: readonly number[];
}

// Characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen,
// Mongolian vowel separator, invisible operators, bidi controls, variation selectors.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069],
  [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xe0000, 0xe007f],
];
const isInvisible = (char: string): boolean => {
  const cp = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
};
const MARK_RE = /\p{M}/gu;

const charCache = new Map<string, string>();

/** Folds one code point (cached): '' when it must vanish. */
function foldChar(char: string): string {
  const cached = charCache.get(char);
  if (cached !== undefined) return cached;
  let out = '';
  if (!isInvisible(char)) {
    for (const part of char.normalize('NFKC')) {
      const lower = part.toLowerCase();
      const glyph = HOMOGLYPHS[lower] ?? lower;
      out += glyph.normalize('NFD').replace(MARK_RE, '');
    }
  }
  if (charCache.size < 20_000) charCache.set(char, out);
  return out;
}

const LEET_CHARS = new Set(Object.keys(LEET));
const LETTER_RE = /\p{L}/u;
const WORD_RE = /[\p{L}\p{N}]/u;
// ASCII is decided by a table; other characters by a regex, cached.
const wordCache = new Map<string, boolean>();
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_RE.test(c);
};
const isWordChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || LEET_CHARS.has(c);
  let known = wordCache.get(c);
  if (known === undefined) {
    known = WORD_RE.test(c) || LEET_CHARS.has(c);
    if (wordCache.size < 10_000) wordCache.set(c, known);
  }
  return known;
};
/** `isWordChar` for the unit at `index` of a text, with ASCII decided without a string. */
function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || LEET_ASCII[code] === 1;
  return isWordChar(text[index] ?? '');
}
const NO_VARIANTS: readonly string[] = Object.freeze([]);
const hasLetter = (word: string): boolean => {
  for (let k = 0; k < word.length; k += 1) if (isLetter(word[k] ?? '')) return true;
  return false;
};
// The LEET table as a lookup by code: ASCII in an array, the rest (€) in a set.
const LEET_ASCII = new Uint8Array(128);
const LEET_OTHER = new Set<number>();
for (const c of LEET_CHARS) {
  const code = c.charCodeAt(0);
  if (code < 128) LEET_ASCII[code] = 1;
  else LEET_OTHER.add(code);
}
// Separators allowed between spaced-out letters (c o n n a r d, c.a.l.i.s.s.e, c-a-l-i-s-s-e).
const SPACING = new Set([' ', '.', '-', '_', '*', '·', '•', '/', '\u00A0', '\t', '~', '+', ',']);

/** Whether a word holds a character that may be read as a letter (a digit, `@`, `$`…). */
function holdsLeet(word: string): boolean {
  for (let k = 0; k < word.length; k += 1) {
    const code = word.charCodeAt(k);
    if (code < 128 ? LEET_ASCII[code] === 1 : LEET_OTHER.has(code)) return true;
  }
  return false;
}

/** Reads leetspeak in a word that holds at least one letter: first choice, then variants. */
function readLeet(word: string): { key: string; variants: readonly string[] } {
  if (!holdsLeet(word)) return { key: word, variants: NO_VARIANTS };
  let hasLetter = false;
  let hasLeet = false;
  for (const c of word) {
    if (LEET_CHARS.has(c)) hasLeet = true;
    else if (isLetter(c)) hasLetter = true;
  }
  if (!hasLeet || !hasLetter) return { key: word, variants: NO_VARIANTS };
  let key = '';
  let alt = '';
  let ambiguous = false;
  for (const c of word) {
    const choices = LEET[c];
    if (choices && choices.length > 0) {
      key += choices[0];
      alt += choices[1] ?? choices[0];
      if (choices.length > 1) ambiguous = true;
    } else {
      key += c;
      alt += c;
    }
  }
  return { key, variants: ambiguous && alt !== key ? [alt] : [] };
}

/** Collapses every run of one repeated character to a single one. */
export function squeeze(word: string): string {
  let repeated = false;
  for (let k = 1; k < word.length && !repeated; k += 1) repeated = word.charCodeAt(k) === word.charCodeAt(k - 1);
  if (!repeated) return word;
  let out = '';
  let previous = '';
  for (const c of word) {
    if (c !== previous) out += c;
    previous = c;
  }
  return out;
}

function hasTripleRun(word: string): boolean {
  let possible = false;
  for (let k = 2; k < word.length && !possible; k += 1) {
    const code = word.charCodeAt(k);
    possible = code === word.charCodeAt(k - 1) && code === word.charCodeAt(k - 2);
  }
  if (!possible) return false;
  let run = 1;
  let previous = '';
  for (const c of word) {
    run = c === previous ? run + 1 : 1;
    if (run >= 3 && isLetter(c)) return true;
    previous = c;
  }
  return false;
}

/** Whether a word has an accented Latin letter (é, à, ç…). */
function hasLatinAccent(word: string): boolean {
  // Some unit decomposes under NFD (é = e + ◌́), and the word has a Latin letter.
  let decomposes = false;
  for (let k = 0; k < word.length; k += 1) {
    const code = word.charCodeAt(k);
    if (code < 0xc0) continue;
    const kind = decomposition(code, word, k);
    if (kind === LATIN_DECOMPOSES) return true;
    if (kind === OTHER_DECOMPOSES) decomposes = true;
  }
  return decomposes && LATIN_RE.test(word);
}

const LATIN_RE = /\p{Script=Latin}/u;
const NOT_DECOMPOSED = 1;
const LATIN_DECOMPOSES = 2;
const OTHER_DECOMPOSES = 3;
// Per UTF-16 unit of the Basic Multilingual Plane: 0 unknown, else one of the kinds above.
const decompositions = new Uint8Array(65536);

function decomposition(code: number, word: string, index: number): number {
  if (code >= 0xd800 && code <= 0xdfff) {
    // A surrogate pair: decide on the whole character (not cached).
    const char = String.fromCodePoint(word.codePointAt(index) ?? code);
    return char.normalize('NFD') === char ? NOT_DECOMPOSED : LATIN_RE.test(char) ? LATIN_DECOMPOSES : OTHER_DECOMPOSES;
  }
  let kind = decompositions[code] as number;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = char.normalize('NFD') === char ? NOT_DECOMPOSED : LATIN_RE.test(char) ? LATIN_DECOMPOSES : OTHER_DECOMPOSES;
    decompositions[code] = kind;
  }
  return kind;
}

let memoSlots = 0;

/**
 * Reserves a slot in `NormToken.memo` (internal): a fact computed once per spelling and shared
 * by every token of that spelling, in every comment (while the spelling stays in the cache).
 *
 * @example
 * ```ts
 * const SLOT = memoSlot();
 * ```
 */
export function memoSlot(): number {
  memoSlots += 1;
  return memoSlots - 1;
}

/**
 * A fact about a token's spelling, computed once: `perSpelling(token, slot, (t) => …)`. The
 * computation must depend on `key`, `bare`, `squeezed`, `stretched`, `variants` or
 * `alphabetic` only — never on the token's position or original text (internal).
 *
 * @example
 * ```ts
 * const LONG = memoSlot();
 * perSpelling(token, LONG, (t) => t.bare.length > 8); //=> false for 'conseil'
 * ```
 */
export function perSpelling<T>(token: NormToken, slot: number, compute: (token: NormToken) => T): T {
  const memo = token.memo;
  if (slot < memo.length) {
    const known = memo[slot];
    if (known !== undefined) return known as T;
  }
  const value = compute(token);
  memo[slot] = value;
  return value;
}

/** The forms of a word that depend only on its folded spelling (internal). */
interface WordShape {
  readonly memo: unknown[];
  readonly key: string;
  readonly bare: string;
  readonly squeezed: string;
  readonly stretched: boolean;
  readonly variants: readonly string[];
  readonly alphabetic: boolean;
}

// Comments reuse the same words: each spelling is read once and kept in an open-addressing
// table keyed by the characters themselves, so that a known word costs no string at all
// (bounded: the table is emptied when full).
const TABLE_BITS = 17;
const TABLE_SIZE = 1 << TABLE_BITS;
const SHAPES_LIMIT = TABLE_SIZE >> 1;
const table = new Int32Array(TABLE_SIZE).fill(-1);
const spellings: string[] = [];
const spellingShapes: WordShape[] = [];

// Longer "words" (a pasted hash, a run of symbols) are read each time, never kept.
const LONGEST_KEPT = 64;

/** The shape of `folded[start, end)`, read once per spelling. */
function shapeAt(folded: string, start: number, end: number): WordShape {
  if (end - start > LONGEST_KEPT) return shapeOf(folded.slice(start, end));
  // FNV-1a over the UTF-16 units.
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k += 1) hash = Math.imul(hash ^ folded.charCodeAt(k), 0x01000193);
  const length = end - start;
  let slot = (hash >>> 0) & (TABLE_SIZE - 1);
  for (;;) {
    const index = table[slot] as number;
    if (index < 0) break;
    const known = spellings[index] as string;
    if (known.length === length) {
      let same = true;
      for (let k = 0; k < length && same; k += 1) same = known.charCodeAt(k) === folded.charCodeAt(start + k);
      if (same) return spellingShapes[index] as WordShape;
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  if (spellings.length >= SHAPES_LIMIT) {
    table.fill(-1);
    spellings.length = 0;
    spellingShapes.length = 0;
    return shapeAt(folded, start, end);
  }
  const word = folded.slice(start, end);
  const shape = shapeOf(word);
  table[slot] = spellings.length;
  spellings.push(word);
  spellingShapes.push(shape);
  return shape;
}

/** Reads the forms of one spelling. */
function shapeOf(word: string): WordShape {
  const { key, variants } = readLeet(word);
  const bare = stripInner(key);
  return {
    memo: [],
    key,
    bare,
    squeezed: squeeze(bare),
    stretched: hasTripleRun(bare),
    variants: variants.length === 0 && !key.includes('-') ? NO_VARIANTS : Object.freeze([...variants.map(stripInner), ...demonstrative(key)]),
    alphabetic: hasLetter(key),
  };
}

/** "sauvages-là", "gens-ci": the word without its demonstrative suffix. */
function demonstrative(key: string): string[] {
  if (!key.includes('-')) return [];
  const match = /^(.+)-(?:la|ci)$/u.exec(key);
  return match?.[1] ? [stripInner(match[1])] : [];
}

const INNER_RE = /['’.-]/gu;
/** The word without inner apostrophes, hyphens and dots. */
function stripInner(key: string): string {
  for (let k = 0; k < key.length; k += 1) {
    const code = key.charCodeAt(k);
    if (code === 39 || code === 45 || code === 46 || code === 0x2019) return key.replace(INNER_RE, '');
  }
  return key;
}

interface RawWord {
  readonly fStart: number;
  readonly fEnd: number;
}

/** A symbol (not a digit) read as a letter inside words (`@`, `$`, `!`, `|`, `+`, `€`…). */
function isLeetSymbol(code: number): boolean {
  return code < 128 ? LEET_ASCII[code] === 1 && (code < 48 || code > 57) : LEET_OTHER.has(code);
}

/** Finds words in the folded text: word characters with inner apostrophes or hyphens. */
function scanWords(folded: string): RawWord[] {
  const words: RawWord[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(folded, i)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      if (isWordCode(folded, j)) {
        j += 1;
        continue;
      }
      const d = folded.charCodeAt(j);
      if (d === 42) {
        // Masked letters: f***ing, c*lisse, and at the end of a word: f***, m****.
        let k = j;
        while (k < n && folded.charCodeAt(k) === 42) k += 1;
        if (k < n && isWordCode(folded, k) && k - j <= 4) j = k + 1;
        else {
          if (k - j <= 4 && hasLetter(folded.slice(i, j))) j = k;
          break;
        }
      } else if ((d === 39 || d === 0x2019 || d === 45) && j + 1 < n && isWordCode(folded, j + 1)) j += 2;
      else break;
    }
    let s = i;
    let e = j;
    // Symbols that only read as letters inside a word: trim them at the edges ("merci!", "@Marie").
    while (s < e && isLeetSymbol(folded.charCodeAt(s)) && folded.charCodeAt(s) !== 36) s += 1;
    while (e > s && isLeetSymbol(folded.charCodeAt(e - 1))) e -= 1;
    if (e > s) pushWithElision(words, folded, s, e);
    i = j;
  }
  return words;
}


function pushWithElision(words: RawWord[], folded: string, s: number, e: number): void {
  // An elision needs an apostrophe: most words have none and skip the pattern.
  let apostrophe = false;
  for (let k = s; k < e && !apostrophe; k += 1) {
    const code = folded.charCodeAt(k);
    apostrophe = code === 39 || code === 0x2019;
  }
  const elision = apostrophe ? ELISION_RE.exec(folded.slice(s, e)) : null;
  if (elision && elision[0].length < e - s) {
    const cut = s + elision[0].length;
    words.push({ fStart: s, fEnd: cut });
    words.push({ fStart: cut, fEnd: e });
    return;
  }
  words.push({ fStart: s, fEnd: e });
}

/**
 * Normalises a comment once for every classifier: NFKC, invisible characters removed,
 * homoglyphs mapped to Latin, lower case, accents folded, leetspeak read inside words, words
 * spelled by ear respelled (see `PHONETIC_SPELLINGS`, and `CONTEXT_SPELLINGS` for homophones read
 * by their neighbours), words split with offsets back to the original, and evasions rebuilt
 * (spaced or dotted letters, split words, stretched letters). Runs in linear time.
 *
 * @example
 * ```ts
 * const n = normalize('T A B A R N A K, c\u200bâl1sse!');
 * n.joined.map((t) => t.bare); //=> ['tabarnak', …]
 * n.tokens.at(-1)?.key; //=> 'calisse'
 * n.tokens.at(-1)?.text; //=> 'c\u200bâl1sse'
 * ```
 */
export function normalize(text: string): NormalizedText {
  if (typeof text !== 'string') inputError('text', '(input)', `expected a string, got ${describe(text)}`);
  // Pieces joined once at the end: cheaper than a long chain of concatenations on big inputs.
  const pieces: string[] = [];
  // Most comments fold one unit for one unit (é → e, upper → lower): their offsets need no map.
  // The maps are built from the first character that changes length, and only then.
  let startMap: number[] | null = null;
  let endMap: number[] | null = null;
  let foldedLength = 0;
  for (let offset = 0; offset < text.length; ) {
    const code = text.charCodeAt(offset);
    if (code < 128) {
      // A run of ASCII: only upper case changes, one unit for one unit.
      let runEnd = offset + 1;
      while (runEnd < text.length && text.charCodeAt(runEnd) < 128) runEnd += 1;
      pieces.push(text.slice(offset, runEnd).toLowerCase());
      if (startMap && endMap) {
        for (let k = offset; k < runEnd; k += 1) {
          startMap.push(k);
          endMap.push(k + 1);
        }
      }
      foldedLength += runEnd - offset;
      offset = runEnd;
      continue;
    }
    const low = offset + 1 < text.length ? text.charCodeAt(offset + 1) : 0;
    const width = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    const piece = foldChar(width === 1 ? text[offset] as string : text.slice(offset, offset + width));
    if (!startMap && (width !== 1 || piece.length !== 1)) {
      // Until here, folded unit k came from original unit k.
      startMap = [];
      endMap = [];
      for (let k = 0; k < foldedLength; k += 1) {
        startMap.push(k);
        endMap.push(k + 1);
      }
    }
    if (startMap && endMap) {
      for (let k = 0; k < piece.length; k += 1) {
        startMap.push(offset);
        endMap.push(offset + width);
      }
    }
    pieces.push(piece);
    foldedLength += piece.length;
    offset += width;
  }
  let folded = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
  let raw = scanWords(folded);
  // Words spelled by ear ("ki", "cé") are read as the words they stand for; rare, so the text is
  // rebuilt only when one is there.
  const respelled = respell(text, folded, raw, startMap, endMap);
  if (respelled) {
    ({ folded, starts: startMap, ends: endMap } = respelled);
    raw = scanWords(folded);
  }

  const tokens: NormToken[] = raw.map((w, index) => {
    const shape = shapeAt(folded, w.fStart, w.fEnd);
    const [start, end] = spanOf(w, startMap, endMap);
    const written = text.slice(start, end);
    // A respelled word keeps no accented form: "cé" read as "c'est" is neither "c'" nor "est" with an accent.
    const accented = respelled?.edited[w.fStart] !== 1 && hasLatinAccent(written) ? lettersOnly(stripInner(unmaskScripts(written.toLowerCase()))) : '';
    return makeToken(written, start, end, shape, accented, 'word', index, index);
  });

  const { joined, pairs } = joinEvasions(text, folded, raw, tokens);
  return { original: text, folded, starts: startMap, ends: endMap, tokens, joined, pairs };
}

// An accented spelling is compared with the lists' only when it is all Latin letters:
// "inc0mpétente" and "incоmpétent" (a Cyrillic о) are read through their disguise, and their
// accents prove nothing.
const LETTERS_ONLY_RE = /^\p{Script=Latin}+$/u;
const lettersOnly = (word: string): string => (LETTERS_ONLY_RE.test(word) ? word : '');

/** Where a word of the folded text stands in the original, through the maps when there are any. */
function spanOf(w: RawWord, startMap: readonly number[] | null, endMap: readonly number[] | null): [number, number] {
  const start = startMap ? startMap[w.fStart] ?? 0 : w.fStart;
  return [start, endMap ? endMap[w.fEnd - 1] ?? start : w.fEnd];
}

// The accented spellings as the folded text shows them ("cé" → "ce"): only those words are
// looked up again in the original, where the accent tells them from the real word.
const ACCENTED_FOLDED: ReadonlySet<string> = new Set([...ACCENTED_SPELLINGS.keys()].map(foldKey));
const RESPELLED_KEYS = [...PHONETIC_SPELLINGS.keys(), ...ACCENTED_SPELLINGS.keys(), ...CONTEXT_SPELLINGS.keys()];
// Length and first unit of every respelled word: most words of a text are neither and cost one
// set lookup, no string.
const RESPELL_SHAPES = new Set(RESPELLED_KEYS.map((k) => k.length * 65536 + k.charCodeAt(0)));
const CONTEXT_BEFORE = new Map([...CONTEXT_SPELLINGS].map(([word, s]) => [word, new Set(s.before ?? [])]));
const CONTEXT_AFTER = new Map([...CONTEXT_SPELLINGS].map(([word, s]) => [word, new Set(s.after ?? [])]));

/** The folded word `w` of the text, or '' past either end. */
const wordAt = (folded: string, w: RawWord | undefined): string => (w ? folded.slice(w.fStart, w.fEnd) : '');

/**
 * The folded text with every word spelled by ear replaced by the words it stands for, with maps
 * back to the original (each unit of a replacement maps to the whole word), or null when no word
 * needs it. `edited` marks the replaced units.
 */
function respell(
  text: string,
  folded: string,
  raw: readonly RawWord[],
  startMap: readonly number[] | null,
  endMap: readonly number[] | null,
): { folded: string; starts: number[]; ends: number[]; edited: Uint8Array } | null {
  let edits: { from: number; to: number; by: string }[] | undefined;
  for (let i = 0; i < raw.length; i += 1) {
    const w = raw[i] as RawWord;
    if (!RESPELL_SHAPES.has((w.fEnd - w.fStart) * 65536 + folded.charCodeAt(w.fStart))) continue;
    const word = folded.slice(w.fStart, w.fEnd);
    let by = PHONETIC_SPELLINGS.get(word);
    if (by === undefined && ACCENTED_FOLDED.has(word)) {
      const [start, end] = spanOf(w, startMap, endMap);
      by = ACCENTED_SPELLINGS.get(text.slice(start, end).toLowerCase());
    }
    const context = by === undefined ? CONTEXT_SPELLINGS.get(word) : undefined;
    if (context && (CONTEXT_BEFORE.get(word)?.has(wordAt(folded, raw[i - 1])) === true || CONTEXT_AFTER.get(word)?.has(wordAt(folded, raw[i + 1])) === true)) {
      by = context.by;
    }
    if (by !== undefined) (edits ??= []).push({ from: w.fStart, to: w.fEnd, by });
  }
  if (!edits) return null;
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const marks: number[] = [];
  const startOf = (k: number): number => (startMap ? startMap[k] ?? 0 : k);
  const endOf = (k: number): number => (endMap ? endMap[k] ?? k + 1 : k + 1);
  let at = 0;
  const keep = (to: number): void => {
    pieces.push(folded.slice(at, to));
    for (let k = at; k < to; k += 1) {
      starts.push(startOf(k));
      ends.push(endOf(k));
      marks.push(0);
    }
  };
  for (const edit of edits) {
    keep(edit.from);
    pieces.push(edit.by);
    const start = startOf(edit.from);
    const end = endOf(edit.to - 1);
    for (let k = 0; k < edit.by.length; k += 1) {
      starts.push(start);
      ends.push(end);
      marks.push(1);
    }
    at = edit.to;
  }
  keep(folded.length);
  return { folded: pieces.join(''), starts, ends, edited: Uint8Array.from(marks) };
}

/**
 * The span of the original text that `folded[from, to)` comes from (`to > from`).
 *
 * @example
 * ```ts
 * const n = normalize('ﬁn du Ｔest');
 * const at = n.folded.indexOf('test');
 * originalSpan(n, at, at + 4); //=> [6, 10]
 * ```
 */
export function originalSpan(text: NormalizedText, from: number, to: number): [number, number] {
  if (!text.starts || !text.ends) return [from, to];
  const start = text.starts[from] ?? 0;
  return [start, text.ends[to - 1] ?? start];
}

/**
 * Greek and Cyrillic look-alikes read as the Latin letters they imitate, accents kept ("tаrés" →
 * "tarés"), and invisible characters dropped ("cr\u200bétins" → "crétins").
 */
function unmaskScripts(word: string): string {
  let out = '';
  for (const c of word) {
    if (c.charCodeAt(0) < 0xad) out += c;
    else if (!isInvisible(c)) out += c.charCodeAt(0) >= 0x370 ? (HOMOGLYPHS[c] ?? c) : c;
  }
  return out;
}

function gapIsSpacing(folded: string, from: number, to: number, max: number): boolean {
  if (to - from > max || to <= from) return false;
  for (let k = from; k < to; k += 1) if (!SPACING.has(folded[k] ?? '')) return false;
  return true;
}

function makeJoined(text: string, pieces: readonly NormToken[], origin: 'spaced'): NormToken {
  const firstToken = pieces[0] as NormToken;
  const lastToken = pieces[pieces.length - 1] as NormToken;
  const bare = pieces.map((p) => p.bare).join('');
  const shape: WordShape = { memo: [], key: bare, bare, squeezed: squeeze(bare), stretched: hasTripleRun(bare), variants: NO_VARIANTS, alphabetic: true };
  return makeToken(text.slice(firstToken.start, lastToken.end), firstToken.start, lastToken.end, shape, '', origin, firstToken.first, lastToken.last);
}

/**
 * Every token is built here, with its fields in one order and of one kind: one hidden class for
 * all tokens keeps the matcher's property reads monomorphic.
 */
function makeToken(
  text: string,
  start: number,
  end: number,
  shape: WordShape,
  accented: string,
  origin: NormToken['origin'],
  first: number,
  last: number,
): NormToken {
  return {
    text,
    start,
    end,
    key: shape.key,
    bare: shape.bare,
    accented,
    squeezed: shape.squeezed,
    stretched: shape.stretched,
    variants: shape.variants,
    alphabetic: shape.alphabetic,
    origin,
    first,
    last,
    memo: shape.memo,
  };
}

/** Rebuilds words split by spacing: runs of single letters; and finds pairs of short pieces. */
function joinEvasions(
  text: string,
  folded: string,
  raw: readonly RawWord[],
  tokens: readonly NormToken[],
): { joined: NormToken[]; pairs: number[] } {
  const joined: NormToken[] = [];
  const pairs: number[] = [];
  let run: NormToken[] = [];
  // The separator between the first two letters of a run: a different one with a comma in it
  // ("m e r d e, c r i s s e") ends the word.
  let runGap = '';
  // Where a wider gap than the run's stands ("v o t e z   B é l a n g e r"): the run is a phrase,
  // and each of its words is rebuilt too.
  let breaks: number[] = [];
  const flush = (): void => {
    if (run.length >= 3) joined.push(makeJoined(text, run, 'spaced'));
    if (breaks.length > 0) {
      const bounds = [0, ...breaks, run.length];
      for (let b = 1; b < bounds.length; b += 1) {
        const word = run.slice(bounds[b - 1], bounds[b]);
        if (word.length >= 3) joined.push(makeJoined(text, word, 'spaced'));
      }
    }
    run = [];
    runGap = '';
    breaks = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as NormToken;
    const single = token.bare.length === 1;
    if (single) {
      const previousRaw = raw[i - 1];
      const currentRaw = raw[i] as RawWord;
      if (run.length > 0 && previousRaw) {
        const gap = folded.slice(previousRaw.fEnd, currentRaw.fStart);
        if (!gapIsSpacing(folded, previousRaw.fEnd, currentRaw.fStart, 3)) flush();
        else if (run.length === 1) runGap = gap;
        else if (gap !== runGap && (gap.includes(',') || runGap.includes(','))) flush();
        else if (gap.length >= runGap.length + 2) breaks.push(run.length);
      }
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  for (let i = 1; i < tokens.length; i += 1) {
    const a = tokens[i - 1] as NormToken;
    const b = tokens[i] as NormToken;
    const ra = raw[i - 1] as RawWord;
    const rb = raw[i] as RawWord;
    if (!a.alphabetic || !b.alphabetic) continue;
    if (a.bare.length < 2 || b.bare.length < 2 || a.bare.length > 6 || b.bare.length > 6) continue;
    if (!gapIsSpacing(folded, ra.fEnd, rb.fStart, 2)) continue;
    pairs.push(i);
  }
  return { joined, pairs };
}

/**
 * The first unit of the folded text that comes from `offset` of the original or after it
 * (`folded.length` when none does).
 *
 * @example
 * ```ts
 * const n = normalize('ﬁn du test');
 * foldedOffset(n, 6); //=> 7
 * ```
 */
export function foldedOffset(text: NormalizedText, offset: number): number {
  const starts = text.starts;
  if (!starts) return Math.max(0, Math.min(offset, text.folded.length));
  return firstAtOrAfter(starts, offset);
}

/**
 * In a list sorted in ascending order, the index of the first value at or after `value`
 * (`list.length` when none is) — a binary search (internal).
 *
 * @example
 * ```ts
 * firstAtOrAfter([0, 4, 9], 5); //=> 2
 * ```
 */
export function firstAtOrAfter(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
