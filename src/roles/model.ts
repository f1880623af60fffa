import { z } from 'zod';
import { BilingualSchema, InstantSchema, IsoDateSchema, SectionSchema } from '../policies/common.js';

/**
 * Built-in roles of the two seed policies (a profile may add more in `roles.extraRoles`).
 *
 * @example
 * ```ts
 * ROLES.includes('council-member'); //=> true
 * ```
 */
export const ROLES = [
  'communications-lead',
  'communications-staff',
  'general-management',
  'council',
  'council-member',
  'employee',
  'municipal-service',
  'committee',
  'supplier',
  'partner',
  'volunteer',
  'candidate',
  'citizen',
  'manager',
  'moderator',
  'it-service',
] as const;

/**
 * A built-in role.
 *
 * @example
 * ```ts
 * const role: Role = 'communications-lead';
 * ```
 */
export type Role = (typeof ROLES)[number];

/**
 * A role name: a built-in {@link Role} or one a profile declares in `roles.extraRoles`.
 *
 * @example
 * ```ts
 * const a: RoleName = 'council-member';
 * const b: RoleName = 'greffier'; // valid if the profile declares it
 * ```
 */
export type RoleName = Role | (string & {});

/**
 * What an actor may try to do.
 *
 * @example
 * ```ts
 * ACTIONS.length; //=> 17
 * ```
 */
export const ACTIONS = [
  'publish',
  'reply',
  'moderate',
  'ban',
  'delegate',
  'edit-branding',
  'view-analytics',
  'propose-account',
  'approve-account',
  'create-account',
  'follow-account',
  'comment',
  'request-publication',
  'answer-media',
  'handle-complaint-publicly',
  'use-city-branding',
  'register-with-work-email',
] as const;

/**
 * An action.
 *
 * @example
 * ```ts
 * const action: Action = 'reply';
 * ```
 */
export type Action = (typeof ACTIONS)[number];

/**
 * Kinds of grant.
 *
 * @example
 * ```ts
 * GRANT_KINDS; //=> ['delegation', 'replacement', 'emergency']
 * ```
 */
export const GRANT_KINDS = ['delegation', 'replacement', 'emergency'] as const;

/**
 * A kind of grant: a delegation (by communications), a replacement during an absence (by
 * management) or an emergency designation (by general management, only during an emergency).
 *
 * @example
 * ```ts
 * const kind: GrantKind = 'replacement';
 * ```
 */
export type GrantKind = (typeof GRANT_KINDS)[number];

/**
 * Kinds of content an act carries.
 *
 * @example
 * ```ts
 * CONTENT_KINDS[0]; //=> 'general-information'
 * ```
 */
export const CONTENT_KINDS = [
  'general-information',
  'political-opinion',
  'partisan',
  'confidential',
  'personal-information',
] as const;

/**
 * The kind of content an act carries (`context.content`).
 *
 * @example
 * ```ts
 * const c: ContentKind = 'general-information';
 * ```
 */
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * Whom or what an act is about or aims at.
 *
 * @example
 * ```ts
 * TARGETS.includes('party'); //=> true
 * ```
 */
export const TARGETS = ['candidate', 'party', 'city', 'citizen', 'media', 'service', 'committee', 'other'] as const;

/**
 * Whom an act is about or aims at (`context.target`); for `follow-account`, the owner of the
 * followed account.
 *
 * @example
 * ```ts
 * const t: Target = 'candidate';
 * ```
 */
export type Target = (typeof TARGETS)[number];

/**
 * The three uses Québec §3 distinguishes.
 *
 * @example
 * ```ts
 * USAGES; //=> ['official', 'professional', 'personal']
 * ```
 */
export const USAGES = ['official', 'professional', 'personal'] as const;

/**
 * How an account is used (Québec §3): officially for the city, professionally, or personally.
 *
 * @example
 * ```ts
 * const u: Usage = 'personal';
 * ```
 */
export type Usage = (typeof USAGES)[number];

/**
 * Formal authorizations an actor may hold (Québec §3).
 *
 * @example
 * ```ts
 * AUTHORIZATIONS; //=> ['communications', 'supervisor']
 * ```
 */
export const AUTHORIZATIONS = ['communications', 'supervisor'] as const;

/**
 * A formal authorization: by the communications service or by the person's supervisor.
 *
 * @example
 * ```ts
 * const a: Authorization = 'supervisor';
 * ```
 */
export type Authorization = (typeof AUTHORIZATIONS)[number];

