import { entries, type NetiquetteEntry } from './types.js';

const ALL_INSULT_WORDS: readonly string[] = [
  'imbécile', 'imbeciles', 'imbécil', 'idiot', 'idiots', 'idiote', 'idiote', 'crétin', 'crétins', 'crétine', 'débile',
      'débiles', 'con', 'cons', 'conne', 'connes', 'connard', 'connards', 'connasse', 'conasse', 'connarde', 'abruti',
      'abrutis', 'abrutie', 'attardé', 'attardés', 'demeuré', 'demeurés', 'taré', 'tarés', 'tarée', 'nono', 'nounoune',
      'niaiseux', 'niaiseuse', 'niaiseuses', 'niaiseu', 'tarla', 'tarlas', 'twit', 'twits', 'sans-dessein', 'sans dessein',
      'sans-génie', 'sans génie', 'épais', 'épaisse', 'épaisses', 'cave', 'caves', 'gros cave', 'grosse vache', 'vache',
      'porc', 'gros porc', 'cochon', 'ordure', 'ordures humaines', 'déchet', 'déchets humains', 'raclure', 'minable',
      'minables', 'pourri', 'pourris', 'pourrie', 'tas de marde', 'mangeux de marde', 'mange-marde', 'trou de cul',
      'face de cul', 'face de rat', 'tête de cochon', 'tête enflée', 'gros tas', 'grosse torche', 'torche', 'morue',
      'pouffiasse', 'pétasse', 'salaud', 'salauds', 'salopard', 'enfoiré', 'enfoirés', 'enculé', 'enculés', 'bouffon',
      'bouffons', 'clown', 'clowns', 'guignol', 'guignols', 'pas de colonne', 'lâche', 'téteux', 'lèche-bottes',
      'parasite', 'parasites', 'vermine', 'sangsue', 'sangsues', 'incapable', 'incapables', 'bon à rien', 'bons à rien',
      'bonne à rien', 'zéro', 'tata', 'gnochon', 'gnochons', 'nounours', 'mongol', 'mongols', 'moron', 'morons', 'dumb',
      'stupid', 'stupide', 'stupides', 'dummy', 'loser', 'losers', 'jerk', 'jerks', 'clown show', 'clueless', 'brainless',
      'dimwit', 'nitwit', 'halfwit', 'retard', 'retards', 'scumbag', 'scum', 'pig', 'pigs', 'idiotic', 'pathetic',
      'pathétique', 'pathétiques', 'imbécillité', 'ignare', 'ignares', 'innocent', 'innocents', 'innocente', 'gnangnan',
      'écoeurant', 'écœurant', 'écoeurants', 'écoeurante', 'chien sale', 'bâtard', 'batard', 'batards', 'bâtards',
      'crosseur', 'crosseurs', 'crosseux', 'fraudeur', 'voleur', 'voleurs', 'menteur', 'menteurs', 'menteuse', 'hypocrite',
      'hypocrites', 'incompétent', 'incompétents', 'incompétente', 'incompetent', 'incompetents', 'fainéant',
      'fainéants', 'paresseux', 'gratteux', 'grosse', 'gros', 'laid', 'laide', 'laids',
];

/**
 * Words that insult only when aimed at someone ("espèce de…", "t'es un…", "gang de…") and are
 * otherwise ordinary (data). Their weight applies when a target is found; see the insult
 * classifier.
 */
