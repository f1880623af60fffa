/**
 * Subjects of city posts and of comments, as word stems (folded, first letters of a word)
 * (data). A comment whose subjects are all foreign to the post it answers is off-topic.
 * `unrelated` subjects never belong under a city post.
 */
export const TOPICS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  snow: ['neige', 'deneig', 'souffleus', 'gratte', 'chasse-neige', 'trottoir', 'tempete', 'banc', 'glace', 'glissant', 'sabl', 'sel', 'plow', 'snow', 'sidewalk', 'storm', 'ice', 'poudrerie', 'deblay', 'pelle', 'stationnement de nuit'],
  waste: ['vidange', 'poubell', 'ordure', 'dechet', 'recycl', 'compost', 'bac', 'collecte', 'ecocentre', 'encombrant', 'garbage', 'trash', 'recycling', 'bin', 'bins', 'pickup', 'cueillette', 'matiere', 'organique', 'residus'],
  water: ['eau', 'ebullition', 'aqueduc', 'robinet', 'potable', 'egout', 'water', 'boil', 'tap', 'pression', 'bris', 'conduite', 'inond', 'flood', 'refoulement', 'compteur', 'puits', 'fosse septique', 'ponceau', 'fosse'],
  roads: ['rue', 'route', 'travaux', 'trou', 'nid-de-poule', 'nids-de-poule', 'asphalt', 'pave', 'detour', 'cone', 'chantier', 'circulation', 'trafic', 'traffic', 'road', 'street', 'pothole', 'construction', 'pont', 'viaduc', 'feu de circulation', 'lumiere', 'intersection', 'vitesse', 'dos d ane', 'dos-d\'ane', 'piste', 'cyclable', 'velo', 'bike', 'signalisation', 'panneau', 'arret', 'stop', 'pieton', 'brigadier', 'autobus', 'bus', 'transport', 'stationnement', 'parking', 'parcometre', 'voie', 'boulevard'],
  taxes: ['taxe', 'tax', 'compte', 'evaluation', 'budget', 'impot', 'foncier', 'facture', 'tarif', 'frais', 'hausse', 'augmentation', 'argent', 'dette', 'depense', 'payer', 'paie', 'cout', 'millions', 'dollars', 'subvention', 'contribuable'],
  council: ['conseil', 'seance', 'maire', 'mairesse', 'elu', 'conseiller', 'conseillere', 'proces-verbal', 'reglement', 'resolution', 'vote', 'council', 'meeting', 'mayor', 'bylaw', 'consultation', 'assemblee', 'ordre du jour', 'periode de questions', 'hotel de ville', 'zonage', 'urbanisme', 'permis', 'derogation'],
  events: ['festival', 'spectacle', 'fete', 'feux d artifice', 'artifice', 'show', 'musique', 'concert', 'activite', 'evenement', 'event', 'marche', 'noel', 'halloween', 'parade', 'defile', 'billet', 'programmation', 'animation', 'kiosque', 'exposant', 'benevole', 'fireworks', 'celebration', 'saint-jean', 'canada day', 'carnaval'],
  leisure: ['parc', 'piscine', 'arena', 'patinoire', 'bibliotheque', 'livre', 'jeux d eau', 'module', 'soccer', 'hockey', 'baseball', 'tennis', 'pickleball', 'sentier', 'plage', 'camp de jour', 'inscription', 'loisir', 'cours', 'pool', 'library', 'park', 'rink', 'skate', 'patin', 'ski', 'glissade', 'terrain', 'gym', 'centre sportif', 'aquatique'],
  animals: ['chien', 'chat', 'animal', 'animaux', 'licence', 'medaille', 'laisse', 'parc canin', 'dog', 'cat', 'pet', 'fourriere', 'spca', 'raton', 'moufette', 'coyote', 'ours', 'perdu', 'lost', 'trouve'],
  safety: ['feu', 'incendie', 'pompier', 'police', 'securite', 'urgence', 'alerte', 'evacuation', 'fire', 'safety', 'emergency', 'sinistre', 'panne', 'electricite', 'hydro', 'gaz', 'fumee', 'avertisseur', 'interdiction'],
  environment: ['arbre', 'abattage', 'plantation', 'gazon', 'pelouse', 'herbe', 'fleur', 'environnement', 'tree', 'pesticide', 'riviere', 'lac', 'berge', 'moustique', 'agrile', 'frene', 'jardin', 'potager', 'feuilles', 'branches', 'herbicyclage'],
  jobs: ['emploi', 'poste', 'candidature', 'job', 'hiring', 'embauche', 'offre', 'cv', 'etudiant', 'saisonnier', 'salaire', 'entrevue'],
  housing: ['logement', 'loyer', 'maison', 'terrain', 'construction', 'developpement', 'quartier', 'voisin', 'residence', 'immeuble', 'batiment', 'renovation', 'housing', 'rent'],
  health: ['sante', 'clinique', 'hopital', 'medecin', 'vaccin', 'covid', 'clsc', 'pharmacie', 'health', 'doctor', 'urgence'],
  // Lost and found, garage sales: notices that never belong under a city post, even when they
  // share a street name with it.
  notice: [
    'restos a recommander', 'des bons restos', 'bon resto a recommander', 'anniversaire de mariage', 'perdu chat', 'perdue chatte', 'perdu chien', 'perdue chienne', 'trouve chat', 'trouve chien', 'lost kitty', 'a vu un chat', 'a vu mon chat', 'a perdu un chat', 'a perdu un chien', 'perdu notre chat', 'perdu notre chien', 'notre chat est sorti', 'notre chien est sorti', 'mon chat est sorti', 'mon chien est sorti', 'lost our cat', 'lost our dog', 'perdu son chat', 'perdu son chien', 'lost a cat', 'lost a dog', 'a vu un chien', 'a vu mon chien', 'has anyone seen', 'chat perdu', 'chien perdu', 'chatte perdue', 'lost dog', 'lost cat', 'found dog', 'found cat', 'chat trouve', 'chien trouve', 'tuque perdue', 'cle perdue', 'lunettes perdues', 'chienne trouvee', 'chatte trouvee', 'vente de garage', 'garage sale', 'yard sale', 'vente debarras', 'lost my glasses', 'lost my wallet', 'lost my phone', 'lost my ring', 'perdu mes lunettes', 'perdu mon portefeuille', 'perdu mon cellulaire', 'perdu ma sacoche', 'perdu ma bague', 'perdu mon sac',
  ],
  personal: [
    'le ch va', 'du canadien', 'des canadiens', 'go habs go', 'les series', 'manquer les series', 'the habs',
    'anyone selling', 'quelqu un vend', 'quelquun vend', 'qqn vend', 'looking to buy', 'cherche a acheter', 'paying cash',
    'recette', 'recipe', 'gateau', 'cuisiner', 'ingredient', 'tasse de', 'cuillere', 'pate chinois', 'tourtiere',
    'horoscope', 'astrolog', 'zodiaque', 'celibataire', 'rencontre amoureuse', 'dating', 'loto', 'loterie', 'lotto', 'casino',
    'match du canadien', 'score du canadien', 'le score du', 'game du canadien', 'qui a regarde le match', 'the game last night', 'habs', 'leafs', 'the leafs game', 'canadiens ont', 'canadien a', 'les canadiens', 'le canadien', 'match d hier', 'playoffs', 'series eliminatoires', 'gardien de but',
    'kardashian', 'celebrite', 'telerealite', 'netflix', 'serie tele', 'jeu video',
    'playstation', 'xbox', 'fortnite', 'pokemon', 'tout inclus', 'pars a cuba', 'pars en floride', 'pars en voyage', 'je pars en vacances', 'mes vacances', 'my vacation',
    'bonne fete', 'joyeux anniversaire', 'happy birthday', 'birthday to my', 'bon anniversaire', 'bonne fete a ma', 'bonne fete a mon',
    'love you sis', 'love you bro', 'a eu son bebe', 'a accouche', 'on se separe', 'a louer pour juillet', 'un 4 1 2', 'un 3 1 2',
    'cherche un logement', 'looking for an apartment', 'apartment for rent', 'happy anniversary', 'anniversaire de', 'bonne fete a', 'profite bien',
    'premiere dent', 'il s appelle', 'elle s appelle',
    'chatons', 'chiots', 'kittens', 'puppies', 'je donne', 'a donner', 'je cherche un',
    'je cherche une', 'looking for a', 'quelqu un connait', 'quelqu un sait si le', 'anyone know a', 'does anyone know a',
    'bon dentiste', 'bon mecanicien', 'good mechanic', 'good dentist', 'plombier', 'gardienne', 'babysitter', 'ca mord', 'personal best', 'mon reve', 'reve cette nuit', 'jai reve', 'faux profil',
    'concours facebook', 'mes cles', 'my keys', 'mon chat a eu', 'ma chatte a eu', 'mon chien a eu', 'ma chienne a eu',
    'dernier episode', 'episode d hier', 'star academie', 'occupation double', 'big brother', 'survivor', 'the bachelor',
    'last night s episode',             ],
});

