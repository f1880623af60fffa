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
  unrelated: [
    'recette', 'recipe', 'gateau', 'cuisiner', 'ingredients', 'four a', 'tasse de', 'cuillere',
    'horoscope', 'astrolog', 'signe du zodiaque', 'celibataire', 'rencontre amoureuse', 'dating', 'single',
    'crypto', 'bitcoin', 'forex', 'casino', 'loterie', 'lotto', 'gratteux',
    'canadien a gagne', 'canadiens ont', 'match d hier', 'playoffs', 'series eliminatoires', 'nhl', 'lnh',
    'kardashian', 'celebrite', 'vedette', 'telerealite', 'netflix', 'serie tele', 'film de', 'episode',
    'iphone', 'samsung', 'jeu video', 'playstation', 'xbox', 'fortnite', 'pokemon',
    'vacances dans le sud', 'cuba', 'floride', 'voyage a', 'tout inclus',
    'mon ex', 'ma belle-mere', 'mariage de ma', 'tricot', 'bricolage',
  ],
});

/** Keyboard rows and sequences typed when mashing keys (data). */
export const KEYBOARD_RUNS: readonly string[] = [
  'qwert', 'werty', 'ertyu', 'rtyui', 'tyuio', 'yuiop', 'asdf', 'sdfg', 'dfgh', 'fghj', 'ghjk', 'hjkl', 'jklm', 'zxcv', 'xcvb',
  'cvbn', 'vbnm', 'azert', 'zerty', 'qsdf', 'wxcv', 'poiu', 'lkjh', 'mnbv', 'ytrez', 'uiop', 'jkl',
];
