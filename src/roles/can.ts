import { inputError } from '../errors.js';
import type { Citation } from '../policies/common.js';
import { resolvePolicy } from '../policies/define-policy.js';
import type { Policy } from '../policies/schema.js';
import { foldKey } from '../text/fold.js';
import {
  ACTIONS,
  GRANT_KINDS,
  ROLES,
  type Action,
  type Actor,
  type Context,
  type GrantKind,
  type Obligation,
  type RoleRule,
  type RolesConfig,
  type RuleCondition,
} from './model.js';
import { readAction, readActor, readContext, type ActorIn, type ContextIn, type GrantIn } from './input.js';

/**
 * A text in French and English.
 *
 * @example
 * ```ts
 * const text: Bilingual = { fr: 'Refusé', en: 'Denied' };
 * ```
 */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/**
 * Options of {@link can} and {@link explain}.
 *
 * @example
 * ```ts
 * import { villeDeQuebec } from 'netiquette-qc/policies';
 * const options: CanOptions = { policy: villeDeQuebec };
 * ```
 */
export interface CanOptions {
  /**
   * The municipality's profile whose rules decide.
   * @default laSarre
   */
  policy?: Policy;
}

/**
 * The grant that made an act possible: its kind, who gave it and its position in `actor.grants`.
 *
 * @example
 * ```ts
 * const used: GrantUse = { kind: 'replacement', grantedBy: 'general-management', index: 0 };
 * ```
 */
export interface GrantUse {
  readonly kind: GrantKind;
  readonly grantedBy: string;
  readonly index: number;
}

/**
 * The answer of {@link can}: allowed or not, why (French and English), which sections of which
 * policy, which rule decided, and what must still happen.
 *
 * @example
 * ```ts
 * const d: Decision = {
 *   allowed: false, action: 'answer-media', effect: 'deny', rule: 'media-not-answered-on-social',
 *   reason: { fr: '…', en: '…' }, citations: [{ policy: 'la-sarre', section: '§10' }],
 * };
 * ```
 */
export interface Decision {
  readonly allowed: boolean;
  readonly action: Action;
  /** What decided: an allow rule, a grant, a deny rule, a fallback rule, or the profile default. */
  readonly effect: 'allow' | 'grant' | 'deny' | 'fallback' | 'default';
  /** Id of the deciding rule (`grant.<kind>` for a grant, `default` when no rule matched). */
  readonly rule: string;
  readonly reason: Bilingual;
  /** The deciding section first, then the other sections that point the same way. */
  readonly citations: readonly Citation[];
  /** What must still happen (route a complaint, get communications' approval…). */
  readonly obligations?: readonly Obligation[];
  /** The grant that allowed the act, when one did. */
  readonly grant?: GrantUse;
}

// ——— compilation (once per profile, cached) ———

interface State {
  readonly roles: readonly string[];
  readonly context: ContextIn;
  readonly authorizations: readonly string[] | undefined;
  /** Bit mask of the grant kinds that count now for this action (see KIND_BIT). */
  readonly grantedKinds: number;
  readonly withinMandate: boolean;
}

type Test = (state: State) => boolean;

const KIND_BIT: Readonly<Record<GrantKind, number>> = { delegation: 1, replacement: 2, emergency: 4 };

interface CompiledRule {
  readonly rule: RoleRule;
  readonly roles: ReadonlySet<string> | null;
  readonly test: Test | null;
  readonly score: number;
  readonly citation: Citation;
  /** The decision when this rule alone decides (frozen, shared). */
  readonly alone: Decision;
}

interface ActionIndex {
  readonly allow: readonly CompiledRule[];
  readonly deny: readonly CompiledRule[];
  readonly fallback: readonly CompiledRule[];
  readonly all: readonly CompiledRule[];
  readonly defaultDecision: Decision;
}

interface CompiledGrant {
  readonly kind: GrantKind;
  readonly grantors: ReadonlySet<string>;
  readonly actions: ReadonlySet<string>;
  readonly citation: Citation;
  readonly reason: Bilingual;
  /** Grantors with their own terms (actions, section, reason). */
  readonly byGrantor: ReadonlyMap<string, { readonly actions: ReadonlySet<string>; readonly citation: Citation; readonly reason: Bilingual }>;
}

