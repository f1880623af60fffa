// Throughput of the `netiquette` command end to end (read JSONL, moderate, write JSONL) on a
// generated 100,000-line file, with --jobs 2 and --jobs 1, against two anchors measured in the
// same run: moderate() called in a plain loop in this process (one thread, no I/O), and a bare
// Node process that only reads the same file line by line and writes it out (the I/O floor).
// The command runs from dist/ (as installed). Issue 8 asks for ≥ 20,000 comments/s with --jobs 2
// on a 2-core machine; printed, not asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import type { CommentInput } from '../src/netiquette/index.js';
import { built } from './built.js';

const { moderate } = await built<typeof import('../src/netiquette/index.js')>('netiquette');

const LINES = 100_000;
const JOBS1_LINES = 20_000;
const IN_PROCESS_LINES = 5_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'netiquette.js');

/** Realistic comments: the demo's and every fixture's, cycled with fresh ids. */
function corpus(): string[] {
  const files = [
    join(root, 'fixtures', 'demo', 'comments.jsonl'),
    ...readdirSync(join(root, 'fixtures', 'comments')).map((f) => join(root, 'fixtures', 'comments', f)),
  ];
  const comments: CommentInput[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = JSON.parse(line) as CommentInput & Record<string, unknown>;
      comments.push({ text: c.text, ...(c.author ? { author: c.author } : {}), ...(c.post ? { post: c.post } : {}) });
    }
  }
  return comments.map((c) => JSON.stringify(c));
}

function generate(path: string, base: readonly string[], n: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = base[i % base.length] ?? '{"text":""}';
    lines.push(`{"id":"b-${i}",${c.slice(1)}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines;
}

function runNode(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 2 ? resolve(code) : reject(new Error(`exit ${code}: ${stderr}`))));
  });
}

const IO_FLOOR = `
const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(process.argv[1]), crlfDelay: Infinity });
let out = '';
rl.on('line', (l) => { out += l + '\\n'; if (out.length > 65536) { process.stdout.write(out); out = ''; } });
rl.on('close', () => process.stdout.write(out));
`;

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-bench-'));
  try {
    const base = corpus();
    const big = join(dir, 'comments-100k.jsonl');
    const small = join(dir, 'comments-20k.jsonl');
    const lines = generate(big, base, LINES);
    generate(small, base, JOBS1_LINES);
    const sample = lines.slice(0, IN_PROCESS_LINES);

    const bench = new Bench({ iterations: 1, time: 0, warmup: false });
    let sink = 0;
    bench
      .add(`netiquette moderate --jobs 2 (${LINES.toLocaleString('en-CA')} lines)`, async () => {
        await runNode([cli, 'moderate', big, '--jobs', '2']);
      })
      .add(`netiquette moderate --jobs 1 (${JOBS1_LINES.toLocaleString('en-CA')} lines)`, async () => {
        await runNode([cli, 'moderate', small]);
      })
      .add(`anchor: moderate() loop in-process, 1 thread (${IN_PROCESS_LINES.toLocaleString('en-CA')} lines)`, () => {
        for (const line of sample) sink += JSON.stringify(moderate(JSON.parse(line) as CommentInput)).length;
      })
      .add(`anchor: node readline copy, no moderation (${LINES.toLocaleString('en-CA')} lines)`, async () => {
        await runNode(['-e', IO_FLOOR, big]);
      });
    await bench.run();
    const counts = [LINES, JOBS1_LINES, IN_PROCESS_LINES, LINES];
    const rows = bench.tasks.map((task, i) => {
      const ms = task.result && 'latency' in task.result ? task.result.latency.mean : Number.NaN;
      const n = counts[i] ?? Number.NaN;
      return { task: task.name, seconds: Number((ms / 1000).toFixed(2)), 'comments/s': Math.round((n / ms) * 1000) };
    });
    const anchor = rows[2]?.['comments/s'] ?? Number.NaN;
    console.table(rows.map((r) => ({ ...r, 'ratio to in-process loop': Number((r['comments/s'] / anchor).toFixed(2)) })));
    console.log(`target: ≥ 20,000 comments/s with --jobs 2 (issue 8); sink ${sink > 0 ? 'ok' : 'empty'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
