import { describe, expect, it } from 'vitest';
import { definePolicy, isPolicyInputError, laSarre, villeDeQuebec, PolicyInputError } from '../../src/policies/index.js';
import { can, explain, type Actor, type Context } from '../../src/roles/index.js';

const at = '2026-07-10T09:00:00-04:00';
const replacement = (from: string, until: string): Actor => ({
  roles: ['employee'],
  grants: [{ kind: 'replacement', actions: ['reply'], grantedBy: 'general-management', from, until }],
});

function issuesOf(run: () => unknown): { subject: string; paths: string[]; messages: string } {
  try {
    run();
  } catch (error) {
    expect(isPolicyInputError(error)).toBe(true);
    const e = error as PolicyInputError;
    return { subject: e.subject, paths: e.issues.map((i) => i.path), messages: e.issues.map((i) => i.message).join(' | ') };
  }
  throw new Error('expected a PolicyInputError');
}

describe('can()', () => {
  it('lets communications publish and moderate (La Sarre §5.1)', () => {
    expect(can({ roles: ['communications-lead'] }, 'publish').allowed).toBe(true);
    const d = can({ roles: ['communications-staff'] }, 'moderate');
    expect(d).toMatchObject({ allowed: true, effect: 'allow', rule: 'communications-manage' });
    expect(d.citations).toEqual([{ policy: 'la-sarre', section: '§5.1' }]);
  });

  it('lets general management authorize who answers questions and comments (La Sarre §5.6), not who publishes', () => {
    const clerk: Actor = {
      roles: ['employee'],
      grants: [{ kind: 'delegation', actions: ['reply', 'publish'], grantedBy: 'general-management', from: '2026-02-01T00:00:00-05:00', until: '2026-05-01T00:00:00-04:00' }],
    };
    const reply = can(clerk, 'reply', { at: '2026-02-18T14:00:00-05:00', target: 'citizen' });
    expect(reply.allowed).toBe(true);
    expect(reply.citations).toEqual([{ policy: 'la-sarre', section: '§5.6' }]);
    expect(can(clerk, 'publish', { at: '2026-02-18T14:00:00-05:00' }).allowed).toBe(false);
    expect(can(clerk, 'reply', { at: '2026-05-01T00:00:00-04:00', target: 'citizen' }).allowed).toBe(false);
  });

  it('lets the communications service identify official users with managers (Québec §4.1.2.3)', () => {
    const d = can({ roles: ['communications-staff'] }, 'delegate', { usage: 'official' }, { policy: villeDeQuebec });
    expect(d.allowed).toBe(true);
    expect(d.citations).toEqual([{ policy: 'ville-de-quebec', section: '§4.1.2.3' }]);
  });

  it('works without a context when the actor holds no grant', () => {
    expect(can({ roles: ['citizen'] }, 'comment').allowed).toBe(true);
  });

  it('accepts a Date as well as an ISO string with offset for context.at', () => {
    const actor = replacement('2026-07-06T00:00:00-04:00', '2026-07-20T00:00:00-04:00');
    expect(can(actor, 'reply', { at: new Date('2026-07-10T13:00:00Z') })).toEqual(can(actor, 'reply', { at }));
  });

  it('counts a replacement only inside [from, until)', () => {
    const actor = replacement('2026-07-06T00:00:00-04:00', '2026-07-20T00:00:00-04:00');
    expect(can(actor, 'reply', { at: '2026-07-06T00:00:00-04:00' }).allowed).toBe(true);
    expect(can(actor, 'reply', { at: '2026-07-19T23:59:59.999-04:00' }).allowed).toBe(true);
    expect(can(actor, 'reply', { at: '2026-07-20T00:00:00-04:00' }).allowed).toBe(false);
    expect(can(actor, 'reply', { at: '2026-07-05T23:59:59.999-04:00' }).allowed).toBe(false);
  });

  it('reports which grant allowed', () => {
    const d = can(replacement('2026-07-06T00:00:00-04:00', '2026-07-20T00:00:00-04:00'), 'reply', { at });
    expect(d).toMatchObject({ allowed: true, effect: 'grant', rule: 'grant.replacement' });
    expect(d.grant).toEqual({ kind: 'replacement', grantedBy: 'general-management', index: 0 });
    expect(d.citations[0]?.section).toBe('§5.2');
  });

  it('routes complaints privately and media to communications (obligations)', () => {
    const complaint = can({ roles: ['communications-staff'] }, 'handle-complaint-publicly');
    expect(complaint.allowed).toBe(false);
    expect(complaint.obligations?.map((o) => o.code)).toContain('route-complaint');
    const media = can({ roles: ['communications-lead'] }, 'answer-media');
    expect(media.obligations?.map((o) => o.code)).toEqual(['redirect-media']);
  });

  it('attaches the communications approval to a service request (§13.3)', () => {
    const d = can({ roles: ['municipal-service'] }, 'request-publication');
    expect(d.allowed).toBe(true);
    expect(d.obligations?.map((o) => o.code)).toEqual(['send-to-communications', 'communications-approves']);
  });

  it('cites every deny that matched, the most specific first', () => {
    const d = can({ roles: ['citizen'] }, 'comment', { content: 'partisan', electoralPeriod: true });
    expect(d.citations.map((c) => c.section)).toEqual(['§13.2', '§5.5']);
  });

  it('returns frozen decisions and leaves its input alone', () => {
    const actor = replacement('2026-07-06T00:00:00-04:00', '2026-07-20T00:00:00-04:00');
    const context: Context = { at, approvals: ['council'] };
    const before = JSON.stringify([actor, context]);
    const d = can(actor, 'reply', context);
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.citations)).toBe(true);
    expect(JSON.stringify([actor, context])).toBe(before);
  });

  it('uses the Québec profile when asked', () => {
    const d = can({ roles: ['employee'], authorizations: ['communications'] }, 'publish', {}, { policy: villeDeQuebec });
    expect(d.allowed).toBe(false);
    expect(d.citations[0]).toEqual({ policy: 'ville-de-quebec', section: '§3' });
  });

  it('folds case and accents when comparing mandates and scopes', () => {
    const actor: Actor = { roles: ['employee'], authorizations: ['communications', 'supervisor'], mandate: { topics: ['Loisirs et sports'] } };
    expect(can(actor, 'publish', { topic: 'loisirs et sports' }, { policy: villeDeQuebec }).allowed).toBe(true);
    expect(can(actor, 'publish', { topic: 'travaux publics' }, { policy: villeDeQuebec }).allowed).toBe(false);
  });
});