export const WEAK_INSULTS: readonly string[] = [
  'cave', 'caves', 'épais', 'épaisse', 'vache', 'porc', 'cochon', 'ordure', 'déchet', 'torche', 'morue', 'clown', 'clowns',
  'lâche', 'zéro', 'tata', 'innocent', 'innocents', 'innocente', 'pourri', 'pourris', 'pourrie', 'minable', 'minables',
  'parasite', 'parasites', 'incapable', 'incapables', 'écoeurant', 'écœurant', 'écoeurants', 'écoeurante', 'gros',
  'grosse', 'laid', 'laide', 'laids', 'pig', 'pigs', 'voleur', 'voleurs', 'menteur', 'menteurs', 'menteuse', 'hypocrite',
  'hypocrites', 'incompétent', 'incompétents', 'incompétente', 'incompetent', 'incompetents', 'fainéant', 'fainéants',
  'paresseux', 'gratteux', 'fraudeur', 'crosseur', 'crosseurs', 'crosseux', 'pathétique', 'pathétiques', 'pathetic',
  'stupide', 'stupides', 'stupid', 'con', 'cons', 'conne', 'vermine', 'sangsue', 'sangsues', 'guignol', 'guignols',
  'bouffon', 'bouffons', 'dumb', 'ignare', 'ignares', 'idiotic',
];

/** Words just before a weak insult that aim it at someone: "espèce de", "gang de", "bande de" (data). */
export const INSULT_LEADS: readonly string[] = [
  'espece', 'gang', 'bande', 'tas', 'maudit', 'maudite', 'maudits', 'maudites', 'mautadit', 'osti', 'esti', 'criss',
  'crisse', 'tabarnak', 'ostie', 'estie', 'sacrament', 'calisse', 'bunch', 'such', 'what', 'you', 'gros', 'grosse',
  'vieux', 'vieille', 'belle', 'beau', 'bel', 'vrai', 'vraie', 'vrais', 'ti', 'p\'tit', 'ptit', 'pauvre', 'pauvres',
];

/** Verbs that attach a weak insult to a subject ("t'es", "vous êtes", "le maire est") (data). */
export const INSULT_COPULAS: readonly string[] = [
  'es', 'est', 'etes', 'sont', 'sommes', 'etait', 'etaient', 'is', 'are', 'was', 'were', 'r', 'ai', 'e', 'ete', 'reste',
  'restez', 'restent', 'devenu', 'devenus', 'traite', 'agit', 'comporte',
];

/**
 * People a remark can be aimed at: pronouns, elected officials, employees, the city itself
 * (data). A weak insult attached to one of them by a copula becomes an insult.
 */
export const PERSON_WORDS: readonly string[] = [
  'tu', 't', 'toi', 'vous', 'vs', 'you', 'u', 'ya', 'il', 'elle', 'ils', 'elles', 'lui', 'eux', 'he', 'she', 'they',
  'maire', 'mairesse', 'mayor', 'conseiller', 'conseillers', 'conseillere', 'conseilleres', 'councillor', 'councillors',
  'council', 'elu', 'elus', 'elue', 'elues', 'employe', 'employes', 'employee', 'employees', 'fonctionnaire',
  'fonctionnaires', 'cols', 'col', 'directeur', 'directrice', 'dg', 'gerant', 'boss', 'boss', 'inspecteur', 'inspecteurs',
  'policier', 'policiers', 'police', 'cops', 'preposes', 'prepose', 'voisin', 'voisine', 'voisins', 'gens', 'monde',
  'people', 'staff', 'workers', 'gars', 'filles', 'madame', 'monsieur', 'administration', 'ville', 'city', 'politiciens',
  'politicien', 'deneigeurs', 'deneigeur', 'chauffeur', 'chauffeurs', 'equipe', 'gouvernement',
];

const weak = new Set(WEAK_INSULTS);

/**
 * Insult words (data): strong ones insult on their own; weak ones (`insult-weak`) only when
 * aimed at someone (see {@link INSULT_LEADS}, {@link INSULT_COPULAS}, {@link PERSON_WORDS}).
 */
export const INSULTS: readonly NetiquetteEntry[] = [
  ...entries(
    'insult',
    ALL_INSULT_WORDS.filter((w) => !weak.has(w)),
    { weight: 0.9 },
  ),
  ...entries('insult-weak', WEAK_INSULTS, { weight: 0.8 }),
];
