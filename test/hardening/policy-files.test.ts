// Issue 9: policy files written by users are untrusted. Prototype keys, huge arrays, deep
// nesting and odd values must give a clean PolicyInputError and never pollute a prototype,
// whether the file goes through definePolicy() or is handed straight to a function's `policy`.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PolicySchema,
  attestationDue,
  can,
  checkEmployeePost,
  checkReplyLanguage,
  definePolicy,
  holidays,
  isPolicyInputError,
  laSarre,
  moderate,
  removalNotice,
  responseDeadline,
  triage,
  villeDeQuebec,
  type Policy,
} from '../../src/index.js';
import { attempt, describeForeign } from './arbitraries.js';

function expectPolicyError(run: () => unknown, label: string): void {
  const outcome = attempt(run);
  if (outcome.ok) throw new Error(`${label}: accepted instead of throwing PolicyInputError`);
  const foreign = describeForeign(outcome);
  if (foreign) throw new Error(`${label}: ${foreign}`);
}

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'timeZone', 'id', 'allowTerms']) expect(probe[key]).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.keys(Array.prototype)).toEqual([]);
}

afterEach(expectNoPollution);

// Every prototype trick written as the JSON a user would upload (JSON.parse makes `__proto__`
// an own key, which is how these attacks reach a merge).
const HOSTILE_JSON = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"__proto__": {"isAdmin": true}, "id": "x"}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"calendar": {"__proto__": {"polluted": "yes"}}}',
  '{"calendar": {"officeHours": {"constructor": {"prototype": {"polluted": "yes"}}}}}',
  '{"netiquette": {"allowTerms": {"__proto__": ["x"]}}}',
  '{"citations": {"clauses": {"__proto__": {"polluted": "§1"}}}}',
  '{"roles": {"rules": [{"__proto__": {"polluted": "yes"}}]}}',
  '{"contacts": {"general": {"constructor": {"name": "x"}}}}',
] as const;

