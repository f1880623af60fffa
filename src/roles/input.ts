// Reading can()'s input. zod is the source of truth: a value the fast path below is not sure
// about goes through the zod schemas, which either accept it or throw PolicyInputError. The
// fast path only accepts values the schemas would accept too (same regexes, same date
// parsing), so both paths give the same result; it just avoids zod's cost on warm calls.
import { isPlainObject } from '../policies/common.js';
import { inputError, parseInput } from '../errors.js';
import {
  ACCOUNT_OWNERS,
  ACTIONS,
  AUTHORIZATIONS,
  ActionSchema,
  ActorSchema,
  CONTENT_KINDS,
  ContextSchema,
  GRANT_KINDS,
  TARGETS,
  USAGES,
  type AccountOwner,
  type Action,
  type Authorization,
  type ContentKind,
  type GrantKind,
  type Target,
  type Usage,
} from './model.js';

/**
 * Accounts or topics (internal).
 *
 * @example
 * ```ts
 * const s: ScopeIn = { topics: ['loisirs'] };
 * ```
 */
export interface ScopeIn {
  readonly accounts?: readonly string[] | undefined;
  readonly topics?: readonly string[] | undefined;
}

/**
 * A grant after validation, instants as epoch milliseconds (internal).
 *
 * @example
 * ```ts
 * const g: GrantIn = { kind: 'delegation', actions: ['reply'], grantedBy: 'communications-lead', from: 0, until: 1 };
 * ```
 */
export interface GrantIn {
  readonly kind: GrantKind;
  readonly actions: readonly Action[];
  readonly grantedBy: string;
  readonly from: number;
  readonly until: number;
  readonly scope?: ScopeIn | undefined;
}

/**
 * An actor after validation (internal).
 *
 * @example
 * ```ts
 * const a: ActorIn = { roles: ['employee'] };
 * ```
 */
export interface ActorIn {
  readonly roles: readonly string[];
  readonly grants?: readonly GrantIn[] | undefined;
  readonly authorizations?: readonly Authorization[] | undefined;
  readonly mandate?: ScopeIn | undefined;
}

/**
 * A context after validation (internal).
 *
 * @example
 * ```ts
 * const c: ContextIn = { at: Date.parse('2026-05-19T14:00:00Z'), emergency: true };
 * ```
 */
export interface ContextIn {
  readonly at?: number | undefined;
  readonly electoralPeriod?: boolean | undefined;
  readonly emergency?: boolean | undefined;
  readonly content?: ContentKind | undefined;
  readonly target?: Target | undefined;
  readonly account?: string | { readonly id?: string | undefined; readonly owner?: AccountOwner | undefined } | undefined;
  readonly topic?: string | undefined;
  readonly usage?: Usage | undefined;
  readonly approvals?: readonly string[] | undefined;
}

const ACTION_SET = new Set<unknown>(ACTIONS);
const GRANT_KIND_SET = new Set<unknown>(GRANT_KINDS);
const AUTH_SET = new Set<unknown>(AUTHORIZATIONS);
const CONTENT_SET = new Set<unknown>(CONTENT_KINDS);
const TARGET_SET = new Set<unknown>(TARGETS);
const USAGE_SET = new Set<unknown>(USAGES);
const OWNER_SET = new Set<unknown>(ACCOUNT_OWNERS);
const ACTOR_KEYS = new Set(['roles', 'grants', 'authorizations', 'mandate']);
const GRANT_KEYS = new Set(['kind', 'actions', 'grantedBy', 'from', 'until', 'scope']);
const SCOPE_KEYS = new Set(['accounts', 'topics']);
const ACCOUNT_KEYS = new Set(['id', 'owner']);
const CONTEXT_KEYS = new Set([
  'at',
  'electoralPeriod',
  'emergency',
  'content',
  'target',
  'account',
  'topic',
  'usage',
  'approvals',
]);

// Same pattern as InstantSchema in policies/common.ts.
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/iu;
const instantCache = new Map<string, number>();
const MAX_CACHED_INSTANTS = 1024;

