import { entries, type NetiquetteEntry } from './types.js';

const ALL_INSULT_WORDS: readonly string[] = [
  'imbécile', 'imbeciles', 'imbécil', 'idiot', 'idiots', 'idiote', 'idiote', 'crétin', 'crétins', 'crétine', 'débile',
      'débiles', 'con', 'cons', 'conne', 'connes', 'connard', 'connards', 'connasse', 'conasse', 'connarde', 'abruti',
      'abrutis', 'abrutie', 'attardé', 'attardés', 'taré', 'tarés', 'tarée', 'nono', 'nounoune',
      'niaiseux', 'niaiseuse', 'niaiseuses', 'niaiseu', 'tarla', 'tarlas', 'twit', 'twits', 'sans-dessein', 'sans dessein',
      'sans-génie', 'sans génie', 'épais', 'épaisse', 'épaisses', 'cave', 'caves', 'gros cave', 'grosse vache', 'vache',
      'porc', 'gros porc', 'cochon', 'ordure', 'ordures humaines', 'déchets humains', 'raclure', 'minable',
      'minables', 'pourri', 'pourris', 'pourrie', 'tas de marde', 'mangeux de marde', 'mange-marde', 'trou de cul',
      'face de cul', 'face de rat', 'tête de cochon', 'tête enflée', 'gros tas', 'grosse torche', 'torche', 'morue',
      'pouffiasse', 'pétasse', 'salope', 'salopes', 'slut', 'sluts', 'whore', 'whores', 'salaud', 'salauds', 'salopard', 'enfoiré', 'enfoirés', 'enculé', 'enculés', 'bouffon',
      'bouffons', 'clown', 'clowns', 'guignol', 'guignols', 'pas de colonne', 'lâche', 'téteux', 'lèche-bottes',
      'parasite', 'parasites', 'vermine', 'sangsue', 'sangsues', 'incapable', 'incapables', 'bon à rien', 'bons à rien',
      'bonne à rien', 'zéro', 'tata', 'gnochon', 'gnochons', 'nounours', 'mongol', 'mongols', 'moron', 'morons', 'dumb',
      'stupid', 'stupide', 'stupides', 'dummy', 'loser', 'losers', 'jerk', 'jerks', 'clown show', 'clueless', 'brainless',
      'dimwit', 'nitwit', 'halfwit', 'retarded', 'scumbag', 'scum', 'pig', 'pigs', 'idiotic', 'pathetic',
      'pathétique', 'pathétiques', 'imbécillité', 'ignare', 'ignares', 'innocent', 'innocents', 'innocente', 'gnangnan',
      'écoeurant', 'écœurant', 'écoeurants', 'écoeurante', 'chien sale', 'bâtards',
      'crosseur', 'crosseurs', 'crosseux', 'fraudeur', 'voleur', 'voleurs', 'menteur', 'menteurs', 'menteuse', 'hypocrite',
      'hypocrites', 'incompétent', 'incompétents', 'incompétente', 'incompetent', 'incompetents', 'incompétant', 'incompétants',
  'incompétante', 'parresseux', 'fainéant',
      'fainéants', 'paresseux', 'gratteux', 'grosse', 'gros', 'laid', 'laide', 'laids',
  // Québec and colloquial forms
  'cabochon', 'cabochons', 'flanc mou', 'flancs mous', 'grand flanc mou', 'sans colonne', 'pas de colonne vertébrale',
  'pantin', 'pantins', 'marionnette', 'nonos', 'nounounes', 'mollusque', 'mollusques', 'consanguin', 'consanguins', 'consanguine', 'bouché des deux bouts', 'égoïste', 'égoïstes', 'chialeux', 'chialeuse', 'chialeuses', 'aigri', 'aigrie', 'aigris',
  'vautour', 'vautours', 'petit roi', 'petite reine', 'bête comme ses pieds', 'bête comme un pied',
  'bête', 'bêtes', 'méprisant', 'méprisante', 'méprisants', 'arrogant', 'arrogants', 'arrogante', 'imbéciles heureux',
  'cerveau de poisson rouge', 'cerveau de moineau', 'tête de linotte', 'tête vide', 'pas de tête', 'sans cervelle',
  'crosseux', 'fraudeux', 'profiteur', 'profiteurs', 'profiteuse', 'téteux', 'téteuse', 'licheux', 'lécheux', 'suceux',
  'tarte', 'tartes', 'quétaine', 'twit', 'gnochon', 'épais dans le dos', 'mangeux',
  'nul', 'nuls', 'nulle', 'nulles', 'zéros', 'bons à rien', 'pas bons', 'pas bon', 'deux de pique', 'dinde', 'dindes',
  'chieux', 'chieuse', 'mauvais', 'abruti fini', 'crétin fini', 'cinglé', 'cinglés', 'cinglée', 'fou', 'fous', 'folle',
  'folles', 'malade mental', 'débile mental', 'taré fini', 'frustré', 'frustrés', 'frustrée', 
  'nazi', 'nazis', 'dictateur', 'dictatrice', 'tyran', 'mafieux', 'bandit', 'bandits', 'racaille', 'voyou', 'voyous',
  'paresseuse', 'lâches', 'peureux', 'minus', 'nabot', 'plouc', 'ploucs', 'beauf', 'beaufs', 'bozo', 'bozos',
  // European French, verlan and texting
  'tocard', 'tocards', 'tocarde', 'tocardes', 'boloss', 'bolosse', 'bolos', 'cassos', 'teubé', 'teubés', 'teube', 'teubes',
  'fdp', 'fils de pute', 'fils de putes', 'branleur', 'branleurs', 'branleuse', 'feignasse', 'feignasses', 'grognasse',
  'bébé lala', 'bébés lala', 'on dirait un bouledogue', 'face de bouledogue', 'qui a mangé un citron', 'trouduc', 'trou du cul', 'enflure', 'enflures', 'charogne', 'charognes', 'sous-merde', 'sous-merdes', 'neuneu',
  'gogol', 'gogols', 'pignouf', 'pignoufs', 'pauvre type', 'sale type', 'tête de con', 'gros con', 'grosse conne',
  'petite merde', 'racailles', 'gros naze', 'pauvre naze', 'espèce de naze', 'bande de nazes', 'gang de bs', 'bande de bs', 'blaireau', 'blaireaux', 'glandeur', 'glandeurs', 'couillon', 'couillons',
  'andouille', 'andouilles', 'guignolesque',
  'old hag', 'old bat', 'écolo-bobo', 'écolos-bobos', 'écolo bobo', 'climato-négationniste', 'climato-négationnistes',
  'freak show', 'allez vous acheter une vie', 'achète-toi une vie', 'achetez-vous une vie', 'miserable old', 'old witch', 'vieille sorcière', 'vieille chipie', 'vieille folle',
  // Vulgar names for a person: insults as well as vulgar.
  'dumbass', 'dumbasses', 'jackass', 'jackasses', 'dickhead', 'dickheads', 'prick', 'pricks', 'motherfucker',
  'motherfuckers', 'dipshit', 'dipshits', 'dipstick', 'muppet', 'muppets', 'numpty', 'numpties', 'wanker', 'wankers', 'twat', 'son of a bitch', 'lèche-cul', 'lèche-culs', 'liche-cul', 'leche-cul',
  // English
  'idiots', 'morons', 'imbecile', 'imbeciles', 'fool', 'fools', 'clowns', 'coward', 'cowards', 'spineless', 'braindead',
  'brain dead', 'brain-dead', 'numbskull', 'numbskulls', 'airhead', 'bonehead', 'knucklehead', 'degenerate', 'degenerates',
  'parasite', 'trash', 'garbage human', 'lowlife', 'low-life', 'useless', 'incompetent fools', 'clown', 'snowflake',
  'buffoon', 'buffoons', 'weasel', 'weasels', 'rat', 'rats', 'snake', 'snakes', 'pathetic loser', 'crooks',
  // Idioms that call someone stupid without a single rude word.
  'pas la lame la plus', 'pas le couteau le plus', 'pas la plus brillante', 'pas le plus brillant', 'pas la plus vite',
  'pas le plus vite', 'a pas inventé les boutons', 'a pas invente les boutons', 'pas inventé le bouton', 'il manque une case',
  'une case de moins', 'pas toute sa tête', 'pas toute sa tete', 'pas toutes ses capacités', 'lumière allumée mais',
  'pas fort fort dans', 'pas une lumière', 'pas une lumiere', 'not the sharpest', 'not the brightest', 'a few fries short',
  'lights are on but', 'dumb as a', 'pas inventé le bouton', 'pas invente le bouton', 'la lumière est allumée mais',
  'la lumiere est allumee mais', 'mais personne dans la maison', 'mais y a personne dans la maison', 'mais il y a personne dans la maison', 'pas les couteaux les plus', 'pas les lames les plus',
  'pas les plus brillants', 'pas les plus vites', 'sharpest tool', 'sharpest knife', 'brightest bulb', 'two brain cells',
  'one brain cell', 'dans une boîte de cracker jack', 'dans une boite de cracker jack', 'cracker jack', 'connerie',
  'conneries', 'bravo champion', 'nice job genius', 'genius who', 'le génie qui', 'le genie qui', 'bête comme ses pieds', 'sert strictement à rien', 'sert strictement a rien',
];

