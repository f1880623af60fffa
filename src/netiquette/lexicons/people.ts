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
]);

/** Titles and roles that identify one person in a municipality (data). */
export const PERSON_TITLES: readonly string[] = [
  'maire', 'mairesse', 'mayor', 'conseiller', 'conseillère', 'conseillere', 'councillor', 'directeur général', 'directrice générale',
  'dg', 'directeur', 'directrice', 'greffier', 'greffière', 'trésorier', 'trésorière', 'inspecteur', 'inspectrice',
  'chef', 'contremaître', 'contremaitre', 'contracteur', 'entrepreneur', 'président', 'présidente', 'proprio', 'propriétaire',
  'voisin', 'voisine', 'préfet', 'prefet', 'député', 'députée', 'depute', 'deputee', 'ministre', 'policier', 'policière',
  'employé', 'employée', 'gérant', 'gérante', 'responsable', 'coach', 'prof', 'professeur', 'secrétaire',
];
