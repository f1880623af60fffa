// Bundles a subpath of the package the way a web app would (esbuild, platform 'browser'),
// in memory. Used by the browser tests and by bench/package.bench.ts.
//
// `source: 'src'` maps `netiquette-qc/<part>` to src/<part>/index.ts (works before a build,
// as in `npm run test:unit`); `source: 'dist'` goes through the package's exports map to the
// built files, i.e. exactly what a consumer installs.
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BROWSER_SUBPATHS = ['netiquette', 'language', 'roles', 'triage'] as const;
export type Subpath = (typeof BROWSER_SUBPATHS)[number] | 'deadlines' | 'policies';

// esbuild filters are Go regular expressions, which know no `u` flag.
/* eslint-disable regexp/require-unicode-regexp */
const SELF_RE = /^netiquette-qc\/[a-z]+$/;
const BARE_NAME_RE = /^(?:node:)?[a-z_/]+$/;
const ANY_RE = /.*/;
/* eslint-enable regexp/require-unicode-regexp */

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export interface BrowserBundle {
  /** The bundled code. */
  readonly code: string;
  /** Node built-in modules the graph tried to import (must be empty). */
  readonly nodeImports: readonly string[];
  /** Every input file, relative to the project root. */
  readonly inputs: readonly string[];
  readonly metafile: Metafile;
  readonly warnings: readonly string[];
}

export interface BundleOptions {
  /** Where `netiquette-qc/<part>` comes from. @default 'src' */
  readonly source?: 'src' | 'dist';
  /** Minify the output. @default false */
  readonly minify?: boolean;
  /** 'esm' module, or an 'iife' that sets `globalThis[globalName]`. @default 'esm' */
  readonly format?: 'esm' | 'iife';
  /** The global an IIFE bundle assigns. @default 'NetiquetteQC' */
  readonly globalName?: string;
}

/** True when dist/ holds a build with every subpath. */
export function distBuilt(): boolean {
  return ['index', ...BROWSER_SUBPATHS].every((name) => existsSync(resolve(ROOT, `dist/${name}.js`)));
}

function guard(nodeImports: string[], source: 'src' | 'dist'): Plugin {
  return {
    name: 'netiquette-qc-browser-guard',
    setup(b) {
      if (source === 'src') {
        b.onResolve({ filter: SELF_RE }, (args) => ({
          path: resolve(ROOT, 'src', args.path.slice('netiquette-qc/'.length), 'index.ts'),
        }));
      }
      // Record and stub any Node built-in: a browser has none.
      b.onResolve({ filter: BARE_NAME_RE }, (args) => {
        if (!BUILTINS.has(args.path)) return undefined;
        nodeImports.push(`${args.path} (from ${args.importer.replace(`${ROOT}/`, '')})`);
        return { path: args.path, namespace: 'node-builtin' };
      });
      b.onLoad({ filter: ANY_RE, namespace: 'node-builtin' }, () => ({ contents: 'export default {};', loader: 'js' }));
    },
  };
}

/** Bundles `netiquette-qc/<subpath>` for the browser, in memory. */
export async function bundleForBrowser(subpath: Subpath, options: BundleOptions = {}): Promise<BrowserBundle> {
  const source = options.source ?? 'src';
  const nodeImports: string[] = [];
  const result = await build({
    stdin: {
      contents: `export * from 'netiquette-qc/${subpath}';`,
      resolveDir: ROOT,
      sourcefile: `entry-${subpath}.js`,
      loader: 'js',
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: options.format ?? 'esm',
    ...(options.format === 'iife' ? { globalName: options.globalName ?? 'NetiquetteQC' } : {}),
    target: 'es2022',
    minify: options.minify ?? false,
    metafile: true,
    logLevel: 'silent',
    // a browser bundle must not need a `process` or `global` shim
    define: {},
    plugins: [guard(nodeImports, source)],
  });
  const code = result.outputFiles[0]?.text ?? '';
  return {
    code,
    nodeImports,
    inputs: Object.keys(result.metafile.inputs),
    metafile: result.metafile,
    warnings: result.warnings.map((w) => w.text),
  };
}