interface Compiled {
  readonly policyId: string;
  readonly known: ReadonlySet<string>;
  readonly byAction: ReadonlyMap<Action, ActionIndex>;
  readonly grants: ReadonlyMap<GrantKind, CompiledGrant>;
  /** Shared frozen decisions for grants: action → kind + grantor → position in `actor.grants`. */
  readonly grantDecisions: Map<Action, Map<string, Decision[]>>;
}

const cache = new WeakMap<RolesConfig, Compiled>();

function hasApproval(state: State, role: string): boolean {
  const approvals = state.context.approvals;
  return (approvals !== undefined && approvals.includes(role)) || state.roles.includes(role);
}

function accountId(context: ContextIn): string | undefined {
  const account = context.account;
  if (account === undefined) return undefined;
  return typeof account === 'string' ? account : account.id;
}

function accountOwner(context: ContextIn): string | undefined {
  const account = context.account;
  return account === undefined || typeof account === 'string' ? undefined : account.owner;
}

function compileCondition(when: Omit<RuleCondition, 'not'>): Test[] {
  const tests: Test[] = [];
  if (when.electoralPeriod !== undefined) {
    const want = when.electoralPeriod;
    tests.push((s) => (s.context.electoralPeriod === true) === want);
  }
  if (when.emergency !== undefined) {
    const want = when.emergency;
    tests.push((s) => (s.context.emergency === true) === want);
  }
  if (when.content) {
    const list: readonly string[] = when.content;
    tests.push((s) => s.context.content !== undefined && list.includes(s.context.content));
  }
  if (when.target) {
    const list: readonly string[] = when.target;
    tests.push((s) => s.context.target !== undefined && list.includes(s.context.target));
  }
  if (when.usage) {
    const list: readonly string[] = when.usage;
    tests.push((s) => s.context.usage !== undefined && list.includes(s.context.usage));
  }
  if (when.approvalsAll) {
    const list = when.approvalsAll;
    tests.push((s) => list.every((role) => hasApproval(s, role)));
  }
  if (when.approvalsAny) {
    const list = when.approvalsAny;
    tests.push((s) => list.some((role) => hasApproval(s, role)));
  }
  if (when.authorizations) {
    const list = when.authorizations;
    tests.push((s) => s.authorizations !== undefined && list.every((a) => s.authorizations?.includes(a) === true));
  }
  if (when.accountOwner) {
    const list: readonly string[] = when.accountOwner;
    tests.push((s) => {
      const owner = accountOwner(s.context);
      return owner !== undefined && list.includes(owner);
    });
  }
  if (when.granted !== undefined) {
    const want = when.granted;
    tests.push((s) => s.grantedKinds !== 0 === want);
  }
  if (when.grantedVia) {
    const list = when.grantedVia;
    let mask = 0;
    for (const kind of list) mask |= KIND_BIT[kind];
    tests.push((s) => (s.grantedKinds & mask) !== 0);
  }
  if (when.withinMandate !== undefined) {
    const want = when.withinMandate;
    tests.push((s) => s.withinMandate === want);
  }
  return tests;
}

function all(tests: readonly Test[]): Test | null {
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0] ?? null;
  return (s) => {
    for (const test of tests) if (!test(s)) return false;
    return true;
  };
}

function conditionSize(when: RuleCondition | undefined): number {
  if (!when) return 0;
  let size = 0;
  for (const [key, value] of Object.entries(when)) {
    if (value === undefined) continue;
    size += key === 'not' ? Object.keys(value as object).length : 1;
  }
  return size;
}

