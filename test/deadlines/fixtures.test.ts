import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { responseDeadline, type DeadlineOptions } from '../../src/deadlines/index.js';
import { laSarre, villeDeQuebec, type Policy } from '../../src/policies/index.js';

interface Case {
  id: string;
  note: string;
  receivedAt: string;
  options?: Record<string, unknown> & { policy?: string };
  expected: { clockStartsAt: string; target: string; due: string };
}

const file = fileURLToPath(new URL('../../fixtures/deadlines.jsonl', import.meta.url));
const cases: Case[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case);

const POLICIES: Record<string, Policy> = { 'la-sarre': laSarre, 'ville-de-quebec': villeDeQuebec };

function optionsOf(c: Case): DeadlineOptions | undefined {
  if (!c.options) return undefined;
  const { policy, ...rest } = c.options;
  return { ...rest, ...(policy ? { policy: POLICIES[policy] } : {}) } as DeadlineOptions;
}

describe('fixtures/deadlines.jsonl', () => {
  it('holds at least 60 cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = responseDeadline(c.receivedAt, optionsOf(c));
    expect({
      clockStartsAt: result.clockStartsAt.toISOString(),
      target: result.target.toISOString(),
      due: result.due.toISOString(),
    }).toEqual({
      clockStartsAt: new Date(c.expected.clockStartsAt).toISOString(),
      target: new Date(c.expected.target).toISOString(),
      due: new Date(c.expected.due).toISOString(),
    });
  });
});