/**
 * Who owns an account an act is about.
 *
 * @example
 * ```ts
 * ACCOUNT_OWNERS; //=> ['city', 'service', 'committee']
 * ```
 */
export const ACCOUNT_OWNERS = ['city', 'service', 'committee'] as const;

/**
 * Who owns an account: the city itself, a municipal service or a committee (La Sarre §13.3).
 *
 * @example
 * ```ts
 * const o: AccountOwner = 'service';
 * ```
 */
export type AccountOwner = (typeof ACCOUNT_OWNERS)[number];

/**
 * A role name (schema): kebab-case. Whether it is known is checked against the profile.
 *
 * @example
 * ```ts
 * RoleNameSchema.safeParse('communications-lead').success; //=> true
 * RoleNameSchema.safeParse('Maire').success; //=> false
 * ```
 */
export const RoleNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'role names are kebab-case, e.g. communications-lead');

/**
 * An action name (schema).
 *
 * @example
 * ```ts
 * ActionSchema.parse('reply'); //=> 'reply'
 * ```
 */
export const ActionSchema = z.enum(ACTIONS, {
  error: (issue) => `unknown action ${typeof issue.input === 'string' ? JSON.stringify(issue.input) : String(typeof issue.input)}: expected one of ${ACTIONS.join(', ')}`,
});

const conditionShape = {
  /** The act happens during an electoral period. */
  electoralPeriod: z.boolean().optional(),
  /** The act happens during an emergency (civil-security measures). */
  emergency: z.boolean().optional(),
  /** `context.content` is one of these. */
  content: z.array(z.enum(CONTENT_KINDS)).min(1).optional(),
  /** `context.target` is one of these. */
  target: z.array(z.enum(TARGETS)).min(1).optional(),
  /** `context.usage` is one of these. */
  usage: z.array(z.enum(USAGES)).min(1).optional(),
  /** Every listed role has approved (in `context.approvals` or as the actor's own role). */
  approvalsAll: z.array(RoleNameSchema).min(1).optional(),
  /** At least one listed role has approved. */
  approvalsAny: z.array(RoleNameSchema).min(1).optional(),
  /** Every listed formal authorization is on the actor. */
  authorizations: z.array(z.enum(AUTHORIZATIONS)).min(1).optional(),
  /** The account the act is about belongs to one of these owners. */
  accountOwner: z.array(z.enum(ACCOUNT_OWNERS)).min(1).optional(),
  /** The actor holds (true) or does not hold (false) a grant that counts for this action now. */
  granted: z.boolean().optional(),
  /** The actor holds a grant of one of these kinds that counts for this action now. */
  grantedVia: z.array(z.enum(GRANT_KINDS)).min(1).optional(),
  /** The act stays (true) or goes out of (false) the accounts and topics of the actor's mandate. */
  withinMandate: z.boolean().optional(),
};

/**
 * A condition without negation (schema).
 *
 * @example
 * ```ts
 * BaseConditionSchema.parse({ usage: ['official'] }); //=> { usage: ['official'] }
 * ```
 */
export const BaseConditionSchema = z.strictObject(conditionShape);

/**
 * When a rule applies: every listed condition must hold; `not` must fail as a whole (schema).
 *
 * @example
 * ```ts
 * RuleConditionSchema.parse({ electoralPeriod: true, not: { content: ['general-information'] } }).not;
 * //=> { content: ['general-information'] }
 * ```
 */
export const RuleConditionSchema = z.strictObject({
  ...conditionShape,
  /** A condition that must NOT hold (all of its fields together). */
  not: BaseConditionSchema.optional(),
});

/**
 * When a rule applies.
 *
 * @example
 * ```ts
 * const when: RuleCondition = { electoralPeriod: true, content: ['partisan'] };
 * ```
 */
export type RuleCondition = z.output<typeof RuleConditionSchema>;

/**
 * What must still happen after a decision (schema).
 *
 * @example
 * ```ts
 * ObligationSchema.safeParse({ code: 'route-complaint', fr: 'Aviser le service.', en: 'Notify the service.' }).success; //=> true
 * ```
 */
export const ObligationSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'obligation codes are kebab-case'),
  fr: z.string().min(1),
  en: z.string().min(1),
});

/**
 * What must still happen, e.g. a service's request must be approved by communications.
 *
 * @example
 * ```ts
 * const o: Obligation = { code: 'route-complaint', fr: 'Aviser le service visé.', en: 'Notify the service concerned.' };
 * ```
 */
export type Obligation = z.output<typeof ObligationSchema>;

