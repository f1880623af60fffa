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
  ['jve', 'je vais'], ['jvais', 'je vais'], ['jvas', 'je vais'], ['pi', 'pis'],
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
