// npm run bench: does moderate() grow linearly with the length of the comment (issue 9)?
// Time per KB from 1 KB to 1 MB on an ordinary comment mix, against the anchor obscenity
// (RegExpMatcher, English dataset and recommended transformers) on the same text in the same
// run. A linear engine keeps a flat ms/KB column; the "growth" column divides ms/KB at each
// size by ms/KB at 10 KB (≈ 1 when linear, ≈ size/10 KB when quadratic).
// Then the same for hostile shapes (runs the lint cannot see through: digit-dash runs,
// `a a a … !`, almost-URLs). A hostile shape stops growing once one call passes STOP_MS or its
// growth passes SUPER_LINEAR, and the table says so: that is the signature of a super-linear path.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { Bench } from 'tinybench';
import { built } from './built.js';

const { moderate } = await built<typeof import('../src/netiquette/index.js')>('netiquette');

const UNIT =
  'Le conseil a voté le budget hier soir. Gang de c0nn@rds, tabarnak! Écrivez au 418-555-1234 ou visitez www.exemple.com 😀 Is the pool open? ';
const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const HOSTILE: Record<string, string> = { 'digit-dash run': '12-', 'a a a … !': 'a ', 'almost URL': 'a.', 'one letter': 'a' };
const HOSTILE_SIZES = [1_000, 10_000, 40_000, 160_000, 1_000_000];
const STOP_MS = 4_000;
/** Growth past which a shape is declared super-linear and not run on larger sizes. */
const SUPER_LINEAR = 4;

const textOf = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

async function meanMs(name: string, run: () => unknown, size: number): Promise<number> {
  const bench = new Bench(size >= 100_000 ? { iterations: 3, time: 0, warmup: false } : { time: 300, warmup: true });
  bench.add(name, run);
  await bench.run();
  const result = bench.tasks[0]?.result as { latency?: { mean?: number } } | undefined;
  return result?.latency?.mean ?? Number.NaN;
}

export default async function (): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  let oursAt10 = Number.NaN;
  let anchorAt10 = Number.NaN;
  for (const size of SIZES) {
    const text = textOf(UNIT, size);
    const ours = await meanMs('moderate', () => moderate({ text }), size);
    const anchor = await meanMs('obscenity', () => matcher.getAllMatches(text), size);
    const kbs = size / 1000;
    if (size === 10_000) {
      oursAt10 = ours / kbs;
      anchorAt10 = anchor / kbs;
    }
    rows.push({
      size: `${kbs} KB`,
      'moderate ms': Number(ours.toFixed(2)),
      'moderate ms/KB': Number((ours / kbs).toFixed(3)),
      'obscenity ms (anchor)': Number(anchor.toFixed(2)),
      'obscenity ms/KB': Number((anchor / kbs).toFixed(3)),
      'ratio moderate/obscenity': Number((ours / anchor).toFixed(1)),
    });
  }
  for (const row of rows) {
    row['growth moderate'] = Number((Number(row['moderate ms/KB']) / oursAt10).toFixed(2));
    row['growth obscenity'] = Number((Number(row['obscenity ms/KB']) / anchorAt10).toFixed(2));
  }
  console.log('moderate() on an ordinary comment mix, 1 KB → 1 MB (growth = ms/KB ÷ ms/KB at 10 KB; 1 = linear)');
  console.table(rows);

  const hostile: Record<string, string | number>[] = [];
  for (const [shape, unit] of Object.entries(HOSTILE)) {
    let base = Number.NaN;
    for (const size of HOSTILE_SIZES) {
      const text = textOf(unit, size);
      const started = performance.now();
      moderate({ text });
      const once = performance.now() - started;
      const ms = once > STOP_MS ? once : await meanMs(shape, () => moderate({ text }), size);
      const perKb = ms / (size / 1000);
      if (size === 10_000) base = perKb;
      hostile.push({ shape, size: `${size / 1000} KB`, 'moderate ms': Number(ms.toFixed(1)), 'ms/KB': Number(perKb.toFixed(3)), growth: Number((perKb / base).toFixed(2)) });
      const last = size === HOSTILE_SIZES[HOSTILE_SIZES.length - 1];
      if (!last && (once > STOP_MS || perKb / base > SUPER_LINEAR)) {
        hostile.push({ shape, size: 'SUPER-LINEAR: larger sizes skipped', 'moderate ms': Number.NaN, 'ms/KB': Number.NaN, growth: Number.NaN });
        break;
      }
    }
  }
  console.log(`moderate() on hostile shapes (a shape stops at a call over ${STOP_MS} ms or a growth over ${SUPER_LINEAR})`);
  console.table(hostile);
}
