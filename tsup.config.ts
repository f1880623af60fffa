import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      netiquette: 'src/netiquette/index.ts',
      deadlines: 'src/deadlines/index.ts',
      language: 'src/language/index.ts',
      roles: 'src/roles/index.ts',
      triage: 'src/triage/index.ts',
      policies: 'src/policies/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The `netiquette` command (package.json "bin"). One self-contained ESM file: the same
    // module is the worker of `--jobs N`, so it must not be split into chunks. It runs after
    // the library build's clean and never cleans itself.
    entry: { 'cli/netiquette': 'src/cli/netiquette.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
