/**
 * Structural patterns of solicitation and advertising (data), run on the folded text (lower
 * case, no accents). Each pattern belongs to a family; the spam classifier keeps the strongest
 * weight of each family and combines families, so one ad that offers, prices and gives a
 * contact scores high while a citizen who only says "écrivez-moi" does not.
 *
 * Families:
 * - `private`: asks to be contacted privately or by a messaging app ("écrivez-moi en privé",
 *   "DM me", "texte-moi", "contactez-nous par Messenger").
 * - `offer`: offers, prices, discounts, bookings, sales, services ("soumission gratuite",
 *   "à partir de 425 $", "2 pour 1", "réservez maintenant", "je vends").
 * - `business`: the writer presents a business of their own ("notre boutique", "courtière
 *   immobilière", "nos services").
 * - `money`: income and investment promises ("gagnez 300 $ par jour", "revenu passif").
 * - `contest`: contests and their mechanics ("identifiez 2 amis", "tag 3 friends").
 * - `scam`: prize and recovery scams ("vous avez été sélectionné", "réclamez votre").
 * - `mlm`: recruiting for network marketing ("rejoignez ma team", "propre boss").
 * - `channel`: a way to reach the seller (link in bio, a handle, a messaging app, "appelez-nous");
 *   a channel counts only next to commercial content.
 * - `price`: a price in the text (found by the classifier); like a channel, it only adds weight.
 *
 * @example
 * ```ts
 * SOLICITATION_PATTERNS.some((p) => p.family === 'private' && p.re.test('dm moi')); //=> true
 * ```
 */
export interface SolicitationPattern {
  readonly family: 'private' | 'offer' | 'business' | 'money' | 'contest' | 'scam' | 'mlm' | 'channel' | 'price';
  readonly weight: number;
  /** A global regex on the folded text. */
  readonly re: RegExp;
}

// Imperatives to contact the writer, and the private ways to do it.
const CONTACT_VERB =
  '(?:ecri[st]|ecrivez|ecrire|texte[sz]?|textez|texter|contacte[sz]?|contactez|contacter|envoie[sz]?|envoyez|envoyer|laisse[sz]?|laissez|appelle[sz]?|appelez|rejoin[st]|rejoignez|joins|joignez|message[sz]?|messagez|parle[sz]?|parlez)';
const CONTACT_WHO = '(?:moi|nous|lui|la|le|me|us|him|her)';
const PRIVATE_WAY =
  '(?:en (?:prive|pv|mp|dm|pm|inbox|message prive|messages? prives?)|par (?:message|messenger|texto|texte|mp|dm|inbox|whatsapp|telegram|instagram|insta|facebook)|sur (?:messenger|whatsapp|telegram|instagram|insta|snap|snapchat|tiktok|signal)|(?:in|via|on|by) (?:dm|pm|private|inbox|whatsapp|telegram|messenger|instagram|text)|privately)';

const p = (family: SolicitationPattern['family'], weight: number, source: string): SolicitationPattern => ({
  family,
  weight,
  re: new RegExp(source, 'gu'),
});

