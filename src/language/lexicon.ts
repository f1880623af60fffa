// The detector's word table, built once at module load from the data lists (internal).
import { foldKey } from '../text/index.js';
import { ANGLICISMS } from './data/anglicisms.js';
import { ENGLISH_ALWAYS_CAPITALIZED, ENGLISH_WORDS } from './data/english.js';
import { FRENCH_WORDS, QUEBEC_WORDS } from './data/french.js';
import { NAME_PARTICLES, PLACE_WORDS, SAINT_PREFIXES } from './data/places.js';
import { COMMUNITY_WORDS, GERMAN_WORDS, ITALIAN_WORDS, PORTUGUESE_WORDS, SPANISH_WORDS } from './data/romance.js';
import { TOLERATED_TECH_TERMS } from './data/technical.js';

/**
 * What one folded word says about the language of its text (internal).
 *
 * @example
 * ```ts
 * const e: WordEvidence = { fr: 0.5, en: 0.5, other: 0, weakEn: 0, kind: 'word' }; // `plus`
 * ```
 */
export interface WordEvidence {
  /** Weight given to French (0–1). */
  readonly fr: number;
  /** Weight given to English (0–1). */
  readonly en: number;
  /** Weight given to Spanish, Italian or Portuguese (0–1). */
  readonly other: number;
  /** Weak English weight of an anglicism (counts only when nothing else speaks). */
  readonly weakEn: number;
  /** `word` for ordinary words, `anglicism` and `tech` for the neutral classes. */
  readonly kind: 'word' | 'anglicism' | 'tech';
}

/**
 * Weak English weight of an anglicism alone (`Nice!`, `Cool`).
 *
 * @example
 * ```ts
 * ANGLICISM_WEAK_WEIGHT; //=> 0.25
 * ```
 */
export const ANGLICISM_WEAK_WEIGHT = 0.25;

function foldAll(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => foldKey(word).replace(/’/gu, "'")));
}

function buildWordTable(): Map<string, WordEvidence> {
  const fr = foldAll([...FRENCH_WORDS, ...QUEBEC_WORDS]);
  const en = foldAll(ENGLISH_WORDS);
  const other = foldAll([...SPANISH_WORDS, ...ITALIAN_WORDS, ...PORTUGUESE_WORDS, ...GERMAN_WORDS, ...COMMUNITY_WORDS]);
  const table = new Map<string, WordEvidence>();
  for (const word of new Set([...fr, ...en, ...other])) {
    const isFr = fr.has(word);
    const isEn = en.has(word);
    const isOther = other.has(word);
    const share = 1 / (Number(isFr) + Number(isEn) + Number(isOther));
    table.set(word, {
      fr: isFr ? share : 0,
      en: isEn ? share : 0,
      other: isOther ? share : 0,
      weakEn: 0,
      kind: 'word',
    });
  }
  // Single-word anglicisms: neutral inside French, weak English on their own. A word that is
  // also plain French (none by design) keeps its French weight.
  for (const entry of ANGLICISMS) {
    for (const form of entry.forms) {
      if (form.includes(' ')) continue;
      const key = foldKey(form);
      if (fr.has(key)) continue;
      table.set(key, { fr: 0, en: 0, other: 0, weakEn: ANGLICISM_WEAK_WEIGHT, kind: 'anglicism' });
    }
  }
  for (const term of TOLERATED_TECH_TERMS) {
    table.set(foldKey(term), { fr: 0, en: 0, other: 0, weakEn: 0, kind: 'tech' });
  }
  return table;
}

/**
 * Folded word → evidence (built once).
 *
 * @example
 * ```ts
 * WORD_TABLE.get('merci')?.fr; //=> 1
 * ```
 */
export const WORD_TABLE: ReadonlyMap<string, WordEvidence> = buildWordTable();

/**
 * English words that keep their capital inside a sentence (`I`, `Monday`).
 *
 * @example
 * ```ts
 * ALWAYS_CAPITALIZED.has('monday'); //=> true
 * ```
 */
export const ALWAYS_CAPITALIZED: ReadonlySet<string> = foldAll(ENGLISH_ALWAYS_CAPITALIZED);

/**
 * Words that open a French place name (`rue`, `chemin`, `boulevard`).
 *
 * @example
 * ```ts
 * PLACE_WORD_SET.has('rue'); //=> true
 * ```
 */
export const PLACE_WORD_SET: ReadonlySet<string> = foldAll(PLACE_WORDS);

/**
 * Particles inside French names (`de`, `la`, `du`).
 *
 * @example
 * ```ts
 * PARTICLE_SET.has('la'); //=> true
 * ```
 */
export const PARTICLE_SET: ReadonlySet<string> = foldAll(NAME_PARTICLES);

/**
 * Saint prefixes of hyphenated place names (`saint`, `st`, `ste`).
 *
 * @example
 * ```ts
 * SAINT_PREFIX_SET.has('st'); //=> true
 * ```
 */
export const SAINT_PREFIX_SET: ReadonlySet<string> = foldAll(SAINT_PREFIXES);
