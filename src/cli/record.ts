// What the CLI does with one input line, the same in the main thread (`--jobs 1`) and in a
// worker: parse, moderate, triage if asked, render the output text, and keep the few facts the
// summary needs. A line that fails never stops the run: it becomes an error record.
import { isPolicyInputError } from '../errors.js';
import { foldKey } from '../text/fold.js';
import type { ClauseId } from '../netiquette/clauses.js';
import { moderate, type ModerationResult } from '../netiquette/moderate.js';
import type { DetectedLanguage } from '../language/detect.js';
import type { Policy } from '../policies/schema.js';
import type { Kind } from '../triage/kinds.js';
import { removalNotice, triage, type TriageResult } from '../triage/triage.js';
import { resolvePolicySpec, type PolicySpec } from './policy.js';
import { tableRow, type TableLanguage } from './table.js';

import type { Format } from './help.js';

export { FORMATS, type Format } from './help.js';
/**
 * A moderation decision.
 *
 * @example
 * ```ts
 * const d: DecisionName = 'review';
 * ```
 */
export type DecisionName = ModerationResult['decision'];
/**
 * Where an answer owed to a comment stands as of `--now` (`no-date`: the comment has no
 * receipt time, so no deadline).
 *
 * @example
 * ```ts
 * const s: AnswerState = 'overdue';
 * ```
 */
export type AnswerState = 'on-time' | 'due-soon' | 'overdue' | 'no-date';

/**
 * Everything a worker needs to process lines (plain data: it is posted to worker threads).
 *
 * @example
 * ```ts
 * const config: JobConfig = { policy: { builtin: 'la-sarre' }, format: 'jsonl', only: null, triage: false,
 *   receivedAt: null, now: null, width: 120, language: 'fr', stats: false };
 * ```
 */
export interface JobConfig {
  readonly policy: PolicySpec;
  readonly format: Format;
  /** Only verdicts with these decisions are written (error records always are). @default null (all) */
  readonly only: readonly DecisionName[] | null;
  /** Add triage (kinds, routing, deadline, replies). */
  readonly triage: boolean;
  /** ISO instant used as the receipt time of comments without `postedAt`. */
  readonly receivedAt: string | null;
  /** ISO instant at which answers are judged on time or overdue. */
  readonly now: string | null;
  /** Terminal width for `table`. */
  readonly width: number;
  /** Language of the table's labels and replies. */
  readonly language: TableLanguage;
  /** Collect the facts the summary needs (forces triage internally). */
  readonly stats: boolean;
}

/**
 * The facts about one line that the summary counts.
 *
 * @example
 * ```ts
 * const s: LineStat = { line: 4, decision: 'remove', clauses: ['insult'], terms: ['insult\u0000cave'] };
 * ```
 */
export interface LineStat {
  readonly line: number;
  readonly blank?: true;
  readonly error?: string;
  readonly decision?: DecisionName;
  readonly clauses?: readonly ClauseId[];
  /** `clause\0folded term` for each short evidence span. */
  readonly terms?: readonly string[];
  readonly language?: DetectedLanguage;
  readonly kinds?: readonly Kind[];
  /** Set when the comment calls for an answer. */
  readonly answer?: AnswerState;
}

/**
 * The output text and the stats of a batch of lines.
 *
 * @example
 * ```ts
 * const r: BatchResult = { out: '{"line":1,"error":"not JSON: …"}\n', stats: [{ line: 1, error: 'not JSON: …' }] };
 * ```
 */
export interface BatchResult {
  readonly out: string;
  readonly stats: readonly LineStat[];
}

/**
 * A prepared job: the config plus what is built once from it.
 *
 * @example
 * ```ts
 * const job: Job = prepareJob(config);
 * ```
 */
export interface Job {
  readonly config: JobConfig;
  readonly policy: Policy;
  readonly receivedAt: Date | null;
  readonly now: Date | null;
}

/**
 * Builds the profile and dates of a config once (per thread).
 *
 * @throws PolicyInputError when the profile is not valid.
 * @example
 * ```ts
 * prepareJob(config).policy.id; //=> 'la-sarre'
 * ```
 */
export function prepareJob(config: JobConfig): Job {
  return {
    config,
    policy: resolvePolicySpec(config.policy),
    receivedAt: config.receivedAt === null ? null : new Date(config.receivedAt),
    now: config.now === null ? null : new Date(config.now),
  };
}

