// Issue 9: every public export (reachable from src/index.ts) has a TSDoc `@example`. The
// failure message lists the offenders by file so each part's owner can fix their own.
import { describe, expect, it } from 'vitest';
import { formatMissing, missingExamples } from './tsdoc.js';

describe('TSDoc', () => {
  it('every public export has an @example', { timeout: 60_000 }, () => {
    const missing = missingExamples();
    const report = formatMissing(missing);
    expect(report, `public exports without an @example:\n${report}`).toBe('');
  });
});
