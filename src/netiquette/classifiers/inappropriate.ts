import { defineClassifier, type ClassifierContext, type Draft } from '../context.js';

function detect(context: ClassifierContext): Draft | null {
  const flags = (context.comment.flags ?? []).filter((f) => f.clause === undefined || f.clause === 'inappropriate');
  if (flags.length === 0) return null;
  const by = flags.map((f) => f.by).filter((b): b is string => typeof b === 'string');
  const who = by.length > 0 ? ` (${by.join(', ')})` : '';
  return {
    confidence: 1,
    evidence: [],
    detail: { fr: `Signalement d’un modérateur${who}.`, en: `Flagged by a moderator${who}.` },
  };
}

/**
 * `inappropriate` (La Sarre §5.5): judged inappropriate by the communications service. Comes
 * only from a moderator's flag in `comment.flags`; never guessed from the text.
 *
 * @example
 * ```ts
 * inappropriate({ text: 'Bonne journée', flags: [{ clause: 'inappropriate', by: 'communications' }] })?.confidence; //=> 1
 * inappropriate({ text: 'Bonne journée' }); //=> null
 * ```
 */
export const inappropriate = defineClassifier('inappropriate', detect);
