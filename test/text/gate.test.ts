import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ILLEGAL_PATTERNS } from '../../src/netiquette/lexicons/illegal.js';
import { SOLICITATION_PATTERNS } from '../../src/netiquette/lexicons/solicitation.js';
import { ANY_DIGIT, WORD_START, gateFamily, requiredLiterals } from '../../src/text/gate.js';
import { normalize } from '../../src/text/normalize.js';

// W marks a word start, D any digit: the scan reads text the same way.
const W = WORD_START;
const D = ANY_DIGIT;

describe('requiredLiterals', () => {
  it.each([
    [/\bsignez la petition\b/u, [`${W}signez ${W}la ${W}petition`]],
    [/\b(?:signez|sign) la petition\b/u, [`${W}signez ${W}la ${W}petition`, `${W}sign ${W}la ${W}petition`]],
    [/\b(?:gratuit|free)\b/u, [`${W}gratuit`, `${W}free`]],
    [/colou?r/u, ['color', 'colour']],
    [/(?<!x)abc(?=d)/u, ['abc']],
    // Small finite parts spell out whole words; classes of a few letters too.
    [/(?:^|[.!?]\s{0,3})(?:va|allez) (?:les|la)\s/u, [`va ${W}les`, `va ${W}la`, `allez ${W}les`, `allez ${W}la`]],
    [/\bbr[uû]l\w*/u, [`${W}brul`, `${W}brû${W}l`]],
    // A repeated letter ends the run: 'saluuut' still holds 'salu'.
    [/\bsalu+t/u, [`${W}salu`]],
    // A rare sign alone is selective; an emoji too.
    [/\ble soir\b|[😉😏]/u, [`${W}le ${W}soir`, '😉', '😏']],
    // A string that contains another of the set adds nothing.
    [/(?:abc)?def/u, ['def']],
    // Digits: any digit in its place; "at least two" spells two.
    [/\b\d{2,3} ?km\b/u, [`${W}${D}${D}`]],
    [/\bappelez le 311\b/u, [`${W}appelez ${W}le ${W}${D}${D}${D}`]],
    // Two letters at a word start are selective where two letters anywhere are not ('mp' in 'temps').
    [/\b(?:dm|mp)\b/u, [`${W}dm`, `${W}mp`]],
    // With the i flag, \b reads more than ASCII words: no word start is claimed.
    [/\bsignez\b/iu, ['signez']],
  ])('reads %s', (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it('gives up when a branch holds no word', () => {
    expect(requiredLiterals(/(?<!\d)\d+\s?x|\bdm\b/u)).toBeNull();
    // A part that can gate is preferred to a weaker one: the sign, not the digit.
    expect(requiredLiterals(/(?<!\d)\d+\s?\$|\bdm\b/u)).toEqual(['$', `${W}dm`]);
    expect(requiredLiterals(/\b(?:d|p)\b/u)).toBeNull();
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
      // The literals as text: no word-start marks, a digit for each digit place.
      const words = [...new Set(patterns.flatMap((p) => requiredLiterals(p.re) ?? []))].map((w) => w.replaceAll(W, '').replaceAll(D, '7'));
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