function compileRule(rule: RoleRule, policyId: string, action: Action): CompiledRule {
  const positive: Omit<RuleCondition, 'not'> = { ...rule.when };
  delete (positive as RuleCondition).not;
  const tests = compileCondition(positive);
  const not = rule.when?.not;
  if (not) {
    const inner = all(compileCondition(not));
    if (inner) tests.push((s) => !inner(s));
  }
  const citation: Citation = Object.freeze({ policy: policyId, section: rule.section });
  const alone = makeDecision(rule.effect === 'allow', action, rule.effect, rule.id, rule.reason, [citation], rule.obligations);
  return {
    rule,
    roles: rule.roles === '*' ? null : new Set(rule.roles),
    test: all(tests),
    // More conditions first, then rules naming roles over rules for everyone.
    score: conditionSize(rule.when) * 2 + (rule.roles === '*' ? 0 : 1),
    citation,
    alone,
  };
}

function byScore(a: CompiledRule, b: CompiledRule): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0;
}

function makeDecision(
  allowed: boolean,
  action: Action,
  effect: Decision['effect'],
  rule: string,
  reason: Bilingual,
  citations: readonly Citation[],
  obligations: readonly Obligation[] | undefined,
  grant?: GrantUse,
): Decision {
  const decision: {
    allowed: boolean;
    action: Action;
    effect: Decision['effect'];
    rule: string;
    reason: Bilingual;
    citations: readonly Citation[];
    obligations?: readonly Obligation[];
    grant?: GrantUse;
  } = { allowed, action, effect, rule, reason, citations: Object.freeze([...citations]) };
  if (obligations && obligations.length > 0) decision.obligations = Object.freeze([...obligations]);
  if (grant) decision.grant = Object.freeze({ ...grant });
  return Object.freeze(decision);
}

function compile(policy: Policy): Compiled {
  const config = policy.roles;
  const found = cache.get(config);
  if (found) return found;
  const known = new Set<string>([...ROLES, ...config.extraRoles]);
  const grants = new Map<GrantKind, CompiledGrant>();
  for (const kind of GRANT_KINDS) {
    const grant = config.grants[kind];
    if (!grant) continue;
    const byGrantor = new Map(
      Object.entries(grant.byGrantor ?? {}).map(([role, terms]) => [
        role,
        { actions: new Set<string>(terms.actions), citation: Object.freeze({ policy: policy.id, section: terms.section }), reason: terms.reason },
      ]),
    );
    grants.set(kind, {
      kind,
      grantors: new Set([...grant.grantors, ...byGrantor.keys()]),
      actions: new Set(grant.actions),
      citation: Object.freeze({ policy: policy.id, section: grant.section }),
      reason: grant.reason,
      byGrantor,
    });
  }
  const byAction = new Map<Action, ActionIndex>();
  const fallbackCitation: Citation = Object.freeze({ policy: policy.id, section: config.fallback.section });
  for (const action of ACTIONS) {
    const compiled = config.rules.filter((rule) => rule.actions.includes(action)).map((rule) => compileRule(rule, policy.id, action));
    const pick = (effect: RoleRule['effect']): CompiledRule[] => compiled.filter((c) => c.rule.effect === effect).sort(byScore);
    byAction.set(action, {
      allow: pick('allow'),
      deny: pick('deny'),
      fallback: pick('fallback'),
      all: [...compiled].sort(byScore),
      defaultDecision: makeDecision(false, action, 'default', 'default', config.fallback.reason, [fallbackCitation], undefined),
    });
  }
  const result: Compiled = { policyId: policy.id, known, byAction, grants, grantDecisions: new Map() };
  cache.set(config, result);
  return result;
}

// ——— evaluation ———

function appliesToRoles(rule: CompiledRule, roles: readonly string[]): boolean {
  if (rule.roles === null) return true;
  for (const role of roles) if (rule.roles.has(role)) return true;
  return false;
}

function matches(rule: CompiledRule, state: State): boolean {
  return appliesToRoles(rule, state.roles) && (rule.test === null || rule.test(state));
}

function sameKey(a: string, b: string): boolean {
  return a === b || foldKey(a).trim() === foldKey(b).trim();
}

function inList(value: string | undefined, list: readonly string[] | undefined): boolean {
  if (list === undefined) return true;
  if (value === undefined) return false;
  return list.some((item) => sameKey(item, value));
}

/**
 * Why a grant counts or not for an act.
 *
 * @example
 * ```ts
 * const v: GrantVerdict = 'expired';
 * ```
 */
