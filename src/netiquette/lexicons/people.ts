import { entries, type NetiquetteEntry } from './types.js';

/** Remarks that expose someone's health, family, private life or whereabouts (data). */
export const PRIVACY: readonly NetiquetteEntry[] = entries('privacy', [
  'a le cancer', 'a un cancer', 'fait une dépression', 'fait une depression', 'en dépression', 'en depression',
  'fait un burn-out', 'en burn-out', 'en burnout', 'est alcoolique', 'est alcolo', 'est un alcoolique', 'boit trop',
  'est en désintox', 'en desintox', 'en thérapie', 'en therapie', 'est enceinte', 'est tombée enceinte', 'séropositif',
  'seropositif', 'schizophrène', 'schizophrene', 'bipolaire', 'malade mental', 'maladie mentale',
  'est à l hôpital', 'est a l hopital', 'à l hôpital psychiatrique', 'en psychiatrie', 'en chimio', 'fait une fausse couche',
  'a fait une fausse couche', 'prend des antidépresseurs', 'prend des pilules', 'sur les pilules', 'dans l aile psychiatrique',
  'sa femme l a laissé', 'sa femme l a quitté', 'son mari l a laissée', 'son mari l a quittée', 'l a laissé', 'l a laissée',
  'l a quitté', 'l a quittée', 'en train de divorcer', 'divorcent', 'se séparent', 'sont séparés', 'se separent',
  'trompe sa femme', 'trompe son mari', 'trompe sa blonde', 'trompe son chum', 'la trompe', 'le trompe', 'cheating on',
  'sa maîtresse', 'sa maitresse', 'son amant', 'couche avec', 'sleeping with', 'la dpj', 'placés en famille',
  'ses enfants ont été placés', 'garde des enfants', 'pension alimentaire', 'sa fille est', 'son fils est', 'son gars est',
  'a fait de la prison', 'sort de prison', 'casier judiciaire', 'est en faillite', 'a fait faillite',
  'gagne combien', 'est gai', 'est gay', 'est lesbienne', 'est trans', 'sort du placard',
  'il est parti en vacances', 'elle est partie en vacances', 'sont partis en vacances', 'maison est vide',
  'la maison est vide', 'maison va être vide', 'depuis son diagnostic', 'since his diagnosis', 'since her diagnosis', 'in and out of the hospital',
  'heart episode', 'fermer le bar', 'closing the bar', 'ce qui s est passé chez vous', 'en arrêt de travail', 'en arret de travail', 'off on stress leave', 'vous êtes séparés', 'vous etes separes', 'couche au motel', 'on disability', 'en invalidité',
  'rentre du bar', 'rentre saoul', 'dort dans son char', 'has been empty since', 'been empty since', 'left for florida', 'parti en floride', 'partis en floride',
  'partie en floride', 'affaires personnelles qui', 'qui se passent chez eux', 'qui se passe chez eux', 'family court', 'custody battle', 'fighting his ex', 'fighting her ex', 'cour de la famille',
  'chambre de la famille', 'la police était encore', 'la police etait encore', 'police encore chez', 'va-et-vient de police',
  'police chez un voisin', 'police chez le voisin', 'ça brasse dans la maison', 'ca brasse dans la maison', 'depuis sa chute',
  'l appelle jamais', 'personne au chalet', 'nobody home', 'nobody s home', 'no one home', 'no one s home', 'maisons vides', 'maison vide', 'empty house', 'empty houses', 'proprios sont partis', 'propriétaires sont partis', 'proprietaires sont partis', 'maison va etre vide', 'maison sera vide', 'house will be empty', 'partent en vacances', 'partent deux semaines', 'est jamais chez eux', 'est jamais chez lui', 'est jamais chez elle', 'tous les soirs au',
  'tous les vendredis au', 'est toujours au bar', 'toujours au casino', 'je l ai vu au', 'je l ai vue au', 'je l ai vu sortir',
  'je l ai vue sortir', 'stationné devant chez', 'son char est stationné', 'son auto est stationnée', 'il reste au',
  'elle reste au', 'il reste sur la rue', 'elle reste sur la rue', 'il demeure au', 'elle demeure au', 'il habite au',
  'elle habite au', 'il habite sur', 'elle habite sur', 'il vit au', 'elle vit au', 'sa maison sur', 'he lives at',
  'she lives at', 'lives on', 'his wife left', 'her husband left', 'is in rehab', 'has cancer', 'is pregnant',
  'is depressed', 'is an alcoholic', 'mental illness', 'is on vacation', 'their house is empty',
  'est partie avec le voisin', 'est parti avec la voisine', 'partie avec un autre', 'parti avec une autre',
  'a perdu la garde', 'perdu la garde de', 'walked out on', 'ran off with', 'perdu son permis', 'lost his licence',
  'lost his license', 'lost her licence', 'lost her license', 'are away until', 'is away until', 'away until',
  'been gone since', 'a fugué', 'a fugue', 'fait une fugue', 'ran away from home', 'en plein divorce', 'est en chsld',
  'lost his job', 'lost her job', 'drinks all day', 'boit toute la journée', 'boit toute la journee', 'sa blonde l a crissé là',
  'sa blonde l a sacré là', 'sa blonde l a laissé', 'son chum l a laissée', 'ses enfants restent chez', 'buvait au travail', 'boit au travail', 'drinks at work', 'drinking on the job', 'had a miscarriage',
  'en pleine séparation', 'en pleine separation', 'en instance de divorce', 'ses enfants vivent chez', 'les enfants vivent chez leur',
  'a la garde des enfants', 'a perdu ses enfants', 'going through a divorce', 'going through a separation',
  'vit toute seule', 'vit tout seul', 'lives alone', 'en isolement', 'in isolation', 'prenait des antidépresseurs',
  'prenait des antidepresseurs', 'was on antidepressants', 'heavy drinker', 'a drinking problem', 'problème de boisson',
  'probleme de boisson', 'had epilepsy', 'has epilepsy', 'faisait de l épilepsie', 'était épileptique', 'est épileptique',
  'talked to her in years', 'talked to him in years', 'parlait plus à sa mère', 'demandez à sa femme', 'demandez a sa femme',
  'ask his wife', 'ask her husband', 'reçoit des hommes', 'recoit des hommes', 'reçoit des gars', 'recoit des gars',
  'a des hommes chez', 'men over all night', 'boit tout le temps', 'drinks all the time', 'boit du matin au soir', 'l a sacré là', 'l a sacre la', 'l a crissé là', 'l a crisse la', 'est parti deux semaines', 'house is dark', 'dark and empty', 'in mexico for', 'in cuba for', 'au mexique pour', 'à cuba pour', 'a cuba pour',
  'est partie deux semaines', 'partis deux semaines', 'away for two weeks',
  'sa femme est partie', 'son mari est parti', 'cassé comme un clou', 'casse comme un clou', 'broke as a joke', 'ça allait pas bien à la maison', 'ca allait pas bien a la maison', 'picked up his mail', 'picked up her mail', 'ramassé son courrier', 'ramasse son courrier', 'ambulance chez', 'l ambulance devant chez', 'ambulance devant chez',
]);