/** Directed vulgar put-downs: an attack on the person addressed, as well as vulgar (data). */
const ATTACK_PHRASES: readonly string[] = [
  'get a life', 'douchebag', 'douchebags', 'douche bag',
  // "Karen" is a first name too: only with an article, or in the plural, is it the slur.
  // "Croche" (crooked) names a person only as a noun: "un esti de croche", "gang de croches".
  'de croche', 'de croches', 'un croche', 'une croche',
  'une karen', 'a karen', 'la karen', 'les karen', 'des karen', 'ok karen', 'typical karen', 'such a karen', 'vraie karen',
  'full karen', 'karen energy', 'karens',
  // Sarcasm aimed at whoever decided: "au génie qui a planifié ça", "toujours les mêmes clowns".
  'au génie qui', 'au genie qui', 'to the genius who', 'un vrai cerveau celui-là', 'un vrai cerveau celui-la',
  'les mêmes clowns', 'les memes clowns', 'same clowns', 'flunked grade', 'le roi soleil', 'notre roi soleil',
  'ferme ta gueule', 'ferme ta yeule', 'fermez vos gueules', 'farme ta gueule', 'ta gueule', 'ta yeule', 'mange de la marde',
  'mange d la marde', 'mange donc de la marde', 'mange donc d la marde', 'mangez de la marde', 'mangez donc de la marde',
  'manger de la marde', 'va te faire foutre', 'allez vous faire foutre',
  'va te rhabiller', 'fuck you', 'fuck off', 'screw you', 'shut up', 'shut the fuck up', 'go to hell', 'get lost',
  'personne t a demandé', 'personne t a demande', 'personne vous a demandé', 'retourne te coucher', 'lâche-nous',
  'the iq of a', 'iq of a doorknob', 'le qi d une', 'le qi d un', 'absolute clown', 'total clown', 'complete clown',
  'faire son smatte', 'fais pas ton smatte', 'faites pas vos smattes', 'ton smatte', 'p tit smatte', 'petit smatte',
  'ostie de', 'esti de', 'estie de', 'criss de', 'crisse de', 'tabarnak de', 'calisse de', 'sacrament de', 'ciboire de',
  'maudit cave', 'maudite folle', 'maudit fou', 'espèce de', 'gang de', 'bande de', 'belle gang de', 'tas de',
  'nique ta mère', 'nique ta mere', 'nique ta race', 'nique sa mère', 'nique sa mere', 'nique vos mères', 'ntm', 'tg',
  'va te faire enculer', 'allez vous faire enculer', 'va te faire voir', 'allez vous faire voir',
];

