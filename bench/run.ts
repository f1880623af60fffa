// npm run bench: runs every bench/*.bench.ts in one process, one after the other, so that our
// figures and the anchors' are measured in the same run on the same machine.
// Each bench file exports `default async function (): Promise<void>` that prints its table.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();

for (const name of files) {
  console.log(`\n=== ${name} ===`);
  const mod = (await import(pathToFileURL(join(here, name)).href)) as { default: () => Promise<void> };
  await mod.default();
}
