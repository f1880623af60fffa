import { entries, type NetiquetteEntry } from './types.js';

/** Violent verbs and nouns; a threat when said in the first person about someone (data). */
export const VIOLENT: readonly NetiquetteEntry[] = entries('violent', [
  'tuer', 'tue', 'tues', 'tuerai', 'tuera', 'tuerait', 'tuez', 'buter', 'bute', 'descendre', 'abattre', 'égorger',
  'egorger', 'étrangler', 'etrangler', 'frapper', 'fesser', 'fesse', 'cogner', 'battre', 'bats', 'planter', 'poignarder',
  'casser la gueule', 'casser la yeule', 'péter la gueule', 'péter la yeule', 'peter la gueule', 'peter la yeule',
  'pèter la face', 'péter la face', 'casser la face', 'sacrer une volée', 'crisser une volée', 'câlisser une volée',
  'donner une volée', 'volée', 'raclée', 'casser les jambes', 'casser les deux jambes', 'brûler', 'bruler', 'incendier',
  'mettre le feu', 'faire sauter', 'exploser', 'bombe', 'fusil', 'gun', 'shotgun', 'carabine', 'arme', 'kill', 'shoot',
  'stab', 'beat up', 'punch', 'hurt', 'burn down', 'blow up', 'slap', 'smash', 'pendre', 'lyncher', 'crever', 'crève',
  'crevez', 'massacrer', 'défoncer', 'defoncer', 'défoncer la face', 'ramasser à la petite cuillère', 'régler son compte',
  'faire la peau', 'arracher la tête', 'briser les os', 'pogner', 'poigner', 'crève', 'crever', 'crevé', 'faire manger sa',
  'faire manger ses', 'faire manger son', 'se faire tirer', 'tirer dessus', 'rouler dessus', 'passer dessus', 'écraser',
  'ecraser', 'break your', 'break his', 'break her', 'smash your', 'punch you', 'beat you', 'hurt you', 'torch', 'torcher',
  'run you over', 'run him over', 'run over', 'kick your', 'knock your', 'slash', 'casser', 'péter', 'peter', 'fracasser',
  'ramasser par le collet', 'pogner par le collet', 'par le collet', 'tirer une balle', 'une balle', 'tirer dessus', 'shoot it',
  'shoot him', 'shoot the', 'sacrer une claque', 'crisser une claque', 'une claque', 'une mornifle', 'une taloche',
  // Running into someone with a car, dragging them out of it.
  'rentrer dedans', 'rentre dedans', 'rentrer dedans avec', 'foncer dessus', 'fonce dessus', 'sortir de sa cabine',
  'sortir de son char', 'sortir de son camion', 'sortir de son truck', 'drag him out', 'run him down', 'ram his',
]);

