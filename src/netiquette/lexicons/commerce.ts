import { entries, type NetiquetteEntry } from './types.js';

/** Solicitation and advertising phrasing (data). Weights add up in the spam classifier. */
export const SPAM: readonly NetiquetteEntry[] = [
  ...entries('spam', [
    'visitez mon site', 'visitez notre site', 'visitez ma page', 'visit my', 'check out my', 'check my profile',
    'abonnez-vous', 'abonnez vous', 'suivez ma page', 'suivez-nous', 'suivez nous', 'follow me', 'follow my',
    'like ma page', 'likez ma page', 'aimez ma page', 'partagez ma page', 'dm me', 'message me', 'inbox me', 'pm me',
    'écrivez-moi en privé', 'ecrivez-moi en prive', 'écrivez moi en privé', 'écris-moi en privé', 'ecris moi en prive',
    'contactez-moi en privé', 'contactez moi en prive', 'message privé pour', 'en privé pour plus', 'en pv',
    'gagnez de l argent', 'gagner de l argent', 'argent facile', 'revenu passif', 'revenus passifs', 'make money',
    'earn money', 'work from home', 'travail à domicile', 'travail de la maison', 'travaillez de la maison',
    'par jour de la maison', 'par semaine de la maison', 'opportunité d affaires', 'opportunite d affaires',
    'business opportunity', 'crypto', 'cryptos', 'bitcoin', 'btc', 'forex', 'investissez', 'invest now',
    'investment', 'placement garanti', 'rendement garanti', 'guaranteed returns', 'code promo', 'promo code',
    'rabais de', '% de rabais', 'off your', 'livraison gratuite', 'free shipping', 'soumission gratuite',
    'estimation gratuite', 'free estimate', 'free quote', 'prix imbattable', 'prix imbattables', 'meilleurs prix',
    'best prices', 'prix compétitifs', 'prix competitifs', 'appelez-nous', 'appelez nous', 'call us', 'contactez-nous',
    'contactez nous', 'nous offrons', 'we offer', 'notre entreprise', 'mon entreprise', 'ma compagnie', 'notre compagnie',
    'nos services', 'our services', 'mes services', 'j offre mes services', 'j offre un service', 'offre mes services',
    'service de déneigement résidentiel', 'places disponibles', 'il reste des places', 'ouvert 7 jours',
    'à vendre', 'a vendre', 'for sale', 'je vends', 'on vend', 'achetez', 'buy now', 'shop now', 'commandez',
    'commandez maintenant', 'order now', 'en solde', 'soldes', 'liquidation', 'whatsapp', 'telegram',
    'onlyfans', 'gagnez un', 'gagner un', 'win a', 'giveaway', 'cliquez ici', 'click here',
    'lien en bio', 'link in bio', 'herbalife', 'amway', 'mlm', 'marketing de réseau', 'perdre du poids',
    'lose weight', 'maigrir', 'produits naturels', 'cbd', 'prêt rapide', 'pret rapide', 'prêt personnel', 'payday loan',
    'sans vérification de crédit', 'no credit check', 'consolidation de dettes',     'on recrute', 'nous recrutons', 'we are hiring', 'joignez mon équipe', 'join my team',
  ]),
  ...entries('spam', ['concours', 'coupon', 'tirage', 'vends', 'en vente', 'courtier', 'hypothèque', 'trading', 'shakes'], { weight: 0.4 }),
];

/** Petition phrasing and domains (data). */
export const PETITION: readonly NetiquetteEntry[] = [
  ...entries('petition', [
    'signez la pétition', 'signez la petition', 'signer la pétition', 'signer la petition', 'signez notre pétition',
    'signez ma pétition', 'signez et partagez', 'signez pis partagez', 'j ai signé', 'jai signé', 'j ai signe',
    'ai signé la pétition', 'sign the petition', 'sign this petition', 'sign our petition', 'signed the petition',
    'please sign', 'svp signez', 'signez svp', 'signez-la', 'signez la', 'allez signer', 'aller signer', 'faut signer',
    'il faut signer', 'lien de la pétition', 'lien pour signer', 'la pétition en ligne', 'pétition en ligne',
    'pétition contre', 'petition contre', 'pétition pour', 'petition pour', 'petition against', 'petition to',
    'petition for', 'change.org', 'change org', 'avaaz', 'assnat', 'petitions.assnat', 'ipetitions',
    'petitions ourcommons', 'déjà 500 signatures', 'objectif de signatures',   ], { weight: 0.9 }),
  ...entries('petition', ['signatures', 'pétition', 'petition', 'pétitions', 'petitions'], { weight: 0.3 }),
];

