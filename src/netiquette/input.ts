import { z } from 'zod';
import { InstantSchema } from '../policies/common.js';
import { CLAUSE_IDS } from './clauses.js';

/**
 * A comment as given to `moderate()`, `triage()` and every classifier (schema).
 *
 * @example
 * ```ts
 * CommentInputSchema.safeParse({ text: 42 }).success; //=> false
 * ```
 */
export const CommentInputSchema = z.object({
  /** What the person wrote. Any string is accepted, including an empty one. */
  text: z.string({ error: 'text must be a string' }),
  /** An optional id kept as is in results (useful in JSONL pipelines). */
  id: z.union([z.string(), z.number()]).optional(),
  author: z
    .object({
      displayName: z.string().optional(),
      id: z.string().optional(),
    })
    .optional(),
  /** The post the comment answers. */
  post: z.object({ text: z.string().optional() }).optional(),
  /** Earlier comments by the same author (for the repetition clause). */
  history: z.array(z.object({ text: z.string(), postedAt: InstantSchema })).max(10_000).optional(),
  postedAt: InstantSchema.optional(),
  /** Moderator flags: the only source of the `inappropriate` clause. */
  flags: z
    .array(
      z.object({
        clause: z.enum(CLAUSE_IDS).optional(),
        by: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .optional(),
});

/**
 * A comment as given to `moderate()`, `triage()` and every classifier.
 *
 * @example
 * ```ts
 * const c: CommentInput = {
 *   text: 'Quand passe la déneigeuse sur la rue Principale?',
 *   author: { displayName: 'Marie Tremblay' },
 *   post: { text: 'Opération de déneigement cette nuit' },
 * };
 * ```
 */
export type CommentInput = z.input<typeof CommentInputSchema>;

/**
 * A comment after validation (dates are `Date`).
 *
 * @example
 * ```ts
 * const c: ParsedComment = CommentInputSchema.parse({ text: 'Allo', postedAt: '2026-01-05T10:00:00-05:00' });
 * c.postedAt instanceof Date; //=> true
 * ```
 */
export type ParsedComment = z.output<typeof CommentInputSchema>;
