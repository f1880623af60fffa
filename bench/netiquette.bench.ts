// moderate() on the labelled comment corpus, beside two anchors measured in the same run on the
// same texts: obscenity's English matcher (one profanity check, English only) and leo-profanity's
// French list. Our call runs all 16 clauses, from the built package (dist/, as installed).
// Then linearity (1 KB → 1 MB) and whether importing the netiquette entry loads date-holidays.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import leo from 'leo-profanity';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { Bench } from 'tinybench';
import type { CommentInput } from '../src/netiquette/index.js';
import { built } from './built.js';

const { moderate } = await built<typeof import('../src/netiquette/index.js')>('netiquette');

const dir = fileURLToPath(new URL('../fixtures/comments/', import.meta.url));
const comments: CommentInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(dir + f, 'utf8').split('\n').filter((l) => l.trim().length > 0))
  .map((l) => {
    const { text, author, post, history, postedAt, flags } = JSON.parse(l) as CommentInput;
    return { text, ...(author ? { author } : {}), ...(post ? { post } : {}), ...(history ? { history } : {}), ...(postedAt ? { postedAt } : {}), ...(flags ? { flags } : {}) };
  });
const texts = comments.map((c) => c.text);

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
leo.loadDictionary('fr');

const OURS = 'moderate() — 16 clauses (netiquette-qc)';
const OBSCENITY = 'obscenity englishDataset hasMatch (anchor)';
const LEO = "leo-profanity 'fr' check (anchor)";

function meanMs(bench: Bench, name: string): number {
  const result = bench.tasks.find((t) => t.name === name)?.result as { latency?: { mean?: number } } | undefined;
  return result?.latency?.mean ?? Number.NaN;
}

export default async function (): Promise<void> {
  const best = new Map<string, number>();
  for (let round = 0; round < 3; round += 1) {
    const bench = new Bench({ time: 700, warmup: true });
    const tasks: [string, () => void][] = [
      [OURS, () => { for (const c of comments) moderate(c); }],
      [OBSCENITY, () => { for (const t of texts) obscenity.hasMatch(t); }],
      [LEO, () => { for (const t of texts) leo.check(t); }],
    ];
    for (const [name, fn] of round % 2 === 0 ? tasks : [...tasks].reverse()) bench.add(name, fn);
    await bench.run();
    for (const [name] of tasks) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, meanMs(bench, name)));
  }
  const perComment = (name: string): number => ((best.get(name) ?? Number.NaN) * 1000) / comments.length;
  const ours = perComment(OURS);
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  console.log(`${comments.length} comments, ${chars.toFixed(0)} characters on average (best of 3 alternating rounds)`);
  console.table([OURS, OBSCENITY, LEO].map((name) => ({
    task: name,
    'µs/comment': Number(perComment(name).toFixed(2)),
    'ratio to moderate()': Number((perComment(name) / ours).toFixed(2)),
  })));

  // Linearity: time per KB should stay flat from 1 KB to 1 MB.
  const unit = 'Le déneigement sur la rue Principale est en retard, c0nn@rd de gratte! Appelez le 819-555-0142. ';
  const rows: Record<string, string | number>[] = [];
  for (const kb of [1, 10, 100, 1000]) {
    const text = unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024);
    const runs = kb >= 1000 ? 3 : kb >= 100 ? 10 : 50;
    moderate({ text });
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) moderate({ text });
    const ms = (performance.now() - start) / runs;
    rows.push({ size: `${kb} KB`, 'ms/call': Number(ms.toFixed(2)), 'ms per KB': Number((ms / kb).toFixed(3)) });
  }
  console.table(rows);

  // Import isolation: the netiquette entry (as built) must not pull date-holidays.
  const out = execFileSync(process.execPath, ['-e', `
    const { registerHooks } = require('node:module');
    const seen = [];
    if (registerHooks) registerHooks({ resolve(s, c, next) { const r = next(s, c); seen.push(r.url); return r; } });
    import(${JSON.stringify(new URL('../dist/netiquette.js', import.meta.url).href)}).then(() => console.log(seen.some((u) => u.includes('date-holidays')) ? 'LOADED' : 'not loaded'));
  `], { encoding: 'utf8' }).trim();
  console.log(`date-holidays when importing netiquette-qc/netiquette: ${out.split('\n').at(-1)}`);
}
