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
  'sa fille a', 'son fils a', 'a fait de la prison', 'sort de prison', 'casier judiciaire', 'est en faillite', 'a fait faillite',
  'gagne combien', 'est gai', 'est gay', 'est lesbienne', 'est trans', 'sort du placard',
  'il est parti en vacances', 'elle est partie en vacances', 'sont partis en vacances', 'maison est vide',
  'la maison est vide', 'est jamais chez eux', 'est jamais chez lui', 'est jamais chez elle', 'tous les soirs au',
  'tous les vendredis au', 'est toujours au bar', 'toujours au casino', 'je l ai vu au', 'je l ai vue au', 'je l ai vu sortir',
  'je l ai vue sortir', 'stationné devant chez', 'son char est stationné', 'son auto est stationnée', 'il reste au',
  'elle reste au', 'il reste sur la rue', 'elle reste sur la rue', 'il demeure au', 'elle demeure au', 'il habite au',
  'elle habite au', 'il habite sur', 'elle habite sur', 'il vit au', 'elle vit au', 'sa maison sur', 'he lives at',
  'she lives at', 'lives on', 'his wife left', 'her husband left', 'is in rehab', 'has cancer', 'is pregnant',
  'is depressed', 'is an alcoholic', 'mental illness', 'is on vacation', 'their house is empty',
]);

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
  'à l hôpital', 'a l hopital', 'à l urgence', 'in the hospital', 'enceinte', 'pregnant', 'fausse couche', 'avortement',
  'abortion', 'rehab', 'désintox', 'desintox', 'thérapie', 'therapie', 'alcoolique', 'alcoolisme', 'boit tous les soirs',
  'boit trop', 'drinks every', 'drinking problem', 'drogué', 'droguée', 'gambling', 'dettes de jeu',
  'divorce', 'messy divorce', 'se séparent', 'trompée', 'trompé', 'l a trompée', 'l a trompé',
  'cheated on', 'vie de couple', 'home life', 'problèmes à la maison', 'problemes a la maison', 'problèmes de couple',
  'garde de ses enfants', 'garde des enfants', 'custody', 'la dpj', 'dpj', 'violence conjugale', 'domestic violence',
  'son mari est mort', 'sa femme est morte', 'veuve', 'veuf', 'perdu sa job', 'perdu son emploi', 'lost his job',
  'lost her job', 'chômage', 'chomage', 'sur le bs', 'aide sociale', 'welfare', 'grosses dettes', 'faillite',
  'bankrupt', 'bankruptcy', 'chirurgie esthétique', 'plastic surgery', 'orientation sexuelle',
  'sort du placard', 'partent en croisière', 'en croisière', 'partent en voyage', 'partis en voyage', 'sont en floride', 'en floride jusqu', 'away in', 'are away until', 'away until', 'gone until', 'out of town until',
  'maison est vide', 'house is empty', 'pas de danger pour les voleurs', 'rentre si tard', 'sort plus de chez',
  'in florida till', 'in florida until', 'in florida for', 'en floride jusqu', 'partis jusqu', 'away till', 'gone till',
  'nobody s watching their', 'nobodys watching', 'personne surveille', 'personne garde la maison', 'ca brasse a la maison',
  'ça brasse à la maison', 'brasse dans le couple', 'problemes de couple', 'manque les seances depuis', 'on sait toute pourquoi',
  'on sait tous pourquoi', 'we all know why',
]);