/**
 * "Personne à la maison" tells an empty house; "en personne à la Maison des jeunes" does not (data).
 *
 * @example
 * ```ts
 * EMPTY_HOUSE[0]?.notPrecededBy; //=> ['en']
 * ```
 */
export const EMPTY_HOUSE: readonly NetiquetteEntry[] = entries('privacy', ['personne à la maison', 'personne a la maison'], { notPrecededBy: ['en'] });

/**
 * Sensitive matters of a private life: health, addiction, family and couple, money troubles,
 * absence from home (data). They expose someone when said about another person.
 */
export const SENSITIVE: readonly NetiquetteEntry[] = entries('sensitive', [
  'clinique de fertilité', 'fertilité', 'fertilite', 'in vitro', 'overdose', 'surdose', 'fin de vie', 'soins palliatifs',
  'palliatif', 'cancer', 'chimio', 'chimiothérapie', 'chemo', 'chemotherapy', 'alzheimer', 'démence', 'demence', 'dementia',
  'santé mentale', 'sante mentale', 'mental health', 'dépression', 'depression', 'déprime', 'anxiété', 'anxiete', 'anxiety',
  'burn-out', 'burnout', 'arrêt de travail', 'arret de travail', 'congé de maladie', 'conge de maladie', 'sick leave',
  'bébé malade', 'mari malade', 'femme malade', 'est malade', 'est mourant', 'est mourante', 'hospitalisé', 'hospitalisée',
  'à l urgence', 'in the hospital', 'pregnant', 'fausse couche', 'avortement',
  'abortion', 'rehab', 'désintox', 'desintox', 'thérapie', 'therapie', 'alcoolique', 'alcoolisme', 'boit tous les soirs',
  'boit trop', 'drinks every', 'drinking problem', 'drogué', 'droguée', 'gambling', 'dettes de jeu',
  'divorce', 'messy divorce', 'se séparent', 'l a trompée', 'l a trompé', 'a trompé sa', 'a trompée son',
  'cheated on', 'vie de couple', 'home life', 'problèmes à la maison', 'problemes a la maison', 'problèmes de couple',
  'garde de ses enfants', 'garde des enfants', 'custody', 'la dpj', 'dpj', 'violence conjugale', 'domestic violence',
  'son mari est mort', 'sa femme est morte', 'veuve', 'veuf', 'perdu sa job', 'perdu son emploi', 'lost his job',
  'lost her job', 'chômage', 'chomage', 'sur le bs', 'aide sociale', 'welfare', 'grosses dettes', 'faillite',
  'bankrupt', 'bankruptcy', 'chirurgie esthétique', 'plastic surgery', 'orientation sexuelle',
  'sort du placard', 'partent en croisière', 'en croisière', 'partent en voyage', 'partis en voyage', 'sont en floride', 'en floride jusqu', 'away in', 'are away until', 'away until', 'gone until', 'out of town until',
  'maison est vide', 'house is empty', 'pas de danger pour les voleurs', 'rentre si tard', 'sort plus de chez',
  'in florida till', 'in florida until', 'in florida for', 'en floride jusqu', 'partis jusqu', 'away till', 'gone till',
  'nobody s watching their', 'personne surveille', 'personne garde la maison', 'ca brasse a la maison',
  'ça brasse à la maison', 'brasse dans le couple', 'perdre son bébé', 'perdre son bebe', 'perdu son bébé', 'perdu son bebe',
  'grossesse', 'fertility clinic', 'a recommencé à boire', 'a recommence a boire', 'recommencé à boire', 'recommence a boire',
  'started drinking again', 'chum est en dedans', 'est en dedans', 'is in jail', 'toute seule avec ses', 'always sick on',
  'always "sick"', 'knows why', 'sortir du clsc', 'sortir de la clinique', 'ce qui se passe chez eux', 'ce qui se passe chez lui',
  'ce qui se passe chez elle', 'what s going on at home', 'd autres chats à fouetter à la maison', 'd autres chats a fouetter a la maison', 'problemes de couple', 'manque les seances depuis', 'on sait toute pourquoi',
  'on sait tous pourquoi', 'we all know why',
  // Diagnoses and treatments
  'tdah', 'adhd', 'ritalin', 'concerta', 'sa médication', 'sa medication', 'ses médicaments', 'ses medicaments', 'his meds',
  'her meds', 'diabète', 'diabete', 'diabetes', 'sclérose en plaques', 'sclerose en plaques', 'parkinson', 'épilepsie',
  'epilepsie', 'epilepsy', 'son avc', 'depuis son avc', 'had a stroke', 'ses appareils auditifs', 'porte pas ses appareils',
  'sourd comme un pot', 'vient de divorcer', 'just got divorced', 'parti dans le sud', 'partie dans le sud', 'down south for',
  'pour trois semaines', 'allez lui dire ce que vous en pensez', 'allez y dire ce que vous en pensez', 'go tell her what you think',
  'go tell him what you think', 'prend pu ses médicaments', 'prend plus ses médicaments', 'sort de robert-giffard', 'pour son cœur', 'pour son coeur', 'crise cardiaque', 'heart attack',
  'husband moved out', 'wife moved out', 'a perdu le bébé', 'a perdu le bebe', 'lost the baby', 'demandeur d asile', 'demandeuse d asile',
  'asile refusé', 'asile refuse', 'attend son renvoi', 'sans papiers', 'visa expiré', 'visa expire', 'permis de travail expiré',
  'asylum claim', 'his visa', 'her visa', 'getting deported', 'talon de paie', 'son talon de paie', 'pay stub', 'his paycheque', 'her paycheque', 'a des punaises', 'ont des punaises', 'plein de punaises', 'en est plein depuis', 'has bedbugs', 'have bedbugs',
  'full of bedbugs', 'full of cockroaches', 'plein de coquerelles', 'se pique', 'se shoote', 'se drogue', 'is on drugs', 'shooting up',
  'pas vaccinés', 'pas vaccinées', 'pas vacciné', 'pas vaccinée', 'pas vaccines', 'not vaccinated', 'unvaccinated', 'brought measles',
  'has measles', 'a la rougeole', 'amené la rougeole', 'coughing all over', 'des boutons partout', 'has a rash',
  'accumulateur compulsif', 'accumulatrice compulsive', 'hoarder', 'hoarding', 'making out with', 'frenchait', 'en train de frencher',
  'he s married', 'she s married', 'his wife s gonna', 'her husband s gonna', 'sa femme va aimer ça', 'sa femme va aimer ca',
]).concat(
  // Working at the hospital is no one's health: "arrivent pour travailler à l'hôpital".
  entries('sensitive', ['à l hôpital', 'a l hopital'], { notPrecededBy: ['travailler', 'travaille', 'travaillent', 'travaillait', 'stage', 'emploi', 'poste', 'infirmiere', 'infirmier', 'medecin'] }),
  // "Enceinte" is also a pool's enclosure and a loudspeaker: "l'enceinte", "une enceinte".
  entries('sensitive', ['enceinte'], { notPrecededBy: ['l', 'une', 'son', 'mon', 'ton', 'votre', 'notre', 'cette', 'la', 'grande', 'petite', 'bluetooth', 'nouvelle', 'belle'] }),
);

