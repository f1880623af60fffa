import { gateFamily } from '../../text/gate.js';
import { foldedOffset } from '../../text/normalize.js';
import { combine, defineClassifier, evidenceOf, type ClassifierContext, type Draft } from '../context.js';
import type { Evidence } from '../finding.js';
import { ILLEGAL_PATTERNS, type IllegalPattern } from '../lexicons/illegal.js';
import { firstSpans, foldedMatches, type TextSpan } from './helpers.js';

type Family = IllegalPattern['family'] | 'urge';

// Act, advice and impunity patterns behind a literal pre-filter.
const ILLEGAL = gateFamily(ILLEGAL_PATTERNS, (p) => p.re);

// Saying it is forbidden, or telling people to stop, is the opposite of encouraging it.
const DISCOURAGE_RE =
  /\b(?:interdit|illegal|illegale|defendu|arretez|arrete|cessez|evitez|svp ne|s'il vous plait ne|please don['’]?t|please stop|stop|ne\s\S+\s(?:pas|jamais)|pas le droit|it['’]?s illegal|not allowed|is banned|mefiez-vous|attention|denoncez|signalez|appelez la police|call the police|j'?\s?ai appele|appele la sq|i called|i saw|j'?\s?ai vu)\b/u;

function discouraged(context: ClassifierContext, span: TextSpan): boolean {
  const { folded } = context.text;
  // Back from the span to the start of its sentence.
  const i = foldedOffset(context.text, span.start);
  const from = Math.max(0, folded.lastIndexOf('.', i - 1), folded.lastIndexOf('!', i - 1), folded.lastIndexOf('?', i - 1));
  return DISCOURAGE_RE.test(folded.slice(from, i));
}

function detect(context: ClassifierContext): Draft | null {
  const { text } = context;
  const families = new Map<Family, { weight: number; evidence: Evidence[] }>();
  const add = (family: Family, weight: number, spans: readonly TextSpan[]): void => {
    const kept = family === 'act' || family === 'urge' ? spans.filter((s) => !discouraged(context, s)) : spans;
    if (kept.length === 0) return;
    const current = families.get(family);
    if (!current) families.set(family, { weight, evidence: [...kept] });
    else {
      current.weight = Math.max(current.weight, weight);
      current.evidence.push(...kept);
    }
  };
  for (const hit of context.hits('illegal')) add((hit.entry.tag ?? 'act') as Family, hit.entry.weight ?? 0.5, [evidenceOf(hit, text)]);
  for (const pattern of ILLEGAL.candidates(text.folded)) add(pattern.family, pattern.weight, foldedMatches(text, pattern.re));
  const urge = families.get('urge');
  const act = families.get('act');
  const advice = families.get('advice');
  const impunity = families.get('impunity');
  // An act alone is a report; advice alone is ordinary help; both (or impunity) suggest it.
  // Advice with an assurance of impunity suggests getting away with something, whatever it is.
  if (!urge && !(act && (advice || impunity)) && !(advice && impunity)) return null;
  const weights = [urge, act, advice, impunity, act ? families.get('mischief') : undefined]
    .filter((f): f is { weight: number; evidence: Evidence[] } => f !== undefined)
    .map((f) => f.weight);
  const evidence = [urge, act, impunity, act ? undefined : advice].flatMap((f) => f?.evidence ?? []);
  return { confidence: combine(weights), evidence: firstSpans(evidence) };
}

/**
 * `illegal-activity` (La Sarre §5.5): encourages or suggests an illegal activity — dumping in
 * the ditch or the river, burning during a ban, driving after drinks, paying "au noir", skipping
 * permits and fees, damaging or moving city property, tampering with water meters or hydrants,
 * selling drugs. It needs an act together with advice ("faites comme moi", "le truc c'est de",
 * an imperative) or an assurance of impunity ("personne va vérifier"). Reporting an act,
 * saying it is forbidden, or asking whether it is legal, is not encouraging it.
 *
 * @example
 * ```ts
 * illegalActivity({ text: 'Crevez les pneus des déneigeuses, ça va leur apprendre' })?.clause; //=> 'illegal-activity'
 * illegalActivity({ text: 'Vos vieux pneus, jetez-les dans le fossé du rang 8, personne va vérifier' })?.clause; //=> 'illegal-activity'
 * illegalActivity({ text: 'Quelqu’un a jeté un divan dans le fossé du rang 8' }); //=> null
 * illegalActivity({ text: 'C’est interdit de jeter vos vidanges dans le fossé' }); //=> null
 * ```
 */
export const illegalActivity = defineClassifier('illegal-activity', detect);
