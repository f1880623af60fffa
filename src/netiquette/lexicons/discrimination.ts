import { entries, type NetiquetteEntry } from './types.js';

/** Slurs, with the sub-category of the `objectionable` clause they also fall under in `tag` (data). */
export const SLURS: readonly NetiquetteEntry[] = [
  ...entries('slur', ['nègre', 'negre', 'nègres', 'negres', 'négro', 'negro', 'nigger', 'niggers', 'nigga', 'bougnoule',
    'bougnoules', 'bicot', 'chinetoque', 'chinetoques', 'chink', 'chinks', 'bridé', 'bridés', 'youpin',
    'youpins', 'squaw', 'peau-rouge', 'peaux-rouges', 'bamboula', 'macaque', 'macaques',
    'wetback', 'spic', 'paki', 'pakis', 'towelhead', 'towelheads', 'raghead', 'ragheads', 'sand nigger', 'kike', 'gook', 'coon', 'jungle bunny',
    'bloke noir', 'tête carrée', 'têtes carrées', 'maudits sauvages', 'maudit sauvage', 'drunk indians', 'drunk indian', 'drunk natives', 'indiens saouls', 'indiens soûls', 'maudites sauvagesses', 'des sauvages qui', 'ces sauvages', 'ces sauvages-là', ], { tag: 'racist', weight: 0.95 }),
  ...entries('slur', ['fif', 'fifs', 'fifi', 'pédé', 'pédés', 'pd', 'tarlouze', 'tarlouzes', 'gouine', 'gouines',
    'faggot', 'faggots', 'fag', 'fags', 'dyke', 'tranny', 'trannies', 'moumoune', 'homo', 'homos'], { tag: 'homophobic', weight: 0.9 }),
  // "tapette à mouches", "tapette à souris": the fly swatter and the mousetrap.
  ...entries('slur', ['tapette', 'tapettes'], { tag: 'homophobic', weight: 0.9, notFollowedBy: ['à', 'a', 'pour'] }),
  // "Sauvage" alone is wild (animaux sauvages, camping sauvage); a gang of them is a slur.
  ...entries('slur', ['bande de sauvages', 'gang de sauvages', 'les sauvages de', 'sauvages sur le bs'], { tag: 'racist', weight: 0.9 }),
  ...entries('slur', ['mongol', 'mongols', 'mongole', 'retardé', 'retardés', 'retardée', 'handicapé mental', 'spastique', 'spaz', 'cripple', 'cripples', 'infirme', 'infirmes', 'retarded', 'mongoloid'], { tag: 'disrespectful', weight: 0.85 }),
  ...entries('slur', ['bs', 'assistés sociaux', 'welfare bums', 'white trash', 'bougons'], { tag: 'disrespectful', weight: 0.6 }),
];