/** Sentinel: the fast path is not sure, let zod decide. */
const UNSURE = Symbol('unsure');
type Maybe<T> = T | typeof UNSURE;

const isPlain = isPlainObject;

function keysWithin(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

function fastInstant(value: unknown): Maybe<number> {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? UNSURE : time;
  }
  if (typeof value !== 'string') return UNSURE;
  const cached = instantCache.get(value);
  if (cached !== undefined) return cached;
  if (!INSTANT_RE.test(value)) return UNSURE;
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return UNSURE;
  if (instantCache.size >= MAX_CACHED_INSTANTS) instantCache.clear();
  instantCache.set(value, time);
  return time;
}

function fastStrings(value: unknown, min: number): value is readonly string[] {
  if (!Array.isArray(value) || value.length < min) return false;
  for (const item of value) if (typeof item !== 'string' || item.length === 0) return false;
  return true;
}

function fastMembers(value: unknown, set: ReadonlySet<unknown>, min: number): boolean {
  if (!Array.isArray(value) || value.length < min) return false;
  for (const item of value) if (!set.has(item)) return false;
  return true;
}

function fastScope(value: unknown): Maybe<ScopeIn | undefined> {
  if (value === undefined) return undefined;
  if (!isPlain(value) || !keysWithin(value, SCOPE_KEYS)) return UNSURE;
  if (value.accounts !== undefined && !fastStrings(value.accounts, 0)) return UNSURE;
  if (value.topics !== undefined && !fastStrings(value.topics, 0)) return UNSURE;
  return value as ScopeIn;
}

function fastGrant(value: unknown, known: ReadonlySet<string>): Maybe<GrantIn> {
  if (!isPlain(value) || !keysWithin(value, GRANT_KEYS)) return UNSURE;
  if (!GRANT_KIND_SET.has(value.kind) || !fastMembers(value.actions, ACTION_SET, 1)) return UNSURE;
  if (typeof value.grantedBy !== 'string' || !known.has(value.grantedBy)) return UNSURE;
  const from = fastInstant(value.from);
  const until = fastInstant(value.until);
  if (from === UNSURE || until === UNSURE || !(from < until)) return UNSURE;
  const scope = fastScope(value.scope);
  if (scope === UNSURE) return UNSURE;
  return {
    kind: value.kind as GrantKind,
    actions: value.actions as Action[],
    grantedBy: value.grantedBy,
    from,
    until,
    scope,
  };
}

function fastActor(value: unknown, known: ReadonlySet<string>): Maybe<ActorIn> {
  if (!isPlain(value) || !keysWithin(value, ACTOR_KEYS)) return UNSURE;
  const roles = value.roles;
  if (!Array.isArray(roles) || roles.length === 0) return UNSURE;
  for (const role of roles) if (typeof role !== 'string' || !known.has(role)) return UNSURE;
  if (value.authorizations !== undefined && !fastMembers(value.authorizations, AUTH_SET, 0)) return UNSURE;
  const mandate = fastScope(value.mandate);
  if (mandate === UNSURE) return UNSURE;
  let grants: GrantIn[] | undefined;
  if (value.grants !== undefined) {
    if (!Array.isArray(value.grants) || value.grants.length > 1000) return UNSURE;
    grants = [];
    for (const raw of value.grants) {
      const grant = fastGrant(raw, known);
      if (grant === UNSURE) return UNSURE;
      grants.push(grant);
    }
  }
  return {
    roles: roles as string[],
    grants,
    authorizations: value.authorizations as Authorization[] | undefined,
    mandate,
  };
}

