import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { laSarre, villeDeQuebec, type Policy } from '../../src/policies/index.js';
import { can, type Action, type Actor, type Context } from '../../src/roles/index.js';

interface Scenario {
  id: string;
  policy: 'la-sarre' | 'ville-de-quebec';
  actor: Actor;
  action: Action;
  context: Context;
  expect: { allowed: boolean; section: string };
}

const file = fileURLToPath(new URL('../../fixtures/roles.jsonl', import.meta.url));
const scenarios = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Scenario);
const policies: Record<Scenario['policy'], Policy> = { 'la-sarre': laSarre, 'ville-de-quebec': villeDeQuebec };

describe('fixtures/roles.jsonl', () => {
  it('holds at least 80 scenarios over both profiles', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(80);
    expect(new Set(scenarios.map((s) => s.policy))).toEqual(new Set(['la-sarre', 'ville-de-quebec']));
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    const decision = can(scenario.actor, scenario.action, scenario.context, { policy: policies[scenario.policy] });
    expect({ allowed: decision.allowed, section: decision.citations[0]?.section }).toEqual(scenario.expect);
    expect(decision.citations.every((c) => c.policy === scenario.policy)).toBe(true);
  });
});