/** Pirated works and streaming phrasing and domains (data). */
export const PIRACY: readonly NetiquetteEntry[] = [
  ...entries('piracy', [
    'film complet', 'films complets', 'full movie', 'full movies', 'film gratuit', 'films gratuits', 'regarder gratuitement',
    'regardez gratuitement', 'watch free', 'watch for free', 'free stream', 'free streaming', 'streaming gratuit',
    'stream gratuit', 'en streaming gratuit', 'voir le film', 'télécharger gratuitement', 'telecharger gratuitement',
    'download free', 'free download', 'torrent', 'torrents', 'thepiratebay', 'pirate bay', '1337x', 'yts',
    'rarbg', 'fmovies', '123movies', 'putlocker', 'soap2day', 'gomovies', 'popcorn time', 'iptv', 'kodi',     'cracké', 'keygen', 'warez', 'dvdrip', 'bluray rip', 'hdrip', 'camrip', 'cam rip', 'pdf gratuit', 'livre gratuit en pdf',
    'ebook gratuit', 'mp3 gratuit', 'album complet', 'full album', 'mega.nz', 'zippyshare', 'uptobox',     'regardez le match gratuit', 'match gratuit', 'match en direct gratuit', 'live stream free', 'stream du match',
  ]),
  // Notices that mark a pasted work; they count with length (see the copyright classifier).
  ...entries('piracy', ['tous droits réservés', 'tous droits reserves', 'all rights reserved', 'reproduction interdite', 'copyright', 'crack', 'magnet'], { weight: 0.4 }),
];

/** Phrasing that encourages or suggests an illegal activity (data). */
export const ILLEGAL: readonly NetiquetteEntry[] = [
  ...entries('illegal', [
    'conduire saoul', 'conduire soûl', 'conduire chaud', 'conduire en boisson', 'chauffer chaud', 'chauffer saoul',
    'prendre le volant saoul', 'drive drunk', 'drink and drive', 'personne va vous pogner', 'personne va te pogner',
    'pas de police', 'y a jamais de police', 'vous ferez pas pogner', 'tu te feras pas pogner', 'ni vu ni connu',
    'pas besoin de permis', 'sans permis', 'faites-le sans permis', 'sans payer', 'pas payer vos taxes',
    'payez pas vos taxes', 'payez pas', 'ne payez pas', 'boycottez le compte de taxes', 'arrêtez de payer',
    'don t pay', 'dont pay your taxes', 'en dessous de la table', 'cash sous la table', 'under the table',
    'crevez les pneus', 'crever les pneus', 'crevez leurs pneus', 'vandaliser', 'vandalisez', 'vandalisons', 'vandalize',
    'taguer', 'taguez', 'graffiti sur', 'brûlez les cônes', 'brulez les cones', 'volez', 'volons', 'allez voler',
    'aller voler', 'on devrait voler', 'piquer les', 'piquez les', 'steal', 'shoplift', 'shoplifting', 'vendre du pot',
    'vendre de la drogue', 'acheter de la drogue', 'pusher', 'cocaïne', 'cocaine', 'crystal meth',     'jetez vos vidanges dans', 'jetez vos déchets dans', 'jeter vos vidanges dans', 'jeter ses vidanges dans',
    'dump your', 'faites un feu quand même', 'feu quand même',
    'malgré l interdiction', 'malgré l interdiction de feu', 'ignorez l interdiction', 'ignore the ban', 'ignorez l avis',
    'buvez l eau quand même', 'braconner', 'braconnage', 'chasser sans permis', 'pêcher sans permis', 'pirater',
    'hacker le site', 'bloquons la route', 'bloquer la route', 'bloquez la route', 'bloquez le pont',
    'on bloque le pont', 'barricader', 'squatter', 'squattez', 'rentrez par effraction', 'défoncer la porte',
    'faire du 150', 'faites du 150', 'brûlez les feux rouges', 'passez sur la rouge', 'stationnez sur les bornes',
    'stationnez sur la borne', 'arrachez les pancartes', 'arracher les pancartes', 'enlevez les panneaux', 'volez les',
    'fraudez', 'fraudons', 'fausse déclaration', 'fausses déclarations', 'mentez sur', 'frauder l impôt',
    'frauder les impôts', 'frauder la ville', 'pot-de-vin', 'pots-de-vin', 'graisser la patte', 'enveloppe brune',
  ]),
];
