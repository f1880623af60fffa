// npm run bench: what the published package costs a consumer.
//  1. Size of each browser subpath bundled by esbuild (minified, then gzip), against the
//     anchor: obscenity (a profanity matcher alone) bundled the same way. Budget for
//     `netiquette-qc/netiquette`: NETIQUETTE_GZIP_BUDGET.
//  2. Cold import time of each subpath in a fresh Node process (median of 5), against the
//     anchors zod and date-holidays imported the same way.
//  3. Whether `netiquette-qc/netiquette` loads date-holidays or date-fns' full index (its
//     module graph, read from esbuild's metafile for platform node, no package left external).
// Measured from dist/ when it is built (what a consumer installs); otherwise each subpath is
// built with esbuild in memory from src/ (written under node_modules/.cache for the import
// timings, so that package imports still resolve). BENCH_SOURCE=src forces src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { BROWSER_SUBPATHS, ROOT, bundleForBrowser, distBuilt, type Subpath } from '../test/browser/build.js';

// Budget for the moderation subpath: its word lists, the engine and zod (the validator alone is
// about half of it; see the zod row).
const NETIQUETTE_GZIP_BUDGET = 150 * 1024;
const IMPORT_RUNS = 5;
const ALL_SUBPATHS: readonly Subpath[] = ['netiquette', 'language', 'roles', 'triage', 'deadlines', 'policies'];
const kb = (bytes: number): number => Number((bytes / 1024).toFixed(1));
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function anchorBundleSize(specifier: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

async function sizes(source: 'src' | 'dist'): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  let netiquetteGzip = Number.NaN;
  for (const subpath of BROWSER_SUBPATHS) {
    const { code } = await bundleForBrowser(subpath, { source, minify: true });
    const gzip = gzipSync(code, { level: 9 }).length;
    if (subpath === 'netiquette') netiquetteGzip = gzip;
    rows.push({ bundle: `netiquette-qc/${subpath}`, 'min KB': kb(Buffer.byteLength(code)), 'min+gzip KB': kb(gzip) });
  }
  const anchor = await anchorBundleSize('obscenity');
  rows.push({ bundle: 'obscenity (anchor)', 'min KB': kb(anchor.min), 'min+gzip KB': kb(anchor.gzip) });
  const zod = await anchorBundleSize('zod');
  rows.push({ bundle: 'zod (dependency, whole)', 'min KB': kb(zod.min), 'min+gzip KB': kb(zod.gzip) });
  console.log(`\nBrowser bundle sizes (esbuild, platform browser, minified; source: ${source})`);
  console.table(rows);
  const verdict = netiquetteGzip <= NETIQUETTE_GZIP_BUDGET ? 'within' : 'OVER';
  console.log(
    `netiquette-qc/netiquette: ${kb(netiquetteGzip)} KB min+gzip, budget ${kb(NETIQUETTE_GZIP_BUDGET)} KB (${verdict}); ` +
      `ratio to obscenity: ${(netiquetteGzip / anchor.gzip).toFixed(1)}×`,
  );
}

/** Files a fresh process imports: dist entry points, or bundles of src written to a cache dir. */
async function importTargets(source: 'src' | 'dist'): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  if (source === 'dist') {
    for (const subpath of ALL_SUBPATHS) targets.set(`netiquette-qc/${subpath}`, resolve(ROOT, `dist/${subpath}.js`));
    return targets;
  }
  const dir = resolve(ROOT, 'node_modules/.cache/netiquette-qc-bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const subpath of ALL_SUBPATHS) {
    const result = await build({
      entryPoints: [resolve(ROOT, `src/${subpath}/index.ts`)],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
    const file = join(dir, `${subpath}.mjs`);
    writeFileSync(file, result.outputFiles[0]?.text ?? '');
    targets.set(`netiquette-qc/${subpath}`, file);
  }
  return targets;
}

/** Runs a fresh `node` that imports `target` once and prints how long the import took, in ms. */
function coldImportMs(target: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(target)}); console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return Number(out.trim());
}

async function importTimes(source: 'src' | 'dist'): Promise<void> {
  const targets = await importTargets(source);
  targets.set('zod (anchor)', 'zod');
  targets.set('date-holidays (anchor)', 'date-holidays');
  const samples = new Map<string, number[]>();
  const bench = new Bench({ iterations: IMPORT_RUNS, warmup: false, time: 0 });
  for (const [name, target] of targets) {
    samples.set(name, []);
    bench.add(name, () => {
      samples.get(name)?.push(coldImportMs(target));
    });
  }
  await bench.run();
  const zod = median(samples.get('zod (anchor)') ?? []);
  console.log(`\nCold import in a fresh Node ${process.version} process (median of ${IMPORT_RUNS}; source: ${source})`);
  console.table(
    [...samples].map(([name, values]) => ({
      module: name,
      'import ms (median)': Number(median(values).toFixed(1)),
      'min ms': Number(Math.min(...values).toFixed(1)),
      'ratio to zod': Number((median(values) / zod).toFixed(2)),
    })),
  );
}

async function netiquetteGraph(source: 'src' | 'dist'): Promise<void> {
  const entry = source === 'dist' ? resolve(ROOT, 'dist/netiquette.js') : resolve(ROOT, 'src/netiquette/index.ts');
  const result = await build({ entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'esm', metafile: true, logLevel: 'silent' });
  const inputs = Object.keys(result.metafile.inputs);
  const packages = [...new Set(inputs.filter((i) => i.includes('node_modules/')).map((i) => {
    const rest = i.slice(i.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? '');
  }))].sort();
  const holidays = inputs.some((i) => i.includes('node_modules/date-holidays/'));
  const fullDateFns = inputs.includes('node_modules/date-fns/index.js');
  const dateFnsFiles = inputs.filter((i) => i.includes('node_modules/date-fns/')).length;
  console.log(`\nModule graph of netiquette-qc/netiquette (source: ${source}): packages ${packages.join(', ') || '(none)'}`);
  console.log(`  loads date-holidays: ${holidays ? 'YES (should not)' : 'no'}; loads date-fns' full index: ${fullDateFns ? 'YES (should not)' : 'no'} (${dateFnsFiles} date-fns files)`);
}

export default async function (): Promise<void> {
  // BENCH_SOURCE=src forces the in-memory build of src/ even when dist/ exists.
  const source = process.env.BENCH_SOURCE === 'src' || !distBuilt() ? 'src' : 'dist';
  await sizes(source);
  await netiquetteGraph(source);
  await importTimes(source);
}
