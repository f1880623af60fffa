import { entries, type NetiquetteEntry } from './types.js';

/**
 * Solicitation and advertising words and phrases (data), matched through the shared normaliser
 * so that leetspeak, spacing and homoglyphs do not hide them. The `tag` is the family of
 * solicitation patterns (`solicitation.ts`) the entry belongs to; the spam classifier keeps the strongest
 * weight of each family.
 */
export const SPAM: readonly NetiquetteEntry[] = [
  ...entries('spam', [
    'dm me', 'pm me', 'inbox me', 'message me', 'dm moi', 'mp moi', 'écrivez-moi en privé', 'ecrivez moi en prive',
    'écris-moi en privé', 'ecris moi en prive', 'contactez-moi en privé', 'contactez moi en prive', 'texte-moi en privé',
    'texte moi en prive',
  ], { tag: 'private', weight: 0.7 }),
  ...entries('spam', ['en pv', 'en mp', 'message privé pour', 'en privé pour plus'], { tag: 'private', weight: 0.45 }),
  ...entries('spam', [
    'argent facile', 'revenu passif', 'revenus passifs', 'make money', 'earn money', 'work from home', 'travail à domicile',
    'travaillez de la maison', 'travailler de la maison', 'opportunité d affaires', 'opportunite d affaires',
    'business opportunity', 'placement garanti', 'rendement garanti', 'guaranteed returns', 'payday loan', 'prêt rapide',
    'pret rapide', 'sans vérification de crédit', 'no credit check', 'consolidation de dettes',
  ], { tag: 'money', weight: 0.6 }),
  ...entries('spam', ['crypto', 'cryptos', 'bitcoin', 'btc', 'forex', 'trading', 'invest now', 'investissez'], { tag: 'money', weight: 0.45 }),
  ...entries('spam', [
    'code promo', 'promo code', 'livraison gratuite', 'free shipping', 'soumission gratuite', 'estimation gratuite',
    'free estimate', 'free quote', 'prix imbattable', 'prix imbattables', 'meilleurs prix', 'best prices', 'prix compétitifs',
    'prix competitifs', 'je vends', 'on vend', 'buy now', 'shop now', 'commandez maintenant', 'order now', 'en solde',
    'liquidation', 'perdre du poids', 'lose weight', 'maigrir', 'produits naturels', 'on recrute', 'nous recrutons',
    'we are hiring', 'onlyfans',
  ], { tag: 'offer', weight: 0.5 }),
  ...entries('spam', ['allez jeter un oeil', 'allez jeter un œil', 'jetez un oeil a ma page', 'j ai ouvert ma page', 'ouvert ma boutique', 'ma page facebook', 'demande-moi comment', 'demande moi comment', 'demandez-moi comment', 'demandez moi comment', 'ask me how', 'dm me how'], { tag: 'offer', weight: 0.6 }),
  ...entries('spam', ['for rates', 'message for rates', 'i coach privately', 'je donne des cours privés', 'cours privés', 'pour un rabais', 'sur insta pour', 'on insta for', 'suivez-nous sur insta', 'follow us on insta'], { tag: 'offer', weight: 0.55 }),
  ...entries('spam', ['encore quelques places', 'places pour la saison', 'quelques places pour', 'spots left', 'few spots left'], { tag: 'offer', weight: 0.55 }),
  // "Cheap" as a price, not "c'était cheap cette année" (stingy).
  ...entries('spam', ['cheap'], { tag: 'offer', weight: 0.4, notFollowedBy: ['cette', 'cet', 'ce', 'cte', 'this', 'that', 'en', 'pis', 'de', 'encore', 'pareil', 'anyway'] }),
  ...entries('spam', ['pas cher', 'pas chère', 'pas chere', 'bas prix', 'bon prix', 'low prices', 'best price'], { tag: 'offer', weight: 0.45 }),
  ...entries('spam', ['à vendre', 'a vendre', 'for sale', 'achetez', 'vends', 'en vente', 'soldes', 'cbd', 'courtier', 'courtière', 'hypothèque'], { tag: 'offer', weight: 0.3 }),
  ...entries('spam', [
    'notre entreprise', 'mon entreprise', 'ma compagnie', 'notre compagnie', 'nos services', 'our services', 'mes services',
    'j offre mes services', 'offre mes services',
  ], { tag: 'business', weight: 0.45 }),
  ...entries('spam', ['giveaway', 'gagnez un', 'gagnez une', 'win a'], { tag: 'contest', weight: 0.6 }),
  ...entries('spam', ['concours', 'tirage'], { tag: 'contest', weight: 0.35 }),
  ...entries('spam', [
    'herbalife', 'amway', 'avon', 'norwex', 'tupperware', 'partylite', 'arbonne', 'younique', 'monat', 'mary kay', 'scentsy',
    'isagenix', 'pampered chef', 'doterra', 'young living', 'prix membre', 'member price', 'mlm', 'marketing de réseau', 'marketing de reseau', 'joignez mon équipe', 'join my team', 'shakes',
  ], { tag: 'mlm', weight: 0.5 }),
  ...entries('spam', ['whatsapp', 'telegram', 'cliquez ici', 'click here', 'lien en bio', 'link in bio'], { tag: 'channel', weight: 0.35 }),
];