/** Solicitation and advertising patterns (data). */
export const SOLICITATION_PATTERNS: readonly SolicitationPattern[] = [
  // private
  p('private', 0.7, `\\b${CONTACT_VERB}[-\\s]${CONTACT_WHO}\\b[^.!?\\n]{0,30}?${PRIVATE_WAY}`),
  p('private', 0.7, '\\b(?:dm|pm|mp|inbox|txt)[-\\s]?(?:moi|me|nous|us)\\b'),
  p('private', 0.7, '\\b(?:message|text|texte|textez)[-\\s](?:me|us)\\b'),
  p('private', 0.7, '\\b(?:send|envoyez|envoie|envoye)[-\\s](?:me|moi|nous|us)\\s(?:a|an|un)\\s(?:pm|dm|mp|message|text|texto)\\b'),
  p('private', 0.6, '\\b(?:message prive|messages prives|en prive|en pv|mp|dm|pm|inbox)\\s(?:pour|for)\\s(?:plus|more|une?|les|des|details|info|infos|prix|price|a|the)\\b'),
  p('private', 0.5, '\\b(?:ask me how|hit me up|hmu|demandez[-\\s]moi comment)\\b'),
  // offer
  p('offer', 0.55, '\\b(?:soumissions?|devis|estimations?|estimes?|evaluations?|simulations?|consultations?|essais?|inspections?|livraisons?|installations?|formations?|seances?|cours)\\s(?:(?:en ligne|d[\'’]?\\s?essai)\\s)?(?:gratuite?s?|offerte?s?|sans frais)\\b'),
  p('offer', 0.55, '\\bfree\\s(?:estimates?|quotes?|consultations?|delivery|shipping|trials?|evaluations?|inspections?)\\b'),
  p('offer', 0.5, '\\b\\d+\\s?(?:%|pour cent)\\s(?:de\\s)?(?:rabais|off|de reduction|sur (?:les|tout|toute|nos)|discount)\\b'),
  p('offer', 0.5, '\\bjusqu[\'’]?\\s?a\\s\\d+\\s?%|\\bup to \\d+\\s?% off\\b'),
  p('offer', 0.5, '\\b(?:2|deux) pour (?:1|un)\\b|\\b2 for 1\\b|\\bbogo\\b'),
  p('offer', 0.5, '\\ba partir de\\s\\d[\\d\\s,.]*\\$|\\bfrom \\$\\s?\\d(?![\\d,.]*\\s?to\\s?\\$)|\\bstarting at \\$\\s?\\d'),
  p('offer', 0.4, '\\b(?:prix|taux|tarifs?) (?:d[\'’]\\s?ami|special|speciaux|imbattables?|competitifs?|reduits?|avantageux|preferentiels?|fous)\\b|\\b(?:best|lowest|unbeatable) (?:prices?|rates?)\\b'),
  p('offer', 0.5, '\\bcode (?:promo|rabais|de reduction)\\b|\\bpromo code\\b|\\bcoupon\\b|\\bsans commission\\b'),
  p('offer', 0.5, '\\b(?:reservez|commandez|achetez|inscrivez[-\\s]vous|book|order|buy|shop)\\s(?:maintenant|vite|now|today|des (?:maintenant|aujourd[\'’]?\\s?hui)|votre place|vos places|your spot|en ligne|online|sur|on|via|au|chez)\\b'),
  p('offer', 0.45, '\\bplaces? (?:limitees|disponibles)\\b|\\bplaces? qui se liberent\\b|\\b(?:on a|j[\'’]?\\s?ai|nous avons|il me reste) encore (?:des|quelques|\\d+|deux|trois) (?:places?|disponibilites|plages)\\b|\\b(?:openings|spots? (?:left|available)|availabilities)\\b'),
  p('offer', 0.5, '\\b(?:je |j[\'’]?\\s?|on |nous )?(?:vends|vendons)\\b|\\bjvend\\b|\\bje vend\\b|\\bon vend\\b|\\bvendez votre\\b|\\bwe (?:sell|buy)\\b|\\bi sell\\b'),
  p('offer', 0.5, '\\bachete (?:or|argent|bijoux|vieux|vieilles|voitures?|autos?|chars?|ferraille|maisons?|terrains?)\\b|\\bwe buy (?:gold|cars?|houses?|homes?|scrap|junk|any)\\b|\\bargent comptant sur place\\b|\\bcash (?:on the spot|paid)\\b'),
  p('offer', 0.45, '\\b(?:nous offrons|on offre|j[\'’]?\\s?offre|we offer|i offer|on installe|nous installons|on vous fait|on vous offre)\\b'),
  p('offer', 0.45, '\\bje fais (?:du|de la|des) (?:gardiennage|menage|deneigement|tonte|ramonage|transport|demenagement|peinture|renovation|couture|coiffure|massage|soins)\\b|\\bje prends (?:\\w+\\s){0,2}(?:nouvelles?|nouveaux) (?:clientes?|clients)\\b|\\bnouvelles? clientes\\b'),
  p('offer', 0.45, '\\bqui veut (?:des billets|acheter|perdre|gagner|faire de l[\'’]?\\s?argent)\\b'),
  p('offer', 0.45, '\\bservices? (?:rapide|professionnel|garanti|24 ?h|residentiel|commercial|partout|a domicile)\\b|\\b\\d+ ans d[\'’]?\\s?experience\\b|\\b\\d+ years (?:of )?experience\\b|\\breferences? (?:disponibles?|available|sur demande)\\b|\\bsatisfaction garantie\\b|\\blivraison (?:\\w+\\s){0,3}a domicile\\b|\\blivraison (?:discrete|rapide|gratuite)\\b'),
  // "Venez nous voir" is also a lifeguard's or a librarian's welcome: it needs other signs.
  p('offer', 0.45, '\\b(?:venez|passez) nous voir\\b'),
  p('offer', 0.5, '\\bcome (?:see|visit) us\\b|\\bvisit us\\b|\\b(?:visitez|voyez|consultez|decouvrez) (?:mon|notre|ma) (?:site|page|boutique|magasin|catalogue|chaine)\\b|\\bcheck out (?:my|our)\\b|\\b(?:suivez|aimez|likez|abonnez[-\\s]vous a) (?:ma|notre|mon) (?:page|chaine|compte|boutique)\\b|\\bfollow (?:my|our) (?:page|account|shop)\\b'),
  p('offer', 0.4, '\\bobtenez\\b|\\bgratuite?s? a l[\'’]?\\s?achat\\b|\\bavec achat\\b|\\bcarte de fidelite\\b'),
  // A price per unit of work or goods: "7$ la paire", "25 $ de l'heure", "$40 an hour".
  p('price', 0.4, '\\b\\d+(?:[.,]\\d{2})?\\s?\\$\\s?(?:la paire|la piece|l[\'’]\\s?unite|l[\'’]\\s?heure|de l[\'’]\\s?heure|par heure|la job|la visite|par visite|par mois|par semaine|par (?:bac|sac|personne|enfant|chien|auto|voiture|entree|fenetre|arbre|pneu|pneus)|chaque|du pied|each|per hour|an hour|a pair|per visit)\\b|\\$\\s?\\d+(?:\\.\\d{2})?\\s?(?:an hour|per hour|a pair|each|per visit)\\b'),
  // Coming to the customer: "je passe chez vous", "à domicile", "we come to you".
  p('offer', 0.35, '\\b(?:je passe|on passe|nous passons|je me deplace|on se deplace) chez vous\\b|\\ba domicile\\b|\\bwe come to you\\b|\\bi come to you\\b'),
  // Farm goods offered, with a price or a delivery ("Œufs frais 6 $/dz"); asking where to buy them is not an offer.
  p('offer', 0.45, '\\b(?:bois de chauffage|firewood|oeufs frais|fresh eggs|sirop d[\'’]erable|maple syrup)\\b[^.!?\\n]{0,40}?(?:\\blivre\\b|\\ba vendre\\b|\\bfor sale\\b|\\bdelivered\\b|\\bdisponibles?\\b|\\bavailable\\b|\\$)'),
  // Goods in stock, taxes included, same-day delivery; "available for snow removal".
  p('offer', 0.5, '\\b(?:en stock|in stock|livraison le jour meme|same[-\\s]day delivery)\\b'),
  p('offer', 0.45, '\\b(?:dispo|dispos|disponibles?|available)\\s(?:pour|for)\\s(?:du |de la |le |la |des |vos |your )?(?:deneigement|pelletage|tonte|menage|gardiennage|demenagements?|transport|renovations?|peinture|snow removal|shovel\\w*|lawn\\w*|cleaning|babysitting|moving)\\b'),
  // Taxes included: a seller's words, and a tax bill's; it needs a way to reach someone.
  p('offer', 0.45, '\\b(?:taxes incluses|taxes included|tx incl)\\b'),
  // Delivered today: goods sold.
  p('offer', 0.5, '\\blivre(?:e|s|es)? (?:aujourd[\'’]?\\s?hui|demain|gratuitement|le jour meme)\\b|\\bdelivered (?:today|tomorrow|free)\\b'),
  // A business speaking as "we": "appelez-nous", "contactez-nous", "call us".
  p('offer', 0.45, '\\b(?:appelez|contactez|ecrivez|textez|joignez)[-\\s]nous\\b|\\b(?:call|contact|text) us (?:at|today|now|for)\\b'),
  // A season's contract, a price per week or season: a service sold ("contrat pour la saison 450 $", "25 $ la semaine").
  p('offer', 0.45, '\\bcontrats? (?:pour|de) (?:la |l[\'’]\\s?)?(?:saison|hiver|ete|annee)\\b|\\b\\d+\\s?\\$\\s?(?:la|par|pour la) (?:semaine|saison)\\b|\\b(?:a|pour) \\d+\\s?\\$ (?:la|par) (?:semaine|saison)\\b'),
  // Contact me to book: the writer takes bookings or orders.
  p('offer', 0.5, '\\b(?:textez|texte[sz]?|appelez|appelle[sz]?|ecrivez|ecris|contactez|contacte[sz]?|text|call|message|dm)[-\\s](?:moi|nous|me|us)\\s(?:pour|to)\\s(?:reserver|booker|commander|prendre rendez[-\\s]vous|un rendez[-\\s]vous|une soumission|book|order|reserve)\\b'),
  // business
  p('business', 0.45, '\\b(?:notre|mon|ma|our|my) (?:entreprise|compagnie|commerce|boutique|magasin|resto|restaurant|salon|clinique|cabinet|business|company|shop|store|etsy|vente trottoir|promotion|promo|programme|equipe de vente|agence)\\b'),
  // A business name: "Les Entreprises Tremblay", "Pelletier & Fils", "inc.", "enr.".
  p('business', 0.45, '\\bles entreprises [a-z]|\\b[a-z]+ (?:&|et) fils\\b|\\b(?:inc|enr|ltee)\\b'),
  p('business', 0.4, '\\b(?:mes|nos|my|our) (?:services|produits|products|prix|tarifs|specials|soldes|forfaits)\\b'),
  p('business', 0.45, '\\b(?:courtiere?|agente?|conseillere?|representante?|distributrice|distributeur)\\s(?:immobiliere?|hypothecaire|beaute|independante?|financiere?|d[\'’]?\\s?assurances?)\\b|\\brealtor\\b|\\bmortgage broker\\b'),
  p('business', 0.4, '\\bc[\'’]?\\s?est mon (?:garage|commerce|resto|restaurant|entreprise|magasin|salon)\\b|\\bmon (?:frere|pere|chum|mari|beau-frere|cousin|fils) (?:fait|offre|vend) (?:de la|du|des)\\b'),
  // money
  p('money', 0.6, '\\bgagne[rz]?\\s(?:de\\s)?(?:\\d[\\d\\s,.]*\\$|\\$\\s?\\d|(?:de l[\'’]?\\s?)?argent|un revenu|des revenus)|\\b(?:make|earn|made|making)\\s\\$?\\d[\\d,.]*k?\\b'),
  p('money', 0.6, '\\$\\s(?:a|à)\\s\\d[\\d\\s]*\\$\\s(?:par|a|per)\\b|\\b(?:par|per|a) (?:jour|day|semaine|week|mois|month)\\s(?:garanti|guaranteed|from home|de la maison)'),
  p('money', 0.55, '\\brevenus?\\s(?:supplementaires?|passifs?|d[\'’]?\\s?appoint|additionnels?)\\b|\\bpassive income\\b|\\bextra income\\b'),
  p('money', 0.55, '\\b(?:travailler|travaillez|travaille|travail|work|working)\\s(?:de|a|from)\\s(?:la maison|chez (?:vous|soi|toi|moi)|home|domicile)\\b'),
  p('money', 0.5, '\\b(?:aucune|no|sans)\\s(?:experience|exp)\\s(?:requise|necessaire|needed|required)\\b'),
  p('money', 0.55, '\\bj[\'’]?\\s?ai (?:investi|place|mise?|retire|fait)\\s\\d[\\d\\s,.]*\\$|\\bi (?:invested|made|earned) \\$?\\d'),
  p('money', 0.45, '\\b(?:crypto\\w*|bitcoins?|btc|forex|trading|or numerique|nft|signaux gratuits|signals)\\b'),
  // contest
  p('contest', 0.6, '\\b(?:identifiez|identifie|taguez|tague|tag|mentionnez)\\s(?:\\d+|deux|trois|quatre|cinq|vos|your|a|un|une|tes)\\s(?:amis?|amies?|friends?|personnes?|proches)\\b'),
  p('contest', 0.6, '\\b(?:partagez|partage|share)\\s(?:cette|this|la|notre|our)\\s(?:publication|post|page)\\b[^.!?\\n]{0,40}\\b(?:gagner|win|participer|tirage|chance)'),
  p('contest', 0.6, '\\bpour participer\\b|\\bune participation pour\\b|\\bwinners? (?:announced|will be)\\b|\\bon fait tirer\\b|\\bnous faisons tirer\\b|\\b(?:giveaway|gagnez un|gagnez une|gagnez des|win an?)\\b'),
  p('contest', 0.35, '\\b(?:concours|tirage|tirages|contest|a gagner|to win)\\b'),
  // scam
  p('scam', 0.6, '\\bfelicitations?,?\\s(?:vous avez|tu as) (?:ete )?(?:selectionnee?s?|choisie?s?|gagne)|\\bcongratulations,? you(?:[\'’]ve| have) (?:been selected|won)|\\b(?:reclamez|claim) (?:votre|ta|your|yours|le votre)\\b'),
  // Chain letters and hoaxes that ask to be passed on ("share to 7 friends", "copiez-collez ce message").
  p('scam', 0.8, '\\b(?:forward|share|send) this (?:post |message )?(?:to|with) (?:everyone|everybody|all|\\d+)|\\bshare this post\\b|\\bshare (?:it )?(?:to|with) \\d+ (?:friends|people)\\b|\\bpartagez(?:-le|-la)? (?:a|avec) (?:tous )?(?:vos contacts|\\d+ (?:amis|personnes))\\b|\\bcopiez[-\\s]collez (?:ce message|ceci|ce texte)\\b|\\bcopy (?:and|&) paste (?:this|on your wall)\\b|\\b(?:type|tape[sz]?|ecrivez|ecris) amen\\b|\\bje n[\'’]?\\s?autorise pas facebook\\b'),
  // A shop's hours and a team's fundraiser: commercial only beside a price, a contact or a request.
  p('business', 0.45, '\\bouvert (?:jusqu[\'’]?\\s?a|de|des) \\d+|\\bopen (?:until|till|from) \\d+|\\bouvert (?:7|sept) jours\\b|\\bopen (?:7|seven) days\\b'),
  p('offer', 0.45, '\\bcollecte de (?:bouteilles|canettes)\\b|\\bbottle drive\\b|\\bvente de (?:chocolats?|fromages?|pizzas?|calendriers|billets)\\b|\\bchocolate (?:sale|bars)\\b'),
  p('offer', 0.5, '\\b(?:commandes?|orders?) (?:sur|via|on|through) (?:mon|notre|my|our) (?:site|page|boutique|shop|etsy)\\b|\\blivraison (?:partout )?(?:au canada|au quebec|partout)\\b|\\bships? (?:anywhere|across canada|worldwide)\\b'),
  // A listing ("Chambre à louer", "4½ à louer"), not talk of rentals ("les logements à louer").
  p('offer', 0.65, '(?<!\\b(?:les|des|de|aux|the|of|any|no|pas) )\\b(?:chambres?|logements?|appartements?|apparts?|condos?|rooms?|apartments?)\\s(?:a louer|for rent|disponibles? (?:le|au|des|immediatement))\\b|\\b\\d ?(?:1/2|½)\\s(?:a louer|for rent|disponible)\\b|\\btout inclus\\b'),
  p('money', 0.6, '\\b(?:faites|faire|gagnez|gagner|make|earn)\\s\\$?\\d[\\d\\s,.]*\\s?\\$?\\s?(?:par|per|a|an)\\s(?:jour|semaine|day|week|heure|hour)\\b'),
  p('offer', 0.45, '\\bj[\'’]?\\s?ai (?:un|une) (?:pick-?up|camion|tracteur|souffleuse|remorque|truck|plow)\\s(?:avec|with)\\b|\\b\\d+ places? (?:dispo|disponibles?|restantes?)\\b'),
  p('private', 0.6, '\\btext(?:o|ez)?[-\\s]moi\\b|\\btexto au\\b'),
  p('offer', 0.5, '\\bneed (?:your|a) (?:driveway|roof|lawn|walkway|car) (?:cleared|shoveled|shovelled|plowed|ploughed|done|cleaned)\\b|\\bfast service\\b'),
  p('business', 0.5, '\\bon embauche\\b|\\bnous embauchons\\b|\\bwe[\'’]?re hiring\\b|\\bnow hiring\\b|\\bcherche \\d+ (?:journaliers|employes|travailleurs|commis|cuisiniers)\\b'),
  p('offer', 0.45, '\\bje fais (?:les |des |du )?(?:retouches|reparations|menage|gardiennage|coiffure|couture|tresses|ongles)\\b|\\bsur mesure\\b'),
  p('offer', 0.65, '\\blimited[-\\s]time offer\\b|\\boffre (?:d[\'’]?\\s?une duree|a duree|pour une duree) limitee\\b'),
  p('scam', 0.5, '\\b(?:recuperer|recupere|recover) (?:mon|votre|ton|your|my) compte\\b|\\b(?:recover|hacked) (?:your|my) account\\b'),
  p('scam', 0.4, '\\bje (?:vous )?recommande (?:fortement|vivement)\\s(?:m\\.?|mme|mr|mrs|monsieur|madame)\\b|\\bcartes?[-\\s]cadeaux?\\b|\\bgift cards?\\b'),
  // Healers, psychics and "marabouts": love returned, luck at games, results guaranteed.
  p('scam', 0.7, '\\b(?:grand )?marabout\\b|\\bretour (?:de l[\'’]\\s?)?(?:etre aime|affection)\\b|\\bdesenvoutement\\b|\\bvoyante? medium\\b|\\bresultats? garantis?\\b|\\bchance aux jeux\\b'),
  // Bots under a page: "check my profile", "private pics", "exclusive offers".
  p('offer', 0.6, '\\b(?:check|see|visit|come see|click|tap)\\s(?:out\\s|on\\s)?my\\s(?:profile|page|private pics|pics|bio|link)\\b|\\b(?:va|allez) voir mon profil\\b|\\bprivate pics\\b|\\bexclusive (?:offers?|content)\\b|\\bcontenu exclusif\\b|\\bsomething special\\b'),
  // Dating bots: "hot singles in your area".
  p('scam', 0.6, '\\b(?:hot|sexy|lonely) singles\\b|\\bsingles (?:in|near) (?:your|you|la|le|the)\\b|\\bcelibataires? (?:sexy|chaud(?:e|es|s)?) (?:pres de|dans)\\b'),
  // A private fundraiser: "donnez ce que vous pouvez", a GoFundMe link.
  p('money', 0.7, '\\bgofundme\\b|\\bgofund\\.me\\b|\\bgofund me\\b|\\bcollecte de fonds (?:personnelle|privee)\\b'),
  // mlm
  p('mlm', 0.6, '\\b(?:rejoignez|rejoins|joignez[-\\s]vous a|join)\\s(?:ma|mon|notre|my|our)\\s(?:team|equipe|groupe|group|reseau)\\b|\\b(?:propre|own)\\s(?:boss|patron|patronne)\\b'),
  p('mlm', 0.55, '\\bje cherche\\s(?:\\d+|des|quelques|deux|trois|cinq)\\s(?:mamans|femmes|filles|personnes|gens|partenaires|hotesses|ambassadrices|ambassadeurs|distributrices)\\b|\\bhotesses?\\b|\\bsoirees? (?:demo|demonstration)\\b'),
  p('mlm', 0.5, '\\bperdre\\s\\d+\\s?(?:lbs|livres|kilos|kg)\\b|\\blose \\d+\\s?(?:lbs|pounds|kg)\\b|\\bprogramme de shakes\\b'),
  // channel (counts only next to commercial content)
  p('channel', 0.35, `\\b(?:appelez|appelle[sz]?|call|text|textez|texte[sz]?|contactez|contacte[sz]?|ecrivez|ecris|joignez|rejoignez)[-\\s](?:nous|moi|us|me)\\b|\\bcall or text\\b|\\bou texto\\b|\\bfaites[-\\s]moi signe\\b|\\b${CONTACT_VERB}[-\\s]${CONTACT_WHO}\\b`),
  p('channel', 0.35, '\\blien (?:dans|en) (?:ma|mon|la) (?:bio|profil|description)\\b|\\blink in (?:my |the )?(?:bio|profile|description)\\b|\\b(?:cliquez|click) (?:ici|here|sur le lien)\\b|\\bvia le lien\\b'),
  p('channel', 0.35, '\\b(?:whatsapp|telegram|t\\.me|wechat|messenger)\\b|(?<![\\w.@])@[a-z0-9_.]{3,}|(?<![a-z0-9-])[a-z0-9-]{3,} point (?:com|ca|net|org)\\b'),
];
