import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Walks the static imports of a module graph in src/ (relative `.js` imports map to `.ts`).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const IMPORT_RE = /\b(?:from|import)\s*'([^']+)'/gu;

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT_RE)) {
      const spec = match[1] as string;
      if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec.replace(/\.js$/u, '.ts')));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('import isolation', () => {
  it('netiquette-qc/netiquette never loads date-holidays nor the deadline engine', () => {
    const { files, packages } = graph('netiquette/index.ts');
    expect([...packages]).not.toContain('date-holidays');
    const deadlineFiles = [...files].filter((f) => f.includes(`${'/deadlines/'}`)).map((f) => f.slice(f.lastIndexOf('/') + 1));
    expect(deadlineFiles.every((name) => name === 'config.ts')).toBe(true);
  });

  it('netiquette-qc/policies never loads date-holidays', () => {
    expect([...graph('policies/index.ts').packages]).not.toContain('date-holidays');
  });

  it('the deadline subpath does load it (the walk sees it)', () => {
    expect([...graph('deadlines/index.ts').packages]).toContain('date-holidays');
  });
});