/**
 * Words that insult only when aimed at someone ("espèce de…", "t'es un…", "gang de…") and are
 * otherwise ordinary (data). Their weight applies when a target is found; see the insult
 * classifier.
 */
export const WEAK_INSULTS: readonly string[] = [
  'cave', 'caves', 'épais', 'épaisse', 'vache', 'porc', 'cochon', 'ordure', 'torche', 'morue', 'clown', 'clowns',
  'lâche', 'zéro', 'tata', 'granola', 'granolas', 'bobo', 'bobos', 'tree huggers', 'tree hugger', 'woke', 'wokes', 'fuckés', 'fuckes',
  'ti-clin', 'ti-clins', 'demeuré', 'demeurés', 'pas d allure', 'sans allure', 'ti-coune', 'ti-counes', 'ticoune', 'ticounes', 'crotté', 'crottés', 'crottée', 'crottées', 'innocent', 'innocents', 'innocente', 'pourri', 'pourris', 'pourrie', 'minable', 'minables',
  'parasite', 'parasites', 'incapable', 'incapables', 'écoeurant', 'écœurant', 'écoeurants', 'écoeurante', 'gros',
  'grosse', 'laid', 'laide', 'laids', 'pig', 'pigs', 'voleur', 'voleurs', 'menteur', 'menteurs', 'menteuse', 'hypocrite',
  'hypocrites', 'incompétent', 'incompétents', 'incompétente', 'incompetent', 'incompetents', 'fainéant', 'fainéants',
  'paresseux', 'gratteux', 'fraudeur', 'crosseur', 'crosseurs', 'crosseux', 'pathétique', 'pathétiques', 'pathetic',
  'stupide', 'stupides', 'stupid', 'con', 'cons', 'conne', 'vermine', 'sangsue', 'sangsues', 'guignol', 'guignols',
  'bouffon', 'bouffons', 'dumb', 'ignare', 'ignares', 'idiotic', 'bête', 'bêtes', 'nul', 'nuls', 'nulle', 'nulles',
  'mauvais', 'fou', 'fous', 'folle', 'folles', 'tarte', 'tartes', 'dinde', 'dindes', 'rat', 'rats', 'snake', 'snakes',
  'trash', 'useless', 'frustré', 'frustrés', 'frustrée', 'arrogant', 'arrogants', 'arrogante',
  'profiteur', 'profiteurs', 'profiteuse', 'égoïste', 'égoïstes', 'bandit', 'bandits', 'pas bons', 'pas bon',
  'bouché', 'bouchée', 'bouchés', 'nazi', 'nazis', 'dictateur', 'tyran', 'aigri', 'aigrie', 'aigris', 'chialeux', 'chialeuse', 'chialeuses',
  'clown', 'zéros', 'fool', 'fools', 'weasel', 'weasels', 'pantin', 'pantins', 'marionnette', 'mafieux', 'quétaine',
  'blaireau', 'blaireaux', 'glandeur', 'glandeurs', 'couillon', 'couillons', 'andouille', 'andouilles',
  'dégage', 'dégagez',
  'bitch', 'bitches', 'asshole', 'assholes', 'crook', 'crooks', 'grincheux', 'grincheuse', 'grincheuses', 'baveux', 'baveuse', 'baveuses', 'mouton', 'moutons', 'cruche', 'cruches', 'cinglé', 'cinglés', 'cinglée', 'vautour', 'vautours', 'bozo', 'bozos', 'voyou', 'voyous', 'lâches', 'peureux',
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
  'lady', 'guy', 'guys', 'woman', 'dame', 'bonhomme', 'commis', 'caissiere', 'caissier', 'receptionniste', 'secretaire',
  'tresorier', 'tresoriere', 'greffier', 'greffiere', 'proprio', 'owner', 'clerk', 'conseille', 'officers', 'officer', 'agents', 'agent',
];

