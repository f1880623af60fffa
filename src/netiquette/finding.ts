import type { Citation } from '../policies/common.js';
import type { Bilingual, ClauseId, ObjectionableSubcategory } from './clauses.js';

/**
 * A span of the original text that supports a finding.
 *
 * @example
 * ```ts
 * const e: Evidence = { start: 11, end: 18, text: 'c0nn@rd' };
 * ```
 */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What a classifier found: the clause, how sure, the words, why, and the policy section.
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   clause: 'insult', confidence: 0.9, decision: 'remove',
 *   evidence: [{ start: 11, end: 18, text: 'c0nn@rd' }],
 *   reason: { fr: '…', en: '…' }, citation: { policy: 'la-sarre', section: '§5.5' },
 * };
 * ```
 */
export interface Finding {
  readonly clause: ClauseId;
  /** How sure the classifier is, 0–1. */
  readonly confidence: number;
  /** What this finding alone calls for under the profile's thresholds. */
  readonly decision: 'remove' | 'review';
  readonly evidence: readonly Evidence[];
  /** Why, for the citizen and the moderator, in French and English. */
  readonly reason: Bilingual;
  readonly citation: Citation;
  /** For `objectionable`: which kind. */
  readonly subcategory?: ObjectionableSubcategory;
}

/**
 * A finding in `moderate()`'s result.
 *
 * @example
 * ```ts
 * const [v]: readonly Violation[] = moderate({ text: 'Espèce de twit' }).violations;
 * v?.clause; //=> 'insult'
 * ```
 */
export type Violation = Finding;
