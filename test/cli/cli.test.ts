// The `netiquette` command, run as a process from the TypeScript source with tsx (vitest runs
// before the build in CI). Outcomes of the classifiers are not pinned here: the CLI's output is
// compared with the library's own answer for the same comment, so these tests check the
// command (streaming, order, errors, exit codes, numbers), not the moderation.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { moderate, type CommentInput } from '../../src/netiquette/index.js';
import { triage } from '../../src/triage/index.js';
import { responseDeadline } from '../../src/deadlines/index.js';
import { detectLanguage } from '../../src/language/index.js';
import { can } from '../../src/roles/index.js';
import { villeDeQuebec } from '../../src/policies/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'src', 'cli', 'netiquette.ts');
const demo = join(root, 'fixtures', 'demo', 'comments.jsonl');
const badLines = join(root, 'fixtures', 'demo', 'cli-bad-lines.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'netiquette-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// At most this many CLI processes at once: the tests run concurrently, the machine has 2 cores.
const MAX_PROCESSES = 3;
let running = 0;
const queue: (() => void)[] = [];

async function run(args: readonly string[], stdin?: string): Promise<Run> {
  if (running >= MAX_PROCESSES) await new Promise<void>((resolve) => queue.push(resolve));
  running += 1;
  try {
    return await spawnCli(args, stdin);
  } finally {
    running -= 1;
    queue.shift()?.();
  }
}

function spawnCli(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const records = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const demoText = readFileSync(demo, 'utf8');
const demoComments = demoText
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as CommentInput & { id: string });
/** What the library says for each demo comment, as the CLI should write it. */
const expected = demoComments.map((c, i) => {
  const { id, ...rest } = moderate(c);
  return JSON.parse(JSON.stringify({ id, line: i + 1, ...rest })) as Record<string, unknown>;
});

describe.concurrent('netiquette moderate', { timeout: 60_000 }, () => {
  it('writes one verdict per line, in input order, equal to moderate() with the id and line kept', async () => {
    const r = await run(['moderate', demo]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out).toHaveLength(demoComments.length);
    expect(out).toEqual(expected);
  });

  it('reads stdin (-), turns bad lines into { line, error } records, goes on, exits 2 and reports on stderr', async () => {
    const r = await run(['moderate', '-'], readFileSync(badLines, 'utf8'));
    expect(r.code).toBe(2);
    const out = records(r.stdout);
    // 9 lines: one blank (skipped), 5 bad, 3 good; every non-blank line has a record, in order.
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
    const errors = out.filter((o) => 'error' in o);
    expect(errors.map((o) => o.line)).toEqual([2, 3, 5, 7, 8]);
    for (const e of errors) expect(Object.keys(e).sort()).toEqual(e.id === undefined ? ['error', 'line'] : ['error', 'id', 'line']);
    expect(String(errors[0]?.error)).toMatch(/^not JSON/u);
    expect(errors[1]).toMatchObject({ line: 3, id: 'num' });
    expect(String(errors[1]?.error)).toContain('text');
    expect(String(errors[3]?.error)).toContain('postedAt');
    const good = out.filter((o) => 'decision' in o);
    expect(good.map((o) => o.id)).toEqual(['ok-1', 'ok-2', 'ok-3']);
    expect(good.map((o) => o.decision)).toEqual(
      ['Merci pour le déneigement rapide dans le rang 2!', 'Quand passe la collecte des encombrants sur la rue des Pins?', ''].map((text) => moderate({ text }).decision),
    );
    expect(r.stderr).toContain('5 of 9 lines failed');
    expect(r.stderr).toContain('line 2: not JSON');
  });

  it('accepts empty input', async () => {
    expect(await run(['moderate'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('keeps the input order with --jobs 2, byte for byte the same as one thread', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const base = demoComments[i % demoComments.length];
      lines.push(i % 37 === 13 ? `oops ${i}` : JSON.stringify({ ...base, id: `g-${i}` }));
    }
    const input = join(tmp, 'many.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    // Small batches so that many of them interleave across the two workers.
    const [one, two] = await Promise.all([run(['moderate', input]), run(['moderate', input, '--jobs', '2', '--batch-lines', '7'])]);
    expect(two.code).toBe(2);
    expect(one.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    const out = records(two.stdout);
    expect(out.map((o) => o.line)).toEqual(lines.map((_, i) => i + 1));
    expect(out.map((o) => o.id ?? null)).toEqual(lines.map((l, i) => (l.startsWith('oops') ? null : `g-${i}`)));
  });

  it('filters with --only and adds triage with --triage and --received-at', async () => {
    const noDate = { id: 'no-date', text: 'Bonjour, quand ouvre la piscine municipale cet été?' };
    const [only, tri] = await Promise.all([
      run(['moderate', demo, '--only', 'remove,review']),
      // stdin without a file name; the last comment has no postedAt.
      run(
        ['moderate', '--triage', '--received-at', '2026-01-13T09:00:00-05:00', '--now', '2030-01-01T00:00:00-05:00'],
        `${demoText}${JSON.stringify(noDate)}\n`,
      ),
    ]);
    expect(only.code).toBe(0);
    expect(records(only.stdout)).toEqual(expected.filter((e) => e.decision !== 'keep'));
    expect(tri.code).toBe(0);
    const out = records(tri.stdout);
    expect(out).toHaveLength(demoComments.length + 1);
    out.forEach((o, i) => {
      const comment = (demoComments[i] ?? { ...noDate, postedAt: '2026-01-13T09:00:00-05:00' }) as CommentInput;
      const t = triage(comment);
      const json = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
      delete json.id;
      expect(o.triage).toEqual(json);
      // In 2030 every answer with a deadline is overdue.
      expect(o.sla).toBe(t.deadline && (t.routing.action !== 'none') && (o.decision !== 'remove' || t.routing.action === 'emergency-911') ? 'overdue' : undefined);
    });
    // --received-at is only a fallback: the comment without postedAt got it, the others kept theirs.
    const last = out.at(-1)?.triage as { deadline?: { receivedAt: string } } | undefined;
    expect(last?.deadline?.receivedAt).toBe('2026-01-13T14:00:00.000Z');
  });

  it('prints a table with a header and one row per comment', async () => {
    const r = await run(['moderate', demo, '--format', 'table', '--width', '140', '--triage']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^#\s+Décision\s+Commentaire/u);
    for (const c of demoComments) expect(r.stdout).toContain(c.id);
  });
});

describe.concurrent('netiquette summary', { timeout: 60_000 }, () => {
  it('counts decisions, clauses and errors like the JSONL output does', async () => {
    const input = `${demoText}${readFileSync(badLines, 'utf8')}`;
    const r = await run(['summary', '--json', '--now', '2030-01-01T00:00:00-05:00'], input);
    expect(r.code).toBe(2);
    const s = JSON.parse(r.stdout) as {
      lines: number; comments: number; blank: number; errors: number; decisions: Record<string, number>;
      clauses: Record<string, number>; englishShare: number; kinds: Record<string, number>;
      answers: { owed: number; onTime: number; dueSoon: number; overdue: number; noDate: number };
    };
    expect(s.lines).toBe(demoComments.length + 9);
    expect(s.errors).toBe(5);
    expect(s.blank).toBe(1);
    expect(s.comments).toBe(demoComments.length + 3);
    const library = [...demoComments, { text: 'Merci pour le déneigement rapide dans le rang 2!' },
      { text: 'Quand passe la collecte des encombrants sur la rue des Pins?', postedAt: '2026-03-02T10:00:00-05:00' }, { text: '' }];
    const verdicts = library.map((c) => moderate(c));
    const triages = library.map((c) => triage(c));
    for (const d of ['keep', 'review', 'remove'] as const) expect(s.decisions[d]).toBe(verdicts.filter((v) => v.decision === d).length);
    const clauseCounts: Record<string, number> = {};
    for (const v of verdicts) for (const c of new Set(v.violations.map((x) => x.clause))) clauseCounts[c] = (clauseCounts[c] ?? 0) + 1;
    expect(s.clauses).toEqual(clauseCounts);
    const english = triages.filter((t) => t.language === 'en').length;
    expect(s.englishShare).toBeCloseTo(english / library.length, 3);
    expect(s.kinds.question ?? 0).toBe(triages.filter((t) => t.kinds.includes('question')).length);
    expect(s.kinds.complaint ?? 0).toBe(triages.filter((t) => t.kinds.includes('complaint')).length);
    const a = s.answers;
    expect(a.owed).toBe(a.onTime + a.dueSoon + a.overdue + a.noDate);
    // In 2030 every dated answer owed is overdue; undated ones (no postedAt) cannot be judged.
    expect(a.onTime + a.dueSoon).toBe(0);
    expect(r.stderr).toContain('5 of 49 lines failed');
  });

  it('judges no answer overdue before the comments were written, and prints a table', async () => {
    const r = await run(['summary', demo, '--now', '2026-01-01T00:00:00-05:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Comments: 40 \(lines 40, blank 0, errors 0\)/u);
    expect(r.stdout).toMatch(/overdue 0 · no date 0/u);
  });

  it('summarises an empty file', async () => {
    const empty = join(tmp, 'empty.jsonl');
    writeFileSync(empty, '');
    const r = await run(['summary', empty, '--json', '--now', '2026-01-01T00:00:00-05:00']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ lines: 0, comments: 0, errors: 0, decisions: { keep: 0, review: 0, remove: 0 } });
  });
});

describe.concurrent('netiquette: policies, other commands, help', { timeout: 60_000 }, () => {
  it('uses --policy by name and from a JSON file validated by definePolicy()', async () => {
    const good = join(tmp, 'amos.json');
    writeFileSync(good, JSON.stringify({ $schema: './policy.schema.json', id: 'amos', municipality: 'Ville d’Amos' }));
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ calendar: { timeZone: 'Mars/Olympus' } }));
    const [qc, amos, wrong, missing] = await Promise.all([
      run(['moderate', '--policy', 'ville-de-quebec'], demoText),
      run(['moderate', '--policy', good], demoText),
      run(['moderate', '--policy', bad], demoText),
      run(['moderate', '--policy', join(tmp, 'nope.json')], demoText),
    ]);
    expect(qc.code).toBe(0);
    expect(records(qc.stdout).map((o) => o.decision)).toEqual(demoComments.map((c) => moderate(c, { policy: villeDeQuebec }).decision));
    expect(amos.code).toBe(0);
    expect(new Set(records(amos.stdout).map((o) => o.policy))).toEqual(new Set(['amos']));
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('calendar.timeZone');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot be read');
  });

  it('answers can with exit 0 (allowed), 1 (not allowed) or 2 (bad input)', async () => {
    const at = '2026-05-19T10:00:00-04:00';
    const [yes, no, bad] = await Promise.all([
      run(['can', '--actor', '{"roles":["communications-lead"]}', '--action', 'publish', '--at', at]),
      run(['can', '--actor', '-', '--action', 'answer-media', '--at', at, '--json'], '{"roles":["employee"]}'),
      run(['can', '--actor', '{"roles":[]}', '--action', 'publish']),
    ]);
    expect(can({ roles: ['communications-lead'] }, 'publish', { at }).allowed).toBe(true);
    expect(yes.code).toBe(0);
    expect(yes.stdout).toMatch(/^allowed: publish/u);
    expect(no.code).toBe(1);
    expect(JSON.parse(no.stdout)).toEqual(JSON.parse(JSON.stringify(can({ roles: ['employee'] }, 'answer-media', { at }))));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('roles');
  });

  it('computes a deadline and detects a language like the library', async () => {
    const text = 'Hello, is the arena open on Sunday morning?';
    const [deadline, language, badDate] = await Promise.all([
      run(['deadline', '2026-05-16T11:00:00-04:00', '--json']),
      run(['language', text]),
      run(['deadline', 'samedi']),
    ]);
    expect(deadline.code).toBe(0);
    expect(JSON.parse(deadline.stdout)).toEqual(JSON.parse(JSON.stringify(responseDeadline('2026-05-16T11:00:00-04:00'))));
    const d = detectLanguage(text);
    expect(language.stdout).toBe(`${d.language}\t${d.confidence}\n`);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('receivedAt');
  });

  it('has --help for every command, --version, and exits 2 on usage errors', async () => {
    const commands = ['moderate', 'summary', 'deadline', 'language', 'can'];
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const [version, main, unknown, badOption, badJobs, ...helps] = await Promise.all([
      run(['--version']),
      run(['--help']),
      run(['frobnicate']),
      run(['moderate', '--colour']),
      run(['moderate', '--jobs', 'zero']),
      ...commands.map((c) => run([c, '--help'])),
    ]);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(main.code).toBe(0);
    for (const c of commands) expect(main.stdout).toContain(c);
    helps.forEach((h, i) => {
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`Usage: netiquette ${commands[i]}`);
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--colour');
    expect(badJobs.code).toBe(2);
    expect(badJobs.stderr).toContain('--jobs');
  });
});
