// The numbers of `netiquette summary` (and of the error report on stderr): counted line by line
// in the main thread from the small LineStat records, in constant memory.
import { CLAUSE_IDS, type ClauseId } from '../netiquette/clauses.js';
import type { DetectedLanguage } from '../language/detect.js';
import type { Kind } from '../triage/kinds.js';
import type { AnswerState, DecisionName, LineStat } from './record.js';

/** How many distinct evidence terms are tracked before the rarest are dropped. */
const MAX_TERMS = 5000;
/** How many failed lines are quoted on stderr. */
const MAX_QUOTED_ERRORS = 5;

/**
 * The summary of a run, as printed by `netiquette summary --json`.
 *
 * @example
 * ```ts
 * const s: Summary = summarize(counter);
 * s.decisions.remove; //=> 3
 * ```
 */
export interface Summary {
  /** Lines read, including blank and failed ones. */
  readonly lines: number;
  /** Comments moderated (lines that were neither blank nor failed). */
  readonly comments: number;
  readonly blank: number;
  readonly errors: number;
  readonly decisions: Record<DecisionName, number>;
  /** Comments per clause (a comment counts once per clause it breaches), most frequent first. */
  readonly clauses: Partial<Record<ClauseId, number>>;
  /** The most frequent evidence words, folded (lower case, no accents), with their clause. */
  readonly topTerms: readonly { readonly term: string; readonly clause: ClauseId; readonly count: number }[];
  /** Comments per detected language; present when triage ran. */
  readonly languages?: Partial<Record<DetectedLanguage, number>>;
  /** Share of comments written in English, 0–1. */
  readonly englishShare?: number;
  /** Comments per kind (question, complaint, …); a comment may have several. */
  readonly kinds?: Partial<Record<Kind, number>>;
  readonly questionShare?: number;
  readonly complaintShare?: number;
  /** Comments that call for an answer and where it stands as of `now`. */
  readonly answers?: { readonly owed: number; readonly onTime: number; readonly dueSoon: number; readonly overdue: number; readonly noDate: number };
  /** The instant answers were judged at (ISO). */
  readonly now?: string;
  readonly policy: string;
}

/**
 * A running count of line stats.
 *
 * @example
 * ```ts
 * const c = createCounter();
 * addStat(c, { line: 1, decision: 'keep', clauses: [], terms: [] });
 * ```
 */
export interface Counter {
  lines: number;
  blank: number;
  errors: number;
  comments: number;
  triaged: number;
  readonly firstErrors: LineStat[];
  readonly decisions: Record<DecisionName, number>;
  readonly clauses: Map<ClauseId, number>;
  readonly terms: Map<string, number>;
  readonly languages: Map<DetectedLanguage, number>;
  readonly kinds: Map<Kind, number>;
  readonly answers: Record<AnswerState, number>;
}

/**
 * An empty counter.
 *
 * @example
 * ```ts
 * createCounter().lines; //=> 0
 * ```
 */
