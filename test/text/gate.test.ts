import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ILLEGAL_PATTERNS } from '../../src/netiquette/lexicons/illegal.js';
import { SOLICITATION_PATTERNS } from '../../src/netiquette/lexicons/solicitation.js';
import { gateFamily, requiredLiterals } from '../../src/text/gate.js';
import { normalize } from '../../src/text/normalize.js';

describe('requiredLiterals', () => {
  it.each([
    [/\bsignez la petition\b/u, ['signez la petition']],
    [/\b(?:signez|sign) la petition\b/u, ['signez la petition', 'sign la petition']],
    [/\b(?:gratuit|free)\b/u, ['gratuit', 'free']],
    [/colou?r/u, ['color', 'colour']],
    [/(?<!x)abc(?=d)/u, ['abc']],
    // Small finite parts spell out whole words; classes of a few letters too.
    [/(?:^|[.!?]\s{0,3})(?:va|allez) (?:les|la)\s/u, ['va les', 'va la', 'allez les', 'allez la']],
    [/\bbr[uû]l\w*/u, ['brul', 'brûl']],
    // A repeated letter ends the run: 'saluuut' still holds 'salu'.
    [/\bsalu+t/u, ['salu']],
    // A rare sign alone is selective; an emoji too.
    [/\ble soir\b|[😉😏]/u, ['le soir', '😉', '😏']],
    // A string that contains another of the set adds nothing.
    [/(?:abc)?def/u, ['def']],
  ])('reads %s', (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it('gives up when a branch holds no word', () => {
    expect(requiredLiterals(/(?<!\d)\d+\s?\$|\bdm\b/u)).toBeNull();
    expect(requiredLiterals(/\b(?:dm|pm)\b/u)).toBeNull();
    expect(requiredLiterals(/\b(?:dm|pm)[-\s]?moi\b/u)).toEqual(['moi']);
    // Ranges, negated classes and character families are not spelled out.
    expect(requiredLiterals(/\b[a-z]{2}\b/u)).toBeNull();
    expect(requiredLiterals(/[^ab]c/u)).toBeNull();
  });
});

// The pre-filter may only skip a pattern when the pattern cannot match: check it on every
// comment of the fixtures and on random strings built from the literals themselves.
const dir = fileURLToPath(new URL('../../fixtures/comments/', import.meta.url));
const folded = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(dir + f, 'utf8').split('\n').filter((l) => l.trim().length > 0))
  .map((l) => normalize((JSON.parse(l) as { text: string }).text).folded);

describe('gateFamily', () => {
  for (const [name, patterns] of [
    ['solicitation', SOLICITATION_PATTERNS],
    ['illegal activity', ILLEGAL_PATTERNS],
  ] as const) {
    it(`never skips a ${name} pattern that matches (fixture corpus)`, () => {
      const family = gateFamily(patterns as readonly { re: RegExp }[], (p) => p.re);
      for (const text of folded) {
        const candidates = new Set(family.candidates(text));
        for (const pattern of patterns) {
          pattern.re.lastIndex = 0;
          if (pattern.re.test(text)) expect(candidates.has(pattern), `${pattern.re.source.slice(0, 60)} on ${text.slice(0, 60)}`).toBe(true);
          pattern.re.lastIndex = 0;
        }
      }
    });

    it(`never skips a ${name} pattern that matches (random mixes of its words)`, () => {
      const family = gateFamily(patterns as readonly { re: RegExp }[], (p) => p.re);
      const words = [...new Set(patterns.flatMap((p) => requiredLiterals(p.re) ?? []))];
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 8 }), (parts) => {
          const text = parts.join(' ');
          const candidates = new Set(family.candidates(text));
          for (const pattern of patterns) {
            pattern.re.lastIndex = 0;
            if (pattern.re.test(text)) expect(candidates.has(pattern)).toBe(true);
            pattern.re.lastIndex = 0;
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
