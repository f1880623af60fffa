import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { isQuestion, negatedBefore } from './helpers.js';

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  const question = isQuestion(text);
  for (const hit of context.hits('illegal')) {
    if (negatedBefore(text, hit.first)) continue;
    weights.push(question ? 0.45 : 0.85);
    evidence.push(evidenceOf(hit, text));
  }
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `illegal-activity` (La Sarre §5.5): encourages or suggests an illegal activity — driving
 * drunk, vandalism, theft, dumping, burning during a ban, not paying taxes. Saying it is
 * forbidden, or asking whether it is legal, is not encouraging it.
 *
 * @example
 * ```ts
 * illegalActivity({ text: 'Crevez les pneus des déneigeuses, ça va leur apprendre' })?.clause; //=> 'illegal-activity'
 * illegalActivity({ text: 'C’est interdit de jeter vos vidanges dans le fossé' }); //=> null
 * ```
 */
export const illegalActivity = defineClassifier('illegal-activity', detect);
