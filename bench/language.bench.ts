// detectLanguage against franc alone (`only: ['fra', 'eng']`) on the same texts, in the same run.
// One task call runs the whole fixture set (every text once), so both sides see the same mix of
// short comments and long notices; µs/call divides by the number of texts. The two tasks are
// measured in alternating rounds and each keeps its best round, so that load from other
// processes on a shared machine weighs on both sides alike.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { Bench } from 'tinybench';
import { built } from './built.js';

const { detectLanguage } = await built<typeof import('../src/language/index.js')>('language');

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

async function measure(sample: readonly string[]): Promise<{ ours: number; anchor: number }> {
  const best = new Map<string, number>([
    [OURS, Number.POSITIVE_INFINITY],
    [ANCHOR, Number.POSITIVE_INFINITY],
  ]);
  const ours = (): void => {
    for (const text of sample) detectLanguage(text);
  };
  const anchor = (): void => {
    for (const text of sample) franc(text, { only: ['fra', 'eng'] });
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    const bench = new Bench({ time: 400, warmup: true });
    // Alternate the order from one round to the next.
    if (round % 2 === 0) bench.add(OURS, ours).add(ANCHOR, anchor);
    else bench.add(ANCHOR, anchor).add(OURS, ours);
    await bench.run();
    for (const name of [OURS, ANCHOR]) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, meanMs(bench, name)));
  }
  const perCall = (name: string): number => ((best.get(name) ?? Number.NaN) * 1000) / sample.length;
  return { ours: perCall(OURS), anchor: perCall(ANCHOR) };
}

export default async function (): Promise<void> {
  const groups: { label: string; sample: string[] }[] = [
    { label: 'all fixture texts', sample: texts },
    { label: 'texts of 80+ characters', sample: texts.filter((text) => text.length >= 80) },
  ];
  const rows: Record<string, string | number>[] = [];
  for (const { label, sample } of groups) {
    const { ours, anchor } = await measure(sample);
    const francCalls = sample.filter((text) => detectLanguage(text).method === 'franc').length;
    const averageChars = sample.reduce((sum, text) => sum + text.length, 0) / sample.length;
    rows.push({
      texts: `${label} (${sample.length}, ${averageChars.toFixed(0)} chars avg, ${francCalls} sent to franc)`,
      [`${OURS} µs/call`]: Number(ours.toFixed(2)),
      [`${ANCHOR} µs/call`]: Number(anchor.toFixed(2)),
      'ratio (target ≥ 3×)': `${(anchor / ours).toFixed(1)}×`,
    });
  }
  console.table(rows);
}