/**
 * Facilities and services a comment may switch to (data): "Pis l'aréna, elle rouvre quand?" under
 * a post on the pool opens another subject even though both are leisure. Stems as in
 * {@link TOPICS}.
 *
 * @example
 * ```ts
 * FACILITIES.piscine?.includes('natation'); //=> true
 * ```
 */
export const FACILITIES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  piscine: ['piscine', 'pool', 'natation', 'bain libre', 'swimming'],
  arena: ['arena', 'patinage libre', 'patin libre', 'hockey libre', 'surfaceuse'],
  patinoire: ['patinoire', 'outdoor rink'],
  bibliotheque: ['bibliotheque', 'biblio', 'library', 'heure du conte'],
  plage: ['plage', 'beach', 'baignade'],
  clsc: ['clsc', 'clinique', 'hopital', 'medecin', 'doctor', 'clinic'],
  ecole: ['ecole', 'school', 'autobus scolaire'],
  compteur: ['compteur', 'meter'],
  aqueduc: ['aqueduc', 'ebullition', 'boil water'],
  nids: ['nid-de-poule', 'nids-de-poule', 'pothole'],
  trottoir: ['trottoir', 'sidewalk'],
  cyclable: ['piste cyclable', 'voie cyclable', 'bike path', 'velo'],
  eclairage: ['lampadaire', 'streetlight', 'feu de circulation'],
  pont: ['pont', 'bridge', 'viaduc'],
  autoroute: ['autoroute', 'highway', 'mtq', 'ministere des transports'],
  deneigement: ['deneigement', 'souffleuse', 'gratte', 'plow'],
  sapins: ['sapin', 'christmas tree'],
  ecocentre: ['ecocentre'],
  cellulaire: ['cellulaire', 'reseau cellulaire', 'cell service'],
  transport: ['transport adapte', 'transport en commun', 'autobus', 'bus'],
});

