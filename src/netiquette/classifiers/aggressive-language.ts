import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { isMentioned, windowKeys } from './helpers.js';

const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'du', 'des', 'au', 'aux', 'ce', 'cet', 'son', 'sa', 'ses', 'leur', 'l', 'chemin', 'sacre', 'saint', 'sainte', 'precieux']);
const INTENT = new Set([
  'vais', 'va', 'vas', 'vont', 'allons', 'mas', 'irai', 'ira', 'irais', 'veux', 'voudrais', 'faudrait', 'faut', 'devrait',
  'devraient', 'will', 'll', 'gonna', 'going', 'wanna', 'want', 'should', 'gotta', 'pourrais', 'pourrait', 'aller',
  'espere', 'hope', 'someone', 'quelqu', 'je', 'j', 'i', 'on', 'touch', 'touche', 'touchez', 'prochain', 'jva', 'jvais',
  'as', 'vas', 'gonna', 'going', 'ill', 'imma', 'youll',
]);
const OBJECTS = new Set([
  'te', 't', 'le', 'la', 'les', 'l', 'vous', 'lui', 'leur', 'you', 'him', 'her', 'them', 'ya', 'y', 'toi', 'maire', 'mairesse',
  'votre', 'vos', 'ton', 'ta', 'tes', 'ses', 'sa', 'son', 'your', 'his', 'that', 'this', 'dessus', 'conseiller', 'employe',
]);
const PASSIVE = new Set(['get', 'gets', 'getting', 'se', 's', 'faire', 'fasse']);
const PREVENTION = new Set(['before', 'avant', 'afin', 'eviter', 'risque', 'could', 'might', 'pourrait', 'pourraient', 'peur']);
const PERSONS_AFTER = new Set([
  'toi', 'vous', 'you', 'him', 'her', 'them', 'lui', 'maire', 'mairesse', 'conseiller', 'conseillere', 'gars', 'fille', 'employe',
  'employes', 'voisin', 'voisine', 'mayor', 'councillor', 'guy', 'everyone', 'tout', 'toute', 'monde', 'inspecteur', 'dg',
  // what is theirs, and city buildings: threats to property are threats too
  'votre', 'vos', 'ton', 'ta', 'tes', 'sa', 'son', 'ses', 'your', 'his', 'their', 'that', 'this', 'l', 'hotel', 'mairie', 'arena',
  'garage', 'maison', 'char', 'auto', 'camion', 'city', 'town',
]);
const RELIGIOUS_CONTEXT = new Set([
  'eglise', 'presbytere', 'paroisse', 'messe', 'liturgique', 'liturgiques', 'confirmation', 'autel', 'pretre', 'cure',
  'bapteme', 'communion', 'jesus', 'church', 'lord', 'god', 'dieu', 'seigneur', 'bible', 'amen', 'faith', 'pray', 'priez', 'priere', 'him', 'savior', 'saviour', 'chapelle', 'objets', 'religieux', 'sacre',
]);
const THING_SUBJECTS = new Set(['ca', 'ce', 'it', 'this', 'that', 'cela', 'show', 'party', 'spectacle', 'festival']);
const NOT_VIOLENT_AFTER = new Set([
  'croute', 'glace', 'tete', 'temps', 'ennui', 'lumiere', 'lumieres', 'moteur', 'feu', 'calories', 'neige', 'prix',
  // What people burn, cut or break in a yard: no one is threatened.
  'feuilles', 'branches', 'bois', 'broussailles', 'herbe', 'gazon', 'leaves', 'brush', 'wood', 'grass',
  // Beaten at a game: "j'te détruis à Smash", "she'll beat you at Mario Kart".
  'smash', 'mario', 'kart', 'fortnite', 'minecraft', 'fifa', 'echecs', 'cartes', 'bowling', 'ping', 'jeu', 'jeux',
  'game', 'games', 'partie', 'tournoi', 'chess', 'cards', 'pool', 'billard',
  // What a bylaw or a decision "kills": 'kill tourism', 'tuer le commerce'.
  'tourism', 'tourisme', 'business', 'businesses', 'commerce', 'commerces', 'economy', 'economie', 'downtown', 'centreville', 'sales', 'traffic',
  'what', 'whats', 'main', 'shops', 'stores', 'restos', 'restaurants', 'quartier', 'village', 'region', 'marchands',
]);
const GAME_OR_PLACE = new Set(['a', 'au', 'at', 'in']);
// "a-t-on le droit de brûler…", "is it legal to…": a question about what is allowed.
const PERMISSION = new Set(['droit', 'permis', 'permission', 'allowed', 'legal', 'illegal', 'interdit']);

