import type { NormToken, NormalizedText } from '../../text/normalize.js';
import type { ObjectionableSubcategory } from '../clauses.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import type { NetiquetteCategory } from '../lexicons/index.js';
import { discriminatoryRemarks } from './discrimination.js';
import { foldedMatches, isMentioned, isQuestion } from './helpers.js';

const SOURCES: readonly [NetiquetteCategory, ObjectionableSubcategory][] = [
  ['campaign', 'political'],
  ['proselytism', 'religious'],
  ['sexist', 'sexist'],
  ['hate', 'hateful'],
  ['sexual', 'indecent'],
  ['innuendo', 'indecent'],
  ['disrespect', 'disrespectful'],
  ['abuse', 'abusive'],
];

// A vote given to a name as a slogan: "Vote Dave O'Connor", "on vote Équipe Renouveau", "je coche
// Nadia Gagnon", "Votez pour Fortin"; "je vote pour X depuis 2018, mais…" stays an opinion.
const VOTE_FOR_NAME_RE =
  /(?:^|[.!?:;]\s*)(?:[Vv]ote|[Vv]otez|[Vv]otons|[Cc]ochez)\s(?:for\s|pour\s)?\p{Lu}[\p{L}'’-]+|\b(?:[Oo]n vote|[Oo]n coche|votez|votons|cochez)\s\p{Lu}[\p{L}'’-]+|(?<!\p{L})(?:[Çç]a|[Cc]a) prend\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s(?:à|a) la mairie\b|(?<!\p{L})[ÉE]quipe\s\p{Lu}[\p{L}'’-]+\s(?:au pouvoir|à la mairie|a la mairie)\b|\b(?:[Rr]ejoignez|[Jj]oignez|[Aa]ppuyez|[Ss]outenez|[Jj]oin|[Ss]upport)\s(?:l['’]\s?)?(?:[ÉéEe]quipe|[Tt]eam|[Pp]arti|[Pp]arty)\s\p{Lu}[\p{L}'’-]+/gu;
// "Je vote Fortin": the writer's own vote, said as a slogan; with other campaign words it is campaigning.
const MY_VOTE_RE = /\b(?:[Jj]e vote|[Jj]e coche)\s\p{Lu}[\p{L}'’-]+/gu;
// The words the two patterns above need, in the folded text (a cheap test first).
const MAY_VOTE_RE = /vot|coch|prend|quipe|join|joign|appuy|souten|support/u;
// A hashtag in a comment that speaks of the election: a campaign's signature.
const HASHTAG_RE = /(?<![\p{L}\p{N}_])#\p{L}[\p{L}\p{N}_]+/gu;

// A slate or a party named with a capital: "Équipe Renouveau", "Team Plante", "Parti du Peuple".
const SLATE_PRE_RE = /equipe|team|parti\b/u;
const SLATE_RE = /(?<!\p{L})(?:[ÉE]quipe|Team|Parti)\s(?:du\s|de\s|des\s)?\p{Lu}[\p{L}'’-]+/gu;
const VOTE_WORDS: ReadonlySet<string> = new Set(['vote', 'votez', 'votons', 'cochez']);
// A letter of another script, a digit or a symbol inside a word: a disguise ("Vоte", "v0tez").
const NOT_LATIN_RE = /\P{Script=Latin}/u;
// A name: a capital then a small letter, or a spaced-out capital ("B é l a n g e r").
const NAME_RE = /^\p{Lu}(?:\p{Ll}|\s)/u;

/**
 * Calls to vote for a name written to slip past the patterns above: letters spaced out ("v o t e z
 * B é l a n g e r") or a look-alike letter ("Vоte" with a Cyrillic о). Read from the words, whose
 * spelling is already resolved, with the capital of the name read in the original.
 */
function disguisedVotes(text: NormalizedText): Evidence[] {
  const out: Evidence[] = [];
  const words = text.joined.length > 0 ? [...text.tokens, ...text.joined] : text.tokens;
  for (const word of words) {
    if (!VOTE_WORDS.has(word.bare) || (word.origin !== 'spaced' && !NOT_LATIN_RE.test(word.text))) continue;
    let name: NormToken | undefined;
    for (const other of words) {
      if (other.start < word.end || (other.bare === 'for' || other.bare === 'pour')) continue;
      if (!name || other.start < name.start || (other.start === name.start && other.end > name.end)) name = other;
    }
    if (name && NAME_RE.test(name.text) && name.start - word.end <= 4) out.push({ start: word.start, end: name.end, text: text.original.slice(word.start, name.end) });
  }
  return out;
}

// Emoji used for sexual innuendo; each adds a little, with words they add up.
const SEXUAL_EMOJI_RE = /[\u{1F346}\u{1F351}\u{1F4A6}\u{1F608}\u{1F445}\u{1F60F}\u{1F975}]/gu;

// Ogling: women (or anyone) at work or at the pool rated as "hot", "sexy", wished naked.
const OGLE_PRE_RE = /hot|sexy|nue|naked|chaud|bandant|cochonne|uniform|clothes/u;
const PEOPLE_SEEN = '(?:sauveteu(?:r|se)s?|lifeguards?|pompieres?|chicks?|filles|girls|femmes|women|monitrices|serveuses?|caissieres?|ladies|babes?|policieres?|brigadieres?|employees|coachs?|coaches|entraineuses?|profs?|teachers?|arbitres?|infirmieres?|nurses?)';
const OGLING_RE = new RegExp(
  `\\b${PEOPLE_SEEN}(?:\\s[\\w'’]+){0,5}?\\s(?:hot|sexy|chaudes|bandantes?|naked|nues?|cochonnes)\\b|\\b(?:hot|sexy|chaudes|bandantes)\\s(?:petites?\\s)?${PEOPLE_SEEN}\\b|\\b(?:see|voir)\\s(?:them|her|les|la)\\s(?:naked|nues?|toutes? nues?|without (?:the|her|their) (?:uniforms?|clothes))\\b`,
  'gu',
);

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const bySub = new Map<ObjectionableSubcategory, { weights: number[]; evidence: Evidence[] }>();
  const add = (sub: ObjectionableSubcategory, weight: number, evidence: Evidence): void => {
    const entry = bySub.get(sub) ?? { weights: [], evidence: [] };
    entry.weights.push(weight);
    entry.evidence.push(evidence);
    bySub.set(sub, entry);
  };
  // One weight per span and sub-category: two lists naming the same words count once.
  const seen = new Set<string>();
  for (const [category, sub] of SOURCES) {
    for (const hit of context.hits(category)) {
      if (isMentioned(text, hit.first, hit.start, hit.end)) continue;
      // "s**t", "f***": a masked word is a swear (aggressive language), not a sexual term.
      if (hit.via === 'masked' && sub === 'indecent') continue;
      const key = `${sub}:${hit.start}:${hit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(sub, hit.entry.weight ?? 0.9, evidenceOf(hit, text));
    }
  }
  // Remarks about a group count here when the clause names them (racist, xenophobic, homophobic,
  // sexist, hateful); remarks on age or disability are the discrimination clause's alone.
  for (const remark of discriminatoryRemarks(context)) {
    if (remark.subcategory !== 'disrespectful') add(remark.subcategory, remark.weight, remark.evidence);
  }
  // The aubergine, the peach and the splash speak for themselves; a smirk adds to them.
  for (const m of text.original.matchAll(SEXUAL_EMOJI_RE)) {
    const strong = m[0] === '\u{1F346}' || m[0] === '\u{1F351}' || m[0] === '\u{1F4A6}';
    if (strong || bySub.has('indecent')) add('indecent', strong ? 0.5 : 0.3, { start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (OGLE_PRE_RE.test(text.folded)) {
    for (const span of foldedMatches(text, OGLING_RE)) add('indecent', 0.75, span);
  }
  // "Vote Dave O'Connor", "…: vote Renouveau": a call to vote for a name.
  const mayVote = MAY_VOTE_RE.test(text.folded);
  if (mayVote) for (const m of text.original.matchAll(VOTE_FOR_NAME_RE)) add('political', 0.9, { start: m.index, end: m.index + m[0].length, text: m[0] });
  if (mayVote) for (const m of text.original.matchAll(MY_VOTE_RE)) add('political', 0.6, { start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const span of disguisedVotes(text)) add('political', 0.9, span);
  // A named slate ("l'Équipe Renouveau", "Team Plante"): weak alone, like the date of the vote.
  if (SLATE_PRE_RE.test(text.folded)) for (const m of text.original.matchAll(SLATE_RE)) add('political', 0.35, { start: m.index, end: m.index + m[0].length, text: m[0] });
  if (bySub.has('political')) {
    for (const m of text.original.matchAll(HASHTAG_RE)) add('political', 0.85, { start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // Saying how one will vote, or naming the date, is an opinion (§4): weak electoral words count
  // only when there are several of them and the comment does not ask a question.
  const political = bySub.get('political');
  if (political && political.weights.every((w) => w < 0.8) && (isQuestion(text) || political.weights.length < 3)) bySub.delete('political');
  let best: { sub: ObjectionableSubcategory; confidence: number } | undefined;
  for (const [sub, { weights }] of bySub) {
    const confidence = combine(weights);
    if (!best || confidence > best.confidence) best = { sub, confidence };
  }
  if (!best) return null;
  const evidence = [...bySub.values()].flatMap((v) => v.evidence);
  return {
    confidence: best.confidence,
    evidence,
    subcategory: best.sub,
    detail: SUBCATEGORY_DETAIL[best.sub],
  };
}

const SUBCATEGORY_DETAIL: Record<ObjectionableSubcategory, { fr: string; en: string }> = {
  political: { fr: 'Ici : du contenu partisan ou électoral.', en: 'Here: partisan or electoral content.' },
  religious: { fr: 'Ici : du prosélytisme religieux.', en: 'Here: religious proselytising.' },
  hateful: { fr: 'Ici : des propos haineux.', en: 'Here: hateful remarks.' },
  sexist: { fr: 'Ici : des propos sexistes.', en: 'Here: sexist remarks.' },
  indecent: { fr: 'Ici : du contenu indécent ou sexuel.', en: 'Here: indecent or sexual content.' },
  obscene: { fr: 'Ici : du contenu obscène.', en: 'Here: obscene content.' },
  abusive: { fr: 'Ici : des propos abusifs.', en: 'Here: abusive remarks.' },
  racist: { fr: 'Ici : des propos racistes.', en: 'Here: racist remarks.' },
  homophobic: { fr: 'Ici : des propos homophobes.', en: 'Here: homophobic remarks.' },
  xenophobic: { fr: 'Ici : des propos xénophobes.', en: 'Here: xenophobic remarks.' },
  disrespectful: { fr: 'Ici : des propos irrespectueux.', en: 'Here: disrespectful remarks.' },
};

/**
 * `objectionable` (La Sarre §5.5), with a `subcategory`: partisan or electoral content
 * (campaigning, calls to vote, party slogans — not a citizen's opinion on a city decision, which
 * the pages exist to hear, §4), religious proselytising, hateful, sexist, indecent or obscene,
 * racist, homophobic, xenophobic or disrespectful content.
 *
 * @example
 * ```ts
 * objectionable({ text: 'Votez pour Équipe Renouveau le 2 novembre!' })?.subcategory; //=> 'political'
 * objectionable({ text: 'Je trouve que le conseil a mal décidé pour la piscine' }); //=> null
 * ```
 */
export const objectionable = defineClassifier('objectionable', detect);