describe('can() input validation', () => {
  it('refuses an unknown role', () => {
    const r = issuesOf(() => can({ roles: ['mayor'] }, 'publish'));
    expect(r.subject).toBe('actor');
    expect(r.paths).toEqual(['roles.0']);
    expect(r.messages).toMatch(/unknown role "mayor"/u);
  });

  it('refuses an actor without roles, an unknown action, unknown keys', () => {
    expect(issuesOf(() => can({ roles: [] }, 'publish')).paths).toEqual(['roles']);
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'shout' as never)).subject).toBe('action');
    expect(issuesOf(() => can({ roles: ['citizen'], role: 'x' } as never, 'comment')).subject).toBe('actor');
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'comment', { when: 'now' } as never)).subject).toBe('context');
  });

  it('refuses invalid dates, dates without offset and grants that end before they start', () => {
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'comment', { at: '2026-13-01T10:00:00-04:00' })).paths).toEqual(['at']);
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'comment', { at: '2026-05-01T10:00:00' })).paths).toEqual(['at']);
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'comment', { at: new Date(Number.NaN) })).paths).toEqual(['at']);
    const backwards = replacement('2026-07-20T00:00:00-04:00', '2026-07-06T00:00:00-04:00');
    expect(issuesOf(() => can(backwards, 'reply', { at })).paths).toEqual(['grants.0.until']);
    const empty = replacement('2026-07-06T00:00:00-04:00', '2026-07-06T00:00:00-04:00');
    expect(issuesOf(() => can(empty, 'reply', { at })).paths).toEqual(['grants.0.until']);
  });

  it('refuses a grant from an unknown role and an unknown approval', () => {
    const actor: Actor = {
      roles: ['employee'],
      grants: [{ kind: 'delegation', actions: ['reply'], grantedBy: 'boss', from: at, until: '2026-08-01T00:00:00-04:00' }],
    };
    expect(issuesOf(() => can(actor, 'reply', { at })).paths).toEqual(['grants.0.grantedBy']);
    expect(issuesOf(() => can({ roles: ['council'] }, 'approve-account', { approvals: ['mayor'] })).paths).toEqual(['approvals.0']);
  });

  it('asks for context.at when the actor holds grants', () => {
    const r = issuesOf(() => can(replacement(at, '2026-08-01T00:00:00-04:00'), 'reply'));
    expect(r).toMatchObject({ subject: 'context', paths: ['at'] });
  });

  it('refuses options that are not an object or a policy that is not a profile', () => {
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'comment', {}, 'quebec' as never)).subject).toBe('options');
    expect(issuesOf(() => can({ roles: ['citizen'] }, 'comment', {}, { policy: {} as never })).subject).toBe('options');
  });

  it('never lets a TypeError escape on hostile input', () => {
    for (const bad of [null, 42, 'employee', [], { roles: null }, { roles: [42] }, { roles: ['citizen'], grants: [null] }]) {
      expect(() => can(bad as never, 'comment', { at })).toThrow(PolicyInputError);
    }
    for (const bad of [null, 42, [], { at: 42 }, { account: '' }, { approvals: 'council' }, { content: 'rumour' }]) {
      expect(() => can({ roles: ['citizen'] }, 'comment', bad as never)).toThrow(PolicyInputError);
    }
  });
});

