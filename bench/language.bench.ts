// detectLanguage against franc alone (`only: ['fra', 'eng']`) on the same texts, in the same run.
// One task call runs the whole fixture set (every text once), so both sides see the same mix of
// short comments and long notices; µs/call divides by the number of texts. The two tasks are
// measured in alternating rounds and each keeps its best round, so that load from other
// processes on a shared machine weighs on both sides alike.
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

const OURS = 'detectLanguage (netiquette-qc)';
const ANCHOR = "franc, only ['fra','eng'] (anchor)";
const ROUNDS = 3;

function meanMs(bench: Bench, name: string): number {
  const task = bench.tasks.find((t) => t.name === name);
  const result = task?.result as { latency?: { mean?: number } } | undefined;
  return result?.latency?.mean ?? Number.NaN;
}

export default async function (): Promise<void> {
  const best = new Map<string, number>([
    [OURS, Number.POSITIVE_INFINITY],
    [ANCHOR, Number.POSITIVE_INFINITY],
  ]);
  for (let round = 0; round < ROUNDS; round += 1) {
    const bench = new Bench({ time: 400, warmup: true });
    const ours = (): void => {
      for (const text of texts) detectLanguage(text);
    };
    const anchor = (): void => {
      for (const text of texts) franc(text, { only: ['fra', 'eng'] });
    };
    // Alternate the order from one round to the next.
    if (round % 2 === 0) bench.add(OURS, ours).add(ANCHOR, anchor);
    else bench.add(ANCHOR, anchor).add(OURS, ours);
    await bench.run();
    for (const name of [OURS, ANCHOR]) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, meanMs(bench, name)));
  }
  const usPerCall = (name: string): number => ((best.get(name) ?? Number.NaN) * 1000) / texts.length;
  const francCalls = texts.filter((text) => detectLanguage(text).method === 'franc').length;
  const averageChars = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  console.log(
    `${texts.length} texts from fixtures/language.jsonl, ${averageChars.toFixed(0)} characters on average; ` +
      `detectLanguage asked franc for ${francCalls} of them`,
  );
  console.table([
    { task: OURS, 'µs/call': Number(usPerCall(OURS).toFixed(2)) },
    { task: ANCHOR, 'µs/call': Number(usPerCall(ANCHOR).toFixed(2)) },
  ]);
  console.log(`ratio: detectLanguage is ${(usPerCall(ANCHOR) / usPerCall(OURS)).toFixed(1)}× faster than franc (target ≥ 3×)`);
}
