import type { NormToken } from '../../text/normalize.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { INSULT_COPULAS, INSULT_LEADS, PERSON_WORDS } from '../lexicons/insults.js';
import { NOT_PERSON_NAMES } from '../lexicons/people.js';
import { isMentioned, windowKeys } from './helpers.js';

const LEADS = new Set(INSULT_LEADS.map((w) => w.replace(/['’]/gu, '')));
const COPULAS = new Set(INSULT_COPULAS);
const PERSONS = new Set(PERSON_WORDS);
// Adjectives that judge a decision as easily as a person: "c'est idiot de fermer la piscine".
const JUDGEMENT = new Set(['idiot', 'idiote', 'idiots', 'debile', 'debiles', 'stupide', 'stupides', 'ridicule', 'ridicules', 'con', 'conne', 'nono', 'niaiseux', 'cave', 'epais', 'dumb', 'stupid']);

// French adjectives that follow the noun they judge ("un résultat débile", "une idée stupide").
const AFTER_NOUN = new Set(['debile', 'debiles', 'stupide', 'stupides', 'ridicule', 'ridicules', 'niaiseux', 'niaiseuse']);

// Weak insults that are adjectives: they judge things as easily as people ("le service est nul").
const ADJECTIVES = new Set([
  'nul', 'nuls', 'nulle', 'nulles', 'mauvais', 'pourri', 'pourris', 'pourrie', 'bete', 'betes', 'fou', 'fous', 'folle', 'folles',
  'stupide', 'stupides', 'stupid', 'dumb', 'pathetique', 'pathetiques', 'pathetic', 'lache', 'ecoeurant', 'ecoeurants',
  'ecoeurante', 'incompetent', 'incompetents', 'incompetente', 'arrogant', 'arrogants', 'arrogante', 'minable', 'minables',
  'useless', 'gros', 'grosse', 'laid', 'laide', 'laids', 'paresseux', 'quetaine', 'pas', 'bon', 'bons', 'epais', 'epaisse',
]);
const DETERMINERS = new Set(['un', 'une', 'des', 'an']);
// Words between an article and a noun: "un petit baveux", "a total clown".
const SIZE_WORDS = new Set(['petit', 'petite', 'gros', 'grosse', 'grand', 'grande', 'vrai', 'vraie', 'beau', 'belle', 'total', 'complete', 'absolute', 'real', 'big', 'little', 'useless', 'pathetic', 'stupid', 'fucking']);
// Decisions and bodies whose members a plural noun names: "une décision de cruches".
const COLLECTIVES = new Set(['decision', 'decisions', 'conseil', 'ville', 'administration', 'equipe', 'gestion', 'job', 'travail', 'council', 'idee', 'idees', 'reunion', 'seance']);
// Pronouns are people too, but after a word they are seldom its target ("Menteur, il l'est pas").
const PRONOUNS = new Set(['tu', 't', 'toi', 'vous', 'vs', 'you', 'u', 'ya', 'il', 'elle', 'ils', 'elles', 'lui', 'eux', 'he', 'she', 'they']);
const ENGLISH_BEFORE_A = new Set(['is', 'are', 'was', 'were', 'be', 'such', 'what', 'like', 'of', 'youre', 'hes', 'shes', 'theyre', 'im', 'just', 'total', 'complete', 'bunch', 'by', 'run']);
// What makes "des X" / "un X" a judgement of someone: "sont des…", "par des…", "juste des…", "c'est un…".
const CHARACTERISING = new Set([...INSULT_COPULAS, 'par', 'que', 'juste', 'rien', 'tous', 'toutes', 'comme', 'cest', 'pis', 'et', 'de', 'avec', 'like', 'bunch', 'of']);

/** Index of the first token of the sentence that holds token `index`. */
function sentenceStart(context: ClassifierContext, index: number): number {
  const { tokens, original } = context.text;
  for (let i = index; i > 0; i -= 1) {
    const gap = original.slice((tokens[i - 1] as NormToken).end, (tokens[i] as NormToken).start);
    if (/[.!?\n]/u.test(gap)) return i;
  }
  return 0;
}

// "je me sens niaiseuse", "I was a total idiot": the writer calls themself names.
const SELF = new Set(['je', 'j', 'me', 'm', 'moi', 'chu', 'jsuis', 'suis', 'i', 'im', 'myself', 'am']);
const OTHERS = new Set(['tu', 't', 'te', 'vous', 'il', 'elle', 'ils', 'elles', 'you', 'he', 'she', 'they', 'him', 'her', 'them']);

// "Excusez ma question niaiseuse", "sorry for my dumb question": the writer's own words judged.
const MINE = new Set(['ma', 'mon', 'mes', 'my', 'notre', 'nos', 'our']);
const OWN_WORDS = new Set(['question', 'questions', 'idee', 'idees', 'commentaire', 'commentaires', 'remarque', 'erreur', 'erreurs', 'faute', 'fautes', 'reponse', 'message', 'post', 'comment', 'mistake', 'idea', 'ideas', 'answer', 'oubli', 'gaffe']);

/** Whether the word judges something the writer owns ("ma question niaiseuse", "my dumb question"). */
function judgesOwnWords(tokens: readonly NormToken[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.bare ?? '';
  if (OWN_WORDS.has(before) && MINE.has(tokens[first - 2]?.bare ?? '')) return true;
  return MINE.has(before) && OWN_WORDS.has(tokens[last + 1]?.bare ?? '');
}

/** Whether the writer says the word of themself, in its own sentence. */
function aboutThemself(context: ClassifierContext, first: number): boolean {
  const from = Math.max(first - 6, sentenceStart(context, first));
  const before = windowKeys(context.text.tokens, from, first - 1);
  return before.some((k) => SELF.has(k)) && !before.some((k) => OTHERS.has(k));
}

// "faut être", "faudrait être pas mal", "fallait être vraiment": a judgement of whoever did it.
const MUST = new Set(['faut', 'fallait', 'falloir', 'faudrait', 'faudra']);

/** Whether "il faut être … X" stands just before token `first` (up to two intensifiers between). */
function mustBe(tokens: readonly NormToken[], first: number): boolean {
  const back = windowKeys(tokens, first - 5, first - 1);
  const be = back.lastIndexOf('etre');
  return be >= 0 && back.length - be <= 3 && back.slice(0, be).some((k) => MUST.has(k));
}

function aimedAtSomeone(context: ClassifierContext, first: number, last: number): boolean {
  const tokens = context.text.tokens;
  const before = windowKeys(tokens, first - 3, first - 1);
  if (before.some((k) => LEADS.has(k))) return true;
  const word = tokens[first]?.bare ?? '';
  // "sont des profiteurs", "gérée par des nonos", "un clown": a noun that characterises people.
  // English "a" only after English words: in French it is the verb ("pis a bouché mon entrée").
  // An adjective may stand between ("un petit baveux", "a total clown").
  const skip = SIZE_WORDS.has(before[before.length - 1] ?? '') ? 1 : 0;
  const article = before[before.length - 1 - skip] ?? '';
  const englishA = article === 'a' && ENGLISH_BEFORE_A.has(before[before.length - 2 - skip] ?? '');
  if (!ADJECTIVES.has(word) && (DETERMINERS.has(article) || englishA)) {
    if (windowKeys(tokens, first - 5 - skip, first - 2 - skip).some((k) => CHARACTERISING.has(k))) return true;
  }
  // "Perron est un incompétent": an adjective made a noun by "un", said of someone named.
  if (ADJECTIVES.has(word) && (article === 'un' || article === 'une') && COPULAS.has(before[before.length - 2 - skip] ?? '')) {
    const subject = tokens[first - 3 - skip];
    if (subject && (PERSONS.has(subject.bare) || (/^\p{Lu}\p{Ll}/u.test(subject.text) && !NOT_PERSONS.has(subject.bare)))) return true;
  }
  // A copula and a person in the same sentence: "il s'est perdu. Un gros merci" says nothing of him.
  const wide = windowKeys(tokens, Math.max(first - 10, sentenceStart(context, first)), first - 1);
  const copula = wide.findIndex((k) => COPULAS.has(k));
  if (copula >= 0 && wide.slice(0, copula + 1).some((k) => PERSONS.has(k))) return true;
  // "cave que t'es", "gang de caves que vous êtes"
  const after = windowKeys(tokens, last + 1, last + 4);
  if (after[0] === 'que' && after.some((k) => COPULAS.has(k))) return true;
  // "une décision de cruches", "un conseil de clowns": the people behind a decision or a body.
  if (!ADJECTIVES.has(word) && before.at(-1) === 'de' && COLLECTIVES.has(before.at(-2) ?? '')) return true;
  // "Faut être niaiseux pour…", "faudrait être pas mal épais pour…": aimed at whoever did it.
  if (mustBe(tokens, first)) return true;
  // "ce voleur de trésorier", "un cave de maire": the noun names the person after it.
  if (!ADJECTIVES.has(word) && after[0] === 'de' && PERSONS.has(after[1] ?? '') && !PRONOUNS.has(after[1] ?? '')) return true;
  // The whole comment is the word ("Clowns."), or the word comes first and the person after it
  // ("Fraudeur, le maire"): said to someone.
  if (tokens.length <= 2 && !ADJECTIVES.has(word)) return true;
  if (first === 0 && !ADJECTIVES.has(word) && windowKeys(tokens, last + 1, last + 3).some((k) => PERSONS.has(k) && !PRONOUNS.has(k))) return true;
  // vocative at the end: "Merci pour rien, clown."
  return last === tokens.length - 1 && first > 0 && /[,:]\s*$/u.test(context.text.original.slice(0, tokens[first]?.start ?? 0));
}

// Judging adjectives that stand before their noun in French: "en mauvais état".
const BEFORE_NOUN = new Set(['mauvais', 'mauvaise', 'mauvaises']);
// Words that go on a sentence after an adjective rather than a noun it qualifies.
const LINKS = new Set(['pis', 'et', 'and', 'ou', 'or', 'comme', 'que', 'qui', 'pour', 'de', 'en', 'a', 'avec', 'mais']);

/**
 * Whether a weak size word qualifies the noun right after it ("à gros bouillon", "une grosse
 * journée"): then the noun, not the size word, says whether someone is insulted ("gros cave" is
 * found by "cave").
 */
function describesNoun(context: ClassifierContext, first: number, last: number): boolean {
  const { tokens, original } = context.text;
  const word = tokens[first]?.bare ?? '';
  const next = tokens[last + 1];
  if (first !== last || !(SIZE_WORDS.has(word) || BEFORE_NOUN.has(word)) || !next?.alphabetic || LINKS.has(next.bare) || PERSONS.has(next.bare)) return false;
  return /^\s+$/u.test(original.slice(tokens[last]?.end ?? 0, next.start));
}

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  for (const hit of context.hits('insult')) {
    if (isMentioned(text, hit.first, hit.start, hit.end) || aboutThemself(context, hit.first)) continue;
    if (judgesOwnWords(text.tokens, hit.first, hit.last)) continue;
    const before = windowKeys(text.tokens, hit.first - 3, hit.first - 1);
    // "un résultat débile", "une idée stupide": the adjective after a noun that names no one.
    const prev = text.tokens[hit.first - 1];
    const afterThing =
      AFTER_NOUN.has(text.tokens[hit.first]?.bare ?? '') && prev !== undefined && prev.alphabetic && prev.bare.length >= 4 && !SIZE_WORDS.has(prev.bare) &&
      !PERSONS.has(prev.bare) && !COPULAS.has(prev.bare) && !LEADS.has(prev.bare) && !MUST.has(prev.bare) && !/^\p{Lu}/u.test(prev.text);
    const judgesThing =
      JUDGEMENT.has(text.tokens[hit.first]?.bare ?? '') &&
      !mustBe(text.tokens, hit.first) &&
      (afterThing || before.includes('est') || before.includes('cest') || before.includes('ca') || before.includes('trop') || before.includes('etre') || before.includes('etaient') || before.includes('etait')) &&
      !windowKeys(text.tokens, hit.first - 6, hit.first - 1).some((k) => PERSONS.has(k) || k === 'es' || k === 'etes');
    weights.push(judgesThing ? 0.4 : (hit.entry.weight ?? 0.9));
    evidence.push(evidenceOf(hit, text));
  }
  for (const hit of context.hits('insult-weak')) {
    if (isMentioned(text, hit.first, hit.start, hit.end) || aboutThemself(context, hit.first)) continue;
    if (describesNoun(context, hit.first, hit.last) || judgesOwnWords(text.tokens, hit.first, hit.last)) continue;
    if (!aimedAtSomeone(context, hit.first, hit.last)) continue;
    weights.push(hit.entry.weight ?? 0.8);
    evidence.push(evidenceOf(hit, text));
  }
  // "Ce crisse de Morin", "mon esti de Gagnon": a sacre made into a name for someone.
  for (const hit of context.hits('sacre')) {
    const link = text.tokens[hit.last + 1];
    const name = text.tokens[hit.last + 2];
    if (!link || !name || (link.bare !== 'de' && link.bare !== 'd') || !/^\p{Lu}\p{Ll}/u.test(name.text) || NOT_PERSONS.has(name.bare)) continue;
    if (isMentioned(text, hit.first, hit.start, name.end)) continue;
    weights.push(0.85);
    evidence.push({ start: hit.start, end: name.end, text: text.original.slice(hit.start, name.end) });
  }
  // Nothing but mocking signs (🤡🤡🤡, 💩) under a post: a jeer at the people who wrote it.
  if (weights.length === 0 && text.tokens.length === 0 && JEERS_RE.test(text.original) && ONLY_SIGNS_RE.test(text.original)) {
    return { confidence: 0.7, evidence: [{ start: 0, end: text.original.length, text: text.original }] };
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

// Capitalised words after "tabarnak de" that are places or bodies, not people.
const NOT_PERSONS: ReadonlySet<string> = new Set(NOT_PERSON_NAMES);

const JEERS_RE = /\u{1F921}|\u{1F4A9}/u;
const ONLY_SIGNS_RE = /^[\s\p{Extended_Pictographic}\p{Emoji_Component}.!?]+$/u;

/**
 * `insult` (La Sarre §5.5): attacks or insults against anyone — citizens, the mayor,
 * councillors, employees, the city. Criticism of a decision or a service is not an insult, and
 * a word quoted to report it or to ask what it means is not one either.
 *
 * @example
 * ```ts
 * insult({ text: 'Gang de caves au garage municipal' })?.confidence; //=> 0.8
 * insult({ text: 'Le déneigement est une honte cette année, faites votre travail' }); //=> null
 * insult({ text: 'Que veut dire « niaiseux »?' }); //=> null
 * ```
 */
export const insult = defineClassifier('insult', detect);