describe('explain()', () => {
  it('names the deciding rule and section in both languages', () => {
    const e = explain({ roles: ['employee'] }, 'reply');
    expect(e.decision.rule).toBe('employee-not-spokesperson');
    expect(e.summary.en).toContain('employee-not-spokesperson');
    expect(e.summary.en).toContain('§13.1');
    expect(e.summary.fr).toMatch(/^Refusé/u);
    expect(e.rules.find((r) => r.id === 'employee-not-spokesperson')).toMatchObject({ matched: true, effect: 'fallback' });
    expect(e.rules.find((r) => r.id === 'communications-publish')).toMatchObject({ appliesToRoles: false, matched: false });
  });

  it('says why each grant counts or not', () => {
    const actor: Actor = {
      roles: ['employee'],
      grants: [
        { kind: 'delegation', actions: ['reply'], grantedBy: 'communications-lead', from: '2026-01-01T00:00:00-05:00', until: '2026-02-01T00:00:00-05:00' },
        { kind: 'delegation', actions: ['reply'], grantedBy: 'employee', from: '2026-07-01T00:00:00-04:00', until: '2026-08-01T00:00:00-04:00' },
        { kind: 'emergency', actions: ['reply'], grantedBy: 'general-management', from: '2026-07-01T00:00:00-04:00', until: '2026-08-01T00:00:00-04:00' },
        { kind: 'delegation', actions: ['publish'], grantedBy: 'communications-lead', from: '2026-07-01T00:00:00-04:00', until: '2026-08-01T00:00:00-04:00' },
        { kind: 'delegation', actions: ['reply'], grantedBy: 'communications-lead', from: '2026-08-01T00:00:00-04:00', until: '2026-09-01T00:00:00-04:00' },
      ],
    };
    const e = explain(actor, 'reply', { at });
    expect(e.grants.map((g) => g.verdict)).toEqual(['expired', 'grantor-may-not-give', 'no-emergency', 'action-not-in-grant', 'not-started']);
    expect(e.decision.allowed).toBe(false);
    expect(e.grants.every((g) => g.reason.fr.length > 0 && g.reason.en.length > 0)).toBe(true);
  });
});

