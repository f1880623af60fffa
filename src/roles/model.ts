import { z } from 'zod';
import { BilingualSchema, SectionSchema } from '../policies/common.js';

/** Built-in roles of the two seed policies. */
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

/** What an actor may try to do. */
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

/** A role name: built-in or declared by the profile in `roles.extraRoles`. */
export const RoleNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/u, 'role names are kebab-case, e.g. communications-lead');

/** An action name (schema). */
export const ActionSchema = z.enum(ACTIONS);

/** When a rule applies (all listed conditions must hold) (schema). */
export const RuleConditionSchema = z.strictObject({
  electoralPeriod: z.boolean().optional(),
  emergency: z.boolean().optional(),
  content: z.array(z.enum(['general-information', 'political-opinion', 'partisan'])).min(1).optional(),
  target: z.array(z.enum(['candidate', 'party', 'city', 'citizen', 'media', 'other'])).min(1).optional(),
  usage: z.array(z.enum(['official', 'professional', 'personal'])).min(1).optional(),
  /** Every listed role must appear in `context.approvals`. */
  approvalsAll: z.array(RoleNameSchema).min(1).optional(),
  /** At least one listed role must appear in `context.approvals`. */
  approvalsAny: z.array(RoleNameSchema).min(1).optional(),
  /** Every listed formal authorization must be on the actor. */
  authorizations: z.array(z.enum(['communications', 'supervisor'])).min(1).optional(),
  /** For account actions: the account is a service's or committee's own. */
  accountOwner: z.array(z.enum(['city', 'service', 'committee'])).min(1).optional(),
});

/** One rule of a profile (schema). Deny wins; what no rule allows is denied. */
export const RoleRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/u, 'rule ids are kebab-case'),
  effect: z.enum(['allow', 'deny']),
  roles: z.union([z.literal('*'), z.array(RoleNameSchema).min(1)]),
  actions: z.array(ActionSchema).min(1),
  when: RuleConditionSchema.optional(),
  section: SectionSchema,
  reason: BilingualSchema,
  obligations: z
    .array(z.strictObject({ code: z.string().min(1), fr: z.string().min(1), en: z.string().min(1) }))
    .optional(),
});

/** Who may give which kind of grant (schema). */
export const GrantorsSchema = z.strictObject({
  delegation: z.array(RoleNameSchema),
  replacement: z.array(RoleNameSchema),
  emergency: z.array(RoleNameSchema),
});

/** The roles part of a policy profile (schema). */
export const RolesConfigSchema = z.strictObject({
  extraRoles: z.array(RoleNameSchema),
  grantors: GrantorsSchema,
  rules: z.array(RoleRuleSchema),
});

/** The roles part of a policy profile. */
export type RolesConfig = z.output<typeof RolesConfigSchema>;
/** One rule. */
export type RoleRule = z.output<typeof RoleRuleSchema>;