/** Subjects close enough that a comment on one fits a post on the other (data). */
export const RELATED_TOPICS: readonly (readonly [string, string])[] = [
  ['snow', 'roads'], ['snow', 'safety'], ['snow', 'waste'], ['waste', 'environment'], ['water', 'safety'], ['water', 'roads'],
  ['water', 'health'], ['taxes', 'council'], ['council', 'roads'], ['council', 'leisure'], ['council', 'events'],
  ['events', 'leisure'], ['leisure', 'environment'], ['roads', 'safety'], ['housing', 'council'], ['animals', 'leisure'],
  ['animals', 'council'], ['jobs', 'council'], ['health', 'safety'], ['housing', 'taxes'],
];

/** Phrases that open a different subject ("parlant de…", "tant qu'à…", "speaking of…") (data). */
export const TOPIC_SHIFTS: readonly string[] = [
  'parlant de', 'tant qu a', 'tant qua', 'pendant qu on y est', 'pendant quon y est', 'en passant', 'by the way', 'btw',
  'speaking of', 'what about', 'and what about', 'et pour', 'autre sujet', 'autre question', 'hors sujet', 'off topic',
  'rien a voir', 'pas rapport', 'ca serait le temps de', 'changement de sujet', 'unrelated but',
];

/** Keyboard rows and sequences typed when mashing keys (data). */
export const KEYBOARD_RUNS: readonly string[] = [
  'qwert', 'werty', 'ertyu', 'rtyui', 'tyuio', 'yuiop', 'asdf', 'sdfg', 'dfgh', 'fghj', 'ghjk', 'hjkl', 'jklm', 'zxcv', 'xcvb',
  'cvbn', 'vbnm', 'asd', 'sdf', 'dfg', 'fgh', 'ghj', 'qwe', 'wer', 'xcv', 'bnm', 'azert', 'zerty', 'qsdf', 'wxcv', 'poiu', 'lkjh', 'mnbv', 'ytrez', 'uiop', 'jkl',
];
