// Words of French place names (street types, landmarks, saints) and the particles that join
// the words of a name. In an English sentence, `rue Principale`, `chemin de la Baie` or
// `Saint-Jean` name a place: they must not make the text French. Folded forms.

/**
 * Generic words that start a French place name (street types, landmarks).
 *
 * @example
 * ```ts
 * PLACE_WORDS.includes('chemin'); //=> true
 * ```
 */
export const PLACE_WORDS: readonly string[] = [
  'rue', 'chemin', 'ch', 'boulevard', 'boul', 'blvd', 'avenue', 'av', 'ave', 'rang', 'route', 'montee', 'cote',
  'place', 'parc', 'lac', 'riviere', 'pont', 'impasse', 'croissant', 'promenade', 'terrasse', 'carre', 'allee',
  'sentier', 'piste', 'plage', 'marina', 'quai', 'ile', 'pointe', 'baie', 'mont', 'centre', 'hotel', 'ville',
  'salle', 'arena', 'ecole', 'polyvalente', 'bibliotheque', 'eglise', 'cegep', 'pavillon', 'domaine',
];

/**
 * Saint prefixes of place names (`Saint-Jean`, `Ste-Anne`, `St-Félix`).
 *
 * @example
 * ```ts
 * SAINT_PREFIXES.includes('ste'); //=> true
 * ```
 */
export const SAINT_PREFIXES: readonly string[] = ['saint', 'sainte', 'st', 'ste', 'saints', 'saintes'];

/**
 * Particles inside French names (`de la`, `du`, `des`, `l’`).
 *
 * @example
 * ```ts
 * NAME_PARTICLES.includes('du'); //=> true
 * ```
 */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'a', 'au', 'aux', 'sur', 'en', 'et',
];