/** Threats and wishes of harm that stand on their own (data). */
export const THREATS: readonly NetiquetteEntry[] = entries('threat', [
  // "Le prochain qui touche à ma pancarte…": a warning of what will happen to whoever does it.
  ...['le prochain qui touche', 'le premier qui touche', 'le prochain qui vole', 'le prochain qui pogne'].flatMap((w) => [`${w} à ma`, `${w} à mon`, `${w} à mes`, `${w} ma`, `${w} mon`, `${w} mes`]),
  'next person who touches my', 'they will regret it', 'you will regret it', 'will regret it', 'i will find whoever',
  'i will find you', 'i ll find you', 'put one in him', 'put one in her', 'put a bullet in', 'passer un mauvais quart d heure',
  'vous attendre dans le stationnement', 'aller vous attendre', 'on va vous attendre', 'va avoir affaire à moi', 'vont avoir affaire à moi', 'aura affaire à moi', 'auront affaire à moi',
  'je sais où tu restes', 'je sais ou tu restes', 'je sais où vous restez', 'je sais ou vous restez', 'je sais où il reste',
  'je sais ou il reste', 'je sais où tu habites', 'je sais ou tu habites', 'je sais où elle reste', 'tu vas le regretter',
  'vous allez le regretter', 'vous allez le payer', 'tu vas payer', 'vous allez payer cher', 'tu vas payer cher',
  'attends que je te pogne', 'attendez que je vous pogne', 'si je te pogne', 'si je le pogne', 'si je la pogne',
  'mort aux', 'à mort', 'a mort le', 'devrait être pendu', 'devraient être pendus', 'mérite de mourir', 'meritent de mourir',
  'méritent de mourir', 'mériterait une balle', 'une balle dans la tête', 'balle dans la tete', 'watch your back',
  'you will regret', 'i know where you live', 'you re dead', 'youre dead', 't es mort', 'tes mort', 'vous êtes morts',
  'on va vous faire la peau', 'on va te faire la peau', 'gare à toi', 'gare a toi', 'fais attention à toi',
  'crève donc', 'creve donc', 'va crever', 'allez crever', 'va mourir', 'allez mourir', 'go die', 'kys', 'kill yourself',
  'qu il regarde ben autour', 'qu il regarde bien autour', 'regarde ben autour de lui', 'y a besoin de pas passer',
  'a besoin de pas passer', 'besoin de pas passer', 'have accidents', 'has an accident', 'dogs that wander',
  'we ll see how long', 'well see how long', 'stays shiny', 'i know which house', 'je sais c est quelle maison',
  'je sais quelle maison', 'qu il fasse attention', 'qu y fasse attention', 'fasse ben attention', 'ferait mieux de faire attention',
  'y est mieux de faire attention', 'better watch out', 'better watch his back', 'better watch your back',
  'tire-toi une balle', 'prendre les armes', 'sortir les fusils', 'brûler l hôtel de ville', 'bruler l hotel de ville',
  'faire sauter l hôtel de ville', 'faire sauter l hotel de ville', 'brûler la mairie', 'mettre le feu à la mairie',
  'je sais où y reste', 'je sais ou y reste', 'je sais où a reste', 'on va aller y faire comprendre', 'on va aller lui faire comprendre',
  'lui pis sa famille', 'lui tordre le cou', 'leur tordre le cou', 'wring his neck', 'wring her neck', 'maybe his too',
  'maybe hers too', 'maybe him too', 'dragging him out', 'dragging her out', 'drag him out of', 'i know which truck',
  'know which truck is his', 'a real shame if something happened', 'shame if something happened', 'won t be driving anything',
  'got my bat', 'bat ready', 'i ll deal with him myself', 'i will deal with him', 'if the cops don t deal with',
  // Waiting for someone in the parking lot, "you have been warned".
  'je l attends dans le stationnement', 'je vous attends dans le stationnement', 'je t attends dans le stationnement',
  'je t attends dehors', 'je vous attends dehors', 'je l attends dehors', 'vous êtes avertis', 'vous etes avertis',
  't es averti', 'tu es averti', 'you ve been warned', 'consider yourself warned',
  // Veiled threats: a visit "he won't forget", knowing where someone parks.
  'de la visite qu il oubliera', 'une visite qu il oubliera', 'de la visite qu il va pas oublier', 'une visite qu il va pas oublier',
  'a visit he won t forget', 'je sais où il parke', 'je sais ou il parke', 'je sais où il le parke', 'je sais ou il le parke',
  'je sais où il stationne', 'je sais ou il stationne', 'i know where he parks', 'know where you park', 'we know where you park',
  'we all know where you live', 'régler ça dehors', 'regler ca dehors',
  'qu il arrive quelque chose à votre', 'qu il arrive quelque chose a votre', 'qu il arrive de quoi à votre', 'qu il vous arrive quelque chose',
  // A weapon at the ready, 'see what happens', being made to eat something, a head held in the river.
  'bâton de baseball', 'baton de baseball', 'baseball bat', 'régler ça moi-même', 'regler ca moi-meme', 'régler ça moi même', 'regler ca moi meme',
  'les accidents ça arrive', 'les accidents ca arrive', 'accidents happen', 'pis ma carabine', 'ma carabine va', 'ma carabine vont', 'my rifle will',
  'je sais où le chauffeur', 'je sais ou le chauffeur', 'je sais où tu restes', 'je sais ou tu restes', 'qu il lui arrive de quoi', 'qu il lui arrive quelque chose',
  'the old-fashioned way', 'at the funeral', 'a bullet through', 'putting a bullet', 'put a bullet', 'une balle dans son', 'une balle dans le',
  'tires are gonna be flat', 'tires will be flat', 'pneus vont être à plat', 'pneus vont etre a plat', 'pneus vont être à terre',
  'pas avec des mots', 'not with words', 'i ll burn', 'je vais brûler son', 'je vais bruler son',
  'rifle ready', 'gun ready', 'shotgun ready', 'ma carabine prête', 'ma carabine prete', 'mon fusil prêt', 'mon fusil pret',
  'shoot first', 'tirez en premier', 'see what happens', 'vous allez voir ce qui va arriver', 'tu vas voir ce qui va arriver',
  'te faire manger ton', 'te faire manger ta', 'vous faire manger vos', 'la tête dans sa rivière', 'la tete dans sa riviere',
  'tienne la tête dans', 'tienne la tete dans',
  'remets pas les pieds', 'remettez pas les pieds', 'ça se passera pas aussi bien', 'ca se passera pas aussi bien',
]);