export type GrantVerdict =
  | 'counts'
  | 'kind-not-recognized'
  | 'grantor-may-not-give'
  | 'action-not-in-grant'
  | 'kind-cannot-cover-action'
  | 'not-started'
  | 'expired'
  | 'no-emergency'
  | 'outside-scope';

function judgeGrant(grant: GrantIn, action: Action, context: ContextIn, compiled: Compiled): GrantVerdict {
  const policy = compiled.grants.get(grant.kind);
  if (!policy) return 'kind-not-recognized';
  if (!policy.grantors.has(grant.grantedBy)) return 'grantor-may-not-give';
  if (!grant.actions.includes(action)) return 'action-not-in-grant';
  if (!(policy.byGrantor.get(grant.grantedBy)?.actions ?? policy.actions).has(action)) return 'kind-cannot-cover-action';
  const at = context.at ?? Number.NaN;
  if (!(at >= grant.from)) return 'not-started';
  if (!(at < grant.until)) return 'expired';
  if (grant.kind === 'emergency' && context.emergency !== true) return 'no-emergency';
  if (grant.scope) {
    if (!inList(accountId(context), grant.scope.accounts) || !inList(context.topic, grant.scope.topics)) return 'outside-scope';
  }
  return 'counts';
}

function withinMandate(actor: ActorIn, context: ContextIn): boolean {
  const mandate = actor.mandate;
  if (!mandate) return true;
  return inList(accountId(context), mandate.accounts) && inList(context.topic, mandate.topics);
}

interface Parsed {
  readonly actor: ActorIn;
  readonly action: Action;
  readonly context: ContextIn;
  readonly compiled: Compiled;
}

const EMPTY_CONTEXT: ContextIn = Object.freeze({});

function parse(actorInput: unknown, actionInput: unknown, contextInput: unknown, options: CanOptions | undefined): Parsed {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    inputError('options', '(input)', 'expected an options object such as { policy: villeDeQuebec }');
  }
  const compiled = compile(resolvePolicy(options?.policy));
  const actor = readActor(actorInput, compiled.known, compiled.policyId);
  const action = readAction(actionInput);
  const context = contextInput === undefined ? EMPTY_CONTEXT : readContext(contextInput, compiled.known, compiled.policyId);
  if (actor.grants && actor.grants.length > 0 && context.at === undefined) {
    inputError('context', 'at', 'context.at is required when the actor holds grants (a Date or an ISO date-time with offset)');
  }
  return { actor, action, context, compiled };
}

interface Evaluation {
  readonly decision: Decision;
  readonly state: State;
  readonly grantVerdicts: readonly GrantVerdict[];
  readonly index: ActionIndex;
}


function evaluate({ actor, action, context, compiled }: Parsed): Evaluation {
  const index = compiled.byAction.get(action);
  if (!index) throw new Error(`internal: no index for ${action}`);
  const grantVerdicts: GrantVerdict[] = [];
  let grantedKinds = 0;
  let firstGrant: GrantUse | undefined;
  if (actor.grants && actor.grants.length > 0) {
    for (let i = 0; i < actor.grants.length; i += 1) {
      const grant = actor.grants[i];
      if (!grant) continue;
      const verdict = judgeGrant(grant, action, context, compiled);
      grantVerdicts.push(verdict);
      if (verdict === 'counts') {
        grantedKinds |= KIND_BIT[grant.kind];
        firstGrant ??= { kind: grant.kind, grantedBy: grant.grantedBy, index: i };
      }
    }
  }
  const state: State = {
    roles: actor.roles,
    context,
    authorizations: actor.authorizations,
    grantedKinds,
    withinMandate: withinMandate(actor, context),
  };

  const denied = decide(index.deny, state, action, 'deny');
  if (denied) return { decision: denied, state, grantVerdicts, index };
  const allowed = decide(index.allow, state, action, 'allow');
  if (allowed) return { decision: allowed, state, grantVerdicts, index };
  if (firstGrant) {
    const decision = grantDecision(compiled, action, firstGrant);
    if (decision) return { decision, state, grantVerdicts, index };
  }
  const fallback = decide(index.fallback, state, action, 'fallback');
  return { decision: fallback ?? index.defaultDecision, state, grantVerdicts, index };
}