describe('definePolicy() on untrusted policy files', () => {
  for (const json of HOSTILE_JSON) {
    it(`rejects ${json}`, () => {
      expectPolicyError(() => definePolicy(JSON.parse(json) as unknown), json);
      expectPolicyError(() => definePolicy(JSON.parse(json) as unknown, villeDeQuebec), json);
    });
  }

  it('rejects huge arrays quickly', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => `terme${i}`);
    expectPolicyError(() => definePolicy({ netiquette: { allowTerms: many } }), 'allowTerms × 1e6');
    const closures = Array.from({ length: 200_000 }, () => ({ from: '2026-12-24', to: '2026-12-26', name: { fr: 'x', en: 'x' } }));
    expectPolicyError(() => definePolicy({ calendar: { holidays: { closures } } } as never), 'closures × 2e5');
  });

  it('rejects deep nesting without overflowing the stack', () => {
    for (const depth of [64, 10_000, 200_000]) {
      let nested: Record<string, unknown> = { leaf: true };
      for (let i = 0; i < depth; i += 1) nested = { calendar: nested };
      expectPolicyError(() => definePolicy(nested), `depth ${depth}`);
      let arrays: unknown = [];
      for (let i = 0; i < depth; i += 1) arrays = [arrays];
      expectPolicyError(() => definePolicy({ netiquette: { allowTerms: arrays } } as never), `array depth ${depth}`);
    }
    const json = `${'{"calendar":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    expectPolicyError(() => definePolicy(JSON.parse(json) as unknown), 'JSON depth 50000');
  });

  it('rejects objects with very many keys', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 300_000; i += 1) wide[`k${i}`] = i;
    expectPolicyError(() => definePolicy({ contacts: wide } as never), '300000 keys');
  });

  it('rejects values that are not plain data', () => {
    const odd: unknown[] = [
      null, undefined, 42, 'la-sarre', true, [], [laSarre], new Map([['id', 'x']]), new Date(0), /x/u, () => laSarre,
      Object.create({ id: 'inherited' }), new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }),
      { id: 'x', calendar: { timeZone: 'Mars/Olympus' } }, { [Symbol('s')]: 1 },
      { netiquette: { reviewThreshold: Number.NaN } }, { netiquette: { removeThreshold: Infinity } },
      { calendar: { officeHours: { monday: [{ start: '25:00', end: '26:00' }] } } },
    ];
    for (const value of odd) {
      const outcome = attempt(() => definePolicy(value));
      // A Proxy whose trap throws may surface its own error; anything else must be a PolicyInputError.
      if (value instanceof Object && !outcome.ok && (outcome.error as Error).message === 'trap') continue;
      if (outcome.ok) throw new Error(`accepted ${String(value)}`);
      expect(describeForeign(outcome)).toBeNull();
    }
  });

  it('random JSON gives a frozen profile or a PolicyInputError, and pollutes nothing', () => {
    const keyArb = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'calendar', 'netiquette', 'timeZone', 'allowTerms', 'citations', 'x');
    const valueArb = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 2 }),
        fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
        fc.array(tie('value'), { maxLength: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(keyArb, valueArb, { maxKeys: 4 }), (raw) => {
        const json = JSON.parse(JSON.stringify(raw)) as unknown;
        const outcome = attempt(() => definePolicy(json));
        if (outcome.ok) {
          const policy = outcome.value as Policy;
          expect(Object.isFrozen(policy)).toBe(true);
          expect(Object.isFrozen(policy.calendar)).toBe(true);
          expect(PolicySchema.safeParse(policy).success).toBe(true);
        } else {
          expect(describeForeign(outcome)).toBeNull();
        }
        expectNoPollution();
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it('a valid file still works and the result cannot be changed afterwards', () => {
    const policy = definePolicy(JSON.parse('{"id":"amos","municipality":"Ville d’Amos"}') as unknown);
    expect(policy.id).toBe('amos');
    expect(() => {
      (policy as { id: string }).id = 'x';
    }).toThrow(TypeError);
    expect(Object.isFrozen(laSarre.netiquette.allowTerms)).toBe(true);
  });
});

describe('a raw, unvalidated object given as the `policy` option', () => {
  const raws: [string, unknown][] = [
    ['{ id }', { id: 'x' }],
    ['__proto__ JSON', JSON.parse('{"id":"x","__proto__":{"polluted":"yes"}}')],
    ['null', null],
    ['string', 'la-sarre'],
    ['profile with broken calendar', { ...laSarre, calendar: { timeZone: 42 } }],
    ['profile with broken netiquette', { ...laSarre, netiquette: null }],
  ];
  const uses: [string, (policy: unknown) => unknown][] = [
    ['moderate', (policy) => moderate({ text: 'Bonjour' }, { policy: policy as Policy })],
    ['triage', (policy) => triage({ text: 'Bonjour?' }, { policy: policy as Policy, receivedAt: '2026-03-10T10:00:00-04:00' })],
    ['removalNotice', (policy) => removalNotice('insult', { policy: policy as Policy })],
    ['checkReplyLanguage', (policy) => checkReplyLanguage('Bonjour', { policy: policy as Policy })],
    ['responseDeadline', (policy) => responseDeadline('2026-03-10T10:00:00-04:00', { policy: policy as Policy })],
    ['holidays', (policy) => holidays(2026, { policy: policy as Policy })],
    ['can', (policy) => can({ roles: ['employee'] }, 'publish', {}, { policy: policy as Policy })],
    ['checkEmployeePost', (policy) => checkEmployeePost('Bonjour', { policy: policy as Policy })],
    ['attestationDue', (policy) => attestationDue('2026-03-10', { policy: policy as Policy })],
  ];
  for (const [useName, use] of uses) {
    it(`${useName}() gives a result or a PolicyInputError`, () => {
      const problems: string[] = [];
      for (const [rawName, raw] of raws) {
        const outcome = attempt(() => use(raw));
        const foreign = describeForeign(outcome);
        if (foreign) problems.push(`${rawName}: ${foreign.split('\n')[0] ?? ''}`);
        if (outcome.ok && (raw === null || typeof raw !== 'object')) problems.push(`${rawName}: accepted`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('a plain JSON copy of a built-in profile is not trusted blindly either', () => {
    const copy = JSON.parse(JSON.stringify(villeDeQuebec)) as unknown;
    const outcome = attempt(() => moderate({ text: 'Bonjour' }, { policy: copy as Policy }));
    expect(describeForeign(outcome)).toBeNull();
    expect(isPolicyInputError(new Error('x'))).toBe(false);
  });
});
