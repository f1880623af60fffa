import type { z } from 'zod';

/**
 * One problem found in a value given to the library.
 *
 * @example
 * ```ts
 * const issue: PolicyInputIssue = { path: 'calendar.timeZone', message: 'unknown time zone', code: 'custom' };
 * ```
 */
export interface PolicyInputIssue {
  /** Where the problem is, as a dotted path (`officeHours.monday.0.end`), or `(input)` for the whole value. */
  readonly path: string;
  /** What is wrong, written for the person who wrote the input. */
  readonly message: string;
  /** The zod issue code (`invalid_type`, `unrecognized_keys`, `custom`, …). */
  readonly code: string;
}

/**
 * The one error the library throws: the input given to a public function (a comment, a date,
 * a policy profile, an actor…) is not valid. Normal outcomes (a comment to remove, a late
 * answer, a denied action) are results, never errors.
 *
 * @example
 * ```ts
 * import { moderate, isPolicyInputError } from 'netiquette-qc';
 * try {
 *   moderate({ text: 42 } as never);
 * } catch (error) {
 *   if (isPolicyInputError(error)) console.log(error.issues[0]?.path); //=> 'text'
 * }
 * ```
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  /** Every problem found, with its path. */
  readonly issues: readonly PolicyInputIssue[];
  /** What was being validated (`comment`, `policy`, `receivedAt`…). */
  readonly subject: string;

  constructor(subject: string, issues: readonly PolicyInputIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.path}: ${issue.message}`);
    super(`Invalid ${subject}:\n${lines.join('\n')}`);
    this.subject = subject;
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Tells whether a value is a {@link PolicyInputError}, also across bundles (it checks the
 * name, not only the prototype chain).
 *
 * @example
 * ```ts
 * isPolicyInputError(new PolicyInputError('policy', [])); //=> true
 * isPolicyInputError(new TypeError('x')); //=> false
 * ```
 */
export function isPolicyInputError(value: unknown): value is PolicyInputError {
  return (
    value instanceof PolicyInputError ||
    (value instanceof Error && value.name === 'PolicyInputError' && Array.isArray((value as { issues?: unknown }).issues))
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(input)';
  return path.map((part) => String(part)).join('.');
}

/** Turns zod issues into the library's own issues (internal). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): PolicyInputIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message, code: issue.code }));
}

/**
 * Validates `value` with `schema`; throws a {@link PolicyInputError} naming `subject` when it
 * does not fit (internal helper used at every public boundary).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, subject: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new PolicyInputError(subject, fromZodIssues(result.error.issues));
  return result.data;
}

/** Throws a {@link PolicyInputError} with one issue (internal). */
export function inputError(subject: string, path: string, message: string): never {
  throw new PolicyInputError(subject, [{ path, message, code: 'custom' }]);
}

/** A short description of a value's type for error messages (internal). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
