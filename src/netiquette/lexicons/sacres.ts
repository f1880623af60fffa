import { entries, type NetiquetteEntry } from './types.js';

/**
 * Québec sacres and their usual spellings (data). Prefix families (`tabarn*`) cover
 * inflections: tabarnak, tabarnaque, tabarnacle; câlisse, câlissement, décâlisser… Mild
 * euphemisms are listed apart in {@link EUPHEMISMS} and allow-listed.
 */
export const SACRES: readonly NetiquetteEntry[] = [
  ...entries(
    'sacre',
    [
      'tabarn*', 'tabernak', 'tabernac*', 'taberna*', 'tbk', 'tabarnik', 'tabar', 'taber',
      'calisse', 'caliss', 'calis', 'calik', 'caliss*', 'decaliss*', 'calissement', 'caliboire', 'kaliss*', 'kalice', 'kalis', 'kalik', 'câliss*',
      'osti', 'ostie', 'ostis', 'ostide', 'ostidde', 'estide', 'esti', 'estie', 'hostis', 'sti', 'stie', 'ostifie', 'estifie', 'astie',
      'osstie', 'esstie', 'hestie', 'estique', 'ostique', 'ostine',
      'ciboere', 'cibouere', 'ciboir',
      'crisse', 'criss', 'crisser', 'crissez', 'crisse*', 'crissant', 'kriss', 'krisse', 'christie',
      'sacrament', 'sacramant', 'sacrament*',
      'viarge', 'viarges',
      'calvair', 'calvere', 'calvasse',
      'batême',
      'simonaque', 'cibolac', 'jeriboire', 'torvisse',
      'enfant de chienne', 'mon tabarnak',
    ],
    { weight: 0.95 },
  ),
  // Words that are also ordinary French (a chalice, a sacrament, Christ) or milder oaths.
  ...entries('sacre', ['calice', 'sacrement', 'christ', 'hostie', 'ciboire', 'tabernacle', 'calvaire', 'baptême'], { weight: 0.8, tag: 'liturgical' }),
  ...entries('sacre', ['verrat'], { weight: 0.8 }),
  ...entries('sacre', ['maudit', 'maudite', 'maudits', 'maudites'], { weight: 0.4 }),
];

/**
 * Mild euphemisms of sacres that are not vulgar (data, kept apart and allow-listed): they never
 * make a comment aggressive on their own.
 */
export const EUPHEMISMS: readonly string[] = [
  'tabarouette', 'tabarnouche', 'tabarnane', 'tabarnache', 'tabarouin', 'taboire', 'taboir', 'câline', 'caline',
  'câlique', 'calique', 'mautadine', 'mautadit', 'mautadite', 'sapristi', 'saperlipopette', 'cibole', 'ciboulette',
  'cristi', 'crime', 'misère', 'bonyenne', 'ostrogoth', 'sacrebleu', 'coudonc', 'simonac', 'calvince', 'batèche', 'batince', 'batinse',
  'baptiste', 'shoot', 'shucks', 'darn', 'dang', 'heck', 'gosh', 'geez', 'sacrifice', 'tornon', 'torvis', 'torrieux', 'torieux', 'torrieu', 'torieu', 'torrieuse',
  'jériboire', 'cibolaque', 'mosus', 'mozus',
];

/**
 * Names of dishes, places and things that hold a sacre without swearing (data): the sugar
 * shack's "oreilles de crisse", the "chemin du Calvaire". A sacre inside one of them is not an oath.
 *
 * @example
 * ```ts
 * HARMLESS[0]?.term; //=> 'oreilles de crisse'
 * ```
 */
export const HARMLESS: readonly NetiquetteEntry[] = entries('harmless', [
  'oreilles de crisse', 'oreilles de christ', 'oreille de crisse', 'chemin du calvaire', 'rue du calvaire', 'côte du calvaire',
  'mont calvaire', 'christ-roi', 'christ roi',
]);
