// detectLanguage against franc alone (`only: ['fra', 'eng']`) on the same texts, in the same run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { Bench } from 'tinybench';
import { detectLanguage } from '../src/language/index.js';

const file = fileURLToPath(new URL('../fixtures/language.jsonl', import.meta.url));
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

export default async function (): Promise<void> {
  const bench = new Bench({ time: 1000, warmup: true });
  // One task call = the whole fixture set (every text once), so both sides see the same mix.
  bench
    .add('detectLanguage (netiquette-qc)', () => {
      for (const text of texts) detectLanguage(text);
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
  const ours = rows[0]?.usPerCall ?? Number.NaN;
  const anchor = rows[1]?.usPerCall ?? Number.NaN;
  const averageChars = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  console.log(`${texts.length} texts, ${averageChars.toFixed(0)} characters on average`);
  console.table(rows.map((row) => ({ task: row.task, 'µs/call': Number(row.usPerCall.toFixed(2)) })));
  console.log(`ratio: detectLanguage is ${(anchor / ours).toFixed(1)}× faster than franc (target ≥ 3×)`);
}
