import { PolicyInputError, fromZodIssues } from '../errors.js';
import { isPlainObject } from './common.js';
import { deepFreeze, isTrustedPolicy, trustPolicy } from './freeze.js';
import { laSarre } from './la-sarre.js';
import { PolicySchema, type Policy, type PolicyInput } from './schema.js';

/**
 * Deep partial of a policy input: every field optional, arrays replaced whole.
 *
 * @example
 * ```ts
 * const o: PolicyOverrides = { id: 'amos', netiquette: { removeThreshold: 0.8 } };
 * ```
 */
export type PolicyOverrides = {
  [K in keyof PolicyInput]?: DeepPartial<PolicyInput[K]>;
};

/**
 * Recursively optional (arrays are replaced, not merged).
 *
 * @example
 * ```ts
 * const d: DeepPartial<{ a: { b: number } }> = { a: {} };
 * ```
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 16;
const MAX_ARRAY = 10_000;
const MAX_NODES = 200_000;

/**
 * Checks untrusted configuration before anything reads it: no prototype keys, bounded depth
 * and size. Returns a problem or null.
 */
function screen(value: unknown): { path: string; message: string } | null {
  let nodes = 0;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    nodes += 1;
    if (nodes > MAX_NODES) return { path: '(input)', message: `too large: more than ${MAX_NODES} values` };
    if (item.depth > MAX_DEPTH) return { path: item.path || '(input)', message: `nested deeper than ${MAX_DEPTH} levels` };
    if (Array.isArray(item.value)) {
      if (item.value.length > MAX_ARRAY) {
        return { path: item.path || '(input)', message: `array longer than ${MAX_ARRAY} items` };
      }
      item.value.forEach((child, index) =>
        stack.push({ value: child, path: item.path ? `${item.path}.${index}` : String(index), depth: item.depth + 1 }),
      );
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const key of Reflect.ownKeys(item.value)) {
        const name = String(key);
        const path = item.path ? `${item.path}.${name}` : name;
        if (typeof key === 'symbol' || FORBIDDEN_KEYS.has(name)) {
          return { path, message: `the key ${JSON.stringify(name)} is not allowed in a policy` };
        }
        stack.push({ value: (item.value as Record<string, unknown>)[name], path, depth: item.depth + 1 });
      }
    }
  }
  return null;
}

/** Merges `patch` over `base` into fresh null-prototype-free plain objects; arrays replace. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return clone(base);
  if (isPlainObject(base) && isPlainObject(patch)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(base)) out[key] = merge(base[key], patch[key]);
    for (const key of Object.keys(patch)) if (!(key in out)) out[key] = clone(patch[key]);
    return out;
  }
  return clone(patch);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = clone(value[key]);
    return out;
  }
  return value;
}

/**
 * Builds a municipality's profile from a partial object laid over a base profile (La Sarre by
 * default). Nested objects merge; arrays replace. The result is validated and frozen; a bad
 * field throws a {@link PolicyInputError} that names it. Safe on untrusted JSON
 * (`__proto__`, `constructor`, huge or deeply nested values are refused).
 *
 * @example
 * ```ts
 * import { definePolicy, villeDeQuebec } from 'netiquette-qc/policies';
 * const amos = definePolicy({
 *   id: 'amos',
 *   municipality: 'Ville d’Amos',
 *   calendar: { holidays: { closures: [{ from: '2026-12-24', to: '2027-01-02', name: { fr: 'Fêtes', en: 'Holidays' } }] } },
 * });
 * amos.calendar.timeZone; //=> 'America/Toronto' (from the base)
 *
 * definePolicy({ calendar: { timeZone: 'Mars/Olympus' } });
 * //=> throws PolicyInputError: calendar.timeZone: unknown time zone …
 *
 * definePolicy({ id: 'x' }, villeDeQuebec).municipality; //=> 'Ville de Québec'
 * ```
 */
export function definePolicy(overrides: PolicyOverrides | unknown, base: Policy = laSarre): Policy {
  if (!isPlainObject(overrides)) {
    throw new PolicyInputError('policy', [
      { path: '(input)', message: 'expected a plain object with the fields to change', code: 'invalid_type' },
    ]);
  }
  const problem = screen(overrides);
  if (problem) throw new PolicyInputError('policy', [{ ...problem, code: 'custom' }]);
  const merged = merge(base, overrides);
  const result = PolicySchema.safeParse(merged);
  if (!result.success) throw new PolicyInputError('policy', fromZodIssues(result.error.issues));
  return trustPolicy(deepFreeze(result.data));
}

const checked = new WeakMap<object, Policy>();

/**
 * Resolves a policy option: a profile, or undefined for La Sarre (internal helper used by every
 * part). Built-in profiles and `definePolicy()` results pass at once; any other object is
 * validated once (and remembered), so a hand-made or broken profile gives a
 * {@link PolicyInputError}, never a TypeError from deep inside.
 */
export function resolvePolicy(policy: Policy | undefined): Policy {
  if (policy === undefined) return laSarre;
  if (policy === null || typeof policy !== 'object') {
    throw new PolicyInputError('options', [
      { path: 'policy', message: 'expected a policy profile (laSarre, villeDeQuebec or definePolicy(...))', code: 'invalid_type' },
    ]);
  }
  if (isTrustedPolicy(policy)) return policy;
  const known = checked.get(policy);
  if (known) return known;
  const problem = screen(policy);
  if (problem) throw new PolicyInputError('options', [{ ...problem, path: `policy.${problem.path}`, code: 'custom' }]);
  const result = PolicySchema.safeParse(policy);
  if (!result.success) {
    throw new PolicyInputError(
      'options',
      fromZodIssues(result.error.issues).map((issue) => ({ ...issue, path: `policy.${issue.path}` })),
    );
  }
  const parsed = trustPolicy(deepFreeze(result.data));
  checked.set(policy, parsed);
  return parsed;
}
