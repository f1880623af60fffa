import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, laSarre, villeDeQuebec, type Policy } from '../../src/policies/index.js';
import {
  ACCOUNT_OWNERS,
  ACTIONS,
  AUTHORIZATIONS,
  CONTENT_KINDS,
  GRANT_KINDS,
  ROLES,
  TARGETS,
  USAGES,
  can,
  explain,
  type Actor,
  type Context,
  type Grant,
} from '../../src/roles/index.js';

const BASE = Date.parse('2026-05-19T14:00:00Z');
const HOUR = 3_600_000;

const roleArb = fc.constantFrom(...ROLES);
const actionArb = fc.constantFrom(...ACTIONS);
const iso = (ms: number): string => new Date(ms).toISOString();

const grantArb = (window: fc.Arbitrary<{ from: number; until: number }>): fc.Arbitrary<Grant> =>
  fc.record({
    kind: fc.constantFrom(...GRANT_KINDS),
    actions: fc.uniqueArray(actionArb, { minLength: 1, maxLength: 4 }),
    grantedBy: roleArb,
    window,
  }).map(({ window: w, ...rest }) => ({ ...rest, from: iso(w.from), until: iso(w.until) }));

const anyWindow = fc
  .tuple(fc.integer({ min: -72, max: 72 }), fc.integer({ min: 1, max: 96 }))
  .map(([start, length]) => ({ from: BASE + start * HOUR, until: BASE + (start + length) * HOUR }));

const actorArb = (grants: fc.Arbitrary<Grant[]>): fc.Arbitrary<Actor> =>
  fc
    .record({
      roles: fc.uniqueArray(roleArb, { minLength: 1, maxLength: 3 }),
      authorizations: fc.subarray([...AUTHORIZATIONS]),
      grants,
      mandate: fc.option(fc.record({ topics: fc.constant<string[]>(['loisirs']) }), { nil: undefined }),
    })
    .map(({ mandate, ...rest }) => (mandate ? { ...rest, mandate } : rest));

const contextArb: fc.Arbitrary<Context> = fc
  .record(
    {
      at: fc.constant(iso(BASE)),
      electoralPeriod: fc.boolean(),
      emergency: fc.boolean(),
      content: fc.constantFrom(...CONTENT_KINDS),
      target: fc.constantFrom(...TARGETS),
      usage: fc.constantFrom(...USAGES),
      topic: fc.constantFrom('loisirs', 'travaux'),
      account: fc.record({ id: fc.constantFrom('facebook-ville', 'instagram-ville'), owner: fc.constantFrom(...ACCOUNT_OWNERS) }),
      approvals: fc.subarray(['council', 'general-management', 'communications-lead']),
    },
    { requiredKeys: ['at'] },
  );

const policyArb = fc.constantFrom(laSarre, villeDeQuebec);

function shuffledPolicy(base: Policy, seed: number): Policy {
  const rules = [...base.roles.rules];
  let state = seed >>> 0 || 1;
  for (let i = rules.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [rules[i], rules[j]] = [rules[j] as (typeof rules)[number], rules[i] as (typeof rules)[number]];
  }
  return definePolicy({ id: base.id, roles: { rules } }, base);
}

// A few reorderings built once (definePolicy validates the whole profile).
const reordered = [1, 2, 3].flatMap((seed) => [
  [laSarre, shuffledPolicy(laSarre, seed)] as const,
  [villeDeQuebec, shuffledPolicy(villeDeQuebec, seed * 7)] as const,
]);

describe('can() properties', () => {
  it('gives the same decision whatever the order of the rules', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reordered),
        actorArb(fc.array(grantArb(anyWindow), { maxLength: 2 })),
        actionArb,
        contextArb,
        ([original, shuffled], actor, action, context) => {
          const a = can(actor, action, context, { policy: original });
          const b = can(actor, action, context, { policy: shuffled });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('denies whenever a deny rule matches, whatever allows or grants exist', () => {
    fc.assert(
      fc.property(
        policyArb,
        actorArb(fc.array(grantArb(anyWindow), { maxLength: 2 })),
        actionArb,
        contextArb,
        (policy, actor, action, context) => {
          const { decision, rules } = explain(actor, action, context, { policy });
          const denied = rules.some((r) => r.effect === 'deny' && r.matched);
          if (denied) {
            expect(decision.allowed).toBe(false);
            expect(decision.effect).toBe('deny');
          }
          if (decision.allowed) expect(denied).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('denies when a deny rule for everyone is added, at any position', () => {
    const extra = {
      id: 'freeze-all-publishing',
      effect: 'deny' as const,
      roles: '*' as const,
      actions: ['publish' as const, 'reply' as const],
      section: '§5.3',
      reason: { fr: 'Gel des publications.', en: 'Publishing freeze.' },
    };
    const front = definePolicy({ id: 'gel-1', roles: { rules: [extra, ...laSarre.roles.rules] } });
    const back = definePolicy({ id: 'gel-2', roles: { rules: [...laSarre.roles.rules, extra] } });
    fc.assert(
      fc.property(
        fc.constantFrom(front, back),
        actorArb(fc.array(grantArb(anyWindow), { maxLength: 2 })),
        fc.constantFrom('publish' as const, 'reply' as const),
        contextArb,
        (policy, actor, action, context) => {
          const decision = can(actor, action, context, { policy });
          expect(decision.allowed).toBe(false);
          expect(decision.effect).toBe('deny');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never lets an expired grant (or one not yet started) allow anything', () => {
    const outside = fc.oneof(
      // ended at or before `at`
      fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 48 })).map(([length, ago]) => ({
        from: BASE - (ago + length) * HOUR,
        until: BASE - ago * HOUR,
      })),
      // starts after `at`
      fc.tuple(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 48 })).map(([later, length]) => ({
        from: BASE + later * 1000,
        until: BASE + later * 1000 + length * HOUR,
      })),
    );
    fc.assert(
      fc.property(
        policyArb,
        actorArb(fc.array(grantArb(outside), { minLength: 1, maxLength: 3 })),
        actionArb,
        contextArb,
        (policy, actor, action, context) => {
          const withGrants = can(actor, action, context, { policy });
          const without = can({ ...actor, grants: [] }, action, context, { policy });
          expect(withGrants.effect).not.toBe('grant');
          expect(withGrants.allowed).toBe(without.allowed);
          expect(withGrants.rule).toBe(without.rule);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never decides without a reason and a citation of the profile', () => {
    fc.assert(
      fc.property(
        policyArb,
        actorArb(fc.array(grantArb(anyWindow), { maxLength: 2 })),
        actionArb,
        fc.option(contextArb, { nil: undefined }),
        (policy, actor, action, context) => {
          const safeActor = context === undefined ? { ...actor, grants: [] } : actor;
          const decision = can(safeActor, action, context, { policy });
          expect(decision.citations.length).toBeGreaterThan(0);
          for (const citation of decision.citations) {
            expect(citation.policy).toBe(policy.id);
            expect(citation.section).toMatch(/^§\d+(?:\.\d+)*$/u);
          }
          expect(decision.reason.fr.length).toBeGreaterThan(0);
          expect(decision.reason.en.length).toBeGreaterThan(0);
          expect(decision.rule.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