/** Accusations of crime or wrongdoing; defamatory when aimed at an identifiable person (data). */
export const ACCUSATION: readonly NetiquetteEntry[] = entries('accusation', [
  'a volé', 'a vole', 'ont volé', 'ont vole', 'vole l argent', 'volé l argent', 'vole de l argent', 'volé de l argent',
  'a détourné', 'a detourne', 'détourne des fonds', 'détournement de fonds', 'detournement de fonds', 'détourné des fonds',
  'fraude', 'fraudé', 'fraudeur', 'fraudeuse', 'a fraudé', 'corrompu', 'corrompue', 'corrompus', 'corruption',
  'pot-de-vin', 'pots-de-vin', 'pot de vin', 'pots de vin', 'enveloppe brune', 'enveloppes brunes', 'graisser la patte',
  'se graisse', 'collusion', 'magouille', 'magouilles', 'magouilleur', 'magouilleux', 'escroc', 'escroquerie', 'voleur',
  'voleuse', 'criminel', 'criminelle', 'bandit', 'mafia', 'mafieux', 'trafic d influence', 'conflit d intérêts',
  'conflit d interets', 'se remplit les poches', 's en met plein les poches', 'se met de l argent dans les poches',
  'dans ses poches', 'dans les poches', 'a payé pour', 'a été payé', 'pédophile', 'pedophile', 'pédo', 'pedo',
  'agresseur', 'a agressé', 'a agresse', 'abuse des', 'a abusé', 'harcèle', 'harcelement', 'harcèlement', 'bat sa femme',
  'bat ses enfants', 'a frappé sa', 'drogué', 'vend de la drogue', 'dealer', 'pusher', 'saoul au volant',
  'conduit saoul', 'chauffe saoul', 'a menti', 'menteur', 'truqué', 'truque', 'arrangé avec', 'falsifié',
  'falsifie', 'faux documents', 'stole', 'stealing', 'embezzl*', 'fraud', 'corrupt', 'bribe', 'bribes', 'kickback',
  'kickbacks', 'crook', 'criminal', 'thief', 'pedophile', 'abuser', 'lied', 'liar', 'rigged', 'on the take',
  'du vol', 'c est du vol', 'vole du', 'vole de l', 'vole des', 'volé du', 'volé des', 'se sert dans la caisse',
  'se servent dans la caisse', 'pige dans la caisse', 'se paye avec', 'se paie avec', 'au noir', 'jobs au noir',
  'travaille au noir', 'utilise les camions de la ville', 'avec les camions de la ville', 'en boisson au volant',
  'au volant en boisson', 'a tout étouffé', 'ont tout étouffé', 'étouffé l affaire', 'cover up', 'covered it up',
  'covered up', 's est fait payer', 'se fait payer', 'a gonflé', 'ont gonflé', 'gonflé les', 'gonflées', 'gonflés',
  'pour cacher', 'a caché', 'ont caché', 'a mis le feu', 'graissé la patte', 'népotisme', 'nepotisme', 'revend',
  'a fait annuler ses', 'fait annuler ses', 'ont servi à payer', 'fait payer ça par nos taxes', 'payé avec nos taxes',
  'accepte de l argent', 'accepte des pots-de-vin', 'de l argent cash', 'cash pour fermer les yeux', 'ferme les yeux sur',
  'a été modifié après', 'a falsifié', 'c est illégal', 'détourne', 'detourne', 'a fait exprès', 'fait exprès',
  'actionnaire en cachette', 'en cachette', 'en dessous de la table', 'sous la table', 'on the side for cash',
  'for cash', 'cooked the books', 'hidden deficit', 'got a dui', 'dui', 'drunk driving', 'takes bribes', 'on the take',
  'pocketed', 'lining his pockets', 'lining her pockets', 'in his pocket', 'kickback', 'invente', 'inventent',
  'a menti', 'ment aux citoyens', 'nous ment', 'nous mentent', 'devrait être accusé', 'devrait être arrêté',
  'devrait aller en prison', 'en prison', 'should be in jail', 'should be arrested', 'scandale', 'arnaque', 'arnaqueur',
  'détournement', 'detournement', 'du détournement', 'de la fraude', 'fraude pure', 'a facturé la ville pour', 'a facture la ville pour',
  'facturé pour', 'surfacturé', 'surfacture', 'surfacturation', 'overbilled', 'overcharged the city', 'pocketed the',
]);

/** Titles and roles that identify one person in a municipality (data). */
export const PERSON_TITLES: readonly string[] = [
  'maire', 'mairesse', 'mayor', 'conseiller', 'conseillère', 'conseillere', 'councillor', 'directeur général', 'directrice générale',
  'dg', 'directeur', 'directrice', 'greffier', 'greffière', 'trésorier', 'trésorière', 'inspecteur', 'inspectrice',
  'chef', 'contremaître', 'contremaitre', 'contracteur', 'entrepreneur', 'président', 'présidente', 'proprio', 'propriétaire',
  'voisin', 'voisine', 'préfet', 'prefet', 'député', 'députée', 'depute', 'deputee', 'ministre', 'policier', 'policière',
  'employé', 'employée', 'gérant', 'gérante', 'responsable', 'coach', 'prof', 'professeur', 'secrétaire',
  'trésorière', 'concierge', 'chef pompier', 'directeur des', 'directrice des', 'director', 'treasurer', 'clerk',
  'chief', 'foreman', 'inspector', 'superintendent', 'manager', 'contremaîtresse', 'ingénieur', 'ingénieure',
  'urbaniste', 'agent', 'agente', 'commis', 'brigadier', 'sauveteur', 'moniteur', 'monitrice', 'beau-frère', 'cousin',
  'cousine', 'chum', 'blonde', 'mayor', 'councilor', 'alderman', 'commissioner',
];
