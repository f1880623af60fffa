// Frequent French words, written folded (lower case, no accents), as the detector looks them
// up after `foldKey`. General knowledge of the language, not tuned to any sample: function
// words, the most common verbs and their frequent forms, and the vocabulary of municipal
// exchanges (services, weather, calendar, courtesy). Words that are just as common in English
// (`on`, `me`, `plus`, `service`…) are listed here AND in english.ts: the detector splits
// their weight between both languages.

/**
 * Frequent French words (folded).
 *
 * @example
 * ```ts
 * FRENCH_WORDS.includes('deneigement'); //=> true
 * ```
 */
export const FRENCH_WORDS: readonly string[] = [
  // articles, determiners, pronouns
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'ce', "c'", 'cet', 'cette', 'ces',
  'ca', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'celles', 'je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous',
  'ils', 'elles', 'me', "m'", 'te', "t'", 'se', "s'", 'moi', 'toi', 'lui', 'leur', 'leurs', 'eux', 'mon', 'ma',
  'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'y', 'en', 'qui', 'que', "qu'",
  'quoi', 'dont', 'ou', 'lequel', 'laquelle', 'lesquels', 'quel', 'quelle', 'quels', 'quelles', 'chaque',
  'quelque', 'quelques', 'plusieurs', 'aucun', 'aucune', 'autre', 'autres', 'meme', 'memes', 'tout', 'toute',
  'tous', 'toutes', 'rien', 'personne', 'chacun', 'quelqu\'un', 'certains', 'certaines',
  // conjunctions, prepositions, adverbs
  'et', 'mais', 'donc', 'ni', 'parce', 'puisque', 'lorsque', "lorsqu'", "puisqu'", "jusqu'", 'quand', 'comme',
  'si', 'alors', 'ainsi', 'puis', 'ensuite', 'dans', 'sur', 'sous', 'avec', 'sans', 'pour', 'par', 'chez',
  'entre', 'vers', 'apres', 'avant', 'depuis', 'pendant', 'contre', 'selon', 'malgre', 'pres', 'loin', 'derriere',
  'devant', 'ne', "n'", 'pas', 'plus', 'jamais', 'tres', 'trop', 'peu', 'beaucoup', 'bien', 'mal', 'aussi',
  'encore', 'deja', 'toujours', 'souvent', 'parfois', 'ici', 'la-bas', 'maintenant', 'aujourd\'hui', 'hier',
  'demain', 'bientot', 'tard', 'tot', 'vite', 'enfin', 'surtout', 'seulement', 'vraiment', 'peut-etre',
  'environ', 'presque', 'assez', 'plutot', 'pourtant', 'cependant', 'toutefois', 'notamment', 'ailleurs',
  'dehors', 'dedans', 'partout', 'ensemble', 'oui', 'non', 'pourquoi', 'comment', 'combien', 'est-ce',
  'est-ce-que', 'voici', 'voila', 'jusque', 'tant', 'autant', 'moins', 'mieux', 'pire', 'davantage',
  // être, avoir, aller, faire and other frequent verbs
  'etre', 'est', 'suis', 'es', 'sommes', 'etes', 'sont', 'etait', 'etais', 'etaient', 'ete', 'sera', 'serai',
  'seront', 'serait', 'seraient', 'soit', 'soient', 'avoir', 'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait',
  'avais', 'avaient', 'aura', 'aurai', 'auront', 'aurait', 'aurais', 'eu', 'ait', 'aller', 'vais', 'va', 'vas',
  'allons', 'allez', 'vont', 'allait', 'ira', 'irai', 'irait', 'alle', 'allee', 'faire', 'fais', 'fait', 'faisons',
  'faites', 'font', 'faisait', 'fera', 'ferait', 'faut', 'fallait', 'faudrait', 'pouvoir', 'peux', 'peut', 'pouvons',
  'pouvez', 'peuvent', 'pouvait', 'pourrait', 'pourriez', 'pourrais', 'pu', 'vouloir', 'veux', 'veut', 'voulons',
  'voulez', 'veulent', 'voulait', 'voudrais', 'voudrait', 'voulu', 'savoir', 'sais', 'sait', 'savons', 'savez',
  'savent', 'savait', 'su', 'dire', 'dis', 'dit', 'disent', 'disait', 'voir', 'vois', 'voit', 'voyez', 'vu', 'vue',
  'venir', 'viens', 'vient', 'venez', 'viennent', 'venu', 'venue', 'prendre', 'prends', 'prend', 'prenez', 'pris',
  'mettre', 'mets', 'met', 'mis', 'mise', 'donner', 'donne', 'donnez', 'donnent', 'trouver', 'trouve', 'trouvez',
  'penser', 'pense', 'pensez', 'croire', 'crois', 'croit', 'parler', 'parle', 'parlez', 'demander', 'demande',
  'demandez', 'passer', 'passe', 'passez', 'rester', 'reste', 'devoir', 'dois', 'doit', 'devez', 'doivent',
  'devrait', 'devraient', 'aimer', 'aime', 'aimerais', 'aimerait', 'adore', 'attendre', 'attend', 'attends',
  'comprendre', 'comprends', 'comprend', 'compris', 'connais', 'connait', 'sortir', 'sort', 'partir', 'part',
  'arrive', 'arriver', 'appeler', 'appelle', 'appelez', 'ecrire', 'ecrit', 'lire', 'lu', 'payer', 'paye', 'payez',
  'habite', 'habiter', 'ouvrir', 'ouvre', 'fermer', 'ramasser', 'ramasse', 'ramassage', 'nettoyer', 'deneiger',
  'deneige', 'laisser', 'laisse', 'mettez', 'suivre', 'suivez', 'informer', 'aviser', 'avise', 'rappeler',
  'jeter', 'rendre', 'rendez', 'repondre', 'repond', 'repondu', 'remercie', 'remercier', 'souhaite', 'souhaitons',
  'esperons', 'espere', 'continuer', 'continue', 'commencer', 'commence', 'finir', 'fini', 'finie', 'changer',
  'change', 'inscrire', 'inscription', 'inscriptions', 'consulter', 'consultez', 'communiquer', 'communiquez',
  'joindre', 'rejoindre', 'veuillez', 'prevoir', 'prevu', 'prevue', 'reporte', 'reportee', 'annule', 'annulee',
  // courtesy, feelings, judgement
  'merci', 'mercii', 'mercis', 'bonjour', 'bonsoir', 'salut', 'allo', 'bienvenue', 'bravo', 'felicitations', 'desole',
  'desolee', 'excusez', 'pardon', 'svp', 'stp', 'plait', 'bonne', 'bonnes', 'bon', 'bons', 'beau', 'belle',
  'beaux', 'belles', 'grand', 'grande', 'grands', 'petit', 'petite', 'petits', 'gros', 'grosse', 'nouveau',
  'nouvelle', 'nouveaux', 'vieux', 'vieille', 'vrai', 'vraie', 'faux', 'fausse', 'premier', 'premiere', 'dernier',
  'derniere', 'prochain', 'prochaine', 'meilleur', 'meilleure', 'gentil', 'gentille', 'content', 'contente',
  'heureux', 'heureuse', 'fier', 'fiere', 'triste', 'dommage', 'genial', 'parfait', 'magnifique', 'dangereux',
  'dangereuse', 'inacceptable', 'ridicule', 'honte', 'besoin', 'envie', 'peur', 'raison', 'tort', 'hate',
  'merveilleux', 'incroyable', 'facile', 'difficile', 'possible', 'impossible', 'important', 'importante',
  'gratuit', 'gratuite', 'sure', 'super', 'car', 'ferme', 'fermee', 'fermes', 'fermees', 'ouvert', 'ouverte', 'ouverts', 'ouvertes',
  'long', 'longue', 'chaud', 'chaude', 'froid', 'froide', 'pleine', 'plein', 'vide', 'propre', 'sale', 'mouille',
  // time, calendar
  'jour', 'jours', 'journee', 'soir', 'soiree', 'matin', 'matinee', 'nuit', 'semaine', 'semaines', 'fin', 'mois',
  'an', 'ans', 'annee', 'annees', 'heure', 'heures', 'minute', 'minutes', 'temps', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'ete', 'hiver', 'printemps', 'automne', 'horaire',
  'horaires', 'date', 'fois', 'moment', 'retard', 'delai',
  // city life, services, weather
  'ville', 'municipalite', 'citoyens', 'citoyen', 'citoyennes', 'residents', 'conseil', 'maire', 'mairesse',
  'conseiller', 'conseillere', 'municipal', 'municipale', 'municipaux', 'gens', 'monde', 'enfants', 'enfant',
  'famille', 'familles', 'maison', 'maisons', 'quartier', 'voisin', 'voisins', 'voisine', 'ecole', 'ecoles',
  'travail', 'travaux', 'chantier', 'entrepreneur', 'deneigement', 'neige', 'glace', 'verglas', 'pluie', 'vent',
  'tempete', 'eau', 'potable', 'ebullition', 'bouillir', 'inondation', 'coupure', 'courant', 'electricite',
  'poubelle', 'poubelles', 'ordures', 'bac', 'bacs', 'collecte', 'recyclage', 'dechets', 'encombrants', 'piscine',
  'bibliotheque', 'patinoire', 'stationnement', 'stationner', 'permis', 'taxe', 'taxes', 'compte', 'comptes',
  'facture', 'trottoir', 'trottoirs', 'nid-de-poule', 'nids-de-poule', 'trou', 'trous', 'pompiers', 'incendie',
  'urgence', 'securite', 'sante', 'bruit', 'chien', 'chiens', 'chats', 'animaux', 'voiture', 'voitures', 'auto',
  'autos', 'velo', 'velos', 'autobus', 'pieton', 'pietons', 'vitesse', 'lumiere', 'lumieres', 'feu', 'feux',
  'arbre', 'arbres', 'terrain', 'terrains', 'jeux', 'fete', 'activite', 'activites', 'evenement', 'evenements',
  'spectacle', 'benevoles', 'reunion', 'seance', 'assemblee', 'reglement', 'reglements', 'avis', 'public',
  'publique', 'renseignements', 'reponse', 'reponses', 'courriel', 'courriels', 'telephone', 'lien', 'formulaire',
  'demandes', 'plainte', 'plaintes', 'requete', 'suivi', 'equipe', 'employes', 'emploi', 'argent', 'prix', 'cout',
  'couts', 'chose', 'choses', 'fois', 'endroit', 'coin', 'chemins', 'routes', 'pont', 'ponts', 'annonce',
  'nouvelles', 'photo', 'photos', 'merci', 'aide', 'aider', 'aidez', 'question', 'questions', 'probleme',
  'problemes', 'situation', 'service', 'services', 'information', 'informations', 'info', 'infos',

  // reactions, judgement and frequent adverbs
  'excellent', 'excellente', 'malade', 'ayoye', 'misere', 'serieux', 'serieuse', 'serieusement', 'chapeau',
  'exactement', 'absolument', 'totalement', 'completement', 'evidemment', 'clairement', 'certainement',
  'justement', 'effectivement', 'finalement', 'heureusement', 'malheureusement', 'rapidement', 'simplement',
  'probablement', 'vraie', 'retablissement', 'condoleances', 'sympathies', 'joyeux', 'joyeuse', 'joyeuses',
  'fetes', 'noel', 'paix', 'repose', 'superbe', 'splendide', 'sublime', 'affreux', 'affreuse', 'drole', 'droles',
  'hilarant', 'inquiet', 'inquiete', 'decu', 'decue', 'decevant', 'decevante', 'frustrant', 'etrange', 'normal',
  'normale', 'chanceux', 'chanceuse', 'fou', 'folle', 'capote', 'capoter', 'epeurant', 'effrayant', 'pires',
  'hourra', 'oups', 'bof', 'hein', 'mets-en', 'ouache', 'tiens', 'ayayaye', 'wouhou', 'tabarouette', 'tellement', 'vive', 'vivement', 'bienvenu', 'bienvenus', 'bienvenues',
  'felicitation', 'remerciements', 'courage', 'chance', 'bisous', 'gros', 'grosse', 'lache', 'lachez',
  'continuez', 'pareil', 'pareille', 'idem', 'dac', 'daccord', "d'accord", 'accord', 'sais-tu', 'pourriez-vous',
  'pouvez-vous', 'savez-vous', 'connectez-vous', 'inscrivez-vous', 'ecrivez', 'ecrivez-nous', 'appelez-nous',
  'rendez-vous', 'vite', 'lentement', 'doucement', 'juste', 'ensemble', 'debut', 'milieu', 'cote', 'sujet',
  'facon', 'genre', 'sorte', 'idee', 'idees', 'avis', 'bonheur', 'plaisir', 'merveille', 'horreur', 'farce',
  'blague', 'mensonge', 'verite', 'honnetement', 'franchement', 'carrement', 'pantoute', 'quand-meme',
  // more frequent nouns and verbs
  'vie', 'monde', 'homme', 'femme', 'femmes', 'hommes', 'fille', 'filles', 'garcon', 'garcons', 'gars', 'mere',
  'pere', 'soeur', 'frere', 'ami', 'amie', 'amis', 'amies', 'aines', 'jeunes', 'personnes', 'ados', 'bebe',
  'main', 'tete', 'coeur', 'yeux', 'pied', 'pieds', 'corps', 'porte', 'fenetre', 'cour', 'entree', 'cabanon',
  'cloture', 'pelouse', 'jardin', 'fleurs', 'gazon', 'feuilles', 'sable', 'sel', 'boue', 'poussiere', 'odeur',
  'magasin', 'epicerie', 'restaurant', 'resto', 'depanneur', 'marche', 'centre-ville', 'ville', 'village',
  'region', 'pays', 'province', 'gouvernement', 'ministere', 'elections', 'vote', 'voter', 'budget', 'projet',
  'projets', 'decision', 'decisions', 'loi', 'regle', 'regles', 'droit', 'droits', 'amende', 'contravention',
  'policier', 'policiers', 'ambulance', 'hopital', 'medecin', 'clinique', 'pharmacie', 'soins', 'malades',
  'blesse', 'blessee', 'accident', 'tempete', 'chaleur', 'canicule', 'orage', 'inondations', 'incendies',
  'fumee', 'evacuation', 'consignes', 'sinistres', 'glissant', 'glissante', 'dangereux', 'lumieres',
  'merci', 'bienvenue', 'soiree', 'fete', 'festival', 'musique', 'concours', 'gagnant', 'gagnante', 'prix',
  'billets', 'billet', 'entree', 'gratuite', 'places', 'inscrire', 'inscrit', 'inscrite', 'rembourser',
  'remboursement', 'payer', 'paie', 'paye', 'gagner', 'perdre', 'perdu', 'perdue', 'trouve', 'trouvee', 'vole',
  'vole', 'brise', 'brisee', 'casse', 'cassee', 'repare', 'reparee', 'reparer', 'reparez', 'nettoye', 'enlever',
  'enleve', 'ajouter', 'ajoute', 'mettre', 'installer', 'installe', 'construire', 'construction', 'detruire',
  'demolir', 'rouvrir', 'rouvre', 'reouverture', 'fermeture', 'fermer', 'ouvrir', 'marcher', 'marche',
  'rouler', 'roule', 'roulent', 'conduire', 'traverser', 'tomber', 'tombe', 'tombee', 'tombes', 'blesser',
  'souffrir', 'dormir', 'reveiller', 'reveillent', 'manger', 'boire', 'jouer', 'joue', 'ont', 'etions',
  'aimerions', 'voudrions', 'souhaiterais', 'remarque', 'remarquer', 'remarquez', 'apprendre', 'appris',
  'oublier', 'oublie', 'oubliee', 'oublies', 'recevoir', 'recu', 'recue', 'envoyer', 'envoye', 'envoyez',
  'publier', 'partager', 'partage', 'expliquer', 'explique', 'expliquez', 'confirmer', 'confirme', 'essayer',
  'essaye', 'essayez', 'utiliser', 'utilise', 'chercher', 'cherche', 'cherchez', 'regarder', 'regarde',
  'ecouter', 'entendre', 'entendu', 'sentir', 'sens', 'tenir', 'tient', 'tenez', 'garder', 'garde', 'gardez',
  'porter', 'apporter', 'amener', 'emmener', 'monter', 'descendre', 'entrer', 'sortez', 'revenir', 'revient',
  'devenir', 'devient', 'sembler', 'semble', 'paraitre', 'parait', 'agir', 'vivre', 'mourir', 'mort', 'morte',
  'naitre', 'ne', 'nee', 'grandir', 'vieillir', 'changer', 'ameliorer', 'ameliore', 'augmenter', 'augmentation',
  'baisser', 'baisse', 'couter', 'coute', 'coutent', 'valoir', 'vaut', 'suffire', 'suffit', 'manquer', 'manque',
  'falloir', 'plaire', 'plait', 'interdire', 'interdit', 'interdite', 'permettre', 'permis', 'permise',
  'obliger', 'oblige', 'obligatoire', 'necessaire', 'utile', 'inutile', 'pratique', 'dispendieux', 'cher',
  'chere', 'chers', 'pauvre', 'pauvres', 'riche', 'haut', 'haute', 'bas', 'basse', 'court', 'courte', 'large',
  'etroit', 'lourd', 'leger', 'rapide', 'lent', 'lente', 'proche', 'loin', 'voisin', 'entier', 'entiere',
  'seul', 'seule', 'seuls', 'ensemble', 'different', 'differente', 'pareils', 'meme', 'aucune', 'nul', 'nulle',
  // elided and spoken forms
  "y'a", "y'en", "y'est", "y'e", "qu'il", "s'il",
];

