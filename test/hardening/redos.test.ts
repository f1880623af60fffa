// Issue 9, linear time: the input shapes that make backtracking regexes explode (long runs of
// one character, alternating separators, `a a a … !`, almost-URLs, almost-e-mails, almost-phone
// numbers, spaced letters) go through every text-reading function and complete with a
// well-formed result. No timing assertion: a super-linear path shows up as a test that does
// not finish within vitest's timeout. Lint (eslint-plugin-regexp, no-super-linear-backtracking)
// rejects such regexes statically; this is the dynamic check.
import { describe, expect, it } from 'vitest';
import { checkEmployeePost, checkReplyLanguage, detectKinds, detectLanguage, moderate, triage } from '../../src/index.js';
import { DetectionOut, EmployeeWarningsOut, KindDetectionOut, ModerationOut, TriageOut, VerdictOut, evidenceMatches } from './schemas.js';

const SIZE = 40_000;

/** Repeats `unit` up to about SIZE characters, then appends `tail` (the char that makes a match fail late). */
const shape = (unit: string, tail = ''): string => unit.repeat(Math.ceil(SIZE / unit.length)) + tail;

const SHAPES: Record<string, string> = {
  'one letter': shape('a'),
  'one letter, then !': shape('a', '!'),
  'a a a … !': shape('a ', '!'),
  'A A A … !': shape('A ', '!'),
  'capitals without spaces': shape('A'),
  'spaces': shape(' ', 'x'),
  'newlines': shape('\n', 'x'),
  'alternating separators .-': shape('.-', 'a'),
  'alternating separators -_': shape('-_', '@'),
  'dots': shape('.', 'com'),
  'exclamation marks': shape('!'),
  'question marks': shape('?'),
  'accented letter': shape('é'),
  'combining marks': shape('e\u0301'),
  'zero-width joiners': shape('a\u200D'),
  'astral letters': shape('𝐚'),
  'lone surrogates': shape('\uD800'),
  'digits': shape('1'),
  'digits and spaces (phone/NAS)': shape('1 ', 'x'),
  'digits and dashes': shape('12-', 'x'),
  'almost e-mail': shape('a.', '@'),
  'many @': shape('a@'),
  'almost URL': `http://${shape('a.', '/')}`,
  'www runs': shape('www.'),
  'spaced letters': shape('c o n n a r d ', 'x'),
  'spaced letters with dots': shape('c.o.n.', 'x'),
  'repeated word': shape('tabarnak ', '!'),
  'leetspeak run': shape('0@1$3'),
  'hashtags': shape('#a', '#'),
  'mentions': shape('@a ', '@'),
  'quotes and apostrophes': shape('’\'"«»'),
  'brackets': shape('[[{(', ']'),
  'bidi overrides': shape('\u202Ea\u202C'),
  'postal code shapes': shape('H0H', ' '),
};

describe('known ReDoS shapes complete with a well-formed result', () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(name, { timeout: 30_000 }, () => {
      const moderation = ModerationOut.parse(moderate({ text, post: { text }, author: { displayName: text.slice(0, 200) } }));
      expect(evidenceMatches(text, moderation.violations)).toBe(true);
      TriageOut.parse(triage({ text }, { receivedAt: '2026-03-10T10:00:00-04:00' }));
      KindDetectionOut.parse(detectKinds(text));
      DetectionOut.parse(detectLanguage(text));
      VerdictOut.parse(checkReplyLanguage(text, { inReplyTo: text }));
      EmployeeWarningsOut.parse(checkEmployeePost({ text, profile: { bio: text, name: text.slice(0, 100), email: text.slice(0, 300) } }));
    });
  }
});