function fastContext(value: unknown, known: ReadonlySet<string>): Maybe<ContextIn> {
  if (value === undefined) return {};
  if (!isPlain(value) || !keysWithin(value, CONTEXT_KEYS)) return UNSURE;
  let at: number | undefined;
  if (value.at !== undefined) {
    const parsed = fastInstant(value.at);
    if (parsed === UNSURE) return UNSURE;
    at = parsed;
  }
  if (value.electoralPeriod !== undefined && typeof value.electoralPeriod !== 'boolean') return UNSURE;
  if (value.emergency !== undefined && typeof value.emergency !== 'boolean') return UNSURE;
  if (value.content !== undefined && !CONTENT_SET.has(value.content)) return UNSURE;
  if (value.target !== undefined && !TARGET_SET.has(value.target)) return UNSURE;
  if (value.usage !== undefined && !USAGE_SET.has(value.usage)) return UNSURE;
  if (value.topic !== undefined && (typeof value.topic !== 'string' || value.topic.length === 0)) return UNSURE;
  const account = value.account;
  if (account !== undefined) {
    if (typeof account === 'string') {
      if (account.length === 0) return UNSURE;
    } else if (!isPlain(account) || !keysWithin(account, ACCOUNT_KEYS)) {
      return UNSURE;
    } else {
      if (account.id !== undefined && (typeof account.id !== 'string' || account.id.length === 0)) return UNSURE;
      if (account.owner !== undefined && !OWNER_SET.has(account.owner)) return UNSURE;
    }
  }
  if (value.approvals !== undefined) {
    if (!Array.isArray(value.approvals)) return UNSURE;
    for (const role of value.approvals) if (typeof role !== 'string' || !known.has(role)) return UNSURE;
  }
  return at === undefined ? (value as ContextIn) : { ...(value as ContextIn), at };
}

function unknownRole(role: string, policyId: string): string {
  return `unknown role ${JSON.stringify(role)} for the ${policyId} profile: use a built-in role or one from roles.extraRoles`;
}

/**
 * Validates an actor: zod shape, then every role known to the profile (internal).
 *
 * @example
 * ```ts
 * readActor({ roles: ['employee'] }, new Set(['employee']), 'la-sarre').roles; //=> ['employee']
 * ```
 */
export function readActor(value: unknown, known: ReadonlySet<string>, policyId: string): ActorIn {
  const fast = fastActor(value, known);
  if (fast !== UNSURE) return fast;
  const actor = parseInput(ActorSchema, value, 'actor');
  actor.roles.forEach((role, i) => {
    if (!known.has(role)) inputError('actor', `roles.${i}`, unknownRole(role, policyId));
  });
  actor.grants?.forEach((grant, i) => {
    if (!known.has(grant.grantedBy)) inputError('actor', `grants.${i}.grantedBy`, unknownRole(grant.grantedBy, policyId));
  });
  return {
    roles: actor.roles,
    grants: actor.grants?.map((grant) => ({
      kind: grant.kind,
      actions: grant.actions,
      grantedBy: grant.grantedBy,
      from: grant.from.getTime(),
      until: grant.until.getTime(),
      scope: grant.scope,
    })),
    authorizations: actor.authorizations,
    mandate: actor.mandate,
  };
}

/**
 * Validates a context: zod shape, then every approval role known to the profile (internal).
 *
 * @example
 * ```ts
 * readContext({ at: '2026-05-19T10:00:00-04:00' }, new Set(), 'la-sarre').at; //=> 1779199200000
 * ```
 */
export function readContext(value: unknown, known: ReadonlySet<string>, policyId: string): ContextIn {
  const fast = fastContext(value, known);
  if (fast !== UNSURE) return fast;
  const context = parseInput(ContextSchema, value, 'context');
  context.approvals?.forEach((role, i) => {
    if (!known.has(role)) inputError('context', `approvals.${i}`, unknownRole(role, policyId));
  });
  return { ...context, at: context.at?.getTime() };
}

/**
 * Validates an action name (internal).
 *
 * @example
 * ```ts
 * readAction('reply'); //=> 'reply'
 * ```
 */
export function readAction(value: unknown): Action {
  if (ACTION_SET.has(value)) return value as Action;
  return parseInput(ActionSchema, value, 'action');
}
