import { entries, type NetiquetteEntry } from './types.js';

/**
 * Partisan and electoral phrasing: campaigning, calls to vote, party slogans (data). A
 * citizen's opinion on a city decision is not in here: hearing it is why the pages exist.
 */
export const CAMPAIGN: readonly NetiquetteEntry[] = entries('campaign', [
  'notre équipe de bénévoles pour la campagne', 'only one candidate', 'seul candidat', 'seule candidate',
  'le 2 novembre votez', 'équipe dufour', 'team dufour',
  'votez pour', 'votons pour', 'ne votez pas pour', 'allez voter pour',
  'votez pas pour', 'faut voter pour', 'il faut voter pour', 'on vote pour', 
  'réélisez', 'reelisez', 'élisez', 'elisez', 'appuyez notre candidat',
  'appuyez notre candidate', 'notre candidat', 'notre candidate', 
  'équipe du renouveau',
  'notre parti', 
  
  'ma campagne', 'notre campagne', 
  'my campaign', 'our campaign', 'our candidate',
  're-elect', 'reelect', 'dehors le maire', 'dehors la mairesse', 'on sort le maire', 'sortons le maire',
  'changement le 2 novembre', 'changement le 5 novembre', 'votez changement', 
  'notre programme', 'notre plateforme', 'adhérez au parti', 'devenez membre du parti',
  'financement du parti', 'don au parti', 'on vote pour', 'vote team', 'vote yes', 'vote no', 'votez oui', 'votez non', 
  'porte-à-porte pour', 'à la mairie!', 
  
  'votez libéral', 'votez conservateur', 'changement maintenant', 'lechangementmaintenant',
  // A candidate promoting themself, a rally.
  'i m running', 'im running for', 'je me présente', 'je me presente', 'je suis candidat', 'je suis candidate', 'mon programme',
  'door-knocking', 'door knocking', 'vos t-shirts', 'assemblée d investiture', 'un seul choix', 'souvenez-vous qui a voté', 'souvenez vous qui a vote', 'remember who voted', 'le vrai changement', 'on tourne la page', 'real change for', 'send them a message', 'restons sur la bonne voie',
  'vote blue', 'vote red', 'vote orange', 'vote green', 'votez bleu', 'votez rouge', 'votez orange', 'go conservatives', 'go liberals',
  'vote for me', 'vote them out', 'vote him out', 'vote her out', 'on les sort', 'sortons-les', 'dehors aux prochaines',
  // A candidate thanking their signers; a slate boasting of its victory.
  'ma mise en candidature', 'mon bulletin de mise en candidature', 'signé mon bulletin', 'signe mon bulletin',
  'on rafle tous les districts', 'rafler tous les districts', 'sweep every district', 'merci à nos partisans', 'thank you to our supporters',
]).concat(entries('campaign', [
  // A campaign's workings: each alone is news, three together are a campaign message.
  'local électoral', 'bureau de campagne', 'campaign office', 'lawn signs', 'porte-à-porte', 'door to door', 'nos bénévoles',
  'bénévole de l équipe', 'bénévoles de l équipe', 'volunteers', 'partisans', 'supporters', 'mise en candidature', 'candidat district',
  'candidate district', 'on lâche pas', 'jusqu au 2 novembre', 'jusqu au 5 novembre', 'transport au bureau de vote',
  'ride to the polls', 'rides to the polls', 'on a besoin de bras', 'on a gagné', 'we won', 'dans 4 ans', 'dans quatre ans',
], { weight: 0.35 })).concat(entries('campaign', [
  // Saying how one votes, or naming the date: an opinion, unless a call to campaign comes with it.
  'voter pour', 'je vote pour', 'vote for', 'voting for', 'le 2 novembre', 'le 5 novembre', 'le 3 novembre', 'le 7 novembre', 'le 1er novembre', 'le 2 nov', 'le 5 nov', 'au prochain scrutin', 'pour la mairie', 'élu maire', 'élue mairesse', 'la campagne de', 'sa campagne', 'on november 2nd', 'on november 5th', 'candidat à la mairie', 'candidate à la mairie', 'candidat au poste', 'candidate au poste', 'pour la campagne', 'mon candidat', 'ma candidate', 'my candidate',
], { weight: 0.35 })).concat(entries('campaign', ['au pouvoir', 'en novembre', 'libéraux', 'liberaux', 'conservateur', 'conservateurs', 'péquistes', 'caquistes', 'solidaires', 'votons', 'vote', 'elect', 'réélire', 'reelire', 'élire', 'elire', 'mon parti', 'le parti', 'parti québécois', 'parti libéral', 'parti conservateur', 'caq', 'plq', 'pq', 'npd', 'bloc québécois', 'québec solidaire', 'qs', 'liberals', 'conservatives', 'tories', 'ndp', 'campagne électorale', 'en campagne', 'le jour du vote', 'jour du scrutin', 'bulletin de vote', 'aux urnes', 'aux prochaines élections', 'prochaines élections', 'election day', 'pancarte électorale', 'programme électoral', 'plateforme électorale', 'candidats de'], { weight: 0.35 }));

