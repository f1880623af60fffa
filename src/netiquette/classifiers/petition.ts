import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { findUrls, windowKeys } from './helpers.js';

const PROCEDURE = new Set(['comment', 'deposer', 'procedure', 'how', 'file', 'submit', 'quelles', 'quelle', 'regles', 'rules', 'faut-il', 'peut-on', 'possible']);

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const hits = context.hits('petition');
  if (hits.length === 0) return null;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  for (const hit of hits) {
    weights.push(hit.entry.weight ?? 0.9);
    evidence.push(evidenceOf(hit, text));
  }
  const strong = hits.some((h) => (h.entry.weight ?? 1) >= 0.8);
  const urls = findUrls(text.original);
  if (urls.length > 0) {
    weights.push(strong ? 0.5 : 0.6);
    evidence.push(...urls);
  }
  // Asking how petitions work is not a call to sign one.
  const asksProcedure = hits.every((h) => windowKeys(text.tokens, h.first - 6, h.first - 1).some((k) => PROCEDURE.has(k)));
  if (asksProcedure && !strong) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `petition` (La Sarre §5.5): signing a petition or calling others to sign one (petition sites,
 * "signez la pétition"). Asking how to file a petition is not a call to sign.
 *
 * @example
 * ```ts
 * petition({ text: 'Signez la pétition pour garder la piscine ouverte! change.org/piscine' })?.clause; //=> 'petition'
 * petition({ text: 'Comment déposer une pétition au conseil?' }); //=> null
 * ```
 */
export const petition = defineClassifier('petition', detect);
