import { foldKey } from '../../text/fold.js';
import type { NormToken } from '../../text/normalize.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { NOT_PERSON_NAMES, PERSON_TITLES } from '../lexicons/people.js';
import { windowKeys } from './helpers.js';

const SELF = new Set(['je', 'j', 'i', 'chu', 'jsuis', 'suis', 'am', 'im', 'moi', 'm', 'me', 'myself']);
const OWN = new Set(['mon', 'ma', 'mes', 'my', 'notre', 'nos', 'our']);
const THIRD = new Set([
  'il', 'elle', 'sa', 'son', 'ses', 'leur', 'leurs', 'lui', 'he', 'she', 'his', 'her', 'their', 'they', 'him', 'hes', 'shes',
  'gars', 'madame', 'monsieur', 'mme', 'famille', 'voisin', 'voisine', 'voisins',
  // People named by their role: "the lifeguard is pregnant", "le DJ… sa famille".
  'lifeguard', 'librarian', 'sauveteur', 'sauveteuse', 'bibliothecaire', 'dj', 'prof', 'teacher', 'coach', 'chauffeur',
  'driver', 'dame', 'lady', 'guy', 'husband', 'wife', 'mari', 'ex', 'neighbour', 'neighbor', 'proprio', 'owner',
]);
const GENERAL = new Set(['du', 'de', 'plein', 'beaucoup', 'ben', 'tout', 'lots']);
const IMPERSONAL = new Set(['c', 'ca', 'cest', 'it', 'that', 'this', 'ce']);
// Capitalised words that open sentences without naming anyone.
const STARTERS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'il', 'elle', 'ils',
  'elles', 'on', 'je', 'j', 'tu', 'vous', 'nous', 'ce', 'ca', 'c', 'cette', 'ces', 'pis', 'mais', 'et', 'ou', 'quand', 'si', 'the',
  'my', 'his', 'her', 'their', 'our', 'he', 'she', 'they', 'we', 'i', 'it', 'that', 'this', 'fyi', 'btw', 'ok', 'bon', 'ben', 'oui',
  'non', 'merci', 'bonjour', 'salut', 'hey', 'hi', 'allo', 'wow', 'encore', 'depuis', 'selon', 'apres', 'avant', 'lui', 'eux',
]);
const TITLES = new Set(PERSON_TITLES.map((t) => foldKey(t).replace(/[\s-]+/gu, '')));
// Capitalised words that name institutions, not people: "la Ville", "le CLSC", "Santé Canada".
const INSTITUTIONS: ReadonlySet<string> = new Set(NOT_PERSON_NAMES);

/** Who the sensitive words are about: someone else (named, titled, "il/elle"), or the writer. */
function aboutSomeoneElse(context: ClassifierContext, first: number, last: number): 'named' | 'pronoun' | null {
  const { tokens } = context.text;
  const before = windowKeys(tokens, first - 5, first - 1);
  // "c'est malade" (it's great), "ça fait une dépression d'écouter ça": no one's private life.
  if (IMPERSONAL.has(before[before.length - 1] ?? '')) return null;
  // "Y'a ben du monde partis en Floride": people in general, no one in particular.
  const people = before.lastIndexOf('monde');
  if (people > 0 && GENERAL.has(before[people - 1] ?? '')) return null;
  // Acadian "i'" is "il" ("i' a le cancer"), not English "I".
  const self = before.some((k, j) => SELF.has(k) && !(k === 'i' && (tokens[first - before.length + j]?.text ?? '') !== 'I'));
  if (self && !before.some((k) => THIRD.has(k))) return null;
  if (before.some((k) => OWN.has(k)) && !before.some((k) => THIRD.has(k))) return null;
  let pronoun = false;
  for (let i = Math.max(0, first - 14); i <= Math.min(tokens.length - 1, last + 8); i += 1) {
    if (i >= first && i <= last) continue;
    const token = tokens[i] as NormToken;
    if (TITLES.has(token.bare)) return 'named';
    if (/^\p{Lu}\p{Ll}/u.test(token.text) && !STARTERS.has(token.bare) && !INSTITUTIONS.has(token.bare) && (i === 0 || !/[.!?]\s*$/u.test(context.text.original.slice(Math.max(0, token.start - 3), token.start)))) {
      return 'named';
    }
    if (THIRD.has(token.bare)) pronoun = true;
  }
  return pronoun ? 'pronoun' : null;
}

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const insults = context.hits('insult');
  // "vend de la drogue": an accusation is the defamation clause's, not someone's private life.
  const accusations = context.hits('accusation');
  for (const hit of [...context.hits('privacy'), ...context.hits('sensitive')]) {
    // "t'es un malade mental": name-calling, not someone's health.
    if (insults.some((i) => i.start < hit.end && hit.start < i.end)) continue;
    if (accusations.some((a) => a.start < hit.end && hit.start < a.end)) continue;
    const who = aboutSomeoneElse(context, hit.first, hit.last);
    if (!who) continue;
    const strong = hit.entry.category === 'privacy' || who === 'named';
    weights.push(strong ? 0.8 : 0.6);
    evidence.push(evidenceOf(hit, text));
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `privacy` (La Sarre §5.5): exposes someone else's health, family matters, private life or
 * whereabouts (an empty house, a divorce, a stay in hospital). A person speaking of their own
 * life is not exposing anyone.
 *
 * @example
 * ```ts
 * privacy({ text: 'Son mari l’a laissée pis elle est en dépression' })?.clause; //=> 'privacy'
 * privacy({ text: 'Je suis en congé de maladie, merci de votre patience' }); //=> null
 * ```
 */
export const privacy = defineClassifier('privacy', detect);