/** The error message of a record: the issues of a PolicyInputError on one line. */
function describe(error: unknown): string {
  if (isPolicyInputError(error)) {
    return `invalid ${error.subject}: ${error.issues.map((i) => (i.path === '(input)' ? i.message : `${i.path}: ${i.message}`)).join('; ')}`;
  }
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

function answerState(t: TriageResult, now: Date | null): AnswerState {
  if (!t.deadline) return 'no-date';
  if (now === null) return 'on-time';
  const ms = now.getTime();
  if (ms > t.deadline.due.getTime()) return 'overdue';
  if (ms > t.deadline.target.getTime()) return 'due-soon';
  return 'on-time';
}

function idOf(value: unknown): string | number | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * Processes one input line.
 *
 * @example
 * ```ts
 * processLine('{"id":1,"text":"Merci!"}', 1, job);
 * //=> { out: '{"id":1,"line":1,"decision":"keep",…}\n', stat: { line: 1, decision: 'keep', … } }
 * ```
 */
export function processLine(text: string, line: number, job: Job): { out: string; stat: LineStat } {
  if (text.trim() === '') return { out: '', stat: { line, blank: true } };
  const { config, policy } = job;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = `not JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { out: errorOut(line, undefined, message, config), stat: { line, error: message } };
  }
  try {
    const comment = value as Parameters<typeof moderate>[0];
    const verdict = moderate(comment, { policy });
    const wantTriage = config.triage || config.stats;
    let t: TriageResult | undefined;
    if (wantTriage) {
      const hasDate = (value as { postedAt?: unknown }).postedAt !== undefined;
      t = triage(comment, { policy, ...(!hasDate && job.receivedAt ? { receivedAt: job.receivedAt } : {}) });
    }
    const owes = t !== undefined && t.routing.action !== 'none' && (verdict.decision !== 'remove' || t.routing.action === 'emergency-911');
    const answer = owes && t ? answerState(t, job.now) : undefined;
    const stat: LineStat = {
      line,
      decision: verdict.decision,
      clauses: verdict.violations.map((v) => v.clause),
      terms: verdict.violations.flatMap((v) =>
        v.evidence.map((e) => foldKey(e.text.trim())).filter((term) => term.length > 0 && term.length <= 40).map((term) => `${v.clause}\u0000${term}`),
      ),
      ...(t ? { language: t.language, kinds: t.kinds } : {}),
      ...(answer ? { answer } : {}),
    };
    if (config.only !== null && !config.only.includes(verdict.decision)) return { out: '', stat };
    const sla = answer && answer !== 'no-date' && job.now ? answer : undefined;
    return { out: render(line, value, verdict, config.triage ? t : undefined, sla, job), stat };
  } catch (error) {
    const message = describe(error);
    return { out: errorOut(line, idOf(value), message, config), stat: { line, error: message } };
  }
}

function errorOut(line: number, id: string | number | undefined, message: string, config: JobConfig): string {
  if (config.format === 'summary') return '';
  if (config.format === 'table') return `${line}  ${config.language === 'fr' ? 'ERREUR' : 'ERROR'}  ${message}\n\n`;
  return `${JSON.stringify({ line, ...(id !== undefined ? { id } : {}), error: message })}\n`;
}

function render(line: number, value: unknown, verdict: ModerationResult, t: TriageResult | undefined, sla: string | undefined, job: Job): string {
  const { config, policy } = job;
  if (config.format === 'summary') return '';
  if (config.format === 'jsonl') {
    const { id, ...rest } = verdict;
    let triageOut: Partial<TriageResult> | undefined;
    if (t) {
      // The id is already at the top of the record.
      const copy: { -readonly [K in keyof TriageResult]?: TriageResult[K] } = { ...t };
      delete copy.id;
      triageOut = copy;
    }
    return `${JSON.stringify({
      ...(id !== undefined ? { id } : {}),
      line,
      ...rest,
      ...(triageOut ? { triage: triageOut } : {}),
      ...(sla ? { sla } : {}),
    })}\n`;
  }
  const language = config.language;
  const first = verdict.violations[0];
  let reply: string | undefined;
  if (verdict.decision === 'remove' && first) reply = removalNotice(first.clause, { policy, language });
  else if (t) {
    // The citizen's own language first (an English comment gets the English reply, §5.7).
    const pick = t.replies.find((r) => r.language === t.language) ?? t.replies.find((r) => r.language === language) ?? t.replies[0];
    reply = pick?.text;
  }
  const text = (value as { text: string }).text;
  return tableRow(
    {
      line,
      ...(verdict.id !== undefined ? { id: verdict.id } : {}),
      text,
      verdict,
      ...(t ? { triage: t } : {}),
      ...(reply ? { reply, replyKind: verdict.decision === 'remove' ? ('removal' as const) : ('reply' as const) } : {}),
      ...(sla ? { sla } : {}),
    },
    config.width,
    language,
  );
}

/**
 * Processes a batch of consecutive lines starting at line number `first`.
 *
 * @example
 * ```ts
 * processBatch(['{"text":"Merci!"}', 'oops'], 1, job).stats.map((s) => s.error ?? s.decision);
 * //=> ['keep', 'not JSON: …']
 * ```
 */
export function processBatch(lines: readonly string[], first: number, job: Job): BatchResult {
  let out = '';
  const stats: LineStat[] = [];
  lines.forEach((text, i) => {
    const r = processLine(text, first + i, job);
    out += r.out;
    stats.push(r.stat);
  });
  return { out, stats };
}