/** Groups of people that discriminatory remarks generalise about (data). */
export const GROUPS: readonly NetiquetteEntry[] = entries('group', [
  'immigrant*', 'immigré*', 'immigre*', 'migrant*', 'réfugié*', 'refugie*', 'étranger*', 'etranger*', 'arabe*', 'musulman*',
  'islamiste*', 'juif*', 'juive*', 'noirs', 'noires', 'c est un noir', 'c est une noire', 'un noir qui', 'une noire qui', 'black', 'blacks', 'asiatique*', 'chinois',
  'chinoise*', 'haïtien*', 'haitien*', 'africain*', 'mexicain*', 'latino*', 'autochtone*', 'indien', 'indiens', 'amérindien*',
  'premières nations', 'anglais', 'anglo', 'anglos', 'anglophone*', 'français de france',
  'gai', 'gais', 'gay', 'gays', 'lesbienne*', 'homosexuel*', 'trans', 'transgenre*', 'lgbt*', 'femme', 'femmes', 'women',
  'handicapé*', 'handicape*', 'vieux', 'vieilles', 'personnes âgées', 'boomers', 'boomer', 'jeunes', 'ados', 'pauvres',
  'assistés sociaux', 'itinérant*', 'itinerant*', 'sans-abri', 'immigrants', 'muslims', 'jews', 'mexicans', 'natives',
  'indians', 'chinese', 'arabs', 'foreigners', 'refugees', 'gays', 'lesbians', 'women', 'old people', 'homeless',
  'religieux', 'voilées', 'voilees', 'voile', 'hijab', 'sikh*', 'hindou*', 'roms', 'gitans', 'gitan',
  'voilée', 'voilee', 'autiste*', 'sourd', 'sourds', 'sourde*', 'aveugle*', 'trisomique*', 'déficient*', 'deficient*',
  'témoins de jéhovah', 'temoins de jehovah', 'juif', 'juifs', 'ukrainien*', 'syrien*', 'afghan*', 'marocain*',
  'algérien*', 'algerien*', 'tunisien*', 'libanais', 'vietnamien*', 'philippin*', 'colombien*', 'guatémaltèque*',
  'guatemalteque*', 'cri', 'cris', 'algonquin*', 'anishinabe*', 'inuit*', 'métis', 'une femme', 'une mairesse', 'mairesse',
  'musulmane*', 'catholique*', 'protestant*', 'hindu*', 'old people', 'seniors', 'elderly', 'disabled', 'autistic',
  'deaf', 'blind', 'black people', 'asians', 'africans', 'haitians', 'jewish', 'gay people', 'trans people', 'the gays',
  'natives', 'first nations', 'indigenous', 'ukrainians', 'syrians', 'the french', 'french people', 'anglais',
  'homosexualit*', 'filles', 'ladies', 'voiles', 'old folks', 'old timers', 'nouveaux arrivants', 'newcomers', 'newcomer', 'boomers', 'the boomers',
  'ceux de la reserve', 'ceux de la réserve', 'special workers', 'special needs', 'rainbow', 'arc-en-ciel', 'pikogan', 'guatemala', 'mexique', 'main-d oeuvre', 'main d oeuvre', 'français', 'francais', 'libéraux', 'liberaux', 'fierté', 'fierte', 'drag queen',
  'drag queens', 'lgbtq*', 'welfare kids', 'welfare', 'the reserve', 'la réserve', 'la reserve', 'foreign workers',
  'ontarien*', 'nouveaux arrivants', 'minorité', 'minorités', 'minorite', 'minorites', 'mères monoparentales', 'meres monoparentales', 'single moms', 'single mothers', 'burkini*', 'burqa*', 'niqab*', 'these folks', 'those folks', 'these people', 'those people', 'les importés', 'les importes',
  'blokes', 'les blokes', 'maudits anglais', 'maudits français', 'demandeurs d asile', 'sans-papiers', 'sans papiers',
  'travailleurs étrangers', 'seniors', 'vieux', 'vieilles', 'les vieux', 'aînés', 'aines', 'chaise roulante', 'fauteuil roulant', 'conseillère', 'conseillere', 'travailleurs étrangers', 'travailleurs etrangers',
  // Groups named in regional threads: francophones and anglophones by their nicknames, workers
  // flown in, people of a reserve, the old.
  'frenchies', 'frenchie', 'blokes', 'les blokes', 'fly-in', 'les fly-in', 'sur la réserve', 'sur la reserve', 'old woman',
  'old women', 'old lady', 'old ladies', 'old man', 'old men',
]);

/**
 * Derogatory predicates about a group ("sont tous des…", "retournez chez vous", "dehors") (data).
 */