/** Accusations of crime or wrongdoing; defamatory when aimed at an identifiable person (data). */
export const ACCUSATION: readonly NetiquetteEntry[] = entries('accusation', [
  'eu l info avant tout le monde', 'had the info before', 'groupes terroristes', 'à des terroristes', 'finance le terrorisme',
  'funds terrorists', 'a plagié', 'a plagie', 'plagiarized', 'arrangé l appel d offres', 'arrange l appel d offres', 'a arrangé le contrat', 'se graisse la patte', 'se graissent la patte',
  'padding his expense', 'padding her expense', 'gonfle ses comptes de dépenses', 'gonfle ses dépenses', 'confisquent les passeports', 'confisque les passeports', 'en dessous du salaire minimum', 'sous le salaire minimum',
  'locked in a trailer', 'keeps their workers locked', 'de l esclavage', 'absolute slavery', 'avec le diesel de la ville', 'avec l essence de la ville', 'avec le gaz de la ville', 'le diesel de la ville',
  'with city fuel', 'with the town s fuel', 'sa rue en premier', 'his street first', 'her street first', 'braconne', 'braconnent', 'braconnier', 'braconniers', 'poacher', 'poaches',
  'vole les heures', 'garde leurs passeports', 'under the table', 'pockets their', 'a trafiqué', 'a trafique', 'trafiqué les soumissions', 'trafique les soumissions', 'a des parts dans', 'ses parts dans', 'has shares in', 'owns shares in', 'reçoit des bonus', 'recoit des bonus', 'kickbacks',
  'gets a bonus for', 'a truqué', 'a truque', 'truqué les', 'truque les', 'rigged the', 'got paid off', 'paid off by', 'dans ses poches', 'dans sa poche',
  'lining his pockets', 'lining her pockets', 'into his pocket', 'into her pocket', 'donne les logements à', 'donne les logements a', 'passe ses amis avant', 'avant le monde sur la liste', 'airbnbs without permits',
  'gestes déplacés', 'gestes deplaces', 'attouchements', 'inappropriate touching', 'touched the kids', 'en échange d argent',
  'en echange d argent', 'en échange de cash', 'in exchange for cash', 'in exchange for money', 'selling the donated',
  'sells the donated', 'revend les dons', 'revendait les dons', 'vend les dons', 'avec l argent de la ville',
  'with city money', 'with the city s money', 'avec l argent des contribuables', 'with taxpayer money', 'with taxpayers money',
  'took cash from', 'took a bribe', 'passe-droits', 'passe-droit', 'piquait dans la caisse', 'pique dans la caisse', 'a piqué dans la caisse', 'pigeait dans la caisse', 'a pigé dans la caisse',
  'hand in the till', 'donné le contrat à son', 'donné le contrat à sa', 'donne le contrat a son', 'donne le contrat a sa',
  'gave the contract to his', 'gave the contract to her',
  'qui vole les', 'qui volent les', 'qui vole nos', 'qui volent nos', 'qui vandalise', 'qui vandalisent', 'qui arrache les pancartes',
  'qui arrachent les pancartes', 'steals our', 'stealing our', 'tearing down our signs',
  'a volé', 'a vole', 'ont volé', 'ont vole', 'vole l argent', 'volé l argent', 'vole de l argent', 'volé de l argent',
  'a détourné', 'a detourne', 'détourne des fonds', 'détournement de fonds', 'detournement de fonds', 'détourné des fonds',
  'fraude', 'fraudé', 'fraudeur', 'fraudeuse', 'a fraudé', 'corrompu', 'corrompue', 'corrompus', 'corruption',
  'pot-de-vin', 'pots-de-vin', 'pot de vin', 'pots de vin', 'enveloppe brune', 'enveloppes brunes', 'graisser la patte',
  'se graisse', 'collusion', 'magouille', 'magouilles', 'magouilleur', 'magouilleux', 'escroc', 'escroquerie', 'voleur',
  'voleuse', 'criminel', 'criminelle', 'bandit', 'mafia', 'mafieux', 'trafic d influence', 'conflit d intérêts',
  'conflit d interets', 'se remplit les poches', 's en met plein les poches', 'se met de l argent dans les poches',
  'dans ses poches', 'dans les poches', 'pédophile', 'pedophile', 'pédo', 'pedo',
  'agresseur', 'a agressé', 'a agresse', 'abuse des', 'a abusé', 'harcèle', 'harcelement', 'harcèlement', 'bat sa femme',
  'bat ses enfants', 'a frappé sa', 'drogué', 'vend de la drogue', 'dealer', 'pusher', 'saoul au volant',
  'conduit saoul', 'chauffe saoul', 'a menti', 'menteur', 'truqué', 'truque', 'arrangé avec', 'falsifié',
  'falsifie', 'faux documents', 'stole', 'stealing', 'embezzl*', 'fraud', 'corrupt', 'bribe', 'bribes', 'bribed', 'bribing', 'kickback',
  'kickbacks', 'crook', 'criminal', 'thief', 'pedophile', 'abuser', 'lied', 'liar', 'rigged', 'on the take',
  'du vol', 'c est du vol', 'vole du', 'vole de l', 'vole des', 'volé du', 'volé des', 'se sert dans la caisse',
  'se servent dans la caisse', 'pige dans la caisse', 'se paye avec', 'se paie avec', 'au noir', 'jobs au noir',
  'travaille au noir', 'utilise les camions de la ville', 'avec les camions de la ville', 'en boisson au volant',
  'meurtrier', 'meurtrière', 'meurtriere', 'murderer', 'a tué', 'a tue', 'killed him', 'killed her', 'was drunk',
  'était saoul', 'etait saoul', 'était soûl', 'était chaud', 'drunk all', 'criminal negligence', 'négligence criminelle',
  'negligence criminelle', 'donner des contrats à son', 'donné des contrats à son', 'des contrats à son beau-frère',
  'from the developer', 'from the condo developer', 'from the contractor', 'push this bylaw through', 'payé par le promoteur',
  'set the fire', 'set the brush fire', 'started the fire', 'a parti le feu', 'a allumé le feu',
  'vend de la coke', 'vend de la cocaïne', 'vend de la cocaine', 'vend du pot', 'vend du weed', 'vend de la weed',
  'vendu son vote', 'a vendu son vote', 'acheté des votes', 'achète des votes', 'caché à la police', 'cache a la police',
  'au volant en boisson', 'a tout étouffé', 'ont tout étouffé', 'étouffé l affaire', 'cover up', 'covered it up',
  'covered up', 's est fait payer', 'se fait payer', 'a gonflé', 'ont gonflé', 'gonflé les', 'gonflées', 'gonflés',
  'pour cacher', 'a caché', 'ont caché', 'a mis le feu', 'graissé la patte', 'népotisme', 'nepotisme', 'revend',
  'a fait annuler ses', 'fait annuler ses', 'ont servi à payer', 'fait payer ça par nos taxes', 'payé avec nos taxes',
  'accepte de l argent', 'accepte des pots-de-vin', 'de l argent cash', 'cash pour fermer les yeux', 'ferme les yeux sur',
  'a été modifié après', 'a falsifié', 'c est illégal', 'détourne l argent', 'detourne l argent', 'détourne les fonds', 'détourne les revenus', 'detourne les revenus', 'détourne les dons', 'a fait exprès', 'fait exprès',
  'actionnaire en cachette', 'en cachette', 'en dessous de la table', 'sous la table', 'on the side for cash',
  'for cash', 'cooked the books', 'hidden deficit', 'got a dui', 'dui', 'drunk driving', 'takes bribes', 'on the take',
  'pocketed', 'lining his pockets', 'lining her pockets', 'in his pocket', 'kickback', 'invente des chiffres', 'inventent des chiffres', 'invente les', 'inventent les', 'la ville invente', 'a inventé des', 'makes up numbers',
  'a menti', 'ment aux citoyens', 'nous ment', 'nous mentent', 'devrait être accusé', 'devrait être arrêté',
  'devrait aller en prison', 'en prison', 'should be in jail', 'should be arrested', 'scandale', 'arnaque', 'arnaqueur',
  'cache les rapports', 'cachent les rapports', 'cache la vérité', 'cache la verite', 'cachent la vérité', 'hides the reports',
  'hiding the', 'covering up', 'skimming', 'is skimming', 'skims', 'en échange d une enveloppe', 'en echange d une enveloppe', 'une enveloppe', 'pocketing', 'pocketed money', 'beau-frère du maire', 'beau-frere du maire', 'cousin du maire', 'brother-in-law got', 'cousin won',
  'cousin "won"', 'brown envelopes', 'do the math', 'faites le calcul', 'pas besoin de faire un dessin', 'je dis ça je dis rien',
  'je dis ca je dis rien', 'comes up short', 'nothing to see here', 'ça s appelle comment', 'ca s appelle comment', 'a disparu',
  'ont disparu', 'without a single other bid', 'sans appel d offres', 'ds les poches', 'ds ses poches', 's est mis', 's est mise', 'cache les résultats', 'cache les resultats',
  'qui gagne les appels d offres', 'gagne toujours les contrats', 'toujours les mêmes qui gagnent', 'toujours les memes qui gagnent',
  'vont à la pêche ensemble', 'vont a la peche ensemble', 'sont chums avec', 'vidé la caisse', 'vide la caisse', 'a vidé la caisse', 'driving drunk', 'drunk driving', 'got caught',
  'made it go away', 'détournement', 'detournement', 'du détournement', 'de la fraude', 'fraude pure', 'a facturé la ville pour', 'a facture la ville pour',
  'facturé pour', 'surfacturé', 'surfacture', 'surfacturation', 'overbilled', 'overcharged the city', 'pocketed the',
  'compagnie de son beau-frère', 'compagnie de son beau-frere', 'entreprise de son beau-frère', 'entreprise de son beau-frere',
  'compagnie de son frère', 'compagnie de son frere', 'brother-in-law s company', 'his brother-in-law s',
  'avec le camion de la ville', 'aux frais des contribuables', 'poste est déjà donné', 'poste est deja donne',
  'donné au neveu', 'donne au neveu', 'donné à la nièce', 'donne a la niece', 'neveu du directeur', 'neveu du maire',
  'nièce du maire', 'niece du maire', 'job is already promised', 'the mayor s nephew',
  'accepte du cash', 'prend du cash', 'prend des enveloppes', 'accepte des enveloppes', 'takes cash', 'accepts cash',
  'avec l asphalte de la ville', 'avec le matériel de la ville', 'avec le materiel de la ville', 'avec l argent de la ville',
  's est fait paver', 'se fait paver', 'paid for by the city', 'with city equipment', 'with city asphalt',
  // Covering up for someone, billing for work not done, hiring without a posting, rumours told as fact.
  'is covering for', 'covering for them', 'covering for him', 'couvre ses chums', 'le couvre', 'les couvre',
  'for work they never did', 'for work never done', 'pour des travaux jamais faits', 'des travaux jamais faits', 'jamais livrés',
  'lining their pockets', 'lining their own pockets', 'lining his own pockets', 'wins every tender', 'wins every single tender',
  'gets every contract', 'gets all the contracts', 'a tous les contrats', 'ramasse tous les contrats', 'sans affichage de poste',
  'sans affichage', 'without posting the job', 'without a job posting', 'attouchements', 'tout le monde sait qu il a',
  'tout le monde sait qu elle a', 'everybody knows he', 'everybody knows she',
  // Naming while pretending not to, a report buried, a truth hidden from the public.
  'pour pas la nommer', 'pour pas le nommer', 'pour ne pas la nommer', 'pour ne pas le nommer', 'sans la nommer', 'sans le nommer',
  'mis dans un tiroir', 'mis ça dans un tiroir', 'tabletté le rapport', 'tablette le rapport', 'sat on the report', 'buried the report',
  'bought votes', 'buying votes', 'acheté des votes', 'achete des votes', 'achète des votes',
  's est payé un voyage', 's est paye un voyage', 'avec l argent des contribuables', 'avec notre argent', 'with our money',
  'for the insurance money', 'set the fire himself', 'a mis le feu lui-même', 'a mis le feu lui meme', 'pour l argent de l assurance',
  'to his buddies', 'à ses chums', 'a ses chums', 'selling town', 'selling city', 'follow the money', 'suivez l argent',
  'paid him', 'bought and paid for', 'where the envelopes', 'envelopes went', 'vide sa fosse septique', 'vide ses eaux usées', 'c est sûr que c est lui', 'c est sur que c est lui', 'paid off the', 'because he paid',
  'a payé le maire', 'a payé l inspecteur', 'payé sous la table',
  'covers for him', 'covers for her', 'covering for her', 'that s theft', 'city diesel', 'with city fuel', 'congédié pour vol',
  'congedie pour vol', 'renvoyé pour vol', 'renvoye pour vol', 'fired for theft', 'carte de crédit de la ville', 'carte de credit de la ville',
  'city credit card', 'se paye des voyages', 'se paie des voyages', 'getting a cut', 'gets a cut', 'padding its invoices',
  'padding the invoices', 'vend du pot', 'sells drugs', 'sells weed', 'deals drugs', 'vous ment', 'la ville ment',
  'le cache pour', 'nous le cache', 'nous cache', 'vous nous cachez', 'is hiding it', 'rigged tender',
]);

