import { foldKey } from '../../text/fold.js';
import { defineClassifier, type ClassifierContext, type Draft } from '../context.js';
import { BUSINESS_WORDS, NAME_PARTICLES, PLACEHOLDER_NAMES, PSEUDONYM_STRONG, PSEUDONYM_WORDS } from '../lexicons/misc.js';
import { QUEBEC_SURNAMES } from '../lexicons/people.js';

const STRONG = new Set(PSEUDONYM_STRONG.map(foldKey));
const WEAK = new Set(PSEUDONYM_WORDS.map(foldKey));
const PARTICLES = new Set(NAME_PARTICLES.map(foldKey));
const BUSINESS = new Set(BUSINESS_WORDS);
const SURNAMES = new Set(QUEBEC_SURNAMES);
const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES.map((n) => foldKey(n).replace(/[^a-z]/gu, '')));
// Family words people sign with: "Grand-maman Lise" may hide someone; "Papa Hockey" does.
const FAMILY = new Set(['papa', 'maman', 'mama', 'grandmaman', 'grandpapa', 'mamie', 'mamy', 'papi', 'papy', 'pepere', 'memere', 'matante', 'mononcle', 'tante', 'oncle', 'granny', 'grandma', 'grandpa', 'mom', 'dad', 'nana', 'pops']);
const RANKS = new Set(['capitaine', 'captain', 'colonel', 'sergent', 'sergeant', 'major', 'general', 'doc', 'coach', 'boss', 'king', 'queen', 'roi', 'reine']);
const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'mon', 'ton', 'the', 'a', 'l']);
// A name part: a capital then small letters, with inner hyphens or apostrophes (Gagnon-Ouellet, O'Brien, McDonald).
const NAME_PART_RE = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)?|(?:Mc|Mac|O['’]|[DdLl]['’])?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’](?:Mc|Mac|O['’]|D['’]|L['’])?\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}{2,3})$/u;

// What people add after their name: "Julie Roy 🌸", "Élise Thibault (La Sarre)", "Marc Gagnon - Courtier".
// Each unit is removed on its own (joiners and skin tones included), so the class is meant.
// eslint-disable-next-line no-misleading-character-class
const PICTOGRAPHS_RE = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+/gu;
const TRAILING_TAG_RE = /(?:\([^()]*\)|\[[^[\]]*\]|\s[-–—|·•]\s.*)$/u;

/**
 * The name without a trailing tag, and without emoji when what is left ends with a known surname
 * ("Julie Roy 🌸" is Julie Roy; "Papa Ours 🐻" stays a nickname) (internal).
 */
function undecorated(name: string): string {
  const bare = name.replace(PICTOGRAPHS_RE, ' ').replace(/\s+/gu, ' ').trim();
  const emoji = bare !== name;
  const untagged = bare.replace(TRAILING_TAG_RE, '').trim();
  const kept = /\p{L}/u.test(untagged) ? untagged : bare;
  if (!/\p{L}/u.test(kept)) return name;
  if (!emoji) return kept;
  const last = foldKey(kept.split(/\s+/u).at(-1) ?? '').replace(/[^a-z]/gu, '');
  return SURNAMES.has(last) ? kept : name;
}

/** How likely a display name is a pseudonym, 0–1, with a short explanation. */
export function pseudonymScore(displayName: string): { score: number; why: string } {
  const name = undecorated(displayName.normalize('NFKC').trim());
  if (name.length === 0) return { score: 0.95, why: 'empty name' };
  if (!/\p{L}/u.test(name)) return { score: 0.95, why: 'no letters' };
  const parts = name.split(/[\s_]+/u).filter((p) => p.length > 0);
  // "L'Vrai Québécois": an elided article is not part of the word.
  const folded = parts.map((p) => foldKey(p).replace(/[.,]/gu, '').replace(/^[ld]['’](?=\p{L}{3})/u, ''));
  const joined = foldKey(name).replace(/[^a-z]/gu, '');
  if (PLACEHOLDERS.has(joined)) return { score: 0.9, why: 'placeholder or fictional name' };
  if (folded.some((f) => STRONG.has(f)) || STRONG.has(joined)) return { score: 0.9, why: 'anonymous or generic word' };
  // A business page names the business: not anonymous (its ads are the spam clause's business).
  if (parts.length >= 2 && folded.some((f) => BUSINESS.has(f.replace(/[^a-z]/gu, ''))) && /\p{Lu}/u.test(name)) {
    return { score: 0, why: 'business name' };
  }
  const digits = (name.match(/\d/gu) ?? []).length;
  if (digits >= 2) return { score: 0.9, why: 'digits in the name' };
  if (/x{1,2}[A-Z]|[a-z]X{1,2}\b|^x[A-Z]|\.{2,}|[^\p{L}\p{M}\s.'’-]/u.test(name)) return { score: 0.85, why: 'nickname pattern' };
  if (DETERMINERS.has(folded[0] ?? '') && folded.slice(1).some((f) => WEAK.has(f))) return { score: 0.85, why: 'description, not a name' };
  const weakCount = folded.filter((f) => WEAK.has(f) && !PARTICLES.has(f)).length;
  const nameLike = parts.every((p) => NAME_PART_RE.test(p) || PARTICLES.has(foldKey(p).replace(/\.$/u, '')));
  if (weakCount >= 2) return { score: 0.85, why: 'description, not a name' };
  if (digits === 1) return { score: 0.7, why: 'digit in the name' };
  if (parts.length === 1) {
    const only = parts[0] ?? '';
    if (/\p{Ll}\p{Lu}/u.test(only.replace(/^(?:Mc|Mac|De|Di|Le|La)/u, ''))) return { score: 0.85, why: 'nickname pattern' };
    if (only === only.toLowerCase()) return { score: 0.8, why: 'single lower-case word' };
    if (WEAK.has(folded[0] ?? '')) return { score: 0.85, why: 'description, not a name' };
    return { score: 0.5, why: 'first name only' };
  }
  // "Papa Ours", "Coach Hockey": a family word or a rank with a thing, not a name.
  const titled = FAMILY.has((folded[0] ?? '').replace(/-/gu, '')) || RANKS.has(folded[0] ?? '');
  if (titled && parts.length === 2 && WEAK.has(folded[1] ?? '')) return { score: 0.85, why: 'nickname' };
  if (!nameLike) return { score: weakCount > 0 ? 0.75 : 0.55, why: 'does not read as a name' };
  // "Ti-Paul B.", "Capitaine Gagnon": a nickname or a rank before a surname may or may not hide someone.
  // "Ti-Paul Gagnon": the usual nickname before a frequent surname names someone.
  const knownSurname = parts.length === 2 && SURNAMES.has((folded[1] ?? '').replace(/[^a-z]/gu, ''));
  if ((/^Ti-\p{Lu}/u.test(parts[0] ?? '') && !knownSurname) || titled) return { score: 0.55, why: 'nickname or title' };
  if (weakCount === 1 && parts.length === 2 && STRONG.has(folded[1] ?? '')) return { score: 0.8, why: 'description' };
  return { score: 0, why: 'reads as a real name' };
}

// The same authors comment again and again: their names are judged once (bounded: a few thousand
// names, a few hundred KB; internal).
const nameCache = new Map<string, { score: number; why: string }>();

function detect(context: ClassifierContext): Draft | null {
  const displayName = context.comment.author?.displayName;
  if (displayName === undefined) return null;
  let judged = nameCache.get(displayName);
  if (!judged) {
    judged = pseudonymScore(displayName);
    if (displayName.length <= 200) {
      if (nameCache.size >= 4096) nameCache.delete(nameCache.keys().next().value as string);
      nameCache.set(displayName, judged);
    }
  }
  const { score, why } = judged;
  if (score === 0) return null;
  return {
    confidence: score,
    evidence: [],
    detail: { fr: `Nom affiché : « ${displayName} ».`, en: `Display name: "${displayName}" (${why}).` },
  };
}

/**
 * `anonymous` (La Sarre §5.5): posted anonymously or under a pseudonym. Reads only
 * `author.displayName`; silent without it. A plausible real name of any origin (Anne-Sophie
 * Gagnon-Ouellet, M. Côté, Tran Thi Mai, Chukwuemeka Obi) is not a pseudonym.
 *
 * @example
 * ```ts
 * anonymous({ text: 'Bravo', author: { displayName: 'Contribuable frustré' } })?.clause; //=> 'anonymous'
 * anonymous({ text: 'Bravo', author: { displayName: 'Tran Thi Mai' } }); //=> null
 * anonymous({ text: 'Bravo' }); //=> null
 * ```
 */
export const anonymous = defineClassifier('anonymous', detect);