// The middle finger, with or without a skin tone.
// The writer's own things: "kill my old Corolla's suspension" threatens no one.
const MINE = new Set(['my', 'our', 'mon', 'ma', 'mes', 'notre', 'nos']);
// Words of dog breeding, and the words that mean a female dog there.
const KENNEL = new Set(['litter', 'puppies', 'puppy', 'pups', 'breeder', 'chiots', 'portee', 'eleveur', 'whelped', 'kennel']);
const DOG_SENSE = new Set(['bitch', 'bitches', 'chienne', 'chiennes']);
const RUDE_SIGNS_RE = /\u{1F595}[\u{1F3FB}-\u{1F3FF}]?/gu;

// Subjects before an object pronoun: "j'les", "on la", "m'as le" (then the sacre is a verb).
const SUBJECTS = new Set(['j', 'je', 'tu', 't', 'il', 'y', 'on', 'ils', 'elle', 'elles', 'vous', 'nous', 'm', 'jvais', 'vais', 'va', 'vas', 'faut']);

/** Threat: a violent verb said with intent against someone ("m'as te péter la gueule"). */
function threatEvidence(context: ClassifierContext): Evidence[] {
  const { text } = context;
  const out: Evidence[] = [];
  for (const hit of context.hits('violent')) {
    // « j'vais te tuer », quoted by the person it was said to, is reported, not made.
    if (isMentioned(text, hit.first, hit.start, hit.end)) continue;
    const before = windowKeys(text.tokens, hit.first - 5, hit.first - 1);
    const after = windowKeys(text.tokens, hit.last + 1, hit.last + 2);
    if (after.some((k) => NOT_VIOLENT_AFTER.has(k))) continue;
    if (!before.some((k) => INTENT.has(k))) continue;
    // "j'te détruis à Smash": a capitalised word after "à" is a game or a place, not a blow.
    if (GAME_OR_PLACE.has(before.at(-1) ?? '') && /^\p{Lu}/u.test(text.tokens[hit.first]?.text ?? '')) continue;
    // "ça va tuer", "it's gonna kill": a thing as subject praises or warns, it threatens no one.
    // "je sais que ça tue l'ambiance": a thing does the killing.
    if (THING_SUBJECTS.has(before.at(-1) ?? '')) continue;
    const subject = before.at(-2);
    if (before.length >= 2 && INTENT.has(before.at(-1) ?? '') && subject !== undefined && THING_SUBJECTS.has(subject)) continue;
    // "before someone gets hurt", "pour pas qu'un enfant se fasse frapper": prevention, not a threat.
    if (before.some((k) => PREVENTION.has(k) || PERMISSION.has(k))) continue;
    // "someone's going to get hurt", "se blesser": what may happen to someone, not what the writer will do.
    if (PASSIVE.has(before[before.length - 1] ?? '')) continue;
    // A pronoun before the verb ("m'as te péter"), or a person after it ("tuer le maire"); "tuer les
    // petits commerces" threatens no one.
    // "burn the developer's trailer": what belongs to someone.
    const next = text.tokens.slice(hit.last + 1, hit.last + 5);
    const owned = next.some((t) => /['’]s$/u.test(t.key)) && !next.some((t) => MINE.has(t.bare));
    if (!before.some((k) => OBJECTS.has(k)) && !owned && !windowKeys(text.tokens, hit.last + 1, hit.last + 3).some((k) => PERSONS_AFTER.has(k))) continue;
    const from = text.tokens[Math.max(0, hit.first - 3)];
    out.push(from ? { start: from.start, end: hit.end, text: text.original.slice(from.start, hit.end) } : evidenceOf(hit, text));
  }
  return out;
}

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const religious = text.tokens.some((t) => RELIGIOUS_CONTEXT.has(t.bare));
  // One weight per span: several entries matching the same words (tabarn*, taberna*) count once.
  const bySpan = new Map<string, { weight: number; hit: (typeof hits)[number] }>();
  const harmless = context.hits('harmless');
  const hits = [...context.hits('sacre'), ...context.hits('vulgar')].filter((hit) => !harmless.some((h) => h.start <= hit.start && hit.end <= h.end));
  for (const hit of hits) {
    const key = `${hit.start}:${hit.end}`;
    const weight = hit.entry.weight ?? 1;
    const seen = bySpan.get(key);
    // A whole word listed as liturgical (tabernacle) beats a prefix family (taberna*).
    const liturgical = hit.entry.tag === 'liturgical';
    if (!seen || (liturgical && seen.hit.entry.tag !== 'liturgical') || (weight > seen.weight && seen.hit.entry.tag !== 'liturgical')) {
      bySpan.set(key, { weight, hit });
    }
  }
  const kennel = text.tokens.some((t) => KENNEL.has(t.bare));
  for (const { hit } of bySpan.values()) {
    if (isMentioned(text, hit.first, hit.start, hit.end)) continue;
    // "We have a bitch who just had a litter": the dog.
    if (kennel && DOG_SENSE.has(text.tokens[hit.first]?.bare ?? '')) continue;
    let weight = hit.entry.weight ?? 1;
    // The church's tabernacle, chalice or sacrament, not the oath.
    if (hit.entry.tag === 'liturgical' && religious) weight *= 0.2;
    // "le ciboire", "du calvaire", "le tabernacle": the object, not the oath.
    const previous = text.tokens[hit.first - 1]?.bare;
    const next = text.tokens[hit.last + 1]?.bare;
    // After a subject, "les"/"le"/"la" is an object pronoun and the sacre a verb: "j'les crisse dans le bois".
    const subject = SUBJECTS.has(text.tokens[hit.first - 2]?.bare ?? '');
    if (hit.entry.category === 'sacre' && previous !== undefined && DETERMINERS.has(previous) && !subject && next !== 'de' && next !== 'd') {
      weight *= 0.3;
    }
    weights.push(weight);
    evidence.push(evidenceOf(hit, text));
  }
  for (const hit of context.hits('threat')) {
    weights.push(0.95);
    evidence.push(evidenceOf(hit, text));
  }
  // The middle finger says in one sign what a vulgar word says.
  if (text.original.includes('\u{1F595}')) for (const match of text.original.matchAll(RUDE_SIGNS_RE)) {
    weights.push(0.9);
    evidence.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  const threats = threatEvidence(context);
  for (const span of threats) {
    weights.push(0.9);
    evidence.push(span);
  }
  if (weights.length === 0) return null;
  const hasThreat = threats.length > 0 || context.hits('threat').length > 0;
  return {
    confidence: combine(weights),
    evidence,
    ...(hasThreat
      ? { detail: { fr: 'Il contient une menace ou un appel à la violence.', en: 'It contains a threat or a call to violence.' } }
      : {}),
  };
}

/**
 * `aggressive-language` (La Sarre §5.5): sacres in every spelling (tabarnak, câlisse, osti,
 * ciboire, crisse, sacrament, viarge, calvaire…), vulgarity and threats. Mild euphemisms
 * (tabarouette, câline, mautadine) are not vulgar; the object ("le ciboire de l'église") is not
 * the oath.
 *
 * @example
 * ```ts
 * aggressiveLanguage({ text: 'Encore pas déneigé, c r i s s e' })?.evidence[0]?.text; //=> 'c r i s s e'
 * aggressiveLanguage({ text: 'Tabarouette que la neige est belle' }); //=> null
 * ```
 */
export const aggressiveLanguage = defineClassifier('aggressive-language', detect);
