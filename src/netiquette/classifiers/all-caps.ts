import { defineClassifier, type ClassifierContext, type Draft } from '../context.js';
import { ACRONYMS } from '../lexicons/misc.js';
import type { Policy } from '../../policies/schema.js';

const UPPER_RE = /\p{Lu}/gu;
const BUILT_IN = new Set(ACRONYMS.map((a) => a.toUpperCase()));
const policyAcronyms = new WeakMap<Policy, ReadonlySet<string>>();

function acronymsOf(policy: Policy): ReadonlySet<string> {
  let set = policyAcronyms.get(policy);
  if (!set) {
    set = new Set(policy.netiquette.acronyms.map((a) => a.toUpperCase()));
    policyAcronyms.set(policy, set);
  }
  return set;
}

function detect(context: ClassifierContext): Draft | null {
  const { text, policy } = context;
  // Shouting needs at least ten capital letters: most comments stop here.
  UPPER_RE.lastIndex = 0;
  let capitals = 0;
  while (capitals < 10 && UPPER_RE.test(text.original)) capitals += 1;
  if (capitals < 10) return null;
  const extra = acronymsOf(policy);
  let shoutedLetters = 0;
  let otherLetters = 0;
  let shoutedWords = 0;
  let firstStart = -1;
  let lastEnd = -1;
  for (const token of text.tokens) {
    const letters = token.text.replace(/\P{L}/gu, '');
    if (letters.length === 0) continue;
    const upper = token.text.toUpperCase();
    const isAcronym = BUILT_IN.has(upper) || extra.has(upper) || (letters.length <= 3 && /\d/u.test(token.text));
    const allUpper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    if (isAcronym) continue;
    if (allUpper && letters.length >= 2) {
      shoutedLetters += letters.length;
      shoutedWords += 1;
      if (firstStart < 0) firstStart = token.start;
      lastEnd = token.end;
    } else if (!(allUpper && letters.length === 1)) {
      otherLetters += letters.length;
    }
  }
  if (shoutedWords < 3 || shoutedLetters < 10) return null;
  const ratio = shoutedLetters / (shoutedLetters + otherLetters);
  if (ratio < 0.6) return null;
  return {
    confidence: ratio >= 0.85 ? 0.9 : 0.5 + (ratio - 0.6) * 1.6,
    evidence: [{ start: firstStart, end: lastEnd, text: text.original.slice(firstStart, lastEnd) }],
  };
}

/**
 * `all-caps` (La Sarre §5.5): written in capital letters, which reads as shouting. Acronyms
 * (SAQ, MRC, CLSC, SPVM, COVID-19, OK — plus the profile's own) and a single shouted word in an
 * ordinary sentence do not count.
 *
 * @example
 * ```ts
 * allCaps({ text: 'QUAND EST-CE QUE VOUS ALLEZ DÉNEIGER MA RUE' })?.clause; //=> 'all-caps'
 * allCaps({ text: 'La SAQ et le CLSC sont fermés lundi' }); //=> null
 * allCaps({ text: 'Merci, c’est VRAIMENT apprécié' }); //=> null
 * ```
 */
export const allCaps = defineClassifier('all-caps', detect);
