/**
 * Words spelled by ear, read as the standard words they stand for (data). Keys are folded (lower
 * case, no accents); values are what the classifiers' patterns are written for. Only spellings
 * that are not words of their own in French or English are listed: "ki" is always "qui", while
 * "ce" and "me" are real words (their spelled-by-ear forms carry an accent: see
 * {@link ACCENTED_SPELLINGS}).
 *
 * @example
 * ```ts
 * PHONETIC_SPELLINGS.get('kil'); //=> "qu'il"
 * ```
 */
export const PHONETIC_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['ki', 'qui'], ['kil', "qu'il"], ['kils', "qu'ils"], ['kel', 'quel'], ['kels', 'quels'], ['kelle', 'quelle'],
  ['kelles', 'quelles'], ['ke', 'que'], ['koi', 'quoi'], ['kan', 'quand'], ['pkoi', 'pourquoi'], ['pourkoi', 'pourquoi'],
  ['jve', 'je vais'], ['jvais', 'je vais'], ['jvas', 'je vais'], ['pi', 'pis'], ['jai', "j'ai"], ['jsuis', 'je suis'],
  ['parsque', 'parce que'], ['parske', 'parce que'],
  // "c't'un cave", "st'un cave": c'est un.
  ...["'", '’'].flatMap((a): [string, string][] => [
    [`t${a}un`, 'est un'], [`t${a}une`, 'est une'], [`st${a}un`, "c'est un"], [`st${a}une`, "c'est une"], [`ct${a}un`, "c'est un"],
  ]),
  // English texting.
  ['ur', 'your'], ['ppl', 'people'],
]);

/**
 * Spellings by ear that differ from a real word only by an accent: "cé" is "c'est", but "ce" is
 * a word (data). Keys are lower case with the accent.
 *
 * @example
 * ```ts
 * ACCENTED_SPELLINGS.get('cé'); //=> "c'est"
 * ```
 */
export const ACCENTED_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['cé', "c'est"], ['cè', "c'est"], ['mé', 'mais'],
]);

/**
 * A real word that dictation, autocorrect or spelling by ear puts for another one, read as that
 * other word only where the real word cannot stand: after one of `before`, or before one of
 * `after` (folded words).
 *
 * @example
 * ```ts
 * const s: ContextSpelling = { by: 'maire', before: ['le'] };
 * ```
 */
export interface ContextSpelling {
  readonly by: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

/**
 * Homophones read by their neighbours (data): "le mer" is the mayor (the sea is "la mer"), "ces
 * un crosseur" is "c'est un…" ("ces" never comes before "un"), "sa fait" is "ça fait" (values are folded).
 *
 * @example
 * ```ts
 * CONTEXT_SPELLINGS.get('mer')?.by; //=> 'maire'
 * ```
 */
export const CONTEXT_SPELLINGS: ReadonlyMap<string, ContextSpelling> = new Map<string, ContextSpelling>([
  ['mer', { by: 'maire', before: ['le', 'au', 'du', 'notre', 'votre', 'cher'] }],
  ['ces', {
    by: "c'est",
    after: ['un', 'une', 'pas', 'sur', 'ca', 'toujours', 'juste', 'vrai', 'correct', 'le', 'plate', 'beau', 'bon', 'quoi', 'trop', 'assez',
      'tellement', 'vraiment', 'encore', 'rendu', 'comme', 'normal', 'certain', 'clair', 'niaiseux', 'ridicule'],
  }],
  ['sa', { by: 'ca', after: ['fait', 'va', 'prend', 'coute', 'sert', 'marche', 'donne', 'pas', 'me', 'te', 'se', 'doit', 'peut', 'serait', 'aurait', 'suffit', 'presse'] }],
]);