/** Titles and roles that identify one person in a municipality (data). */
export const PERSON_TITLES: readonly string[] = [
  'maire', 'mairesse', 'mayor', 'conseiller', 'conseillère', 'conseillere', 'councillor', 'directeur général', 'directrice générale',
  'dg', 'directeur', 'directrice', 'greffier', 'greffière', 'trésorier', 'trésorière', 'inspecteur', 'inspectrice',
  'chef', 'contremaître', 'contremaitre', 'contracteur', 'entrepreneur', 'président', 'présidente', 'proprio', 'propriétaire',
  'voisin', 'voisine', 'préfet', 'prefet', 'député', 'députée', 'depute', 'deputee', 'ministre', 'policier', 'policière',
  'employé', 'employée', 'gérant', 'gérante', 'responsable', 'coach', 'prof', 'professeur', 'secrétaire',
  'trésorière', 'concierge', 'évaluateur', 'évaluatrice', 'evaluateur', 'evaluatrice', 'arpenteur', 'notaire', 'chef pompier', 'directeur des', 'directrice des', 'director', 'treasurer', 'clerk',
  'chief', 'foreman', 'inspector', 'superintendent', 'manager', 'contremaîtresse', 'ingénieur', 'ingénieure',
  'urbaniste', 'agent', 'agente', 'commis', 'brigadier', 'sauveteur', 'moniteur', 'monitrice', 'beau-frère', 'cousin',
  'cousine', 'chum', 'blonde', 'bibliothécaire', 'bibliothecaire', 'librarian', 'foreman', 'mayor', 'councilor', 'alderman', 'commissioner',
  'dr', 'docteur', 'docteure', 'doctor', 'infirmière', 'infirmier', 'nurse', 'petit-fils', 'petite-fille', 'neveu', 'nièce',
  'gendre', 'belle-sœur', 'belle-soeur', 'beau-père', 'belle-mère', 'grandson', 'granddaughter', 'nephew', 'niece',
  'brother-in-law', 'sister-in-law', 'son-in-law', 'counsellor', 'counselor', 'monitor', 'lifeguard', 'coordonnateur', 'coordonnatrice',
];

