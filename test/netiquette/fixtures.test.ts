import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS } from '../../src/netiquette/index.js';
import { evaluate, loadCommentFixtures } from '../support/comment-fixtures.js';

// Labelled comments written like real Québec residents under a city's posts (fixtures/comments).
// Per-clause precision and recall must stay at 0.9 or more, and the keep/act decision F1 at 0.95.
// One documented exception: off-topic recall. Whether a civic question "belongs" under a post on
// another civic subject is a judgement the fixtures mark `review`; the classifier flags only
// clear cases (gibberish, personal matters, an announced change of subject), so its
// recall floor is lower. Raising it is tracked in the README's known limits.
const RECALL_FLOOR: Partial<Record<(typeof CLAUSE_IDS)[number], number>> = { 'off-topic': 0.6 };

const fixtures = loadCommentFixtures();
const result = evaluate(fixtures);

describe('netiquette fixtures', () => {
  it('has enough labelled comments', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(800);
    expect(fixtures.filter((f) => f.expect.length === 0 && f.decision === 'keep').length).toBeGreaterThanOrEqual(300);
  });

  it('reports per-clause precision and recall', () => {
    const rows = CLAUSE_IDS.map((c) => {
      const s = result.perClause[c];
      return `${c.padEnd(22)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    });
    console.log(`${rows.join('\n')}\ndecision F1=${result.decision.f1.toFixed(3)} exact=${result.decision.accuracy.toFixed(3)}`);
    for (const c of CLAUSE_IDS) {
      const s = result.perClause[c];
      expect(s.precision, `${c} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, `${c} recall`).toBeGreaterThanOrEqual(RECALL_FLOOR[c] ?? 0.9);
    }
  });

  it('decides keep versus act with F1 of at least 0.95', () => {
    expect(result.decision.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('every clause that text can show has at least 30 positives', () => {
    for (const c of CLAUSE_IDS) {
      const positives = fixtures.filter((f) => f.expect.includes(c)).length;
      expect(positives, c).toBeGreaterThanOrEqual(c === 'inappropriate' ? 20 : 30);
    }
  });
});
