// Loads fixtures/comments/*.jsonl and scores moderate() against them (shared by the test and
// by `npx tsx test/support/comment-fixtures.ts`, which prints the misses).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLAUSE_IDS, moderate, type ClauseId, type CommentInput } from '../../src/netiquette/index.js';

export interface CommentFixture extends CommentInput {
  readonly id: string;
  readonly expect: ClauseId[];
  readonly accept?: ClauseId[];
  readonly decision: 'keep' | 'review' | 'remove';
  readonly notes?: string;
}

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'comments');

export function loadCommentFixtures(): CommentFixture[] {
  const out: CommentFixture[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim().length === 0) return;
      try {
        out.push(JSON.parse(line) as CommentFixture);
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${String(error)}`, { cause: error });
      }
    });
  }
  return out;
}

export interface ClauseScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  perClause: Record<ClauseId, ClauseScore>;
  decision: { f1: number; precision: number; recall: number; accuracy: number };
  misses: { id: string; text: string; expected: string; got: string; fn: ClauseId[]; fp: ClauseId[] }[];
}

export function evaluate(fixtures: readonly CommentFixture[]): Evaluation {
  const counts = Object.fromEntries(CLAUSE_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<ClauseId, { tp: number; fp: number; fn: number }>;
  let dTp = 0;
  let dFp = 0;
  let dFn = 0;
  let exact = 0;
  const misses: Evaluation['misses'] = [];
  for (const f of fixtures) {
    const { expect, accept, decision } = f;
    const comment: CommentInput = { text: f.text, ...(f.author ? { author: f.author } : {}), ...(f.post ? { post: f.post } : {}), ...(f.history ? { history: f.history } : {}), ...(f.postedAt ? { postedAt: f.postedAt } : {}), ...(f.flags ? { flags: f.flags } : {}) };
    const result = moderate(comment);
    const got = new Set(result.violations.map((v) => v.clause));
    const wanted = new Set(expect);
    const ok = new Set([...expect, ...(accept ?? [])]);
    let miss = false;
    const fn: ClauseId[] = [];
    const fp: ClauseId[] = [];
    for (const c of CLAUSE_IDS) {
      if (got.has(c) && wanted.has(c)) counts[c].tp += 1;
      else if (got.has(c) && !ok.has(c)) {
        counts[c].fp += 1;
        fp.push(c);
        miss = true;
      } else if (!got.has(c) && wanted.has(c)) {
        counts[c].fn += 1;
        fn.push(c);
        miss = true;
      }
    }
    const flagged = result.decision !== 'keep';
    const shouldFlag = decision !== 'keep';
    if (flagged && shouldFlag) dTp += 1;
    else if (flagged) dFp += 1;
    else if (shouldFlag) dFn += 1;
    if (result.decision === decision) exact += 1;
    if (miss || flagged !== shouldFlag) {
      misses.push({
        id: f.id,
        text: f.text.slice(0, 160),
        expected: `${decision} [${expect.join(',')}]${accept?.length ? ` +[${accept.join(',')}]` : ''}`,
        fn,
        fp,
        got: `${result.decision} [${result.violations.map((v) => `${v.clause}:${v.confidence}:${v.evidence.map((e) => e.text).join('|').slice(0, 40)}`).join(', ')}]`,
      });
    }
  }
  const perClause = Object.fromEntries(
    CLAUSE_IDS.map((c) => {
      const { tp, fp, fn } = counts[c];
      return [c, { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) }];
    }),
  ) as Record<ClauseId, ClauseScore>;
  const precision = dTp / Math.max(1, dTp + dFp);
  const recall = dTp / Math.max(1, dTp + dFn);
  return {
    perClause,
    decision: { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), accuracy: exact / fixtures.length },
    misses,
  };
}

if (process.argv[1]?.endsWith('comment-fixtures.ts')) {
  const fixtures = loadCommentFixtures();
  const result = evaluate(fixtures);
  const filter = process.argv[2];
  for (const m of result.misses) {
    if (filter?.startsWith('fn:') && !m.fn.includes(filter.slice(3) as ClauseId)) continue;
    if (filter?.startsWith('fp:') && !m.fp.includes(filter.slice(3) as ClauseId)) continue;
    if (filter && !filter.includes(':') && !m.id.includes(filter)) continue;
    console.log(`${m.id}\n  ${m.text}\n  want ${m.expected}\n  got  ${m.got}`);
  }
  console.log(`\n${fixtures.length} comments`);
  for (const [c, s] of Object.entries(result.perClause)) {
    console.log(`${c.padEnd(22)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}  tp=${s.tp} fp=${s.fp} fn=${s.fn}`);
  }
  console.log('decision', result.decision);
}
