import type { LexiconEntry } from '../../text/lexicon.js';

/** Categories of the netiquette word lists. */
export type NetiquetteCategory =
  | 'sacre'
  | 'vulgar'
  | 'sexual'
  | 'insult'
  | 'insult-weak'
  | 'slur'
  | 'violent'
  | 'threat'
  | 'campaign'
  | 'proselytism'
  | 'sexist'
  | 'hate'
  | 'disrespect'
  | 'abuse'
  | 'innuendo'
  | 'spam'
  | 'petition'
  | 'piracy'
  | 'illegal'
  | 'privacy'
  | 'sensitive'
  | 'accusation'
  | 'group'
  | 'derogatory'
  | 'harmless';

/** A netiquette word-list entry. */
export type NetiquetteEntry = LexiconEntry<NetiquetteCategory>;

/** Builds entries of one category from a list of terms (data helper). */
export function entries(
  category: NetiquetteCategory,
  terms: readonly string[],
  extra: Omit<NetiquetteEntry, 'term' | 'category'> = {},
): NetiquetteEntry[] {
  return terms.map((term) => ({ term, category, ...extra }));
}