/** Calls to vote: campaigning on their own (data). */
export const CALLS_TO_VOTE: readonly NetiquetteEntry[] = [
  ...entries('campaign', ['vivement le pq', 'vivement la caq', 'vivement le parti', 'le pq au pouvoir', 'la caq au pouvoir', 'au pouvoir en octobre', 'le seul parti qui défend', 'le seul parti qui defend', 'le seul parti qui nous', 'seul parti qui nous défend', 'the only party that', 'on s en souviendra en octobre', 'on s en souviendra aux élections', 'on s en souviendra aux elections', 'votez pour', 'votez pas', 'vote conservative', 'vote liberal', 'vote ndp', 'vote green', 'vote bloc', 'vote for the liberals', 'vote for the conservatives'], { weight: 0.85 }),
  // "Votez contre ce règlement-là!": urging council about a bylaw is an opinion on a city decision (§4).
  ...entries('campaign', ['votez'], { weight: 0.85, notFollowedBy: ['contre'] }),
  ...entries('campaign', ['votez contre'], { weight: 0.85, notFollowedBy: ['ce', 'cette', 'ces', 'ca', 'ça', 'cela'] }),
];

/** Religious proselytising (data); neutral mentions of churches or masses are not in here. */
export const PROSELYTISM: readonly NetiquetteEntry[] = entries('proselytism', [
  'seul chemin vers le père', 'seul chemin vers le pere', 'accepté dans votre cœur', 'accepte dans votre coeur',
  'venez dimanche à l église', 'venez dimanche a l eglise', 'hare krishna', 'chantez le mantra', 'libéré de la souffrance', 'libere de la souffrance', 'âge de kali', 'age de kali',
  'open your heart to the lord', 'open your heart to jesus', 'share the good news', 'the good news of', 'ouvrez votre coeur au seigneur',
  'la bonne nouvelle de jesus', 'accept the lord',
  'jésus vous aime', 'jesus vous aime', 'jésus t aime', 'jesus t aime', 'dieu vous aime', 'dieu t aime', 'jesus loves you',
  'god loves you', 'repentez-vous', 'repentez vous', 'repens-toi', 'convertissez-vous',
  'convertissez vous', 'acceptez jésus', 'accepte jésus', 'accept jesus', 'accept him today', 'accept him into', 'living water', 'eau vive', 'le seigneur jésus', 'notre seigneur',
  'notre sauveur', 'le sauveur', 'saviour', 'savior', 'lord and savior', 'la parole de dieu', 'parole de dieu',
  'word of god', 'la bible dit', 'bible says', 'selon la bible', 'fin des temps', 'end times', 'jugement dernier',
  'judgment day', 'dieu punira', 'la colère de dieu', 'colere de dieu', 'brûlerez en enfer', 'irez en enfer', 
  'go to hell', 'burn in hell', 
  'alléluia', 'alleluia', 'hallelujah', 'gloire à dieu', 'gloire a dieu', 'praise the lord', 'praise god',
  'allahu akbar', 'jéhovah', 'jehovah', 'témoins de jéhovah', 'le royaume de dieu',
  'royaume de dieu', 'salut de votre âme', 'salut de vos âmes', 'sauver votre âme', 'save your soul', 'born again',
  'nés de nouveau', 'venez à notre église', 'rejoignez notre église', 'join our church',
  'seul vrai dieu', 'le christ revient', 'jésus revient', 'jesus revient', 'jesus is coming',
  'croyez en dieu', 'believe in god', 'mécréants', 'infidèles', 'infidels',
]).concat(entries('proselytism', ['priez', 'prions', 'amen', 'allah', 'coran', 'évangile', 'evangile', 'gospel', 'en enfer', 'sauveur', 'repent', 'repentance', 'blasphème', 'dieu existe', 'dieu est grand', 'pécheurs', 'pecheurs', 'sinners'], { weight: 0.4 }));

