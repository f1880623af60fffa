import { describe, inputError } from '../errors.js';
import { foldKey } from './fold.js';

/**
 * A word of a text, with where it stands in that text.
 *
 * @example
 * ```ts
 * const t: Token = { text: 'Québec', lower: 'québec', folded: 'quebec', start: 0, end: 6 };
 * ```
 */
export interface Token {
  /** The word as written. */
  readonly text: string;
  /** Lower-cased, accents kept. */
  readonly lower: string;
  /** Lower-cased, accents removed. */
  readonly folded: string;
  /** Offset of the first UTF-16 unit in the text. */
  readonly start: number;
  /** Offset just after the last UTF-16 unit. */
  readonly end: number;
}

// A word: letters or digits, with inner apostrophes or hyphens (aujourd'hui, Anne-Sophie, COVID-19).
// Elided articles (l', d', j', qu') are split from the word that follows.
const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** An elided article or pronoun at the start of a word: l', d', j', qu', jusqu'… (internal, shared with the normaliser). */
export const ELISION_RE = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/iu;

/**
 * Splits a text into words with their offsets. Apostrophes of elision are split off
 * (`l'eau` → `l'`, `eau`); hyphenated words and words with digits stay whole.
 *
 * @example
 * ```ts
 * tokenize("L'aréna est fermé").map((t) => t.folded); //=> ["l'", 'arena', 'est', 'ferme']
 * ```
 */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') inputError('text', '(input)', `expected a string, got ${describe(text)}`);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const start = match.index;
    let word = match[0];
    let offset = start;
    const elision = ELISION_RE.exec(word);
    if (elision && elision[0].length < word.length) {
      const head = elision[0];
      tokens.push(makeToken(head, offset));
      offset += head.length;
      word = word.slice(head.length);
    }
    tokens.push(makeToken(word, offset));
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  const lower = text.toLowerCase();
  return { text, lower, folded: foldKey(text).replace(/’/gu, "'"), start, end: start + text.length };
}