/** The decision of the matching rules of one effect, or null when none matches. */
function decide(rules: readonly CompiledRule[], state: State, action: Action, effect: 'allow' | 'deny' | 'fallback'): Decision | null {
  let first: CompiledRule | undefined;
  let more: CompiledRule[] | undefined;
  for (const rule of rules) {
    if (!matches(rule, state)) continue;
    if (!first) first = rule;
    else (more ??= [first]).push(rule);
  }
  if (!first) return null;
  return more ? combine(more, action, effect) : first.alone;
}

function grantDecision(compiled: Compiled, action: Action, use: GrantUse): Decision | null {
  let byGrantor = compiled.grantDecisions.get(action);
  if (!byGrantor) {
    byGrantor = new Map();
    compiled.grantDecisions.set(action, byGrantor);
  }
  const key = use.kind + use.grantedBy;
  let byIndex = byGrantor.get(key);
  if (!byIndex) {
    byIndex = [];
    byGrantor.set(key, byIndex);
  }
  const cached = byIndex[use.index];
  if (cached) return cached;
  const grantPolicy = compiled.grants.get(use.kind);
  if (!grantPolicy) return null;
  const terms = grantPolicy.byGrantor.get(use.grantedBy) ?? grantPolicy;
  const decision = makeDecision(true, action, 'grant', `grant.${use.kind}`, terms.reason, [terms.citation], undefined, use);
  if (use.index < 64) byIndex[use.index] = decision;
  return decision;
}

function combine(rules: readonly CompiledRule[], action: Action, effect: 'allow' | 'deny' | 'fallback'): Decision {
  const first = rules[0];
  if (!first) throw new Error('internal: combine() needs a rule');
  if (rules.length === 1) return first.alone;
  const citations: Citation[] = [];
  const sections = new Set<string>();
  const obligations: Obligation[] = [];
  const codes = new Set<string>();
  for (const rule of rules) {
    if (!sections.has(rule.citation.section)) {
      sections.add(rule.citation.section);
      citations.push(rule.citation);
    }
    for (const obligation of rule.rule.obligations ?? []) {
      if (!codes.has(obligation.code)) {
        codes.add(obligation.code);
        obligations.push(obligation);
      }
    }
  }
  return makeDecision(effect === 'allow', action, effect, first.rule.id, first.rule.reason, citations, obligations);
}

/**
 * Decides whether an actor may do an action in a context, under a municipality's policy.
 * Deny rules always win; otherwise an allow rule or a grant that counts right now allows;
 * otherwise the act is denied with the most specific reason the profile has. Rule order never
 * matters. Every decision cites at least one section. Pure: no clock is read (`context.at`
 * is the instant grants are checked against). Bad input throws {@link PolicyInputError}.
 *
 * @example
 * ```ts
 * import { can } from 'netiquette-qc/roles';
 * can({ roles: ['communications-lead'] }, 'publish').allowed; //=> true
 * can({ roles: ['employee'] }, 'reply', { at: '2026-05-19T10:00:00-04:00' }).citations;
 * //=> [{ policy: 'la-sarre', section: '§13.1' }]
 * can(
 *   { roles: ['employee'], grants: [{ kind: 'replacement', actions: ['reply'], grantedBy: 'general-management',
 *     from: '2026-07-06T00:00:00-04:00', until: '2026-07-20T00:00:00-04:00' }] },
 *   'reply',
 *   { at: '2026-07-10T09:00:00-04:00' },
 * ).allowed; //=> true
 * ```
 */
export function can(actor: Actor, action: Action, context?: Context, options?: CanOptions): Decision {
  return evaluate(parse(actor, action, context, options)).decision;
}

/**
 * One rule as seen by {@link explain}.
 *
 * @example
 * ```ts
 * const r: RuleTrace = { id: 'complaints-not-public', effect: 'deny', section: '§11', appliesToRoles: true, matched: true };
 * ```
 */
