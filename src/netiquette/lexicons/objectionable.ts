import { entries, type NetiquetteEntry } from './types.js';

/**
 * Partisan and electoral phrasing: campaigning, calls to vote, party slogans (data). A
 * citizen's opinion on a city decision is not in here: hearing it is why the pages exist.
 */
export const CAMPAIGN: readonly NetiquetteEntry[] = entries('campaign', [
  'votez pour', 'votons pour', 'votez contre', 'ne votez pas pour', 'allez voter pour', 'voter pour',
  'votez pas pour', 'faut voter pour', 'il faut voter pour', 'on vote pour', 'je vote pour', 'vote for', 
  'réélisez', 'reelisez', 'élisez', 'elisez', 'appuyez notre candidat',
  'appuyez notre candidate', 'notre candidat', 'notre candidate', 'mon candidat', 'ma candidate', 'candidat à la mairie',
  'candidate à la mairie', 'candidat au poste', 'candidate au poste', 'équipe du renouveau',
  'notre parti', 
  
  'ma campagne', 'notre campagne', 
  'my campaign', 'our campaign', 'our candidate',
  'my candidate', 're-elect', 'reelect', 'dehors le maire', 'dehors la mairesse', 'on sort le maire', 'sortons le maire',
  'changement le 2 novembre', 'changement le 5 novembre', 'votez changement', 
  'notre programme', 'notre plateforme', 'adhérez au parti', 'devenez membre du parti',
  'financement du parti', 'don au parti',
]).concat(entries('campaign', ['votez', 'votons', 'vote', 'elect', 'réélire', 'reelire', 'élire', 'elire', 'mon parti', 'le parti', 'parti québécois', 'parti libéral', 'parti conservateur', 'caq', 'plq', 'pq', 'npd', 'bloc québécois', 'québec solidaire', 'qs', 'liberals', 'conservatives', 'tories', 'ndp', 'campagne électorale', 'en campagne', 'le jour du vote', 'jour du scrutin', 'bulletin de vote', 'aux urnes', 'aux prochaines élections', 'prochaines élections', 'election day', 'pancarte électorale', 'programme électoral', 'plateforme électorale', 'candidats de'], { weight: 0.35 }));

/** Religious proselytising (data); neutral mentions of churches or masses are not in here. */
export const PROSELYTISM: readonly NetiquetteEntry[] = entries('proselytism', [
  'jésus vous aime', 'jesus vous aime', 'jésus t aime', 'jesus t aime', 'dieu vous aime', 'dieu t aime', 'jesus loves you',
  'god loves you', 'repentez-vous', 'repentez vous', 'repens-toi', 'convertissez-vous',
  'convertissez vous', 'acceptez jésus', 'accepte jésus', 'accept jesus', 'le seigneur jésus', 'notre seigneur',
  'notre sauveur', 'le sauveur', 'saviour', 'savior', 'lord and savior', 'la parole de dieu', 'parole de dieu',
  'word of god', 'la bible dit', 'bible says', 'selon la bible', 'fin des temps', 'end times', 'jugement dernier',
  'judgment day', 'dieu punira', 'la colère de dieu', 'colere de dieu', 'brûlerez en enfer', 'irez en enfer', 
  'go to hell', 'burn in hell', 
  'alléluia', 'alleluia', 'hallelujah', 'gloire à dieu', 'gloire a dieu', 'praise the lord', 'praise god', 'inch allah',
  'inchallah', 'allahu akbar', 'jéhovah', 'jehovah', 'témoins de jéhovah', 'le royaume de dieu',
  'royaume de dieu', 'salut de votre âme', 'salut de vos âmes', 'sauver votre âme', 'save your soul', 'born again',
  'nés de nouveau', 'venez à notre église', 'rejoignez notre église', 'join our church',
  'seul vrai dieu', 'le christ revient', 'jésus revient', 'jesus revient', 'jesus is coming',
  'croyez en dieu', 'believe in god', 'mécréants', 'infidèles', 'infidels',
]).concat(entries('proselytism', ['priez pour', 'priez', 'pray', 'prions', 'amen', 'allah', 'coran', 'évangile', 'evangile', 'gospel', 'en enfer', 'sauveur', 'repent', 'repentance', 'blasphème', 'dieu existe', 'dieu est grand', 'pécheurs', 'pecheurs', 'sinners'], { weight: 0.4 }));

/** Sexist remarks (data). */
export const SEXIST: readonly NetiquetteEntry[] = entries('sexist', [
  'retourne à la cuisine', 'retourne a la cuisine', 'retourne dans ta cuisine', 'retournez à la cuisine',
  'va faire la vaisselle', 'retourne faire la vaisselle', 'sa place est dans la cuisine', 'leur place est à la maison',
  'leur place est a la maison', 'place est à la cuisine', 'back to the kitchen', 'make me a sandwich', 'make me a sandwitch',
  'une femme maire', 'une femme à la mairie', 'une femme a la mairie', 'les femmes au volant', 
  'les femmes sont trop émotives', 'trop émotive pour', 'trop emotive pour', 
  'ses menstruations', 'ses règles', 'dans sa semaine', 'pas une job de femme', 'pas une job pour une femme',
  'job d homme', 'une job d homme', 'les femmes devraient', 'une femme devrait', 'women should', 'a woman should',
  'grosse vache', 'salope', 'salopes', 'pétasse', 'pouffiasse', 'blonde écervelée',
  'sois belle et tais-toi', 'sois belle pis tais-toi', 'elle a couché', 'a couché pour', 'couché pour avoir',
  'slept her way', 'like a girl', 'comme une fille', 'comme une femmelette', 'femmelette',
]).concat(entries('sexist', ['chienne', 'bitch', 'hystérique', 'hysterique', 'hystériques', 'femme au volant'], { weight: 0.45 }));

/** Hateful calls against people or groups (data). */
export const HATE: readonly NetiquetteEntry[] = entries('hate', [
  'je hais les', 'je déteste les', 'on devrait tous les', 'faudrait tous les', 'les exterminer', 'exterminer',
  'extermination', 'épuration', 'nettoyage ethnique', 'race supérieure', 'white power', 'heil', 'sieg heil', 'nazi',
  'nazis', 'hitler avait raison', 'i hate all', 'gas them', 'solution finale', 'race inférieure', 'sale race',
  'mort aux', 'death to', 'kill all',
]);
