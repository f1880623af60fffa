import { inputError } from '../errors.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Policy } from '../policies/schema.js';
import { CLAUSE_IDS, isClauseId, type Bilingual, type ClauseId } from './clauses.js';
import { classifiers } from './classifiers/index.js';
import { createContext, finalize, parseComment } from './context.js';
import type { Violation } from './finding.js';
import type { CommentInput } from './input.js';

/**
 * Options of {@link moderate}.
 *
 * @example
 * ```ts
 * const options: ModerateOptions = { policy: villeDeQuebec, clauses: ['insult', 'spam'] };
 * ```
 */
export interface ModerateOptions {
  /** The municipality's profile. @default laSarre */
  readonly policy?: Policy;
  /** Only these clauses are checked. @default every clause */
  readonly clauses?: readonly ClauseId[];
}

/**
 * What `moderate()` decides for one comment.
 *
 * @example
 * ```ts
 * const r: ModerationResult = moderate({ text: 'Merci pour le déneigement!' });
 * r.decision; //=> 'keep'
 * ```
 */
export interface ModerationResult {
  /** The input id, when the comment had one. */
  readonly id?: string | number;
  /** `remove` when a violation is clear, `review` when a person must decide, `keep` otherwise. */
  readonly decision: 'keep' | 'review' | 'remove';
  /** Every violation found, most confident first. */
  readonly violations: readonly Violation[];
  /** One sentence on the decision, in French and English. */
  readonly summary: Bilingual;
  /** The profile used. */
  readonly policy: string;
}

const CLAUSE_RANK = Object.fromEntries(CLAUSE_IDS.map((id, i) => [id, i])) as Record<ClauseId, number>;

/**
 * Moderates a comment against a municipality's netiquette: runs every clause's classifier on
 * one shared normalisation and combines their findings into a decision, with evidence spans
 * into the original text, confidence, reasons in French and English and the policy section.
 * Pure: the same comment and options always give the same result.
 *
 * @throws PolicyInputError when the comment is not an object with a string `text`, a date is
 *   invalid, or an option is wrong. Any string at all is accepted as `text`.
 *
 * @example
 * ```ts
 * import { moderate } from 'netiquette-qc';
 * const r = moderate({ text: 'Gang de c0nn@rds à la voirie, tabarnak' });
 * r.decision; //=> 'remove'
 * r.violations.map((v) => v.clause); //=> ['aggressive-language', 'insult']
 * r.violations[0]?.citation; //=> { policy: 'la-sarre', section: '§5.5' }
 *
 * moderate({ text: 'Le conseil a adopté le calcul de la taxe de circulation' }).decision; //=> 'keep'
 * ```
 */
export function moderate(comment: CommentInput, options: ModerateOptions = {}): ModerationResult {
  const parsed = parseComment(comment);
  if (options === null || typeof options !== 'object') inputError('options', '(input)', 'expected an options object');
  const policy = resolvePolicy(options.policy);
  const selected: readonly ClauseId[] = options.clauses ?? CLAUSE_IDS;
  if (selected !== CLAUSE_IDS) {
    if (!Array.isArray(selected as unknown)) inputError('options', 'clauses', 'expected an array of clause ids');
    for (const [i, id] of selected.entries()) {
      if (!isClauseId(id)) inputError('options', `clauses.${i}`, `unknown clause ${JSON.stringify(id)}; known: ${CLAUSE_IDS.join(', ')}`);
    }
  }
  const context = createContext(parsed, policy);
  const violations: Violation[] = [];
  for (let k = 0; k < selected.length; k += 1) {
    const id = selected[k] as ClauseId;
    const draft = classifiers[id].detect(context);
    const finding = draft ? finalize(id, draft, policy, parsed.text) : null;
    if (finding) violations.push(finding);
  }
  if (violations.length > 1) violations.sort((a, b) => b.confidence - a.confidence || CLAUSE_RANK[a.clause] - CLAUSE_RANK[b.clause]);
  const decision = violations.some((v) => v.decision === 'remove') ? 'remove' : violations.length > 0 ? 'review' : 'keep';
  return {
    ...(parsed.id !== undefined ? { id: parsed.id } : {}),
    decision,
    violations,
    summary: summarize(decision, violations),
    policy: policy.id,
  };
}

function summarize(decision: ModerationResult['decision'], violations: readonly Violation[]): Bilingual {
  if (decision === 'keep') {
    return { fr: 'Aucun manquement à la nétiquette.', en: 'No netiquette breach found.' };
  }
  const sections = [...new Set(violations.map((v) => v.citation.section))].join(', ');
  const names = violations.map((v) => v.clause).join(', ');
  return decision === 'remove'
    ? { fr: `À retirer (${sections}) : ${names}.`, en: `Remove (${sections}): ${names}.` }
    : { fr: `À vérifier par une personne (${sections}) : ${names}.`, en: `A person should review (${sections}): ${names}.` };
}
