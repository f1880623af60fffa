import { foldKey } from '../../text/fold.js';
import type { NormToken } from '../../text/normalize.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { NOT_PERSON_NAMES, PERSON_TITLES, QUEBEC_SURNAMES } from '../lexicons/people.js';
import { foldedMatches, isMentioned, windowKeys } from './helpers.js';

const TITLES = new Set(PERSON_TITLES.map((t) => foldKey(t).replace(/[\s-]+/gu, '')));
const SURNAMES = new Set(QUEBEC_SURNAMES);
const SINGULAR = new Set(['du', 'au', 'le', 'la', 'l', 'notre', 'votre', 'ton', 'son', 'sa', 'mon', 'ma', 'ce', 'cette', 'the', 'our', 'your', 'that', 'this', 'madame', 'monsieur', 'mr', 'mrs', 'ms', 'm', 'mme']);
const NOT_NAMES = new Set([
  ...NOT_PERSON_NAMES,
  'le', 'la', 'les', 'je', 'j', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'ca', 'c', 'quand', 'pourquoi',
  'comment', 'merci', 'bonjour', 'bravo', 'ville', 'sarre', 'quebec', 'saint', 'sainte', 'rue', 'avenue', 'facebook',
  'moi', 'lui', 'mais', 'et', 'ou', 'si', 'en', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'the', 'i', 'he', 'she', 'we',
  'they', 'it', 'this', 'that', 'what', 'why', 'when', 'how', 'mr', 'mrs', 'st', 'ste', 'mme', 'm', 'dg', 'tout', 'tous',
  'ben', 'pis', 'bin', 'hey', 'oui', 'non', 'ok', 'wow', 'encore', 'selon', 'depuis', 'est', 'pas', 'sa', 'son', 'ses',
]);

