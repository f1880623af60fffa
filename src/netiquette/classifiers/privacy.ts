import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { windowKeys } from './helpers.js';

const FIRST_PERSON = new Set(['je', 'j', 'moi', 'mon', 'ma', 'mes', 'me', 'm', 'i', 'my', 'me', 'nous', 'notre', 'nos', 'we', 'our', 'chu', 'jsuis']);
const THIRD_PERSON = new Set(['il', 'elle', 'sa', 'son', 'ses', 'leur', 'leurs', 'lui', 'he', 'she', 'his', 'her', 'their', 'they', 'voisin', 'voisine', 'voisins', 'monsieur', 'madame', 'mme', 'conseiller', 'conseillere', 'maire', 'mairesse']);

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  for (const hit of context.hits('privacy')) {
    const around = windowKeys(text.tokens, hit.first - 4, hit.last);
    const subject = windowKeys(text.tokens, hit.first - 3, hit.first - 1);
    if (subject.some((k) => FIRST_PERSON.has(k)) && !subject.some((k) => THIRD_PERSON.has(k))) continue;
    const named = text.tokens
      .slice(Math.max(0, hit.first - 8), hit.first)
      .some((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && t.start > 0);
    const thirdPerson = around.some((k) => THIRD_PERSON.has(k)) || named;
    weights.push(thirdPerson ? 0.85 : 0.55);
    evidence.push(evidenceOf(hit, text));
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `privacy` (La Sarre §5.5): exposes someone else's health, family matters, private life or
 * whereabouts. A person speaking of their own life is not exposing anyone.
 *
 * @example
 * ```ts
 * privacy({ text: 'Son mari l’a laissée pis elle est en dépression' })?.clause; //=> 'privacy'
 * privacy({ text: 'Je suis en congé de maladie, merci de votre patience' }); //=> null
 * ```
 */
export const privacy = defineClassifier('privacy', detect);
