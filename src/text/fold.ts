import { describe, inputError } from '../errors.js';

/**
 * Removes accents and diacritics from Latin letters, keeping one character per character
 * (é→e, ç→c, œ stays œ). Lower-cases nothing: combine with `toLowerCase()` as needed.
 *
 * @example
 * ```ts
 * foldAccents('Câlisse, député, Québec'); //=> 'Calisse, depute, Quebec'
 * ```
 */
export function foldAccents(text: string): string {
  if (typeof text !== 'string') inputError('text', '(input)', `expected a string, got ${describe(text)}`);
  let out = '';
  for (const char of text) {
    const cached = FOLD_CACHE.get(char);
    if (cached !== undefined) {
      out += cached;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    const folded = base.length === 1 || base.length === char.length ? base : char;
    FOLD_CACHE.set(char, folded);
    out += folded;
  }
  return out;
}

const FOLD_CACHE = new Map<string, string>();

/**
 * Lower-cases and removes accents: the key used to look words up in lexicons.
 *
 * @example
 * ```ts
 * foldKey('ÉCOLE'); //=> 'ecole'
 * ```
 */
export function foldKey(text: string): string {
  if (typeof text !== 'string') inputError('text', '(input)', `expected a string, got ${describe(text)}`);
  return foldAccents(text.toLowerCase());
}