/**
 * Frequent Québec surnames (data): at the start of a sentence a capital proves nothing, but
 * "Tremblay démissionne…" names someone.
 *
 * @example
 * ```ts
 * QUEBEC_SURNAMES.includes('tremblay'); //=> true
 * ```
 */
export const QUEBEC_SURNAMES: readonly string[] = [
  'tremblay', 'gagnon', 'roy', 'cote', 'bouchard', 'gauthier', 'morin', 'lavoie', 'fortin', 'gagne', 'ouellet', 'pelletier',
  'belanger', 'levesque', 'bergeron', 'leblanc', 'paquette', 'girard', 'simard', 'boucher', 'caron', 'beaulieu', 'cloutier',
  'dube', 'poirier', 'fournier', 'lapointe', 'leclerc', 'lefebvre', 'poulin', 'thibault', 'nadeau', 'landry', 'martel',
  'bedard', 'grenier', 'lessard', 'bernier', 'michaud', 'hebert', 'desjardins', 'couture', 'turcotte', 'lachance',
  'blais', 'gosselin', 'savard', 'proulx', 'beaudoin', 'demers', 'perron', 'boudreau', 'charbonneau', 'lemieux', 'mercier',
  'menard', 'deschenes', 'rousseau', 'vachon', 'dufour', 'labbe', 'guay', 'gendron', 'dion', 'brochu', 'allard', 'lemay',
  'lambert', 'dupuis', 'bouchard', 'bolduc', 'tardif', 'trudel', 'bilodeau', 'lebel', 'rioux', 'pare', 'gilbert',
  'carrier', 'cyr', 'bisson', 'plante', 'doucet', 'laroche', 'lacroix', 'langlois', 'drouin', 'veilleux', 'jacques',
  'goulet', 'chabot', 'audet', 'duchesne', 'paradis', 'lauzon', 'marcoux', 'tessier', 'belisle', 'vaillancourt',
];

/**
 * Capitalised words that name places, public bodies and the sacred, never a person (data,
 * folded): "la Ville", "le CLSC", "tabarnak de Québec", "le petit Jésus". The classifiers that look
 * for the person a remark is about skip them.
 *
 * @example
 * ```ts
 * NOT_PERSON_NAMES.includes('clsc'); //=> true
 * ```
 */
export const NOT_PERSON_NAMES: readonly string[] = [
  'ville', 'municipalite', 'conseil', 'gouvernement', 'quebec', 'canada', 'montreal', 'rouyn', 'sante', 'clsc', 'cisss', 'ciusss',
  'chsld', 'sq', 'spvm', 'mrc', 'omh', 'hlm', 'sopfeu', 'saaq', 'ramq', 'hydro', 'city', 'town', 'council', 'noel', 'dieu',
  'jesus', 'christ',
];