export const DEROGATORY: readonly NetiquetteEntry[] = entries('derogatory', [
  // Resentment about who pays: derogatory only next to a group ("ceux de la réserve … c'est nous
  // autres qui payons"); about the mayor's chalet it is a citizen's complaint.
  'with our tax money', 'avec nos taxes', 'nous autres qui payons', 'c est nous autres qui payons',
  // Tropes aimed at a group named nearby: "elles savent pas conduire", "allez faire ça ailleurs".
  'femmes savent pas conduire', 'elles savent pas conduire', 'femmes au volant', 'women can t drive', 'allez faire ça ailleurs', 'allez faire ca ailleurs',
  'go do that somewhere else',
  'sont tous des', 'sont toutes des', 'tous des', 'toutes des', 'sont tous pareils', 'toutes pareilles', 'rien que des',
  'juste des', 'retournez chez vous', 'retourne chez vous', 'retournez dans votre pays', 'retourne dans ton pays',
  'retournez dans leur pays', 'retourner dans leur pays', 'retourner chez eux', 'retournent chez eux', 'retourner chez vous', 'dehors', 'crissez-les dehors', 'crisser dehors',
  'mettre dehors', 'pas chez nous', 'pas les bienvenus', 'pas les bienvenues', 'envahissent', 'envahir', 'invasion',
  'remplacement', 'nous remplacer', 'volent nos jobs', 'volent nos emplois', 'profitent du système', 'profiteurs',
  'profiteuses', 'sales', 'sale', 'dangereux', 'criminels', 'voleurs', 'paresseux', 'parasites', 'vermine', 'pas des vrais',
  'pas de vrais', 'pas des vraies', 'devraient pas avoir le droit', 'devraient pas voter', 'devraient rester à la maison',
  'devraient rester chez eux', 'sont une plaie', 'la plaie', 'sous-humains', 'inférieurs', 'inferieurs', 'malades mentaux',
  'contre nature', 'contre-nature', 'dégoûtants', 'degoutants', 'dégueulasses', 'go back to your country', 'go back where',
  'are all', 'all the same', 'should not be allowed', 'shouldnt be allowed', 'dont belong', 'do not belong', 'invading',
  'taking our jobs', 'disgusting', 'animals', 'des animaux', 'comme des animaux', 'ont rien à faire ici', 'rien à faire ici',
  'on en veut pas', 'on veut pas de', 'pas de place pour', 'encore eux', 'ces gens-là', 'ces gens la', 'ce monde-là',
  'devraient pas', 'devrait pas', 'devraient plus', 'devrait plus', 'devraient jamais', 'ont pas d affaire', 'a pas d affaire',
  'pas d affaire', 'ont pas le droit', 'pas le droit de', 'plus le droit', 'interdire aux', 'interdire les', 'bannir',
  'sont trop', 'est trop', 'trop émotive', 'trop émotives', 'trop emotive', 'trop emotives', 'comme des fous',
  'comme des sauvages', 'conduisent comme', 'vont tout voler', 'volent', 'vont voler', 'jettent', 'viennent profiter',
  'viennent juste', 'profitent', 'profiter de', 'bloquent', 'traînent', 'trainent', 'contrôlent', 'controlent',
  'mangent les', 'me fait peur', 'me font peur', 'font peur', 'fait peur', 'comprennent rien', 'comprend rien',
  'sont plus violents', 'plus violents', 'violents', 'violentes', 'criminels', 'secte', 'cinglés', 'cingles', 'arriérés',
  'on se reconnaît plus', 'on se reconnait plus', 'c est toujours les', 'toujours eux', 'toujours elles', 'on sait jamais avec',
  'bonne chance', 'elle va pleurer', 'va pleurer', 'enfants normaux', 'des gens normaux', 'pas normaux', 'pas normal',
  'have no business', 'has no business', 'shouldn t', 'should not', 'shouldnt', 'should be banned', 'can t drive',
  'cant drive', 'get the new', 'get everything', 'take our', 'will want their own', 'want their own', 'dead before',
  'they ll be dead', 'typical', 'always the', 'ruin', 'ruining', 'lazy', 'dirty', 'violent', 'criminals', 'thieves',
  'une maladie', 'c est une maladie', 'contre nature', 'ont tout gratis', 'tout gratis', 'tout gratuit', 'pour eux',
  'on paye pour', 'on paie pour', 'arrêtez d engager', 'arretez d engager', 'à cause des', 'a cause des', 'dealers',
  'des dealers', 'pas de tête', 'pas de tete', 'pas surprenant', 'rien marche', 'au volant',
  'arrogants', 'arrogantes', 'se pensent', 'se croient',
  // Generalisations of other French-speaking comment sections: what "they" come for, what "they" loot.
  'profiter du système', 'profiter du systeme', 'vont profiter', 'pour les allocs', 'pour les allocations', 'pour le bs',
  'viennent pas pour travailler', 'viennent pas pour bosser', 'pillent', 'pillent tout', 'vont piller', 'c est bon pour', 'c est juste bon pour', 'juste bonnes à', 'juste bons à', 'pas pour gérer',
  'apprenez le français ou', 'apprenez le francais ou', 'ou ben partez', 'ou bien partez', 'importés directement',
  'importées directement', 'go back to your own', 'living off our', 'live off our', 'vivent sur notre dos',
  'vivent de nos taxes', 'sur le dos des contribuables', 'coûtent une fortune', 'coutent une fortune', 'coûtent trop cher',
  'coutent trop cher', 'cost us a fortune', 'never show up for work', 'never show up', 'servent plus à rien', 'servent plus a rien',
  'servent à rien', 'servent a rien', 'ont assez coûté', 'ont assez coute', 'qu on les laisse où', 'qu on les laisse ou', 'comment voulez vous qu', 'comment voulez-vous qu',
  'can not', 'cannot', 'ont rien a faire', 'ont rien à faire', 'n ont rien a faire',
  'rien a faire sur', 'rien à faire sur', 'rien a faire dans', 'retourner chez eux', 'retourner chez vous', 'juste a retourner',
  'devraient pu', 'devrait pu', 'seniles', 'séniles', 'sénile', 'senile', 'voler nos jobs', 'voler nos emplois',
  'viennent voler', 'steal our jobs', 'stealing our jobs', 'taking our', 'send them back', 'send them home',
  'don t even try', 'dont even try', 'parlent pas un mot', 'parlent meme pas', 'gratuit pour eux', 'to trash', 'trash it',
  'dans la cuisine', 'a la cuisine', 'à la cuisine', 'beau a voir', 'endoctrinement', 'propagande', 'perversion', 'pervers',
  'pervert*', 'grooming', 'groomers', 'brainwash*', 'passe-droits', 'passe droits', 'pas un centre d accueil',
  'where it belongs', 'where they belong', 'that lifestyle', 'their lifestyle', 'ce mode de vie', 'leur mode de vie',
  'ce style de vie', 'family town', 'on connait leur facon', 'on connaît leur façon', 'on les connait', 'on les connaît',
  'je barre mon char', 'je barre mes portes', 'barrez vos portes', 'lock your doors', 'devraient rester au', 'rester au chsld',
  'faut pas se surprendre', 'pas etonnant', 'pas étonnant', 'faites le calcul',
  'pay taxes like the rest of us', 'paid taxes like the rest of us', 'like the rest of us', 'comme nous autres', 'bothered to learn',
  'imposent leur religion', 'imposer leur religion', 'impose their religion', 'engagez pas de', 'engagez plus de',
  'don t even know how', 'savent même pas', 'savent meme pas', 'familles normales', 'normal families', 'keep your kids home', 'far away from these people',
  'tapis de prière', 'tapis de priere', 'là d où ils viennent', 'la d ou ils viennent', 'where they come from', 'diversity picks', 'diversity hire',
  'rendu sale', 'le monde normal', 'du monde normal', 'normal people', 'pas dans notre ville', 'not in our town',
  'la même affaire avec eux', 'la meme affaire avec eux', 'toujours la même affaire', 'toujours la meme affaire',
  'rien à faire icitte', 'rien a faire icitte', 'vrais sarrois', 'vrais québécois', 'vrais quebecois',
  'don t let the', 'dont let the', 'sortent jamais', 'sortent pas de chez eux', 'encore une job pour', 'another job for the',
  // Coded resentment: "ils paient pas de taxes", "ont toute gratis", "on sera pu chez nous".
  'c est pour ça que ça prend', 'c est pour ca que ca prend', 'that s why it takes', 'vivent sur notre dos', 'vit sur notre dos', 'vivent sur le dos', 'live off our taxes', 'gang de profiteurs', 'c est des malades', 'sont des malades', 'ou ben retourner', 'ou retourner en', 'retourner en ontario', 'go back to ontario', 'propaganda',
  'away from our kids', 'baragouinent', 'baragouine', 'should adapt to us', 'adapt to us', 'qu ils s adaptent',
  's adapter à nous', 's adapter a nous', 'avez fait votre temps', 'ont fait leur temps', 'had their time', 'vont toute prendre', 'vont tout prendre', 'prennent nos jobs', 'prennent nos logements', 'vont prendre nos', 'take our jobs', 'take all the',
  'vont faire du trouble', 'will cause trouble', 'c est toujours pareil avec', 'venir quêter', 'vont quêter', 'viennent quêter', 'quêteux',
  'se font faire des enfants', 'font des enfants juste', 'juste pour les chèques', 'juste pour avoir un', 'keep them away from', 'stick them all',
  'paient pas de taxes', 'payent pas de taxes', 'paient pas d impôts', 'paient pas d impots', 'pay no taxes', 'don t pay taxes',
  'ont toute gratis', 'ont tout gratis', 'toute gratis', 'get everything free', 'sont rendus partout', 'rendus partout',
  'on sera pu chez nous', 'on sera plus chez nous', 'on est pu chez nous', 'on est plus chez nous', 'bon débarras', 'bon debarras',
  'parle même pas français', 'parle meme pas francais', 'parlent même pas français', 'parlent meme pas francais',
  'parle même pas le français', 'parlent même pas le français', 'qu ils restent chez eux', 'qu y restent chez eux',
  'or leave', 'or get out', 'ou partez', 'ou ben partez', 'ou ben sacrez votre camp', 'ou sacrez votre camp',
  'respecte rien', 'respectent rien', 'just how they live', 'how they live', 'dans leur culture', 'c est dans leur culture', 'in their culture',
  'devrait être placé', 'devraient être placés', 'devrait etre place', 'devraient etre places',
]);

