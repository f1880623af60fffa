import { entries, type NetiquetteEntry } from './types.js';

/** Vulgar words and expressions, French, Québec French and English (data). */
export const VULGAR: readonly NetiquetteEntry[] = [
  ...entries(
    'vulgar',
    [
      'merde', 'merdique', 'marde', 'mardeux', 'mardeuse', 'emmerde*', 'emmarde*', 'chier', 'chiez', 'chient',
      'chiante', 'chiasse', 'fait chier', 'va chier', 'allez chier', 'mange de la marde', 'mange la marde',
      'manger de la marde', 'mangez de la marde', 'ferme ta gueule', 'ferme ta yeule', 'fermez vos gueules',
      'ta gueule', 'ta yeule', 'ta yeul', 'tagueule', 'trou de cul', 'trou d cul', 'mon cul', 'lèche-cul', 'lèche-cu', 'leche-cu', 'liche-cul', 'liche-cu',
      'leche cul', 'lichette', 'chienne de vie', 'pisser', 'pissou',
      'se faire fourrer', 'fait fourrer', 'crosseur', 'crosseux', 'fucking', 'fuckin', 'fuck', 'fucké',
      'fucker', 'fuckez', 'fuk', 'fck', 'fking', 'shit', 'shitty', 'bullshit', 'shitt', 'wtf', 'stfu', 'fckn', 'fkn', 'fcking', 'fuckn',
      'goddamn', 'asshole', 'dumbass', 'dumbasses', 'jackass', 'piss', 'pissed', 'bastard', 'bitch', 'bitches', 'bitching',
      'son of a bitch', 'motherfucker', 'dickhead', 'prick', 'cunt', 'twat', 'wanker', 'bollocks', 'screw you',
      'up yours', 'kiss my ass', 'suck it', 'suce-moi', 'suce moi', 'va te faire foutre', 'allez vous faire foutre',
      'foutre', 'fous le camp', 'je m en fous', 'rien à foutre', 'rien a crisser', 'rien à chier', 'bordel', 'putain',
      'couilles', 'plotte', 'enculer', 'enculé', 'enculés', 'nique ta mère', 'nique ta mere', 'nique ta race', 'ntm', 'fdp',
      'fils de pute', 'dans le cul', 'dans l cul', 'dans ton cul', 'dans votre cul', 'dans leur cul', 'dans son cul',
      'bordel de merde', 'putain de merde', 'chiottes', 'up your ass', 'shove it',
    ],
    { weight: 0.85 },
  ),
  // Milder words: vulgar register, but common in heated civil speech.
  ...entries('vulgar', ['cul', 'ass', 'chie', 'suce', 'pisse', 'crosser', 'gueule', 'yeule'], { weight: 0.65 }),
  // English "a bite", "dog bite", "the bite" is not the French word.
  ...entries('vulgar', ['bite'], {
    weight: 0.65,
    notPrecededBy: ['a', 'the', 'dog', 'dogs', 'one', 'first', 'each', 'no', 'that', 'this', 'his', 'her', 'my', 'its', 'their', 'mosquito', 'bug', 'tick', 'snake', 'quick', 'to', 'll', 'will', 'would', 'could', 'may', 'might', 'did', 'didn', 'not'],
  }),
  // "fourrer la dinde": to stuff the turkey.
  ...entries('vulgar', ['fourre', 'fourrer', 'fourrent', 'fourrez'], { weight: 0.65, notFollowedBy: ['la', 'les', 'le', 'des', 'du', 'un', 'une', 'dans', 'ça', 'ca'] }),
  // "Damn good pie": mild; it adds to other words, it does not remove a comment alone.
  ...entries('vulgar', ['damn'], { weight: 0.3 }),
  ...entries('vulgar', ['chiant', 'chiante', 'crap', 'crappy', 'bullshitter', 'chialeux'], { weight: 0.45 }),
];

/** Sexual and obscene terms (data). */
export const SEXUAL: readonly NetiquetteEntry[] = [
  ...entries(
    'sexual',
    [
      'pénis', 'penis', 'vagin', 'pussy', 'cock', 'dick pic', 'nudes', 'nude', 'porno', 'porn', 'pornhub', 'xxx', 'sexe anal',
      'fellation', 'blowjob', 'baiser avec', 'je vais te baiser', 'se faire baiser', 'orgasme', 'orgy',
      'orgie', 'masturb*', 'branler', 'branlette', 'bande dur', 'érection', 'tits', 'boobs',
      'cul nu', 'salope', 'salopes', 'slut', 'whore', 'pute', 'putes', 'escorte', 'escort', 'onlyfans',
      'horny', 'chaud lapin', 'partouze', 'sodomi*', 'zizi', 'foufoune', 'noune', 'plotte',
      'cochonne', 'cochonneries', 'strip-tease', 'danseuse nue', 'hot girls', 'sexting', 'sucer', 'suce ma',
    ],
    { weight: 0.85 },
  ),
  ...entries('sexual', ['baise', 'baiser', 'fesses', 'seins', 'sexy', 'bander', 'graine', 'boules'], { weight: 0.4 }),
];
