// Issue 9: a 1 MB comment (what a hostile bot can post) is accepted by every text-reading
// function and gives a well-formed result whose evidence points into the original text.
import { describe, expect, it } from 'vitest';
import { checkEmployeePost, checkReplyLanguage, detectKinds, detectLanguage, moderate, triage } from '../../src/index.js';
import {
  DetectionOut,
  EmployeeWarningsOut,
  KindDetectionOut,
  ModerationOut,
  TriageOut,
  VerdictOut,
  evidenceMatches,
  kindEvidenceMatches,
  segmentsWithin,
  verdictWithin,
} from './schemas.js';

const MB = 1_000_000;
// A realistic mix (French, joual, an insult in leetspeak, a URL, a phone number, an emoji, a
// combining accent, a bidi mark, a lone surrogate) so every classifier has something to read.
const UNIT =
  'Le conseil a voté le budget hier soir. Gang de c0nn@rds, tabarnak! Écrivez au 418-555-1234 ou visitez www.exemple.com 😀 e\u0301 \u200F \uD800 Is the pool open? ';
const text = UNIT.repeat(Math.ceil(MB / UNIT.length)).slice(0, MB);

describe('1 MB of text', () => {
  it('is exactly one million UTF-16 units', () => {
    expect(text.length).toBe(MB);
  });

  it('moderate()', { timeout: 60_000 }, () => {
    const result = ModerationOut.parse(moderate({ text }));
    expect(result.decision).toBe('remove');
    expect(evidenceMatches(text, result.violations)).toBe(true);
  });

  it('triage() and detectKinds()', { timeout: 60_000 }, () => {
    const routed = TriageOut.parse(triage({ text }, { receivedAt: '2026-03-10T10:00:00-04:00' }));
    expect(kindEvidenceMatches(text, routed.evidence)).toBe(true);
    const kinds = KindDetectionOut.parse(detectKinds(text));
    expect(kindEvidenceMatches(text, kinds.evidence)).toBe(true);
  });

  it('detectLanguage() and checkReplyLanguage()', { timeout: 60_000 }, () => {
    const detection = DetectionOut.parse(detectLanguage(text));
    expect(segmentsWithin(text.length, detection)).toBe(true);
    const verdict = VerdictOut.parse(checkReplyLanguage(text, { inReplyTo: text }));
    expect(verdictWithin(text.length, verdict)).toBe(true);
  });

  it('checkEmployeePost()', { timeout: 60_000 }, () => {
    EmployeeWarningsOut.parse(checkEmployeePost({ text, profile: { bio: text } }));
  });
});
