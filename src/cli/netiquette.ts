// The `netiquette` command. The only code of the package that reads files, stdin, argv, the
// environment and the clock; everything it calls is pure. Off the main thread this same module
// is the worker of `--jobs N` (see pipeline.ts), so the worker runs from the built dist and
// from the TypeScript source alike.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isPolicyInputError } from '../errors.js';
import type { Policy } from '../policies/schema.js';
import type { Action, Actor, Context } from '../roles/model.js';
import { COMMANDS, FORMATS, HELP, MAIN_HELP, type Command } from './help.js';
import type { WorkerData } from './pipeline.js';
import type { Format } from './help.js';
import type { DecisionName, JobConfig } from './record.js';

// The library's modules are imported when a command needs them, so that `--help`, `--version`,
// `can` and `deadline` start fast and do not load the moderation lexicons.

/** Exit codes of the command. */
const EXIT = { ok: 0, no: 1, badInput: 2, internal: 3 } as const;

/** A wrong option or argument: reported with the command's usage, exit code 2. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

function version(): string {
  const load = createRequire(import.meta.url);
  // src/cli/netiquette.ts and dist/cli/netiquette.js are both two levels below package.json.
  return (load('../../package.json') as { version: string }).version;
}

type Parsed = { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };

function parse(command: Command, args: readonly string[], options: ParseArgsConfig['options']): Parsed {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nSee: netiquette ${command} --help`);
  }
}

async function instant(value: string | undefined, name: string): Promise<Date | undefined> {
  if (value === undefined) return undefined;
  const [{ parseInput }, { InstantSchema }] = await Promise.all([import('../errors.js'), import('../policies/common.js')]);
  return parseInput(InstantSchema, value, `--${name}`);
}

function integer(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads a JSON value given inline (`{…}`), as `-` (stdin) or as a file path. */
function jsonArgument(value: string, name: string): unknown {
  let text: string;
  if (value.trimStart().startsWith('{')) text = value;
  else {
    try {
      text = readFileSync(value === '-' ? 0 : value, 'utf8');
    } catch {
      throw new UsageError(`--${name}: cannot read ${value}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function policyOf(value: unknown): Promise<Policy> {
  const { readPolicySpec, resolvePolicySpec } = await import('./policy.js');
  return resolvePolicySpec(readPolicySpec(str(value)));
}

const DECISIONS: readonly DecisionName[] = ['keep', 'review', 'remove'];

async function moderateCommand(command: 'moderate' | 'summary', args: readonly string[]): Promise<number> {
  const common = {
    policy: { type: 'string', short: 'p' },
    now: { type: 'string' },
    'received-at': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    'batch-lines': { type: 'string' },
  } as const;
  const { values, positionals } =
    command === 'moderate'
      ? parse(command, args, {
          ...common,
          format: { type: 'string', short: 'f' },
          only: { type: 'string' },
          triage: { type: 'boolean' },
          lang: { type: 'string' },
          width: { type: 'string' },
        })
      : parse(command, args, { ...common, json: { type: 'boolean' }, top: { type: 'string' } });
  if (values.help) {
    process.stdout.write(HELP[command]);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`one input at most (a file or -), got ${positionals.length}\nSee: netiquette ${command} --help`);
  const format = command === 'summary' ? 'summary' : (str(values.format) ?? 'jsonl');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  let only: DecisionName[] | null = null;
  const onlyText = str(values.only);
  if (onlyText !== undefined) {
    only = onlyText.split(',').map((s) => s.trim()) as DecisionName[];
    const wrong = only.filter((d) => !DECISIONS.includes(d));
    if (wrong.length > 0 || only.length === 0) throw new UsageError(`--only expects decisions among keep,review,remove, got ${JSON.stringify(onlyText)}`);
  }
  const lang = str(values.lang) ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(`--lang expects fr or en, got ${JSON.stringify(lang)}`);
  const jobs = integer(str(values.jobs), 'jobs', 1, 64, 1);
  const batchLines = integer(str(values['batch-lines']), 'batch-lines', 1, 100_000, 256);
  const top = integer(str(values.top), 'top', 0, 1000, 10);
  const width = integer(str(values.width), 'width', 60, 1000, process.stdout.columns || 120);
  const receivedAt = await instant(str(values['received-at']), 'received-at');
  const summaryMode = format === 'summary';
  // The summary judges answers now unless told otherwise; moderate only when asked (--now).
  const now = (await instant(str(values.now), 'now')) ?? (summaryMode ? new Date() : undefined);

  // The profile is checked before the moderation modules load: a bad one fails fast.
  const { readPolicySpec, resolvePolicySpec } = await import('./policy.js');
  const policySpec = readPolicySpec(str(values.policy));
  const policy = resolvePolicySpec(policySpec);
  const [{ openInput, runPipeline }, stats, { tableHeader }] = await Promise.all([
    import('./pipeline.js'),
    import('./stats.js'),
    import('./table.js'),
  ]);
  const config: JobConfig = {
    policy: policySpec,
    format: format as Format,
    only,
    triage: command === 'summary' || values.triage === true,
    receivedAt: receivedAt ? receivedAt.toISOString() : null,
    now: now ? now.toISOString() : null,
    width,
    language: lang,
    stats: summaryMode,
  };

  let input;
  try {
    input = openInput(positionals[0]);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const counter = stats.createCounter();
  if (format === 'table') process.stdout.write(tableHeader(width, lang));
  await runPipeline(input, config, {
    jobs,
    batchLines,
    workerUrl: new URL(import.meta.url),
    output: process.stdout,
    onStat: (stat) => stats.addStat(counter, stat),
    progress: process.stderr.isTTY ? process.stderr : null,
  });
  if (summaryMode) {
    const summary = stats.summarize(counter, { policy: policy.id, top, now: config.now });
    process.stdout.write(command === 'summary' && values.json === true ? `${JSON.stringify(summary, null, 2)}\n` : stats.summaryTable(summary));
  }
  process.stderr.write(stats.errorReport(counter, !summaryMode));
  return counter.errors > 0 ? EXIT.badInput : EXIT.ok;
}

async function deadlineCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse('deadline', args, {
    now: { type: 'string' },
    emergency: { type: 'boolean' },
    policy: { type: 'string', short: 'p' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP.deadline);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('expected one RECEIVED_AT (ISO 8601 with offset)\nSee: netiquette deadline --help');
  const policy = await policyOf(values.policy);
  const { responseDeadline, slaStatus } = await import('../deadlines/deadline.js');
  const options = { policy, ...(values.emergency === true ? { emergency: true } : {}) };
  const receivedAt = positionals[0] ?? '';
  const deadline = responseDeadline(receivedAt, options);
  const now = str(values.now);
  const status = now === undefined ? undefined : slaStatus(receivedAt, now, options);
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify(status ? { ...deadline, status } : deadline, null, 2)}\n`);
    return EXIT.ok;
  }
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: deadline.timeZone, dateStyle: 'full', timeStyle: 'short' });
  const lines = [
    `received  ${fmt.format(deadline.receivedAt)} (${deadline.timeZone})`,
    `target    ${fmt.format(deadline.target)}`,
    `due       ${fmt.format(deadline.due)}${deadline.emergency ? ' (emergency mode)' : ''}`,
    ...(deadline.citations.length > 0 ? [`policy    ${deadline.citations.map((c) => `${c.policy} ${c.section}`).join(', ')}`] : []),
    '',
    deadline.explanation.en,
    deadline.explanation.fr,
  ];
  if (status) {
    lines.push(
      '',
      `at ${now}: ${status.status} · ${status.elapsedMinutes} min elapsed · ${status.remainingMinutes} min left before due${status.overdueMinutes > 0 ? ` · ${status.overdueMinutes} min overdue` : ''}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

async function languageCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse('language', args, { json: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(HELP.language);
    return EXIT.ok;
  }
  let text: string;
  if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else text = positionals.join(' ');
  const { detectLanguage } = await import('../language/detect.js');
  const d = detectLanguage(text);
  process.stdout.write(values.json === true ? `${JSON.stringify(d)}\n` : `${d.language}\t${d.confidence}\n`);
  return EXIT.ok;
}

async function canCommand(args: readonly string[]): Promise<number> {
  const { values } = parse('can', args, {
    actor: { type: 'string' },
    action: { type: 'string' },
    at: { type: 'string' },
    context: { type: 'string' },
    policy: { type: 'string', short: 'p' },
    json: { type: 'boolean' },
  });
  const [{ can }, { ACTIONS }] = await Promise.all([import('../roles/can.js'), import('../roles/model.js')]);
  if (values.help) {
    process.stdout.write(`${HELP.can}\nActions: ${ACTIONS.join(', ')}\n`);
    return EXIT.ok;
  }
  const actorArg = str(values.actor);
  const action = str(values.action);
  if (actorArg === undefined || action === undefined) throw new UsageError('--actor and --action are required\nSee: netiquette can --help');
  const actor = jsonArgument(actorArg, 'actor') as Actor;
  const contextArg = str(values.context);
  const context = (contextArg === undefined ? {} : jsonArgument(contextArg, 'context')) as Context;
  if (context === null || typeof context !== 'object' || Array.isArray(context)) throw new UsageError('--context must be a JSON object');
  const at = str(values.at) ?? (context.at === undefined ? new Date().toISOString() : undefined);
  const decision = can(actor, action as Action, { ...context, ...(at !== undefined ? { at } : {}) }, { policy: await policyOf(values.policy) });
  if (values.json === true) process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
  else {
    const lines = [
      `${decision.allowed ? 'allowed' : 'not allowed'}: ${decision.action} (${decision.effect}, rule ${decision.rule})`,
      decision.reason.en,
      decision.reason.fr,
      `policy: ${decision.citations.map((c) => `${c.policy} ${c.section}`).join(', ')}`,
      ...(decision.obligations ?? []).map((o) => `must: ${JSON.stringify(o)}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return decision.allowed ? EXIT.ok : EXIT.no;
}

/**
 * Runs the command line `args` (without `node` and the script) and returns the exit code, e.g.
 * `['deadline', '2026-05-19T10:00:00-04:00']` → 0, `can … --action answer-media` for an
 * employee → 1.
 */
async function main(args: readonly string[]): Promise<number> {
  const [first, ...rest] = args;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      process.stdout.write(topic && (COMMANDS as readonly string[]).includes(topic) ? HELP[topic as Command] : MAIN_HELP);
      return first === undefined ? EXIT.badInput : EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      process.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    switch (first) {
      case 'moderate':
      case 'summary':
        return await moderateCommand(first, rest);
      case 'deadline':
        return await deadlineCommand(rest);
      case 'language':
        return await languageCommand(rest);
      case 'can':
        return await canCommand(rest);
      default:
        throw new UsageError(`unknown command ${JSON.stringify(first)}; commands: ${COMMANDS.join(', ')}\nSee: netiquette --help`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`netiquette: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (isPolicyInputError(error)) {
      process.stderr.write(`netiquette: ${error.message}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`netiquette: internal failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

async function runWorker(data: WorkerData): Promise<void> {
  const { prepareJob, processBatch } = await import('./record.js');
  const job = prepareJob(data.config);
  parentPort?.on('message', (task: { seq: number; first: number; lines: string[] }) => {
    const result = processBatch(task.lines, task.first, job);
    parentPort?.postMessage({ seq: task.seq, out: result.out, stats: result.stats });
  });
}

const data = workerData as Partial<WorkerData> | null;
if (!isMainThread && data?.netiquetteCliWorker === true) {
  await runWorker(data as WorkerData);
} else if (isMainThread) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly.
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