export interface RuleTrace {
  readonly id: string;
  readonly effect: RoleRule['effect'];
  readonly section: string;
  /** The rule names one of the actor's roles (or everyone). */
  readonly appliesToRoles: boolean;
  /** Roles and conditions both hold. */
  readonly matched: boolean;
}

/**
 * One grant as seen by {@link explain}.
 *
 * @example
 * ```ts
 * const g: GrantTrace = { index: 0, kind: 'delegation', counts: false, verdict: 'expired', reason: { fr: '…', en: '…' } };
 * ```
 */
export interface GrantTrace {
  readonly index: number;
  readonly kind: GrantKind;
  readonly counts: boolean;
  readonly verdict: GrantVerdict;
  readonly reason: Bilingual;
}

/**
 * The full story of a decision: the decision, every rule about the action with whether it
 * matched, every grant with why it counts or not, and a one-paragraph summary.
 *
 * @example
 * ```ts
 * const e: Explanation = explain({ roles: ['citizen'] }, 'answer-media');
 * e.decision.rule; //=> 'media-not-answered-on-social'
 * ```
 */
export interface Explanation {
  readonly decision: Decision;
  readonly rules: readonly RuleTrace[];
  readonly grants: readonly GrantTrace[];
  readonly summary: Bilingual;
}

const GRANT_TEXT: Record<GrantVerdict, Bilingual> = {
  counts: { fr: 'compte en ce moment pour ce geste', en: 'counts right now for this act' },
  'kind-not-recognized': { fr: 'ce type d’autorisation n’existe pas dans cette politique', en: 'this policy has no such kind of grant' },
  'grantor-may-not-give': { fr: 'la personne qui l’a donnée ne peut pas donner ce type d’autorisation', en: 'whoever gave it may not give this kind of grant' },
  'action-not-in-grant': { fr: 'elle ne couvre pas ce geste', en: 'it does not cover this act' },
  'kind-cannot-cover-action': { fr: 'ce type d’autorisation ne peut pas couvrir ce geste', en: 'this kind of grant cannot cover this act' },
  'not-started': { fr: 'elle n’a pas encore commencé', en: 'it has not started yet' },
  expired: { fr: 'elle est expirée', en: 'it has expired' },
  'no-emergency': { fr: 'elle ne vaut que pendant une situation d’urgence', en: 'it only counts during an emergency' },
  'outside-scope': { fr: 'le compte ou le sujet sort de sa portée', en: 'the account or topic is outside its scope' },
};

/**
 * Like {@link can}, with the whole trace: which rules about the action matched, why each grant
 * counts or not, and a summary naming the deciding rule and section.
 *
 * @example
 * ```ts
 * import { explain } from 'netiquette-qc/roles';
 * explain({ roles: ['employee'] }, 'reply').summary.en;
 * //=> 'Denied by rule employee-not-spokesperson (la-sarre §13.1): An employee does not answer for the city unless a delegation covers it right now.'
 * ```
 */
export function explain(actor: Actor, action: Action, context?: Context, options?: CanOptions): Explanation {
  const parsed = parse(actor, action, context, options);
  const { decision, state, grantVerdicts, index } = evaluate(parsed);
  const rules: RuleTrace[] = index.all.map((rule) => ({
    id: rule.rule.id,
    effect: rule.rule.effect,
    section: rule.rule.section,
    appliesToRoles: appliesToRoles(rule, state.roles),
    matched: matches(rule, state),
  }));
  const grants: GrantTrace[] = grantVerdicts.map((verdict, i) => ({
    index: i,
    kind: parsed.actor.grants?.[i]?.kind ?? 'delegation',
    counts: verdict === 'counts',
    verdict,
    reason: GRANT_TEXT[verdict],
  }));
  const where = `${parsed.compiled.policyId} ${decision.citations[0]?.section ?? ''}`.trim();
  const summary: Bilingual = {
    fr: `${decision.allowed ? 'Permis' : 'Refusé'} par la règle ${decision.rule} (${where}) : ${decision.reason.fr}`,
    en: `${decision.allowed ? 'Allowed' : 'Denied'} by rule ${decision.rule} (${where}): ${decision.reason.en}`,
  };
  return { decision, rules, grants, summary };
}
