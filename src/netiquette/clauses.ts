/**
 * The sixteen kinds of comment a municipal netiquette removes (La Sarre §5.5), in the order
 * the policy lists them.
 *
 * @example
 * ```ts
 * CLAUSE_IDS.length; //=> 16
 * CLAUSE_IDS[0]; //=> 'privacy'
 * ```
 */
export const CLAUSE_IDS = [
  'privacy',
  'insult',
  'discrimination',
  'defamation',
  'objectionable',
  'aggressive-language',
  'spam',
  'repetition',
  'off-topic',
  'copyright',
  'illegal-activity',
  'petition',
  'personal-information',
  'inappropriate',
  'all-caps',
  'anonymous',
] as const;

/**
 * One netiquette clause id.
 *
 * @example
 * ```ts
 * const clause: ClauseId = 'insult';
 * ```
 */
export type ClauseId = (typeof CLAUSE_IDS)[number];

const CLAUSE_SET: ReadonlySet<string> = new Set(CLAUSE_IDS);

/**
 * Whether a value is one of the 16 clause ids (internal).
 *
 * @example
 * ```ts
 * isClauseId('insult'); //=> true
 * isClauseId('rudeness'); //=> false
 * ```
 */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && CLAUSE_SET.has(value);
}

/**
 * Sub-categories of the `objectionable` clause.
 *
 * @example
 * ```ts
 * OBJECTIONABLE_SUBCATEGORIES.includes('political'); //=> true
 * ```
 */
export const OBJECTIONABLE_SUBCATEGORIES = [
  'political',
  'religious',
  'hateful',
  'sexist',
  'indecent',
  'obscene',
  'abusive',
  'racist',
  'homophobic',
  'xenophobic',
  'disrespectful',
] as const;

/**
 * Sub-category of an `objectionable` finding.
 *
 * @example
 * ```ts
 * const sub: ObjectionableSubcategory = 'political';
 * ```
 */
export type ObjectionableSubcategory = (typeof OBJECTIONABLE_SUBCATEGORIES)[number];

/**
 * Text in both languages the library writes in.
 *
 * @example
 * ```ts
 * const b: Bilingual = { fr: 'Bonjour', en: 'Hello' };
 * ```
 */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/**
 * What the library knows of a clause, apart from how it is detected.
 *
 * @example
 * ```ts
 * const info: ClauseInfo = clauses.spam;
 * info.textDetectable; //=> true
 * ```
 */
export interface ClauseInfo {
  readonly id: ClauseId;
  /** Short title. */
  readonly title: Bilingual;
  /** What a citizen reads when a comment is removed for this clause (our own words). */
  readonly reason: Bilingual;
  /** Whether the clause can be read from the text alone (false: needs context or a flag). */
  readonly textDetectable: boolean;
}

const info = (
  id: ClauseId,
  title: Bilingual,
  reason: Bilingual,
  textDetectable = true,
): ClauseInfo => Object.freeze({ id, title: Object.freeze(title), reason: Object.freeze(reason), textDetectable });

/**
 * Titles and citizen-facing reasons for every clause, in French and English.
 *
 * @example
 * ```ts
 * clauses.insult.title.fr; //=> 'Attaque ou insulte'
 * clauses['all-caps'].title.en; //=> 'Written in capitals'
 * ```
 */