const weak = new Set(WEAK_INSULTS);
// Leads that are not insults by themselves: they aim the next word ("espèce de", "gang de").
const LEAD_ONLY = new Set(['ostie de', 'esti de', 'estie de', 'criss de', 'crisse de', 'tabarnak de', 'calisse de', 'sacrament de', 'ciboire de', 'espèce de', 'gang de', 'bande de', 'belle gang de', 'tas de']);

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
  ...entries('insult', ATTACK_PHRASES.filter((p) => !LEAD_ONLY.has(p)), { weight: 0.85 }),
  ...entries('insult-weak', WEAK_INSULTS, { weight: 0.8 }),
  // "Un bâtard brun et blanc, genre beagle": a mixed-breed dog, not a name for anyone.
  ...entries('insult', ['bâtard', 'bâtards'], {
    weight: 0.9,
    notFollowedBy: ['brun', 'blanc', 'noir', 'beige', 'gris', 'roux', 'tigre', 'genre', 'croise', 'labrador', 'beagle', 'husky', 'berger', 'terrier', 'collie', 'caniche'],
  }),
  // "Les Cowboys Fringants": the band, not a name for anyone.
  ...entries('insult-weak', ['cowboy', 'cowboys'], { weight: 0.8, notFollowedBy: ['fringants', 'fringant'] }),
  // "Un déchet industriel", "les déchets domestiques": waste, not a person.
  ...entries('insult-weak', ['déchet', 'déchets'], {
    weight: 0.8,
    notFollowedBy: ['industriel', 'industriels', 'toxique', 'toxiques', 'chimique', 'chimiques', 'dangereux', 'domestique', 'organique', 'recyclable', 'nucleaire', 'medical', 'biomedical', 'de', 'du', 'des', 'd'],
  }),
  // "Il a eu la chienne de sa vie": he was scared stiff (Québec), not a name for anyone.
  ...entries('insult-weak', ['chienne', 'chiennes'], { weight: 0.8, notPrecededBy: ['la', 'les', 'eu', 'pogne', 'pogner', 'avoir'] }),
  // Written without accents, "arriéré" is "arrière" (behind: "en arrière de chez nous"), and
  // "arriérés de taxes" are arrears.
  ...entries('insult', ['arriéré', 'arriérés', 'arriérée', 'arriérées'], {
    weight: 0.9,
    notPrecededBy: ['en', 'l', 'a', 'par', 'vers', 'siege', 'cour', 'porte', 'roue', 'roues', 'marche'],
    notFollowedBy: ['de', 'du', 'des', 'd'],
  }),
];