/**
 * Petition phrasing and sites (data). `call`: the words ask to sign or say one signed;
 * `site`: petition sites; `noun`: the word alone, which only adds weight.
 */
export const PETITION: readonly NetiquetteEntry[] = [
  ...entries('petition', [
    'signez la pétition', 'signez la petition', 'signer la pétition', 'signer la petition', 'signez notre pétition',
    'signez ma pétition', 'signez et partagez', 'signez pis partagez', 'partagez et signez', 'ai signé la pétition',
    'sign the petition', 'sign this petition', 'sign our petition', 'signed the petition', 'sign and share', 'svp signez',
    'signez svp', 'lien de la pétition', 'lien pour signer', 'ramasse des signatures', 'ramassons des signatures',
    'on ramasse des signatures', 'collecting signatures', 'écrivez-moi pour signer', 'ecrivez-moi pour signer', 'message me to sign',
  ], { tag: 'call', weight: 0.9 }),
  ...entries('petition', [
    'mettre votre nom', 'mettez votre nom', 'ajoutez votre nom', 'add your name', 'signer la liste', 'signez la liste',
    'une liste contre', 'une feuille qui circule', 'preparez vos stylos', 'préparez vos stylos', 'passez signer',
  ], { tag: 'call', weight: 0.8 }),
  ...entries('petition', [
    'change.org', 'change org', 'chng.it', 'avaaz', 'petitions.assnat', 'ipetitions', 'petitions ourcommons', 'leadnow',
  ], { tag: 'site', weight: 0.9 }),
  ...entries('petition', ['pétition', 'petition', 'pétitions', 'petitions', 'signatures'], { tag: 'noun', weight: 0.35 }),
];

/** Pirated works and streaming phrasing and domains (data). */
export const PIRACY: readonly NetiquetteEntry[] = [
  ...entries('piracy', [
    'film complet', 'films complets', 'full movie', 'full movies', 'film gratuit', 'films gratuits', 'regarder gratuitement',
    'regardez gratuitement', 'watch free', 'watch for free', 'free stream', 'free streaming', 'streaming gratuit',
    'stream gratuit', 'en streaming gratuit', 'voir le film', 'télécharger gratuitement', 'telecharger gratuitement',
    'download free', 'free download', 'thepiratebay', 'pirate bay', '1337x', 'yts',
    'rarbg', 'fmovies', '123movies', 'putlocker', 'soap2day', 'gomovies', 'popcorn time', 'iptv', 'kodi',     'cracké', 'keygen', 'warez', 'dvdrip', 'bluray rip', 'hdrip', 'camrip', 'cam rip', 'pdf gratuit', 'livre gratuit en pdf',
    'ebook gratuit', 'mp3 gratuit', 'album complet', 'full album', 'mega.nz', 'zippyshare', 'uptobox',     'regardez le match gratuit', 'match gratuit', 'match en direct gratuit', 'en direct gratuit', 'show complet gratuit', 'spectacle complet gratuit', 'live gratuit', 'live stream free', 'stream du match',
  ]),
  // "Le torrent d'hier", "un torrent de pluie": the rain, not the file.
  ...entries('piracy', ['torrent', 'torrents'], { notFollowedBy: ['de', 'd', 'of'], notPrecededBy: ['un', 'ce', 'quel', 'gros', 'vrai', 'a', 'the'] }),
  // Streaming, download and torrent sites people name without a link.
  ...entries('piracy', [
    'papystreaming', 'coflix', 'wiflix', 'french stream', 'frenchstream', 'zone telechargement', 'zone-telechargement', 'streameast',
    'voirfilms', 'dpstream', 'cpasbien', 'yggtorrent', 'libgen', 'zlibrary', 'z-library', 'sci-hub', 'annas archive', 'tirexo',
    'vostfree', 'sflix', 'crackstreams', 'methstreams', 'buffstreams', 'sportsurge', 'totalsportek', 'streamcomplet', 'filmoflix',
  ]),
  // Notices that mark a pasted work; they count with length (see the copyright classifier).
  ...entries('piracy', ['tous droits réservés', 'tous droits reserves', 'all rights reserved', 'reproduction interdite', 'copyright', 'crack', 'magnet'], { weight: 0.4 }),
];

