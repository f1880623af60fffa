import { z } from 'zod';
import { PolicySchema } from './schema.js';

let cached: Record<string, unknown> | undefined;

/**
 * The JSON Schema (draft 2020-12) of a complete policy profile, for cities that keep their
 * configuration in JSON files and want to validate them in an editor or in CI.
 *
 * @example
 * ```ts
 * import { policyJsonSchema } from 'netiquette-qc/policies';
 * const schema = policyJsonSchema();
 * schema.type; //=> 'object'
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return structuredClone(cached);
}
