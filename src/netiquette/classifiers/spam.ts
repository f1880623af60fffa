import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { findPhones, findUrls, isPublicHost } from './helpers.js';

const PRICE_RE = /(?<![\d.,])\d+(?:[.,]\d{2})?\s?\$|\$\s?\d+|(?<![\d.,])\d+\s?(?:%|pour cent)\s?(?:de\s)?(?:rabais|off)/giu;

/** Commercial signals in a comment: phrasing, links, phone numbers, prices (shared with personal-information). */
export function commercialSignals(context: ClassifierContext): { weights: number[]; evidence: Evidence[] } {
  const { text, policy } = context;
  const weights: number[] = [];
  const evidence: Evidence[] = [];
  for (const hit of context.hits('spam')) {
    const words = hit.last - hit.first + 1;
    weights.push((hit.entry.weight ?? 1) * (words >= 2 ? 0.7 : 0.5));
    evidence.push(evidenceOf(hit, text));
  }
  if (weights.length === 0) return { weights, evidence };
  for (const url of findUrls(text.original)) {
    if (isPublicHost(url.host, policy.contacts.publicDomains)) continue;
    weights.push(0.4);
    evidence.push(url);
  }
  for (const phone of findPhones(text.original)) {
    weights.push(0.4);
    evidence.push(phone);
  }
  for (const m of text.original.matchAll(PRICE_RE)) {
    weights.push(0.25);
    evidence.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return { weights, evidence };
}

function detect(context: ClassifierContext): Draft | null {
  const { weights, evidence } = commercialSignals(context);
  if (weights.length === 0) return null;
  return { confidence: combine(weights), evidence };
}

/**
 * `spam` (La Sarre §5.5, §7): spam, solicitation and private or commercial advertising — a
 * business promoting itself (with its own phone number), "DM me", crypto, MLM, contests.
 *
 * @example
 * ```ts
 * spam({ text: 'Déneigement résidentiel, soumission gratuite! Appelez-nous au 819-555-0199' })?.clause; //=> 'spam'
 * spam({ text: 'Est-ce que la collecte passe lundi?' }); //=> null
 * ```
 */
export const spam = defineClassifier('spam', detect);
