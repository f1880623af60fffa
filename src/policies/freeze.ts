/** Freezes a plain data tree in place and returns it (internal). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const trusted = new WeakSet<object>();

/** Marks a profile built and validated by the library (internal). */
export function trustPolicy<T extends object>(policy: T): T {
  trusted.add(policy);
  return policy;
}

/** Whether a profile was built and validated by the library (internal). */
export function isTrustedPolicy(policy: object): boolean {
  return trusted.has(policy);
}