/**
 * What a rule does: `allow`; `deny` (always wins over any allow or grant); `fallback` (a denial
 * reason used only when nothing allows the act, so an allow rule or a valid grant lifts it).
 *
 * @example
 * ```ts
 * EFFECTS; //=> ['allow', 'deny', 'fallback']
 * ```
 */
export const EFFECTS = ['allow', 'deny', 'fallback'] as const;

/**
 * One rule of a profile (schema). Deny wins; what no rule allows is denied.
 *
 * @example
 * ```ts
 * RoleRuleSchema.safeParse({ id: 'x', effect: 'allow', roles: '*', actions: ['comment'], section: '§5.5', reason: { fr: 'Oui.', en: 'Yes.' } }).success;
 * //=> true
 * ```
 */
export const RoleRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/u, 'rule ids are kebab-case'),
  effect: z.enum(EFFECTS),
  roles: z.union([z.literal('*'), z.array(RoleNameSchema).min(1)]),
  actions: z.array(ActionSchema).min(1),
  when: RuleConditionSchema.optional(),
  section: SectionSchema,
  reason: BilingualSchema,
  obligations: z.array(ObligationSchema).optional(),
});

/**
 * One rule of a profile.
 *
 * @example
 * ```ts
 * const rule: RoleRule = {
 *   id: 'media-never-on-social', effect: 'deny', roles: '*', actions: ['answer-media'], section: '§10',
 *   reason: { fr: 'Les médias passent par les communications.', en: 'Media go through communications.' },
 * };
 * ```
 */
export type RoleRule = z.output<typeof RoleRuleSchema>;

/**
 * One kind of grant in a profile: who may give it, what it may cover, why (schema).
 *
 * @example
 * ```ts
 * GrantPolicySchema.parse(laSarreRoles.grants.emergency).grantors; //=> ['general-management']
 * ```
 */
export const GrantPolicySchema = z.strictObject({
  /** Roles whose grants of this kind count. */
  grantors: z.array(RoleNameSchema),
  /** Actions a grant of this kind may cover; others listed in a grant are ignored. */
  actions: z.array(ActionSchema),
  section: SectionSchema,
  reason: BilingualSchema,
  /**
   * A grantor whose grants of this kind rest on another section and cover other actions (La
   * Sarre §5.6: general management authorizes the people who answer questions and comments).
   * Such a grantor need not be listed in `grantors`.
   */
  byGrantor: z
    .record(RoleNameSchema, z.strictObject({ actions: z.array(ActionSchema), section: SectionSchema, reason: BilingualSchema }))
    .optional(),
});

/**
 * Grant kinds a profile recognizes; a kind left out never counts (schema).
 *
 * @example
 * ```ts
 * Object.keys(GrantsSchema.parse(villeDeQuebecRoles.grants)); //=> ['delegation', 'replacement', 'emergency']
 * ```
 */
export const GrantsSchema = z.strictObject({
  delegation: GrantPolicySchema.optional(),
  replacement: GrantPolicySchema.optional(),
  emergency: GrantPolicySchema.optional(),
});

/**
 * A profile's attestation requirement (Québec §8) (schema).
 *
 * @example
 * ```ts
 * AttestationConfigSchema.parse({ days: 10, section: '§8' }).days; //=> 10
 * ```
 */
export const AttestationConfigSchema = z.strictObject({
  /** Calendar days after receipt to attest having read the policy. */
  days: z.number().int().positive().max(365),
  section: SectionSchema,
});

/**
 * What {@link checkEmployeePost}-style warnings are about.
 *
 * @example
 * ```ts
 * CONDUCT_CODES.includes('work-email'); //=> true
 * ```
 */
export const CONDUCT_CODES = [
  'missing-disclaimer',
  'city-branding',
  'work-email',
  'confidential',
  'speaking-for-city',
  'personal-information',
] as const;

/**
 * A kind of employee-conduct warning.
 *
 * @example
 * ```ts
 * const code: ConductCode = 'work-email';
 * ```
 */
export type ConductCode = (typeof CONDUCT_CODES)[number];

/**
 * Sections each employee-conduct warning cites (schema).
 *
 * @example
 * ```ts
 * ConductConfigSchema.safeParse(laSarreRoles.conduct).success; //=> true
 * ```
 */
export const ConductConfigSchema = z.strictObject(
  Object.fromEntries(CONDUCT_CODES.map((code) => [code, z.array(SectionSchema).min(1)])) as {
    [K in ConductCode]: z.ZodArray<typeof SectionSchema>;
  },
);

