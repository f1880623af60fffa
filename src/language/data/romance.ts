// Markers of Spanish, Italian and Portuguese (folded): frequent words of those languages that
// are not French or English words. A Spanish or Italian comment is `other`, never French, even
// though the three languages share `la`, `de`, `que` or `en` with French.

/** Frequent Spanish words that are neither French nor English (folded). *
 *
 * @example
 * ```ts
 * SPANISH_WORDS.includes('gracias'); //=> true
 * ```
 */
export const SPANISH_WORDS: readonly string[] = [
  'el', 'los', 'las', 'una', 'casa', 'su', 'sus', 'unos', 'unas', 'del', 'al', 'muy', 'pero', 'porque', 'por', 'para', 'como',
  'esta', 'estan', 'esto', 'este', 'estos', 'estas', 'estoy', 'estamos', 'ser', 'soy', 'somos', 'son', 'fue',
  'hay', 'hace', 'hacer', 'tiene', 'tengo', 'tienen', 'puede', 'pueden', 'quiero', 'necesito', 'gracias',
  'hola', 'buenos', 'buenas', 'bueno', 'buena', 'dias', 'tardes', 'noches', 'tambien', 'donde', 'cuando',
  'cual', 'quien', 'todo', 'todos', 'nada', 'ahora', 'aqui', 'alli', 'usted', 'ustedes', 'nosotros', 'ellos',
  'ellas', 'yo', 'mucho', 'muchas', 'muchos', 'senor', 'senora', 'calle', 'ciudad', 'favor', 'ayuda', 'mas',
  'hoy', 'manana', 'ayer', 'sin', 'sobre', 'tiempo', 'gente', 'cosa', 'algo', 'siempre', 'nunca', 'mejor',
  'despues', 'entonces', 'tambien', 'solo', 'hasta', 'desde', 'cerrado', 'cerrada', 'abierto', 'abierta',
  'agua', 'informacion', 'pregunta', 'gusto', 'saludos', 'adios', 'claro', 'vale', 'nieve', 'ninos', 'bien', 'bonito', 'bonita', 'lindo', 'linda', 'hermoso', 'hermosa', 'feliz',
  'navidad', 'dios', 'mio', 'mia', 'felicidades', 'felicitaciones', 'se',
  'y', 'o', 'no', 'que', 'de', 'la', 'en', 'si', 'un', 'mi', 'tu', 'me', 'lo', 'le', 'es',
];

/** Frequent Italian words that are neither French nor English (folded). *
 *
 * @example
 * ```ts
 * ITALIAN_WORDS.includes('grazie'); //=> true
 * ```
 */
export const ITALIAN_WORDS: readonly string[] = [
  'il', 'gli', 'della', 'delle', 'degli', 'dello', 'nella', 'nelle', 'nel', 'sul', 'sulla', 'alla', 'alle',
  'dal', 'dalla', 'una', 'uno', 'sono', 'siamo', 'sei', 'e', 'ho', 'hai', 'abbiamo', 'hanno', 'molto', 'molta',
  'anche', 'perche', 'questo', 'questa', 'quello', 'quella', 'sempre', 'ancora', 'tutto', 'tutti', 'essere',
  'fatto', 'fare', 'che', 'chi', 'cosa', 'dove', 'quando', 'allora', 'prego', 'grazie', 'ciao', 'buongiorno',
  'buonasera', 'bene', 'bello', 'bella', 'lei', 'loro', 'noi', 'voi', 'io', 'oggi', 'domani', 'ieri', 'strada',
  'citta', 'acqua', 'chiuso', 'chiusa', 'aperto', 'aperta', 'grande', 'piccolo', 'tempo', 'niente', 'qualcosa',
  'perfetto', 'arrivederci', 'scusi', 'scusa', 'per', 'con',  'di', 'da', 'la', 'le', 'un', 'mi',
  'ti', 'si', 'se', 'tu', 'piu', 'solo', 'comune', 'informazioni', 'domanda', 'neve', 'bellissimo', 'bellissima', 'complimenti',
  'auguri', 'buon', 'buona', 'vorrei', 'sapere',
];

/** Frequent Portuguese words that are neither French nor English (folded). *
 *
 * @example
 * ```ts
 * PORTUGUESE_WORDS.includes('obrigado'); //=> true
 * ```
 */