describe('roles in definePolicy()', () => {
  const reason = { fr: 'Raison.', en: 'Reason.' };

  it('lets a profile add a role and rules for it', () => {
    const amos = definePolicy({
      id: 'amos',
      roles: {
        extraRoles: ['greffier'],
        rules: [
          ...laSarre.roles.rules,
          { id: 'greffier-publishes-notices', effect: 'allow', roles: ['greffier'], actions: ['publish'], section: '§4', reason },
        ],
      },
    });
    const d = can({ roles: ['greffier'] }, 'publish', {}, { policy: amos });
    expect(d).toMatchObject({ allowed: true, rule: 'greffier-publishes-notices', citations: [{ policy: 'amos', section: '§4' }] });
    expect(() => can({ roles: ['greffier'] }, 'publish')).toThrow(PolicyInputError);
  });

  const bad = (roles: unknown): string[] => {
    try {
      definePolicy({ id: 'bad', roles } as never);
    } catch (error) {
      expect(isPolicyInputError(error)).toBe(true);
      return (error as PolicyInputError).issues.map((i) => `${i.path}: ${i.message}`);
    }
    throw new Error('expected a PolicyInputError');
  };

  it('reports unknown roles and actions in rules', () => {
    const issues = bad({ rules: [{ id: 'x', effect: 'allow', roles: ['mayor'], actions: ['publish'], section: '§1', reason }] });
    expect(issues.join('\n')).toMatch(/roles\.rules\.0\.roles\.0: unknown role "mayor"/u);
    const actions = bad({ rules: [{ id: 'x', effect: 'allow', roles: '*', actions: ['tweet'], section: '§1', reason }] });
    expect(actions.join('\n')).toMatch(/roles\.rules\.0\.actions\.0: unknown action "tweet"/u);
  });

  it('reports a grant kind nobody may give and an unknown grantor', () => {
    const none = bad({ grants: { emergency: { grantors: [], actions: ['publish'], section: '§14', reason } } });
    expect(none.join('\n')).toMatch(/roles\.grants\.emergency\.grantors: nobody may give emergency grants/u);
    const unknown = bad({ grants: { delegation: { grantors: ['boss'], actions: ['reply'], section: '§5.1', reason } } });
    expect(unknown.join('\n')).toMatch(/roles\.grants\.delegation\.grantors\.0: unknown role "boss"/u);
  });

  it('reports rules that can never apply', () => {
    const contradiction = bad({
      rules: [{ id: 'x', effect: 'deny', roles: '*', actions: ['publish'], when: { usage: ['personal'], not: { usage: ['personal', 'official'] } }, section: '§1', reason }],
    });
    expect(contradiction.join('\n')).toMatch(/rule x: its `not` condition always holds/u);
    const ungrantable = bad({
      rules: [{ id: 'y', effect: 'allow', roles: '*', actions: ['approve-account'], when: { granted: true }, section: '§1', reason }],
    });
    expect(ungrantable.join('\n')).toMatch(/no grant kind of this profile may cover its actions/u);
    const fallback = bad({
      rules: [{ id: 'z', effect: 'fallback', roles: '*', actions: ['reply'], when: { grantedVia: ['delegation'] }, section: '§1', reason }],
    });
    expect(fallback.join('\n')).toMatch(/fallback only applies when nothing allows/u);
    const emptyNot = bad({ rules: [{ id: 'w', effect: 'deny', roles: '*', actions: ['reply'], when: { not: {} }, section: '§1', reason }] });
    expect(emptyNot.join('\n')).toMatch(/`not: \{\}` always holds/u);
  });

  it('reports duplicate rule ids and a bad section', () => {
    const rule = { id: 'same', effect: 'allow', roles: '*', actions: ['comment'], section: '§5.5', reason };
    expect(bad({ rules: [rule, rule] }).join('\n')).toMatch(/duplicate rule id same/u);
    expect(bad({ rules: [{ ...rule, section: '5.5' }] }).join('\n')).toMatch(/section like/u);
  });

  it('built-in profiles pass their own validation', () => {
    expect(definePolicy({ id: 'copy-la-sarre' }).roles.rules.length).toBe(laSarre.roles.rules.length);
    expect(definePolicy({ id: 'copy-quebec' }, villeDeQuebec).roles.rules.length).toBe(villeDeQuebec.roles.rules.length);
  });
});