/** Religious words that add up: two or three together read as preaching (data). */
export const RELIGIOUS_WORDS: readonly NetiquetteEntry[] = entries('proselytism', [
  'prière', 'priere', 'prières', 'prieres', 'chapelet', 'la bible', 'bible', 'sainte vierge', 'la vierge marie', 'exauce',
  'exaucer', 'ceux qui croient', 'croyez', 'la foi', 'miracle', 'miracles', 'saint-esprit', 'esprit saint', 'jésus',
  'jesus', 'dieu', 'le seigneur', 'seigneur', 'notre père', 'je vous salue marie', 'apôtres', 'apotres', 'prophète',
  'prophete', 'paradis', 'enfer', 'péché', 'peche', 'pécher', 'satan', 'démon', 'demon', 'jesus christ', 'jésus-christ',
  'god', 'lord', 'prayer', 'prayers', 'heaven', 'hell', 'sin', 'faith', 'church service',
  'partagez à 10 personnes', 'partagez a 10 personnes', 'partagez à dix personnes', 'chaîne de prière', 'chaine de priere',
  'venez à notre assemblée', 'venez a notre assemblee', 'notre assemblée dimanche', 'assemblée de prière',
], { weight: 0.4 });

/** Sexist remarks (data). */
export const SEXIST: readonly NetiquetteEntry[] = entries('sexist', [
  // A woman's post said to be won in bed.
  'en couchant avec', 'a couché pour avoir', 'couché pour son poste', 'slept her way', 'sleeping her way',
  'pas une job de fille', 'job de fille', 'not a job for a girl', 'job for a girl',
  'pas une job de fille', 'job de fille', 'not a job for a girl', 'job for a girl', 'pas une job de femme',
  'retourne à la cuisine', 'retourne a la cuisine', 'retourne dans ta cuisine', 'retournez à la cuisine',
  'va faire la vaisselle', 'retourne faire la vaisselle', 'sa place est dans la cuisine', 'leur place est à la maison',
  'leur place est a la maison', 'place est à la cuisine', 'back to the kitchen', 'make me a sandwich', 'make me a sandwitch',
  'les femmes au volant', 
  'les femmes sont trop émotives', 'trop émotive pour', 'trop emotive pour', 
  'ses menstruations', 'ses règles', 'dans sa semaine', 'pas une job de femme', 'pas une job pour une femme',
  'job d homme', 'une job d homme', 'les femmes devraient', 'une femme devrait', 'women should', 'a woman should',
  'grosse vache', 'salope', 'salopes', 'pétasse', 'pouffiasse', 'blonde écervelée',
  'sois belle et tais-toi', 'sois belle pis tais-toi', 'elle a couché', 'a couché pour', 'couché pour avoir',
  'slept her way', 'like a girl', 'comme une fille', 'comme une femmelette', 'femmelette', 'retourne à ta cuisine',
  'retourne a ta cuisine', 'retourne dans ta cuisine', 'à ta cuisine', 'a ta cuisine', 'ses enfants au lieu',
  's occuper de ses enfants', 'belles mais pas de tête', 'belle mais pas de tête', 'belles mais niaiseuses',
  'leave that to the men', 'leave it to the men', 'a man s job', 'a mans job', 'job de gars', 'une job de gars',
  'une femme à la tête', 'une femme a la tete', 'to the men', 'ladies stick to', 'stick to the kitchen', 'à ses chaudrons', 'a ses chaudrons', 'à tes chaudrons', 'a tes chaudrons', 'à vos chaudrons', 'a vos chaudrons', 'quand on élit des femmes', 'quand on elit des femmes', 'elles sont pas faites pour', 'sont pas faites pour ça', 'sont pas faites pour ca', 'when you elect women', 'la jupe qu elle porte', 'qu elle gagne ses votes', 'nobody wants to watch girls', 'nobody wants to watch women', 'personne veut voir des filles', 'personne veut regarder des filles', 'les femmes ont pas la tête', 'les femmes ont pas la tete', 'girls can t', 'girls cant', 'for their looks',
  'ça prenait un homme', 'ca prenait un homme', 'ça prend un homme', 'ca prend un homme', 'needed a man',
  'engagez pas de femmes', 'engagez plus de femmes', 'don t hire women', 'stop hiring women',
  'shouldn t be running', 'ladies shouldn t', 'women can t', 'women cant', 'get back in the kitchen',
  'put a woman in charge', 'a woman in charge of', 'une femme en charge', 'left her in the office', 'answering phones',
  // European French: back to the stove, and what politics is "not for".
  'à ses fourneaux', 'a ses fourneaux', 'à tes fourneaux', 'a tes fourneaux', 'à vos fourneaux', 'a vos fourneaux',
  'pas pour les femmes', 'pas pour une femme', 'pas pour les bonnes femmes', 'pas fait pour les femmes',
  'les femmes c est bon pour', 'une femme c est bon pour', 'les femmes c est juste bon pour', 'not for women',
]).concat(entries('sexist', ['bitch', 'hystérique', 'hysterique', 'hystériques', 'femme au volant', 'bonne femme', 'bonnes femmes'], { weight: 0.45 }));

