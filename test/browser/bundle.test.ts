// Issue 9, browser and edge: the subpaths a web app or an edge worker imports bundle with
// esbuild for `platform: 'browser'` without any Node built-in, and the bundle runs in a bare
// JavaScript realm (no process, require, Buffer, fs; only web-standard globals) — what a
// browser or a worker gives.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BROWSER_SUBPATHS, bundleForBrowser } from './build.js';

type Api = Record<string, (...args: unknown[]) => unknown>;

/**
 * Runs an IIFE bundle in a fresh realm with the language's own globals plus the web-standard
 * ones every browser and edge runtime has (URL, TextEncoder…), and nothing from Node.
 */
function runBare(code: string): Api {
  const sandbox: Record<string, unknown> = { URL, URLSearchParams, TextEncoder, TextDecoder, console, queueMicrotask, setTimeout, clearTimeout };
  runInNewContext(`${code}\nglobalThis.__api = NetiquetteQC;`, sandbox, { timeout: 20_000 });
  return sandbox.__api as Api;
}

describe('browser bundles (esbuild, platform browser)', () => {
  for (const subpath of BROWSER_SUBPATHS) {
    it(`netiquette-qc/${subpath} imports no Node built-in`, { timeout: 30_000 }, async () => {
      const bundle = await bundleForBrowser(subpath);
      expect(bundle.nodeImports).toEqual([]);
      expect(bundle.code.length).toBeGreaterThan(1000);
      expect(bundle.inputs.some((input) => input.startsWith('src/'))).toBe(true);
    });
  }

  it('netiquette-qc/netiquette leaves out date-holidays and the full date-fns index', async () => {
    const { inputs } = await bundleForBrowser('netiquette');
    expect(inputs.filter((input) => input.includes('node_modules/date-holidays/'))).toEqual([]);
    expect(inputs).not.toContain('node_modules/date-fns/index.js');
    expect(inputs.filter((input) => input.startsWith('src/deadlines/') && !input.endsWith('/config.ts'))).toEqual([]);
  });

  it('the guard sees a Node built-in when one is imported (the check can fail)', async () => {
    // netiquette-qc/deadlines is not browser-bound, but any `node:` import anywhere would show
    // here; build a graph that has one on purpose through the test file itself.
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);", resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    }).then(
      () => 'built',
      (error: Error) => error.message,
    );
    expect(result).toMatch(/node:fs/u);
  });

  it('the netiquette bundle moderates a comment in a bare realm', { timeout: 30_000 }, async () => {
    const { code } = await bundleForBrowser('netiquette', { format: 'iife' });
    const api = runBare(code);
    const rude = api.moderate?.({ text: 'Gang de c0nn@rds à la voirie, tabarnak' }) as { decision: string; violations: { clause: string }[] };
    expect(rude.decision).toBe('remove');
    expect(rude.violations.map((v) => v.clause)).toContain('insult');
    const fine = api.moderate?.({ text: 'Merci pour le déneigement rapide de la rue Principale!' }) as { decision: string };
    expect(fine.decision).toBe('keep');
  });

  it('the language, roles and triage bundles answer in a bare realm', { timeout: 60_000 }, async () => {
    const language = runBare((await bundleForBrowser('language', { format: 'iife' })).code);
    expect((language.detectLanguage?.('Bonjour, quand ouvre la piscine municipale cet été?') as { language: string }).language).toBe('fr');
    const roles = runBare((await bundleForBrowser('roles', { format: 'iife' })).code);
    expect(typeof (roles.can?.({ roles: ['communications-lead'] }, 'publish') as { allowed: unknown }).allowed).toBe('boolean');
    const triage = runBare((await bundleForBrowser('triage', { format: 'iife' })).code);
    const routed = triage.triage?.({ text: 'Odeur de gaz très forte dans le stationnement de l’aréna' }, { receivedAt: '2026-03-10T10:00:00-04:00' }) as {
      kinds: string[];
    };
    expect(routed.kinds).toContain('emergency');
  });
});
