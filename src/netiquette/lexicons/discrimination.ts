import { entries, type NetiquetteEntry } from './types.js';

/** Slurs, with the sub-category of the `objectionable` clause they also fall under in `tag` (data). */
export const SLURS: readonly NetiquetteEntry[] = [
  ...entries('slur', ['nègre', 'negre', 'nègres', 'negres', 'négro', 'negro', 'nigger', 'niggers', 'nigga', 'bougnoule',
    'bougnoules', 'bicot', 'chinetoque', 'chinetoques', 'chink', 'chinks', 'bridé', 'bridés', 'youpin',
    'youpins', 'squaw', 'peau-rouge', 'peaux-rouges', 'bamboula', 'macaque', 'macaques',
    'wetback', 'spic', 'paki', 'pakis', 'towelhead', 'raghead', 'sand nigger', 'kike', 'gook', 'coon', 'jungle bunny',
    'bloke noir', 'tête carrée', 'têtes carrées', ], { tag: 'racist', weight: 0.95 }),
  ...entries('slur', ['fif', 'fifs', 'fifi', 'tapette', 'tapettes', 'pédé', 'pédés', 'pd', 'tarlouze', 'gouine', 'gouines',
    'faggot', 'faggots', 'fag', 'fags', 'dyke', 'tranny', 'trannies', 'moumoune', 'homo', 'homos'], { tag: 'homophobic', weight: 0.9 }),
  ...entries('slur', ['mongol', 'mongols', 'mongole', 'retardé', 'retardés', 'retardée', 'handicapé mental', 'spastique', 'spaz', 'cripple', 'infirme', 'infirmes'], { tag: 'disrespectful', weight: 0.85 }),
  ...entries('slur', ['bs', 'b.s.', 'assistés sociaux', 'welfare bums', 'white trash', 'bougons'], { tag: 'disrespectful', weight: 0.6 }),
];

/** Groups of people that discriminatory remarks generalise about (data). */
export const GROUPS: readonly NetiquetteEntry[] = entries('group', [
  'immigrant*', 'immigré*', 'immigre*', 'migrant*', 'réfugié*', 'refugie*', 'étranger*', 'etranger*', 'arabe*', 'musulman*',
  'islamiste*', 'juif*', 'juive*', 'noir', 'noirs', 'noire', 'noires', 'black', 'blacks', 'asiatique*', 'chinois',
  'chinoise*', 'haïtien*', 'haitien*', 'africain*', 'mexicain*', 'latino*', 'autochtone*', 'indien', 'indiens', 'amérindien*',
  'premières nations', 'anglais', 'anglo', 'anglos', 'anglophone*', 'français de france', 'maudits français',
  'gai', 'gais', 'gay', 'gays', 'lesbienne*', 'homosexuel*', 'trans', 'transgenre*', 'lgbt*', 'femme', 'femmes', 'women',
  'handicapé*', 'handicape*', 'vieux', 'vieilles', 'personnes âgées', 'boomers', 'boomer', 'jeunes', 'ados', 'pauvres',
  'assistés sociaux', 'itinérant*', 'itinerant*', 'sans-abri', 'immigrants', 'muslims', 'jews', 'mexicans', 'natives',
  'indians', 'chinese', 'arabs', 'foreigners', 'refugees', 'gays', 'lesbians', 'women', 'old people', 'homeless',
  'religieux', 'voilées', 'voilees', 'voile', 'hijab', 'sikh*', 'hindou*', 'roms', 'gitans', 'gitan',
]);

/**
 * Derogatory predicates about a group ("sont tous des…", "retournez chez vous", "dehors") (data).
 */
export const DEROGATORY: readonly NetiquetteEntry[] = entries('derogatory', [
  'sont tous des', 'sont toutes des', 'tous des', 'toutes des', 'sont tous pareils', 'toutes pareilles', 'rien que des',
  'juste des', 'retournez chez vous', 'retourne chez vous', 'retournez dans votre pays', 'retourne dans ton pays',
  'retournez dans leur pays', 'retourner dans leur pays', 'chez eux', 'dehors', 'crissez-les dehors', 'crisser dehors',
  'mettre dehors', 'pas chez nous', 'pas les bienvenus', 'pas les bienvenues', 'envahissent', 'envahir', 'invasion',
  'remplacement', 'nous remplacer', 'volent nos jobs', 'volent nos emplois', 'profitent du système', 'profiteurs',
  'profiteuses', 'sales', 'sale', 'dangereux', 'criminels', 'voleurs', 'paresseux', 'parasites', 'vermine', 'pas des vrais',
  'pas de vrais', 'pas des vraies', 'devraient pas avoir le droit', 'devraient pas voter', 'devraient rester à la maison',
  'devraient rester chez eux', 'sont une plaie', 'la plaie', 'sous-humains', 'inférieurs', 'inferieurs', 'malades mentaux',
  'contre nature', 'contre-nature', 'dégoûtants', 'degoutants', 'dégueulasses', 'go back to your country', 'go back where',
  'are all', 'all the same', 'should not be allowed', 'shouldnt be allowed', 'dont belong', 'do not belong', 'invading',
  'taking our jobs', 'disgusting', 'animals', 'des animaux', 'comme des animaux', 'ont rien à faire ici', 'rien à faire ici',
  'on en veut pas', 'on veut pas de', 'pas de place pour', 'encore eux', 'ces gens-là', 'ces gens la', 'ce monde-là',
]);