/**
 * "Pas besoin de…" about a group; not the job ad's "pas besoin d'expérience" (data).
 *
 * @example
 * ```ts
 * NO_NEED[0]?.notFollowedBy?.includes('expérience'); //=> true
 * ```
 */
export const NO_NEED: readonly NetiquetteEntry[] = entries('derogatory', ['pas besoin de', 'pas besoin d'], {
  notFollowedBy: ['expérience', 'experience', 'diplôme', 'diplome', 'permis', 'inscription', 'réservation', 'reservation', 'rendez-vous', 'payer', 'stresser', 'vous'],
});

/** Exclusion and xenophobic phrases that stand on their own (data). */
export const EXCLUSION: readonly NetiquetteEntry[] = entries('slur', [
  'retourne dans ton pays', 'retournez dans votre pays', 'retourne chez vous', 'retourne chez toi', 'retournez chez vous',
  'retourne d où tu viens', 'retourne d ou tu viens', 'retournez d où vous venez', 'rentre chez vous', 'rentrez chez vous',
  'go back to your country', 'go back to your own country', 'retournez en afrique', 'retourne en afrique', 'go back to africa',
  'retournez au mexique', 'retournez en inde', 'retournez en chine', 'retournez en haïti', 'imposer la charia', 'impose sharia',
  'ont tué jésus', 'ont tue jesus', 'killed jesus', 'à genoux devant ces gens-là', 'a genoux devant ces gens-la', 'qu il retourne chez eux', 'qu y retourne chez eux',
  'd où y vient celui-là', 'd ou y vient celui-la', 'go back to where you came from',
  // Fear of being outnumbered or ruled by another faith, and smells and washing said of newcomers.
  'bientôt la charia', 'bientot la charia', 'sharia law is coming', 'devenir minoritaires chez nous', 'minoritaires chez nous',
  'pue le cari', 'pue le curry', 'sentent le cari', 'smell of curry', 'ces gens-là se lavent', 'ces gens la se lavent', 'go back where you came from', 'go home to your country',
  'le québec aux québécois', 'le quebec aux quebecois', 'pas des vrais québécois', 'pas des vrais quebecois',
  'qu ils retournent chez eux', 'retournent chez eux', 'a nos frais', 'à nos frais', 'should just retire', 'make room',
  'can t even work', 'old lady who', 'old man who', 'pas compatible', 'pas compatibles', 'not compatible', 'c est ca qu y viennent chercher', 'viennent chercher', 'won t bother',
  'won t be around',
  'be dead before', 'cut out for real jobs', 'aren t cut out', 'gardent leurs affaires', 'recruter nos enfants', 'recruit our kids',
  'send them all back', 'send them back where', 'back where they came from', 'where they came from', 'renvoyez-les chez eux',
  'maudits français', 'maudits francais', 'maudits anglais', 'maudits immigrants', 'fermez les frontières', 'fermez les frontieres', 'close the borders', 'aux sarrois', 'la sarre aux sarrois',
  'retourne dans son pays', 'retourner dans son pays', 'prays five times a day', 'prie cinq fois par jour', 'viennent nous voler',
  'fresh off the boat', 'got off the boat', 'just off the boat', 'frenchies go home', 'savent pas se laver', 'savent point se laver', 'se lavent pas',
  'qu ils restent dans leurs roulottes', 'gay agenda', 'agenda gai', 'agenda gay', 'agenda lgbt',
  'the frogs want', 'if the frogs', 'frogs think', 'this is an english town', 'pepsis', 'speak english or get out', 'speak english or leave',
  'speak white', 'parle français ou va-t-en', 'parle francais ou va-t-en', 'speak english or leave',
  'trop d immigrés', 'trop d immigres', 'trop d immigrants', 'trop d étrangers', 'trop d etrangers', 'on se sent plus chez nous',
  'on se sent pu chez nous', 'on est plus chez nous', 'on est pu chez nous', 'too many immigrants',
  'the frogs at', 'frogs at town hall', 'frogs at city hall', 'ban them', 'bannissez-les', 'have no respect', 'ont aucun respect', 'ont pas de respect', 'engagez pu', 'engagez plus d', 'n engagez plus', 'stop hiring', 'can t handle', 'cant handle', 'can t even', 'cant even', 'what s killing', 'frogs gonna frog', 'bunch of frogs', 'damn frogs', 'fucking frogs', 'stupid frogs', 'maudits pepsis',
  // Coded tropes: smells, welfare cheques, "keep it in your bedroom".
  'sent le cari dans tout', 'sent le curry dans tout', 'sent le cari depuis qu', 'whole building smells like curry', 'icitte pour les chèques', 'icitte pour les cheques',
  'ici pour les chèques', 'ici pour les cheques', 'viennent pour les chèques', 'viennent pour les cheques',
  'here for the welfare', 'dans vos chambres à coucher', 'dans vos chambres a coucher', 'keep it in the bedroom',
], { tag: 'xenophobic', weight: 0.9 });