/** A capitalised word not at the start of a sentence, that is not a common word: a proper name. */
function isName(token: NormToken, original: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(token.text) || NOT_NAMES.has(token.bare)) return false;
  // A frequent surname names someone wherever it stands ("Tremblay démissionne…").
  if (SURNAMES.has(token.bare)) return true;
  // "Bilodeau c'est un fraudeur", "Réjean s'est fait construire…": a capitalised word that opens a
  // sentence about someone.
  // "Réjean au garage remplit…", "Denis du garage…": a first name with the place the person works.
  if (/^\s(?:[cs]['’]est|est|a|has|is|au|du)\s/u.test(original.slice(token.end, token.end + 8))) return true;
  // At the start of a sentence a capital proves nothing, unless a second capitalised word follows (Réjean Trudel).
  if (/^\p{Lu}\p{Ll}/u.test(original.slice(token.end + 1, token.end + 3)) && original[token.end] === ' ') return true;
  let i = token.start - 1;
  while (i >= 0 && /\s/u.test(original[i] ?? '')) i -= 1;
  return i >= 0 && !/[.!?:;«"“(-]/u.test(original[i] ?? '');
}

// Bodies rather than persons: a false or misleading claim about them still goes to a person.
const BODIES = new Set(['ville', 'municipalite', 'conseil', 'direction', 'city', 'town', 'municipality', 'administration']);

function aboutABody(context: ClassifierContext, first: number): boolean {
  return windowKeys(context.text.tokens, first - 8, first - 1).some((k) => BODIES.has(k));
}

// "à Rouyn", "de La Sarre", "in Chandler", "sur la Principale": places, not people.
const LOCATIVES = new Set(['a', 'au', 'aux', 'de', 'du', 'en', 'sur', 'vers', 'pres', 'in', 'at', 'on', 'near', 'from', 'rue', 'chemin', 'boulevard', 'avenue', 'street', 'lac', 'parc']);

const UNKNOWN = new Set(['quelqu', 'quelquun', 'someone', 'somebody', 'inconnu', 'inconnus', 'vandales', 'voleurs', 'thieves']);

const SOURCES = new Set(['selon', 'according', 'via', 'source', 'rapporte', 'reports']);

/** The word without an English possessive ("DG's" → dg). */
const withoutPossessive = (token: NormToken): string => (/['’]s$/u.test(token.key) ? token.bare.slice(0, -1) : token.bare);

function identifiable(context: ClassifierContext, first: number, last: number): boolean {
  const { tokens } = context.text;
  // The accusation names the person itself: "le contrat au beau-frère du maire".
  for (let i = first + 1; i <= last; i += 1) if (TITLES.has(withoutPossessive(tokens[i] as NormToken))) return true;
  for (let i = Math.max(0, first - 25); i <= Math.min(tokens.length - 1, last + 10); i += 1) {
    const token = tokens[i] as NormToken;
    if (i >= first && i <= last) continue;
    const determined = [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((t) => t !== undefined && SINGULAR.has(t.bare));
    if (TITLES.has(withoutPossessive(token)) && (determined || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) return true;
    // "selon La Frontière", "according to CBC": the source, not the accused.
    const source = SOURCES.has(tokens[i - 1]?.bare ?? '') || SOURCES.has(tokens[i - 2]?.bare ?? '');
    if (!source && !LOCATIVES.has(tokens[i - 1]?.bare ?? '') && isName(token, context.text.original)) return true;
  }
  return false;
}

// Words that hint rather than say (internal): the insinuation's marker, and what it is about.
const INSINUATION_RE =
  /\b(?:curieusement|comme par (?:magie|hasard|enchantement)|drole de coincidence|des coincidences de meme|y a des coincidences|y a pas de hasard|une main lave l[' ]autre|just connecting the dots|connecting the dots|i wonder how|funny how|interesting (?:that|how)|what a coincidence|je suppose que|on se demande ou|savent se placer les pieds|je dis ca de meme|je dis juste ca|didn[' ]?t pay for itself|ask where the|demandez ou est passe)\b/gu;
const READ_IN_NEWS_RE = /\b(?:lu|vu|entendu) dans (?:le journal|les journaux|les nouvelles|la frontiere|le citoyen)\b|\b(?:read|saw) (?:it )?in the (?:paper|news)\b/u;
const NO_ONE_ACCUSED_RE = /\bj['’ ]?accuse personne\b|\bje n['’ ]?accuse personne\b|\bnot accusing anyone\b/u;
const RELATIVE_CONTRACT_RE =
  /\b(?:donn|octroy|accord|gave|give|award|hand)\w*\s(?:[\w'’]+\s){0,4}?(?:contrats?|contracts?|jobs?|postes?)\s(?:[\w'’-]+\s){0,4}?(?:a|to)\s(?:son|sa|ses|leur|his|her|their)\s(?:beau[-\s]frere|belle[-\s]soeur|beau[-\s]pere|cousine?|frere|soeur|fils|fille|gendre|chum|blonde|amie?s?|chums|brother(?:-in-law)?|sister(?:-in-law)?|son|daughter|buddy|buddies|friends?|wife|husband|femme|mari)\b/gu;
const FAVOUR_RE =
  /\b(?:contrats?|contracts?|argent|money|fonds|surplus|chalet|cottage|neuf|neuve|new truck|fournisseurs?|suppliers?|soumissions?|appels? d[' ]offres|tenders?|terrain|lot|rezoning|zonage|assessment|evaluation|cousin|beau-frere|brother|wife|femme|compagnie|company|resto|pick-up|vtt|boat|bateau|wharf)\b/u;

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  // "Je pose la question en général, j'accuse personne": the writer says no one is accused.
  if (NO_ONE_ACCUSED_RE.test(text.folded)) return null;
  for (const hit of context.hits('accusation')) {
    if (isMentioned(text, hit.first, hit.start, hit.end)) continue;
    // Several phrasings of the same words count once.
    const key = `${hit.start}:${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "Quelqu'un a volé les jardinières": the culprit is unknown, no one is accused.
    if (windowKeys(text.tokens, hit.first - 2, hit.first - 1).some((k) => UNKNOWN.has(k))) continue;
    const person = identifiable(context, hit.first, hit.last);
    if (!person && !aboutABody(context, hit.first)) continue;
    // Hedged or reported by the news ("selon La Frontière", "a été accusé") is weaker.
    const before = windowKeys(text.tokens, hit.first - 6, hit.first - 1);
    const hedged = before.includes('selon') || before.includes('allegedly') || before.includes('presume');
    // "Un homme a été arrêté pour fraude": news about no one in particular.
    const news = /\b(?:a|ont) ete (?:arrete|accuse|condamne|inculpe|reconnue? coupable)|\b(?:was|were) (?:arrested|charged|convicted|sentenced|found guilty)\b/u.test(text.folded);
    // A verdict read in the paper ("j'ai lu dans le journal que… a été reconnu coupable") is a report.
    const read = news && READ_IN_NEWS_RE.test(text.folded);
    weights.push(person ? (read ? 0.4 : hedged ? 0.5 : 0.7) : news || hedged ? 0.35 : 0.5);
    evidence.push(evidenceOf(hit, text));
  }
  // A contract handed to a relative or a friend ("a donner le contrat de déneigement a son beau frère").
  const contract = weights.length === 0 ? foldedMatches(text, RELATIVE_CONTRACT_RE)[0] : undefined;
  if (contract && identifiable(context, 0, text.tokens.length - 1)) {
    weights.push(0.7);
    evidence.push(contract);
  }
  // Insinuated favours: "curieusement, la trésorière s'est payé un chalet", "comme par magie
  // c'est toujours le resto à Lyne Côté qui ramasse le contrat", "just connecting the dots".
  if (weights.length === 0 && FAVOUR_RE.test(text.folded)) {
    const marker = foldedMatches(text, INSINUATION_RE)[0];
    if (marker && identifiable(context, 0, text.tokens.length - 1)) {
      weights.push(0.6);
      evidence.push(marker);
    }
  }
  if (weights.length === 0) return null;
  return {
    confidence: combine(weights),
    evidence,
    cap: 'review',
    detail: {
      fr: 'Une personne doit vérifier : une accusation sans preuve contre une personne identifiable peut être diffamatoire.',
      en: 'A person must check: an unproven accusation against an identifiable person may be defamatory.',
    },
  };
}

/**
 * `defamation` (La Sarre §5.5): accusing an identifiable person (named, or "le maire", "la
 * conseillère") of a crime, fraud or corruption without proof. Always sent to review: a person
 * decides.
 *
 * @example
 * ```ts
 * defamation({ text: 'Le maire a volé l’argent du parc' })?.decision; //=> 'review'
 * defamation({ text: 'Un homme a été arrêté pour fraude à Rouyn hier' }); //=> null
 * ```
 */
export const defamation = defineClassifier('defamation', detect);
