// triage() and detectKinds() on the triage fixtures, against franc (language identification of
// the same texts, a cost every triage pays once) as the anchor, in the same run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { Bench } from 'tinybench';
import { built } from './built.js';

const { detectKinds, triage } = await built<typeof import('../src/triage/index.js')>('triage');

const file = fileURLToPath(new URL('../fixtures/triage.jsonl', import.meta.url));
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

const RECEIVED = '2026-05-19T10:00:00-04:00';

export default async function (): Promise<void> {
  const bench = new Bench({ time: 1000, warmup: true });
  // One task call = the whole fixture set, so every side sees the same mix.
  bench
    .add('triage() with deadline and replies (netiquette-qc)', () => {
      for (const text of texts) triage({ text }, { receivedAt: RECEIVED });
    })
    .add('detectKinds() (netiquette-qc)', () => {
      for (const text of texts) detectKinds(text);
    })
    .add("franc only ['fra','eng'] (anchor)", () => {
      for (const text of texts) franc(text, { only: ['fra', 'eng'] });
    });
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const result = task.result as { latency?: { mean?: number } } | undefined;
    const meanMs = result?.latency?.mean ?? Number.NaN;
    return { task: task.name, usPerCall: (meanMs * 1000) / texts.length };
  });
  const anchor = rows[2]?.usPerCall ?? Number.NaN;
  console.log(`${texts.length} comments`);
  console.table(
    rows.map((row) => ({ task: row.task, 'µs/comment': Number(row.usPerCall.toFixed(2)), 'ratio to anchor': Number((row.usPerCall / anchor).toFixed(2)) })),
  );
}
