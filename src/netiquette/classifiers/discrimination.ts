import type { LexiconMatch } from '../../text/lexicon.js';
import type { ObjectionableSubcategory } from '../clauses.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import type { NetiquetteCategory } from '../lexicons/index.js';
import { isMentioned } from './helpers.js';

// "maudits Français", "ces Arabes-là", "sales immigrants": the word before makes the group an insult.
const GROUP_LEADS = new Set(['maudits', 'maudites', 'maudit', 'maudite', 'sales', 'sale', 'osti', 'ostie', 'esti', 'criss', 'crisse', 'tabarnak', 'calisse', 'damn', 'fucking', 'bloody', 'filthy', 'stupid', 'dirty']);

/** The objectionable sub-category a remark about this group falls under. */
export function groupSubcategory(term: string): ObjectionableSubcategory {
  if (/gai|gay|lesb|homo|trans|lgbt|fiert|rainbow|arc-en-ciel|pride|drag/u.test(term)) return 'homophobic';
  if (/femme|women|fille|ladies|mairesse|conseillere/u.test(term)) return 'sexist';
  if (/immigr|migrant|refugi|etranger|foreign|refugee|francais|anglo|anglais|guatemala|mexique|main-d|main d/u.test(term)) return 'xenophobic';
  if (/arab|noir|black|asiat|chin|haiti|africa|mexic|latino|autochton|indien|indian|amerindien|premieres|native|roms|gitan|pikogan|reserve|réserve/u.test(term)) return 'racist';
  if (/musulman|islam|juif|juive|jew|muslim|voile|hijab|sikh|hindou|religieux/u.test(term)) return 'hateful';
  return 'disrespectful';
}

// "Les Roms qui arrivent, faudra cadenasser les bacs, ils pillent tout": a pronoun carries the
// group to a predicate further on in the same sentence.
// "ce monde-là", "ces gens-là" pick the group up as a pronoun does ("…, ce monde-là respecte rien"), and so
// does "vous" said to the group ("Les vieux…, restez chez vous, vous avez fait votre temps").
const THEY = new Set(['ils', 'elles', 'y', 'they', 'eux', 'vous', 'you', 'mondela', 'gensla']);
// "Ces gens-là" points back at the group from the next sentence too ("Les X… . Ces gens-là…").
const POINTING = new Set(['ces gens-là', 'ce monde-là']);
const SENTENCE_END_RE = /[.!?\n]/u;

/** Whether a third-person plural pronoun just before `d` picks up the group, in the same sentence. */
function pickedUp(text: ClassifierContext['text'], group: LexiconMatch<NetiquetteCategory>, d: LexiconMatch<NetiquetteCategory>): boolean {
  if (SENTENCE_END_RE.test(text.original.slice(group.end, d.start))) return false;
  for (let k = Math.max(group.last + 1, d.first - 3); k < d.first; k += 1) if (THEY.has(text.tokens[k]?.bare ?? '')) return true;
  return false;
}

/** Slurs and group + derogatory remarks, with the sub-category they fall under (shared with `objectionable`). */
export function discriminatoryRemarks(context: ClassifierContext): { weight: number; evidence: Evidence; subcategory: ObjectionableSubcategory }[] {
  const { text } = context;
  const out: { weight: number; evidence: Evidence; subcategory: ObjectionableSubcategory }[] = [];
  const seen = new Set<string>();
  for (const hit of context.hits('slur')) {
    if (isMentioned(text, hit.first, hit.start, hit.end)) continue;
    if (seen.has(`${hit.start}:${hit.end}`)) continue;
    seen.add(`${hit.start}:${hit.end}`);
    out.push({
      weight: hit.entry.weight ?? 0.9,
      evidence: evidenceOf(hit, text),
      subcategory: (hit.entry.tag as ObjectionableSubcategory | undefined) ?? 'disrespectful',
    });
  }
  const groups = context.hits('group');
  const derogatory = context.hits('derogatory');
  const used = new Set<LexiconMatch<NetiquetteCategory>>();
  for (const group of groups) {
    const lead = text.tokens[group.first - 1]?.bare;
    if (lead !== undefined && GROUP_LEADS.has(lead)) {
      // « sale Arabe », reported ("on m'a traité de…"), is the victim speaking.
      const leadStart = text.tokens[group.first - 1]?.start ?? group.start;
      if (isMentioned(text, group.first - 1, leadStart, group.end)) continue;
      out.push({ weight: 0.85, evidence: evidenceOf({ start: text.tokens[group.first - 1]?.start ?? group.start, end: group.end }, text), subcategory: groupSubcategory(group.entry.term) });
      continue;
    }
    const near = derogatory.find(
      (d) =>
        !used.has(d) &&
        ((d.first > group.last && (d.first - group.last <= 12 || (d.first - group.last <= 30 && (pickedUp(text, group, d) || POINTING.has(d.entry.term))))) ||
          (d.last < group.first && group.first - d.last <= 3)),
    );
    if (!near) continue;
    used.add(near);
    const start = Math.min(group.start, near.start);
    const end = Math.max(group.end, near.end);
    if (isMentioned(text, Math.min(group.first, near.first), start, end) || isMentioned(text, near.first, near.start, near.end)) continue;
    out.push({
      weight: 0.85,
      evidence: { start, end, text: text.original.slice(start, end) },
      subcategory: groupSubcategory(group.entry.term),
    });
  }
  return out;
}

// Sexist remarks that speak of women or men as such ("pas une job de femme", "ça prenait un
// homme") discriminate by sex; a sexist insult at one person ("grosse vache") is the insult clause's.
const SEX_WORDS_RE = /\b(?:femmes?|filles?|mairesse|hommes?|gars|girls?|wom[ae]n|ladies|m[ae]n)\b/u;

function detect(context: ClassifierContext): Draft | null {
  const remarks = discriminatoryRemarks(context);
  const weights = remarks.map((r) => r.weight);
  const evidence = remarks.map((r) => r.evidence);
  // A sexist remark in a comment about women or men as such ("une femme maire… retourne dans ta cuisine").
  const sexist = context.hits('sexist');
  const aboutSexes = sexist.length > 0 && SEX_WORDS_RE.test(context.text.folded);
  for (const hit of sexist) {
    if (!(aboutSexes || SEX_WORDS_RE.test(hit.entry.term)) || isMentioned(context.text, hit.first, hit.start, hit.end)) continue;
    if (evidence.some((e) => e.start < hit.end && hit.start < e.end)) continue;
    weights.push(0.8);
    evidence.push(evidenceOf(hit, context.text));
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `discrimination` (La Sarre §5.5): discriminatory, derogatory or offensive remarks about
 * people for who they are — slurs, and generalisations that demean a group.
 *
 * @example
 * ```ts
 * discrimination({ text: 'Les immigrants sont tous des profiteurs' })?.clause; //=> 'discrimination'
 * discrimination({ text: 'Bienvenue aux nouveaux arrivants au souper communautaire!' }); //=> null
 * ```
 */
export const discrimination = defineClassifier('discrimination', detect);
