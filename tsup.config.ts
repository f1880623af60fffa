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
]);