/**
 * The roles part of a policy profile (schema).
 *
 * @example
 * ```ts
 * RolesConfigSchema.safeParse(laSarreRoles).success; //=> true
 * RolesConfigSchema.safeParse({ ...laSarreRoles, extraRoles: ['citizen'] }).success; //=> false (already built in)
 * ```
 */
export const RolesConfigSchema = z
  .strictObject({
    /** Roles this profile adds to the built-in ones. */
    extraRoles: z.array(RoleNameSchema),
    grants: GrantsSchema,
    /** Why something no rule allows is denied. */
    fallback: z.strictObject({ section: SectionSchema, reason: BilingualSchema }),
    rules: z.array(RoleRuleSchema),
    /** Sections cited by employee-conduct warnings; left out, the profile's fallback section. */
    conduct: ConductConfigSchema.optional(),
    attestation: AttestationConfigSchema.optional(),
  })
  .superRefine((config, ctx) => {
    for (const issue of checkRolesConfig(config)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

/**
 * The roles part of a policy profile.
 *
 * @example
 * ```ts
 * const config: RolesConfig = laSarreRoles;
 * config.fallback.section; //=> '§5.3'
 * ```
 */
export type RolesConfig = z.output<typeof RolesConfigSchema>;

/**
 * A grant kind's settings in a profile.
 *
 * @example
 * ```ts
 * const g: GrantPolicy | undefined = laSarreRoles.grants.replacement;
 * g?.grantors; //=> ['general-management', 'communications-lead']
 * ```
 */
export type GrantPolicy = z.output<typeof GrantPolicySchema>;

type BaseCondition = z.output<typeof BaseConditionSchema>;

const BUILT_IN = new Set<string>(ROLES);

/** Whether every constraint of `inner` necessarily holds whenever `outer` holds (for one field). */
function implies(outer: BaseCondition, inner: BaseCondition, key: keyof BaseCondition): boolean {
  const a = outer[key];
  const b = inner[key];
  if (b === undefined) return true;
  if (a === undefined) {
    // approvalsAny inside `not` is implied by approvalsAll outside, handled below.
    if (key === 'approvalsAny' && outer.approvalsAll) return outer.approvalsAll.some((r) => (b as string[]).includes(r));
    if (key === 'granted' && b === true && outer.grantedVia) return true;
    return false;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  const outerList = a as readonly string[];
  const innerList = b as readonly string[];
  switch (key) {
    case 'approvalsAll':
    case 'authorizations':
      // outer requires a superset of what inner requires
      return innerList.every((v) => outerList.includes(v));
    case 'approvalsAny':
      return outerList.every((v) => innerList.includes(v));
    default:
      // the value must be in outer's list, so it is in inner's list if outer ⊆ inner
      return outerList.every((v) => innerList.includes(v));
  }
}

const CONDITION_KEYS = Object.keys(conditionShape) as (keyof BaseCondition)[];

/** Reasons a condition can never hold (internal). */
function impossibleConditions(
  effect: string,
  when: RuleCondition | undefined,
  grantable: ReadonlySet<string>,
  actions: readonly string[],
): string[] {
  if (!when) return [];
  const problems: string[] = [];
  const { not, ...positive } = when;
  if (not && Object.keys(not).length === 0) problems.push('`not: {}` always holds, so the rule can never apply');
  if (not && Object.keys(not).length > 0 && CONDITION_KEYS.every((key) => implies(positive, not, key))) {
    problems.push('its `not` condition always holds when the rest does, so the rule can never apply');
  }
  if (positive.granted === false && positive.grantedVia) problems.push('`granted: false` contradicts `grantedVia`');
  if (effect === 'fallback' && (positive.granted === true || positive.grantedVia)) {
    problems.push('a fallback only applies when nothing allows the act, so it can never apply to an actor holding a grant');
  }
  if (positive.granted === true || positive.grantedVia) {
    if (!actions.some((a) => grantable.has(a))) {
      problems.push('it needs a grant, but no grant kind of this profile may cover its actions');
    }
  }
  return problems;
}

/**
 * Problems in a roles configuration (internal; used by the schema's refinement).
 *
 * @example
 * ```ts
 * checkRolesConfig({ extraRoles: [], grants: {}, rules: [] }); //=> []
 * ```
 */
export function checkRolesConfig(config: {
  extraRoles: readonly string[];
  grants: z.output<typeof GrantsSchema>;
  rules: readonly RoleRule[];
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const known = new Set<string>(ROLES);
  config.extraRoles.forEach((role, i) => {
    if (BUILT_IN.has(role)) issues.push({ path: ['extraRoles', i], message: `${role} is already a built-in role` });
    known.add(role);
  });
  const unknownRole = (role: string): string =>
    `unknown role ${JSON.stringify(role)}: declare it in roles.extraRoles or use a built-in role`;
  const grantable = new Set<string>();
  for (const kind of GRANT_KINDS) {
    const grant = config.grants[kind];
    if (!grant) continue;
    if (grant.grantors.length === 0) {
      issues.push({
        path: ['grants', kind, 'grantors'],
        message: `nobody may give ${kind} grants: name at least one grantor or leave the kind out`,
      });
    }
    if (grant.actions.length === 0) {
      issues.push({
        path: ['grants', kind, 'actions'],
        message: `${kind} grants would cover no action: list its actions or leave the kind out`,
      });
    }
    grant.grantors.forEach((role, i) => {
      if (!known.has(role)) issues.push({ path: ['grants', kind, 'grantors', i], message: unknownRole(role) });
    });
    if (grant.grantors.length > 0) for (const action of grant.actions) grantable.add(action);
  }
  const ids = new Set<string>();
  config.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) issues.push({ path: ['rules', i, 'id'], message: `duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    if (rule.roles !== '*') {
      rule.roles.forEach((role, j) => {
        if (!known.has(role)) issues.push({ path: ['rules', i, 'roles', j], message: unknownRole(role) });
      });
    }
    const lists: [string, readonly string[] | undefined][] = [
      ['approvalsAll', rule.when?.approvalsAll],
      ['approvalsAny', rule.when?.approvalsAny],
    ];
    for (const [key, list] of lists) {
      list?.forEach((role, j) => {
        if (!known.has(role)) issues.push({ path: ['rules', i, 'when', key, j], message: unknownRole(role) });
      });
    }
    if (rule.when?.grantedVia) {
      for (const kind of rule.when.grantedVia) {
        if (!config.grants[kind]) {
          issues.push({
            path: ['rules', i, 'when', 'grantedVia'],
            message: `this profile recognizes no ${kind} grant, so the condition never holds`,
          });
        }
      }
    }
    for (const problem of impossibleConditions(rule.effect, rule.when, grantable, rule.actions)) {
      issues.push({ path: ['rules', i, 'when'], message: `rule ${rule.id}: ${problem}` });
    }
  });
  return issues;
}

/**
 * An account an act is about: its id (for mandates and grant scopes) and owner.
 *
 * @example
 * ```ts
 * AccountSchema.parse({ id: 'facebook-loisirs', owner: 'service' }).owner; //=> 'service'
 * ```
 */
export const AccountSchema = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1).optional(), owner: z.enum(ACCOUNT_OWNERS).optional() }),
]);

/**
 * Accounts or topics a grant or mandate is limited to (schema).
 *
 * @example
 * ```ts
 * ScopeSchema.parse({ topics: ['loisirs'] }); //=> { topics: ['loisirs'] }
 * ```
 */
export const ScopeSchema = z.strictObject({
  accounts: z.array(z.string().min(1)).optional(),
  topics: z.array(z.string().min(1)).optional(),
});

/**
 * A time-bound grant held by an actor (schema).
 *
 * @example
 * ```ts
 * GrantSchema.safeParse({ kind: 'delegation', actions: ['reply'], grantedBy: 'communications-lead',
 *   from: '2026-07-20T00:00:00-04:00', until: '2026-07-06T00:00:00-04:00' }).success; //=> false (ends before it starts)
 * ```
 */
export const GrantSchema = z
  .strictObject({
    kind: z.enum(GRANT_KINDS),
    actions: z.array(ActionSchema).min(1),
    grantedBy: RoleNameSchema,
    from: InstantSchema,
    until: InstantSchema,
    scope: ScopeSchema.optional(),
  })
  .refine((grant) => grant.from.getTime() < grant.until.getTime(), {
    message: 'a grant must start (from) before it ends (until)',
    path: ['until'],
  });

/**
 * A grant as given by callers: it counts only inside `[from, until)`, only for its `actions`,
 * only when `grantedBy` may give that kind in the profile, and (emergency) only during an emergency.
 *
 * @example
 * ```ts
 * const g: Grant = {
 *   kind: 'replacement', actions: ['publish', 'reply'], grantedBy: 'general-management',
 *   from: '2026-07-06T00:00:00-04:00', until: '2026-07-20T00:00:00-04:00',
 * };
 * ```
 */
export interface Grant {
  readonly kind: GrantKind;
  readonly actions: readonly Action[];
  readonly grantedBy: RoleName;
  readonly from: string | Date;
  readonly until: string | Date;
  readonly scope?: Scope | undefined;
}

/**
 * Accounts or topics a grant or a mandate is limited to (compared without case or accents).
 *
 * @example
 * ```ts
 * const scope: Scope = { accounts: ['facebook-loisirs'], topics: ['loisirs'] };
 * ```
 */
export interface Scope {
  readonly accounts?: readonly string[] | undefined;
  readonly topics?: readonly string[] | undefined;
}

/**
 * Someone who wants to act (schema).
 *
 * @example
 * ```ts
 * ActorSchema.safeParse({ roles: [] }).success; //=> false (an actor needs a role)
 * ```
 */
export const ActorSchema = z.strictObject({
  roles: z.array(RoleNameSchema).min(1, 'an actor needs at least one role'),
  grants: z.array(GrantSchema).max(1000).optional(),
  authorizations: z.array(z.enum(AUTHORIZATIONS)).optional(),
  mandate: ScopeSchema.optional(),
});

/**
 * Someone who wants to act: roles, time-bound grants, formal authorizations (Québec §3) and
 * the limits of a mandate (Québec §4.1.5.2).
 *
 * @example
 * ```ts
 * const actor: Actor = { roles: ['employee'], authorizations: ['communications', 'supervisor'], mandate: { topics: ['loisirs'] } };
 * ```
 */
export interface Actor {
  readonly roles: readonly RoleName[];
  readonly grants?: readonly Grant[] | undefined;
  readonly authorizations?: readonly Authorization[] | undefined;
  readonly mandate?: Scope | undefined;
}

/**
 * The circumstances of an act (schema).
 *
 * @example
 * ```ts
 * ContextSchema.parse({ at: '2026-05-19T10:00:00-04:00' }).at instanceof Date; //=> true
 * ```
 */
export const ContextSchema = z.strictObject({
  /** When the act happens; needed to evaluate grants. */
  at: InstantSchema.optional(),
  electoralPeriod: z.boolean().optional(),
  emergency: z.boolean().optional(),
  content: z.enum(CONTENT_KINDS).optional(),
  target: z.enum(TARGETS).optional(),
  account: AccountSchema.optional(),
  topic: z.string().min(1).optional(),
  usage: z.enum(USAGES).optional(),
  /** Roles that have authorized or recommended the act. */
  approvals: z.array(RoleNameSchema).optional(),
});

/**
 * The circumstances of an act. `at` is an instant (a `Date` or an ISO string with offset).
 *
 * @example
 * ```ts
 * const ctx: Context = { at: '2026-10-01T10:00:00-04:00', electoralPeriod: true, content: 'partisan' };
 * ```
 */
export interface Context {
  /** When the act happens: a `Date` or an ISO date-time with offset. Needed when the actor holds grants. */
  readonly at?: string | Date | undefined;
  readonly electoralPeriod?: boolean | undefined;
  readonly emergency?: boolean | undefined;
  readonly content?: ContentKind | undefined;
  readonly target?: Target | undefined;
  /** The account the act is about: its id, or `{ id?, owner? }`. */
  readonly account?: string | { readonly id?: string | undefined; readonly owner?: AccountOwner | undefined } | undefined;
  readonly topic?: string | undefined;
  readonly usage?: Usage | undefined;
  /** Roles that have authorized or recommended the act (the actor's own roles count too). */
  readonly approvals?: readonly RoleName[] | undefined;
}


/**
 * A parsed actor (internal).
 *
 * @example
 * ```ts
 * const a: ParsedActor = ActorSchema.parse({ roles: ['employee'] });
 * a.roles; //=> ['employee']
 * ```
 */
export type ParsedActor = z.output<typeof ActorSchema>;
/**
 * A parsed context (internal).
 *
 * @example
 * ```ts
 * const c: ParsedContext = ContextSchema.parse({ emergency: true });
 * c.emergency; //=> true
 * ```
 */
export type ParsedContext = z.output<typeof ContextSchema>;

/**
 * A date of receipt (schema): `YYYY-MM-DD` or an instant.
 *
 * @example
 * ```ts
 * ReceivedOnSchema.parse('2026-03-02'); //=> '2026-03-02'
 * ```
 */
export const ReceivedOnSchema = z.union([IsoDateSchema, InstantSchema]);
