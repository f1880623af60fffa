// The benchmarks measure the package as shipped: dist/, built by `npm run build` (which
// `npm run bench` runs first). Types come from src/, so that the typecheck of a fresh clone
// (no dist/ yet) still passes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Imports `dist/<subpath>.js`, typed as the matching `src/` module. */
export async function built<T>(subpath: string): Promise<T> {
  const url = new URL(`../dist/${subpath}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`dist/${subpath}.js is missing: run \`npm run build\` (npm run bench does)`);
  return (await import(url.href)) as T;
}
