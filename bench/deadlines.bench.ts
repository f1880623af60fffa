// Response deadlines: our precomputed calendar against a naive loop that asks date-holidays
// `isHoliday()` for every day it walks over (the anchor), measured in the same run.
import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import { Bench } from 'tinybench';
import { built } from './built.js';

const { businessCalendar, responseDeadline } = await built<typeof import('../src/deadlines/index.js')>('deadlines');
const { villeDeQuebec } = await built<typeof import('../src/policies/index.js')>('policies');

const ZONE = 'America/Toronto';
const BLOCKS: readonly (readonly [number, number])[] = [
  [8 * 60 + 30, 12 * 60],
  [13 * 60, 16 * 60 + 30],
];
const DAY_MINUTES = 420;

const hd = new Holidays('CA', 'QC', { types: ['public', 'optional'] });

/** The naive way: walk day by day, ask date-holidays about each day, add minutes block by block. */
function naiveTarget(receivedAt: Date, minutes: number): Date {
  let remaining = minutes;
  let local = new TZDate(receivedAt.getTime(), ZONE);
  for (let guard = 0; guard < 60; guard += 1) {
    const weekday = local.getDay();
    const y = local.getFullYear();
    const m = local.getMonth();
    const d = local.getDate();
    // date-holidays reads instants in the region's zone: ask about local noon of the day.
    const open = weekday !== 0 && weekday !== 6 && hd.isHoliday(new TZDate(y, m, d, 12, 0, ZONE)) === false;
    if (open) {
      for (const [from, to] of BLOCKS) {
        const start = new TZDate(y, m, d, Math.floor(from / 60), from % 60, ZONE).getTime();
        const end = new TZDate(y, m, d, Math.floor(to / 60), to % 60, ZONE).getTime();
        const position = Math.max(start, local.getTime());
        if (position >= end) continue;
        const available = (end - position) / 60_000;
        if (remaining <= available) return new Date(position + remaining * 60_000);
        remaining -= available;
        local = new TZDate(end, ZONE);
      }
    }
    local = new TZDate(y, m, d + 1, 0, 0, ZONE);
  }
  throw new Error('no opening');
}

function samples(): Date[] {
  const list: Date[] = [];
  // Every 97 minutes across 2026: weekdays, nights, weekends, holidays, both DST changes.
  const start = Date.UTC(2026, 0, 1, 5);
  for (let i = 0; i < 5000; i += 1) list.push(new Date(start + i * 97 * 60_000));
  return list;
}

export default async function run(): Promise<void> {
  const inputs = samples();
  // Warm up both (our calendar computes 2026 and 2027 once; date-holidays builds its rules).
  const calendar = businessCalendar();
  let agree = 0;
  const checkCount = 300;
  for (let i = 0; i < checkCount; i += 1) {
    const at = inputs[(i * 13) % inputs.length] as Date;
    const ours = responseDeadline(at).target.getTime();
    if (ours === naiveTarget(at, DAY_MINUTES).getTime()) agree += 1;
  }

  let i = 0;
  let j = 0;
  let k = 0;
  let m = 0;
  let n = 0;
  let sink = 0;
  const bench = new Bench({ time: 800, warmup: true });
  bench
    .add('ours: responseDeadline(receivedAt)', () => {
      const at = inputs[i++ % inputs.length] as Date;
      sink += responseDeadline(at).target.getTime();
    })
    .add('ours: responseDeadline(receivedAt, { policy: villeDeQuebec })', () => {
      const at = inputs[n++ % inputs.length] as Date;
      sink += responseDeadline(at, { policy: villeDeQuebec }).target.getTime();
    })
    .add('ours: businessCalendar().responseDeadline', () => {
      const at = inputs[j++ % inputs.length] as Date;
      sink += calendar.responseDeadline(at).target.getTime();
    })
    .add('anchor: naive loop with date-holidays isHoliday() per day', () => {
      const at = inputs[k++ % inputs.length] as Date;
      sink += naiveTarget(at, DAY_MINUTES).getTime();
    })
    .add('anchor: one date-holidays isHoliday() call', () => {
      sink += hd.isHoliday(new Date(Date.UTC(2026, 4, 10 + (m++ % 20), 16))) === false ? 0 : 1;
    });
  await bench.run();
  console.table(bench.table());

  // Medians: on a shared machine a few descheduled samples inflate the means.
  const median = (name: string): number => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) return Number.NaN;
    return result.latency.p50 * 1000; // µs
  };
  const mean = (name: string): number => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) return Number.NaN;
    return result.latency.mean * 1000; // µs
  };
  const OURS = 'ours: responseDeadline(receivedAt)';
  const NAIVE = 'anchor: naive loop with date-holidays isHoliday() per day';
  const ours = median(OURS);
  const bound = median('ours: businessCalendar().responseDeadline');
  const withPolicy = median('ours: responseDeadline(receivedAt, { policy: villeDeQuebec })');
  const naive = median(NAIVE);
  const single = median('anchor: one date-holidays isHoliday() call');
  console.log(`responseDeadline warm: median ${ours.toFixed(2)} µs/call, mean ${mean(OURS).toFixed(2)} µs (target ≤ 5 µs)`);
  console.log(`businessCalendar().responseDeadline: ${bound.toFixed(2)} µs/call; with a policy option: ${withPolicy.toFixed(2)} µs/call`);
  console.log(`naive loop: median ${naive.toFixed(1)} µs/call, mean ${mean(NAIVE).toFixed(1)} µs; one isHoliday(): ${single.toFixed(1)} µs`);
  console.log(`ratio naive / ours (medians): ${(naive / ours).toFixed(0)}× (target ≥ 100×); means: ${(mean(NAIVE) / mean(OURS)).toFixed(0)}×`);
  console.log(`targets equal to the naive loop's on ${agree}/${checkCount} sampled receipts (the naive loop has no Sunday substitution)`);
  if (sink === 42) console.log('');
}