/**
 * Phrasing about illegal activities (data). The `tag` says what a match is: `urge` (the words
 * themselves urge an illegal act: "crevez les pneus"), `act` (an illegal act named or
 * described, which counts only with advice or an assurance of impunity) or `impunity` ("ni vu
 * ni connu", "personne va vous pogner").
 */
export const ILLEGAL: readonly NetiquetteEntry[] = [
  ...entries('illegal', [
    'crevez les pneus', 'crevez leurs pneus', 'crevez-lui un pneu', 'vandalisez', 'vandalisons', 'taguez', 'brûlez les cônes',
    'brulez les cones', 'volez', 'volons', 'allez voler', 'on devrait voler', 'piquez les', 'payez pas vos taxes',
    'ne payez pas vos taxes', 'pas payer vos taxes', 'boycottez le compte de taxes', 'dont pay your taxes',
    'jetez vos vidanges dans', 'jetez vos déchets dans', 'jetez ça dans le fossé', 'faites un feu quand même',
    'ignorez l interdiction', 'ignore the ban', 'chauffez chaud', 'rentrez par effraction', 'faites du 150',
    'brûlez les feux rouges', 'passez sur la rouge', 'arrachez les pancartes', 'enlevez les panneaux', 'fraudez', 'fraudons',
    'mentez sur', 'graissez la patte', 'bloquez la route', 'bloquez le pont', 'bloquons la route', 'on bloque le pont',
    'squattez', 'shoplift', 'drink and drive',
  ], { tag: 'urge', weight: 0.85 }),
  ...entries('illegal', [
    'conduire saoul', 'conduire soûl', 'conduire chaud', 'conduire en boisson', 'chauffer chaud', 'chauffer saoul',
    'prendre le volant saoul', 'drive drunk', 'drunk driving', 'en dessous de la table', 'cash sous la table',
    'under the table', 'au noir', 'crever les pneus', 'vandaliser', 'vandalize', 'taguer', 'voler', 'steal', 'shoplifting',
    'vendre du pot', 'vendre de la drogue', 'braconner', 'braconnage', 'chasser sans permis', 'pêcher sans permis',
    'pirater', 'hacker le site', 'frauder l impôt', 'frauder les impôts', 'frauder la ville', 'fausse déclaration',
    'fausses déclarations', 'graisser la patte', 'arracher les pancartes', 'défoncer la porte', 'squatter',
    // Everyday by-law dodges: a fire in the yard, someone else's container, the water meter, the
    // city's cones, snow pushed into the street, a car left out during a towing night.
    'forcer la porte', 'forcez la porte', 'force the door', 'break in', 'climb the fence', 'jump the fence', 'sneak in',
    'avec un tournevis', 'avec un pied-de-biche', 'with a screwdriver', 'with a crowbar', 'and a joint', 'bring a joint',
    'smoke a joint', 'fumer un joint', 'fumez un joint',
    'sauter la clôture', 'sauter la cloture', 'passer par-dessus la clôture', 'passer par-dessus la cloture',
    'feu dans la cour', 'feu dans le fond de la cour', 'feu de camp dans la cour', 'fire in the backyard',
    'conteneur de l épicerie', 'conteneur en arrière de l épicerie', 'conteneur du dépanneur', 'le conteneur du voisin',
    'someone else s dumpster', 'aimant sur le compteur', 'un aimant sur le compteur', 'magnet on the meter',
    'trafiquer le compteur', 'empruntent les cônes', 'empruntent les cones', 'prendre les cônes', 'prendre les cones',
    'pelletez votre entrée dans la rue', 'pelletez votre entree dans la rue', 'pelleter dans la rue', 'souffler dans la rue',
    'leave your car on the street', 'laissez votre char dans la rue', 'laissez votre auto dans la rue',
  ], { tag: 'act', weight: 0.5 }),
  ...entries('illegal', [
    'personne va vous pogner', 'personne va te pogner', 'vous ferez pas pogner', 'tu te feras pas pogner',
    'tu te feras jamais pogner', 'ni vu ni connu', 'y a jamais de police', 'jamais de police', 'pas de police',
    'personne va le savoir', 'personne va savoir', 'jamais personne qui checke', 'y a jamais personne qui checke',
    'jamais personne qui vérifie', 'jamais eu de trouble', 'jamais eu de problème', 'never actually tow', 'they never tow',
    'never got caught', 'never been caught', 'zero security', 'no security', 'aucune sécurité', 'aucune securite', 'ont d autres chats à fouetter', 'ont d autres chats a fouetter',
  ], { tag: 'impunity', weight: 0.55 }),
];
