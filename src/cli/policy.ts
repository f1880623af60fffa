// Resolves `--policy la-sarre|ville-de-quebec|PATH.json` into a profile. The file is read here
// (src/cli is the only place that reads files) and validated by definePolicy(), which reports
// every problem with its path as a PolicyInputError.
import { readFileSync } from 'node:fs';
import { PolicyInputError } from '../errors.js';
import { definePolicy } from '../policies/define-policy.js';
import { laSarre } from '../policies/la-sarre.js';
import type { Policy } from '../policies/schema.js';
import { villeDeQuebec } from '../policies/ville-de-quebec.js';

/**
 * A policy as it travels to worker threads: a built-in id, or the parsed JSON of a profile
 * file (plain data, rebuilt with definePolicy() on the other side).
 *
 * @example
 * ```ts
 * const spec: PolicySpec = { builtin: 'ville-de-quebec' };
 * ```
 */
export type PolicySpec = { readonly builtin: 'la-sarre' | 'ville-de-quebec' } | { readonly file: string; readonly data: unknown };

/**
 * The built-in profiles by their `--policy` name.
 *
 * @example
 * ```ts
 * BUILTIN_POLICIES['ville-de-quebec'].municipality; //=> 'Ville de Québec'
 * ```
 */
export const BUILTIN_POLICIES: Readonly<Record<'la-sarre' | 'ville-de-quebec', Policy>> = Object.freeze({
  'la-sarre': laSarre,
  'ville-de-quebec': villeDeQuebec,
});

/**
 * Reads the `--policy` value: a built-in name, or a path to a JSON profile file.
 *
 * @throws PolicyInputError when the file cannot be read or is not JSON.
 * @example
 * ```ts
 * readPolicySpec('la-sarre'); //=> { builtin: 'la-sarre' }
 * readPolicySpec('./amos.json'); //=> { file: './amos.json', data: { id: 'amos', … } }
 * ```
 */
export function readPolicySpec(value: string | undefined): PolicySpec {
  if (value === undefined || value === 'la-sarre' || value === 'ville-de-quebec') return { builtin: value ?? 'la-sarre' };
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new PolicyInputError('policy', [
      {
        path: '(input)',
        message: `--policy ${value}: not a built-in profile (la-sarre, ville-de-quebec) and the file cannot be read (${reason})`,
        code: 'custom',
      },
    ]);
  }
  try {
    return { file: value, data: JSON.parse(text) as unknown };
  } catch (error) {
    throw new PolicyInputError('policy', [
      { path: '(input)', message: `${value} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, code: 'custom' },
    ]);
  }
}

/**
 * Builds the profile a spec names. A file's top-level `$schema` key (kept for editors that
 * validate against `policyJsonSchema()`) is ignored; everything else goes through
 * definePolicy() over the La Sarre profile, so a file may be complete or give only the fields
 * that differ.
 *
 * @throws PolicyInputError when the profile is not valid.
 * @example
 * ```ts
 * resolvePolicySpec({ builtin: 'ville-de-quebec' }).id; //=> 'ville-de-quebec'
 * ```
 */
export function resolvePolicySpec(spec: PolicySpec): Policy {
  if ('builtin' in spec) return BUILTIN_POLICIES[spec.builtin];
  let data = spec.data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, '$schema')) {
    data = Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema'));
  }
  return definePolicy(data);
}