/** Sexual innuendo and comments on bodies (data); sexual emoji are counted by the classifier. */
export const INNUENDO: readonly NetiquetteEntry[] = entries('innuendo', [
  'si vous voyez ce que je veux dire', 'si tu vois ce que je veux dire', 'je la prendrais bien', 'je le prendrais bien',
  'en cours privé', 'bikini', 'en maillot', 'en bikini', 'photos de vous', 'envoyez-moi des photos', 'envoie-moi des photos',
  'bouche-à-bouche', 'bouche a bouche', 'petit maillot', 'son maillot', 'se faire réchauffer', 'se faire rechauffer', 'réchauffer ce soir', 'rechauffer ce soir', 'nice rack', 'nice ass', 'sexy', 'cute lifeguard', 'belles fesses', 'beau cul', 'beau petit cul', 'petit cul', 'can ride me', 'ride me anytime', 'sit on my lap', 'peut s asseoir sur mes genoux', 'your place or mine', 'trade rent for', 'payer le loyer en nature', 'en nature', 'belles petites fesses', 'belle paire', 'les totons',
  'totons', 'mouth to mouth', 'mouth-to-mouth', 'send nudes', 'send pics', 'grosse bite', 'suce moi', 'suce-moi', 'sucez-moi', 'taille de sa', 'mouiller',
], { weight: 0.6 });

/** Disrespect for people, the dead, or volunteers (data). */
export const DISRESPECT: readonly NetiquetteEntry[] = entries('disrespect', [
  'bon débarras', 'bon debarras', 'good riddance', 'il était temps qu il parte', 'il etait temps qu il parte',
  'il était temps qu elle parte', 'vieux croûton', 'vieux crouton', 'vieille peau', 'papier de toilette', 'torcher avec',
  'je m en suis servi comme', 'broche à foin', 'broche a foin', 'rip bozo', 'qu il repose en paix ha', 'personne va s ennuyer',
  'personne va le regretter', 'personne va la regretter', 'nobody will miss', 'no one will miss', 'who cares he s dead',
  'un de moins', 'une de moins', 'un pompier de moins', 'un policier de moins', 'one less', 'one fewer',
  'darwin award', 'darwin awards', 'prix darwin', 'sélection naturelle', 'selection naturelle', 'natural selection',
], { weight: 0.8 });

/** Intimidation and harassment of a commenter: threats to expose, follow or shame (data). */
export const ABUSE: readonly NetiquetteEntry[] = entries('abuse', [
  'tu vas regretter', 'vas regretter', 'vous allez regretter', 'je vais te suivre',
  'je vais vous suivre', 'rire de toi', 'rire de vous', 'publier toutes tes', 'publier tes photos', 'tes vieilles photos',
  'tes photos de party', 'je vais tout dire', 'je vais tout publier', 'je sais des choses sur toi', 'je sais où tu travailles',
  'je sais ou tu travailles', 'je vais te faire honte', 'te faire honte', 'humilier', 'je vais t humilier', 'te ridiculiser',
  'i ll expose you', 'i will expose you', 'i know where you work', 'watch yourself', 'ça va pas rester là',
], { weight: 0.8 });

/** Hateful calls against people or groups (data). */
export const HATE: readonly NetiquetteEntry[] = entries('hate', ['épuration'], { notPrecededBy: ['d', 'de'] }).concat(entries('hate', [
  'je hais les', 'je déteste les', 'on devrait tous les', 'faudrait tous les', 'les exterminer', 'exterminer',
  'extermination', 'nettoyage ethnique', 'race supérieure', 'white power', 'heil', 'sieg heil', 'nazi',
  'nazis', 'hitler avait raison', 'i hate all', 'gas them', 'solution finale', 'race inférieure', 'sale race',
  'mort aux', 'death to', 'kill all', 'je vous hais', 'je vous haïs', 'je vous hais tous', 'je les hais', 'je vous déteste tous',
  'méritent pas de vivre', 'meritent pas de vivre', 'mérite pas de vivre', 'qu ils disparaissent', 'qu ils crèvent',
  'qu ils creve', 'vont crever', 'j espère qu ils crèvent', 'j espere qu ils crevent', 'la pire chose', 'i hate you all',
  'i hate all of you', 'deserve to die', 'should all die', 'hope they die', 'hope you die',
  // The vocabulary of "replacement" and "remigration", in every variant of French.
  'grand remplacement', 'remigration', 'rémigration', 'chances pour la france', 'chance pour la france',
  'on est plus chez nous', 'on n est plus chez nous', 'great replacement',
]));