export function createCounter(): Counter {
  return {
    lines: 0,
    blank: 0,
    errors: 0,
    comments: 0,
    triaged: 0,
    firstErrors: [],
    decisions: { keep: 0, review: 0, remove: 0 },
    clauses: new Map(),
    terms: new Map(),
    languages: new Map(),
    kinds: new Map(),
    answers: { 'on-time': 0, 'due-soon': 0, overdue: 0, 'no-date': 0 },
  };
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Counts one line.
 *
 * @example
 * ```ts
 * addStat(counter, { line: 7, error: 'not JSON: …' }); // counter.errors + 1
 * ```
 */
export function addStat(c: Counter, stat: LineStat): void {
  c.lines += 1;
  if (stat.blank) {
    c.blank += 1;
    return;
  }
  if (stat.error !== undefined) {
    c.errors += 1;
    if (c.firstErrors.length < MAX_QUOTED_ERRORS) c.firstErrors.push(stat);
    return;
  }
  c.comments += 1;
  if (stat.decision) c.decisions[stat.decision] += 1;
  for (const clause of new Set(stat.clauses ?? [])) bump(c.clauses, clause);
  for (const term of new Set(stat.terms ?? [])) bump(c.terms, term);
  if (c.terms.size > MAX_TERMS) {
    // Keep memory bounded: drop the terms seen only once so far (they cannot be in the top list
    // of a large input anyway).
    for (const [term, count] of c.terms) if (count <= 1) c.terms.delete(term);
  }
  if (stat.language) {
    c.triaged += 1;
    bump(c.languages, stat.language);
  }
  for (const kind of stat.kinds ?? []) bump(c.kinds, kind);
  if (stat.answer) c.answers[stat.answer] += 1;
}

function sortedRecord<K extends string>(map: Map<K, number>, order: readonly K[]): Partial<Record<K, number>> {
  const entries = [...map].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
  return Object.fromEntries(entries) as Partial<Record<K, number>>;
}

const LANGUAGES: readonly DetectedLanguage[] = ['fr', 'en', 'mixed', 'und', 'other'];
const KINDS: readonly Kind[] = ['question', 'complaint', 'media-request', 'emergency', 'compliment', 'other'];
const ratio = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

/**
 * The summary of what was counted.
 *
 * @example
 * ```ts
 * summarize(counter, { policy: 'la-sarre', top: 10 }).decisions; //=> { keep: 30, review: 6, remove: 4 }
 * ```
 */
export function summarize(c: Counter, options: { readonly policy: string; readonly top?: number; readonly now?: string | null }): Summary {
  const topTerms = [...c.terms]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, options.top ?? 10)
    .map(([key, count]) => {
      const [clause, term] = key.split('\u0000') as [ClauseId, string];
      return { term, clause, count };
    });
  const triaged = c.triaged > 0;
  const owed = c.answers['on-time'] + c.answers['due-soon'] + c.answers.overdue + c.answers['no-date'];
  return {
    lines: c.lines,
    comments: c.comments,
    blank: c.blank,
    errors: c.errors,
    decisions: { ...c.decisions },
    clauses: sortedRecord(c.clauses, CLAUSE_IDS),
    topTerms,
    ...(triaged
      ? {
          languages: sortedRecord(c.languages, LANGUAGES),
          englishShare: ratio(c.languages.get('en') ?? 0, c.triaged),
          kinds: sortedRecord(c.kinds, KINDS),
          questionShare: ratio(c.kinds.get('question') ?? 0, c.triaged),
          complaintShare: ratio(c.kinds.get('complaint') ?? 0, c.triaged),
          answers: {
            owed,
            onTime: c.answers['on-time'],
            dueSoon: c.answers['due-soon'],
            overdue: c.answers.overdue,
            noDate: c.answers['no-date'],
          },
        }
      : {}),
    ...(options.now ? { now: options.now } : {}),
    policy: options.policy,
  };
}

const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;

/**
 * The summary as a plain-text table.
 *
 * @example
 * ```ts
 * summaryTable(summary).split('\n')[0]; //=> 'Comments: 40 (lines 41, blank 1, errors 0) · policy la-sarre'
 * ```
 */
export function summaryTable(s: Summary): string {
  const out: string[] = [];
  out.push(`Comments: ${s.comments} (lines ${s.lines}, blank ${s.blank}, errors ${s.errors}) · policy ${s.policy}`);
  out.push('');
  out.push('Decision            count   share');
  for (const d of ['keep', 'review', 'remove'] as const) {
    out.push(`${d.padEnd(18)}${String(s.decisions[d]).padStart(7)}  ${percent(ratio(s.decisions[d], s.comments)).padStart(7)}`);
  }
  out.push('');
  out.push('Clause (§5.5 netiquette)   comments');
  const clauseRows = Object.entries(s.clauses);
  if (clauseRows.length === 0) out.push('(none)');
  for (const [clause, count] of clauseRows) out.push(`${clause.padEnd(26)}${String(count).padStart(9)}`);
  out.push('');
  out.push('Top evidence terms');
  if (s.topTerms.length === 0) out.push('(none)');
  for (const t of s.topTerms) out.push(`${t.term.padEnd(26)}${String(t.count).padStart(9)}  ${t.clause}`);
  if (s.languages && s.kinds && s.answers) {
    out.push('');
    out.push(
      `Languages: ${Object.entries(s.languages)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ')} · English ${percent(s.englishShare ?? 0)}`,
    );
    out.push(
      `Kinds: ${Object.entries(s.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')} · questions ${percent(s.questionShare ?? 0)} · complaints ${percent(s.complaintShare ?? 0)}`,
    );
    const a = s.answers;
    out.push(
      `Answers owed (délai de réponse)${s.now ? ` as of ${s.now}` : ''}: ${a.owed} · on time ${a.onTime} · due soon ${a.dueSoon} · overdue ${a.overdue} · no date ${a.noDate}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * The error report for stderr, or an empty string when no line failed.
 *
 * @example
 * ```ts
 * errorReport(counter); //=> 'netiquette: 2 of 41 lines failed (exit code 2)\n  line 4: not JSON: …\n…'
 * ```
 */
export function errorReport(c: Counter, recordsInOutput = true): string {
  if (c.errors === 0) return '';
  const where = recordsInOutput ? '; their error records are in the output' : '';
  const lines = [`netiquette: ${c.errors} of ${c.lines} lines failed (exit code 2)${where}`];
  for (const e of c.firstErrors) lines.push(`  line ${e.line}: ${e.error ?? ''}`);
  if (c.errors > c.firstErrors.length) lines.push(`  … and ${c.errors - c.firstErrors.length} more`);
  return `${lines.join('\n')}\n`;
}