/**
 * Québec French: spoken and informal forms frequent in comments (also folded). They are French
 * evidence, never English.
 *
 * @example
 * ```ts
 * QUEBEC_WORDS.includes('icitte'); //=> true
 * ```
 */
export const QUEBEC_WORDS: readonly string[] = [
  // Texting: "c'tait", "j'sais pas", "pourquoi", "parce que".
  'ctait', 'jsp', 'jsais', 'pk', 'pcq', 'pcque', 'qqn', 'qqch', 'slt', 'bcp', 'tjrs', 'mtn',
  'pis', 'ben', 'bin', 'enweille', 'enwoye', 'envoye', 'icitte', 'icite', 'tse', 'tsais', "t'sais", 'char', 'chars', 'astheure', 'asteure',
  "ast'heure", 'pantoute', 'pentoute', 'toe', 'moe', 'ouin', 'ouain', 'ouais', 'pogner', 'pogne', 'pognee',
  'pognes', 'chu', 'chus', 'chui', 'chuis', 'faque', 'fak', 'coudonc', 'tantot', 'tabarnak', 'tabarnac',
  'tabarnouche', 'calisse', 'caliss', 'calice', 'criss', 'crisse', 'osti', 'ostie', 'esti', 'estie', 'sti',
  'stie', 'sacrament', 'ciboire', 'maudit', 'maudite', 'mautadit', 'depanneur', 'depanneurs', 'magasiner',
  'magasinage', 'niaiser', 'niaiseux', 'niaiseuse', 'niaise', 'jaser', 'placoter', 'achaler', 'achalant',
  'ecoeurant', 'ecoeure', 'tanne', 'tannee', 'tannant', 'quetaine', 'bebelle', 'bebelles', 'garrocher', 'patente',
  'gosser', 'chialer', 'chiale', 'chialeux', 'zigonner', 'frette', 'mononc', 'matante', 'tuque', 'mitaines',
  'piasse', 'piasses', 'cenne', 'cennes', 'dins', 'kessé', 'kesse', 'quesse', 'kossé', 'kosse', 'toute', 'toutte',
  'weyons', 'voyons', 'enweye', 'envoye', 'tiguidou', 'chum', 'blonde', 'gang', 'ski-doo', 'motoneige',
  'poudrerie', 'sloche', 'gadoue', 'souffleuse', 'deneigeuse', 'gratte', 'pelle', 'pelleter',
  'fret', 'mouiller', 'mouille', 'icitte', 'la-dedans', 'dedans', 'chez-nous', 'bonyeu', 'bonyenne',
  'mosus', 'cibole', 'torieu', 'tabouere', 'ste', "c'te", 'pantoute', 'jase',
];