export const PORTUGUESE_WORDS: readonly string[] = [
  'obrigado', 'obrigada', 'ola', 'voce', 'voces', 'nao', 'sim', 'muito', 'muita', 'muitos', 'tambem', 'esta',
  'estou', 'estamos', 'sao', 'com', 'uma', 'isso', 'isto', 'aqui', 'onde', 'quando', 'porque', 'pelo', 'pela',
  'pelos', 'pelas', 'os', 'ao', 'aos', 'da', 'das', 'na', 'nas', 'num', 'numa', 'ele', 'ela', 'eles', 'elas',
  'bom', 'boa', 'dia', 'tarde', 'noite', 'tudo', 'bem', 'ainda', 'depois', 'mesmo', 'pode', 'tem', 'temos',
  'fazer', 'rua', 'cidade', 'agua', 'fechado', 'fechada', 'aberto', 'aberta', 'entao', 'agora', 'hoje', 'amanha',
  'ontem', 'gente', 'coisa', 'nada', 'sempre', 'nunca', 'melhor', 'informacao', 'pergunta', 'para', 'por',
  'mas', 'como', 'de', 'do', 'dos', 'e', 'o', 'a', 'que', 'no', 'em', 'um', 'se', 'eu', 'meu', 'minha',
  'seu', 'sua', 'neve', 'ajuda', 'favor', 'tchau', 'parabens', 'lindo', 'linda', 'gostaria',
  'saber', 'posso',
];

/**
 * Frequent German words that are neither French nor English (folded): German comments are
 * `other` too.
 *
 * @example
 * ```ts
 * GERMAN_WORDS.includes('danke'); //=> true
 * ```
 */
export const GERMAN_WORDS: readonly string[] = [
  'und', 'ist', 'nicht', 'ich', 'wir', 'ihr', 'sie', 'danke', 'bitte', 'guten', 'heute', 'sehr', 'schon',
  'gut', 'auch', 'noch', 'oder', 'aber', 'mit', 'von', 'dem', 'ein', 'eine', 'einen', 'der', 'das', 'sind',
  'haben', 'hat', 'wie', 'wo', 'wann', 'warum', 'geoffnet', 'geschlossen', 'morgen', 'stadt', 'strasse',
  'vielen', 'dank', 'fur', 'gibt', 'wird', 'kann', 'zum', 'zur', 'bei',
];

/**
 * Frequent words of languages spoken in Québec towns besides French and English — Haitian
 * Creole, Tagalog, Innu and Anishinaabe thanks — that are neither French nor English (folded).
 *
 * @example
 * ```ts
 * COMMUNITY_WORDS.includes('mesi'); //=> true
 * ```
 */
export const COMMUNITY_WORDS: readonly string[] = [
  // Haitian Creole
  'mwen', 'konprann', 'poukisa', 'toujou', 'femen', 'mesi', 'anpil', 'travay', 'moun', 'lari', 'bonjou', 'bonswa', 'kijan',
  'kounye', 'bagay', 'lekol', 'timoun', 'zanmi', 'rele', 'manje', 'bezwen', 'konnen', 'vle', 'tanpri', 'anko', 'jodi',
  'demen', 'lapli', 'dlo', 'lajan', 'kisa', 'kote', 'gade', 'ede', 'fanmi', 'mache', 'ouvri', 'louvri', 'kile', 'pisin',
  'lekòl', 'fèmen', 'kounya', 'sèvis', 'sevis',
  // Tagalog
  'ang', 'ng', 'mga', 'po', 'opo', 'salamat', 'kailan', 'saan', 'ano', 'ito', 'ako', 'kayo', 'tayo', 'maraming',
  'bubuksan', 'sarado', 'bukas', 'hindi', 'naman', 'magandang', 'umaga', 'gabi', 'araw', 'paano', 'bakit', 'tubig',
  // Arabic written in Latin letters (Maghrebi and Levantine forms; "salam" is left out: it
  // greets in French comments too)
  'shukran', 'choukran', 'chokran', 'ktir', 'kteer', 'bzaf', 'bezzaf', 'inshallah', 'inchallah', 'mashallah', 'hamdoulah',
  'hamdoullah', 'hamdullah', 'alikoum', 'aleikoum', 'alaikum', 'kifach', 'kifash', 'wach', 'bghit', 'wlidi', 'yalla',
  'habibi', 'khouya', 'sahbi', 'nsajel',
  // Thanks and greetings in Indigenous languages of Québec
  'miigwech', 'meegwetch', 'kwe', 'kwei', 'niawen', 'tshinashkumitin', 'wliwni', 'nakurmiik',
];