export const clauses: Readonly<Record<ClauseId, ClauseInfo>> = Object.freeze({
  privacy: info(
    'privacy',
    { fr: 'Atteinte à la vie privée', en: 'Invasion of privacy' },
    {
      fr: "Le commentaire expose la vie privée d'une personne (santé, famille, allées et venues).",
      en: "The comment exposes someone's private life (health, family, whereabouts).",
    },
  ),
  insult: info(
    'insult',
    { fr: 'Attaque ou insulte', en: 'Attack or insult' },
    {
      fr: 'Le commentaire attaque ou insulte une personne ou un groupe; la critique est bienvenue, les injures non.',
      en: 'The comment attacks or insults a person or a group; criticism is welcome, name-calling is not.',
    },
  ),
  discrimination: info(
    'discrimination',
    { fr: 'Propos discriminatoires ou offensants', en: 'Discriminatory or offensive remarks' },
    {
      fr: 'Le commentaire dénigre des personnes en raison de ce qu’elles sont (origine, religion, sexe, orientation, handicap, âge…).',
      en: 'The comment demeans people for who they are (origin, religion, sex, orientation, disability, age…).',
    },
  ),
  defamation: info(
    'defamation',
    { fr: 'Propos diffamatoires ou trompeurs', en: 'Defamatory or misleading claims' },
    {
      fr: 'Le commentaire accuse une personne identifiable d’un crime ou d’une faute grave sans preuve, ou répand une information fausse.',
      en: 'The comment accuses an identifiable person of a crime or serious wrongdoing without proof, or spreads false information.',
    },
  ),
  objectionable: info(
    'objectionable',
    { fr: 'Contenu partisan, religieux, haineux ou indécent', en: 'Partisan, religious, hateful or indecent content' },
    {
      fr: 'Le commentaire contient du contenu partisan ou électoral, religieux, haineux, sexiste, indécent ou irrespectueux.',
      en: 'The comment contains partisan or electoral, religious, hateful, sexist, indecent or disrespectful content.',
    },
  ),
  'aggressive-language': info(
    'aggressive-language',
    { fr: 'Langage agressif, grossier ou violent', en: 'Aggressive, vulgar or violent language' },
    {
      fr: 'Le commentaire utilise des sacres, des grossièretés ou des menaces.',
      en: 'The comment uses swearing, vulgarity or threats.',
    },
  ),
  spam: info(
    'spam',
    { fr: 'Pourriel ou publicité', en: 'Spam or advertising' },
    {
      fr: 'Le commentaire fait de la sollicitation ou de la publicité pour une entreprise, un individu ou une organisation privée.',
      en: 'The comment solicits or advertises for a business, an individual or a private organisation.',
    },
  ),
  repetition: info(
    'repetition',
    { fr: 'Commentaire répété', en: 'Repeated comment' },
    {
      fr: 'Le même commentaire, ou presque, a déjà été publié récemment par la même personne.',
      en: 'The same or nearly the same comment was recently posted by the same person.',
    },
    false,
  ),
  'off-topic': info(
    'off-topic',
    { fr: 'Incompréhensible ou hors sujet', en: 'Incomprehensible or off-topic' },
    {
      fr: 'Le commentaire est incompréhensible ou n’a pas de lien avec la publication.',
      en: 'The comment cannot be understood or has no link with the post.',
    },
  ),
  copyright: info(
    'copyright',
    { fr: 'Atteinte au droit d’auteur', en: 'Copyright infringement' },
    {
      fr: 'Le commentaire partage une œuvre protégée sans droit (film piraté, article copié en entier).',
      en: 'The comment shares protected work without rights (pirated film, whole article pasted).',
    },
  ),
  'illegal-activity': info(
    'illegal-activity',
    { fr: 'Activité illégale', en: 'Illegal activity' },
    {
      fr: 'Le commentaire encourage ou suggère une activité illégale.',
      en: 'The comment encourages or suggests an illegal activity.',
    },
  ),
  petition: info(
    'petition',
    { fr: 'Pétition', en: 'Petition' },
    {
      fr: 'Le commentaire invite à signer une pétition; les pétitions suivent une autre voie que les pages de la Ville.',
      en: "The comment calls for signing a petition; petitions do not go through the city's pages.",
    },
  ),
  'personal-information': info(
    'personal-information',
    { fr: 'Renseignements personnels', en: 'Personal information' },
    {
      fr: 'Le commentaire publie des renseignements qui permettent d’identifier ou de joindre un citoyen (adresse, téléphone, courriel, numéros officiels).',
      en: 'The comment publishes information that identifies or locates a citizen (address, phone, e-mail, official numbers).',
    },
  ),
  inappropriate: info(
    'inappropriate',
    { fr: 'Jugé inapproprié', en: 'Deemed inappropriate' },
    {
      fr: 'Le Service des communications a jugé ce commentaire inapproprié.',
      en: 'The communications service judged this comment inappropriate.',
    },
    false,
  ),
  'all-caps': info(
    'all-caps',
    { fr: 'Écrit en majuscules', en: 'Written in capitals' },
    {
      fr: 'Le commentaire est écrit en majuscules, ce qui équivaut à crier en ligne.',
      en: 'The comment is written in capital letters, which reads as shouting online.',
    },
  ),
  anonymous: info(
    'anonymous',
    { fr: 'Anonyme ou pseudonyme', en: 'Anonymous or pseudonym' },
    {
      fr: 'Le commentaire est publié de façon anonyme ou sous un pseudonyme.',
      en: 'The comment is posted anonymously or under a pseudonym.',
    },
    false,
  ),
});
