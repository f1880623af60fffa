// Issue 9, browser smoke test: the netiquette browser bundle loads in real headless Chromium
// (Debian's `chromium`, driven by playwright-core) and a page moderates a comment typed in a
// form. Skipped only on a developer machine without /usr/bin/chromium; in CI (CI set) it runs
// and fails loudly if Chromium is missing, since .ci/run installs it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from './build.js';

const EXECUTABLE = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const runHere = existsSync(EXECUTABLE) || Boolean(process.env.CI);

// The page: a comment box, a button, and the result, using only the global the bundle sets.
const PAGE_SCRIPT = `
  const form = document.querySelector('form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = document.querySelector('#comment').value;
    try {
      const result = NetiquetteQC.moderate({ text });
      document.querySelector('#decision').textContent = result.decision;
      document.querySelector('#clauses').textContent = result.violations.map((v) => v.clause).join(',');
      document.querySelector('#reason').textContent = result.violations[0] ? result.violations[0].reason.fr : '';
    } catch (error) {
      document.querySelector('#decision').textContent = 'error: ' + error.name + ': ' + error.message;
    }
  });
`;

describe.skipIf(!runHere)('headless Chromium', () => {
  let context: BrowserContext | undefined;
  let profile: string | undefined;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'netiquette-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLE,
      headless: true,
      args: ARGS,
      offline: true,
      timeout: 60_000,
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('moderates a comment typed into a page that loads the browser bundle', { timeout: 90_000 }, async () => {
    const { code } = await bundleForBrowser('netiquette', { format: 'iife', minify: true });
    if (!context) throw new Error('Chromium did not start');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(
      `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Modération</title>
       <form><textarea id="comment"></textarea><button type="submit">Vérifier</button></form>
       <output id="decision"></output><output id="clauses"></output><p id="reason"></p>
       <script>${code.replaceAll('</script', '<\\/script')}</script><script>${PAGE_SCRIPT}</script></html>`,
    );
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => typeof (globalThis as { NetiquetteQC?: unknown }).NetiquetteQC)).toBe('object');
    // no Node globals leaked into the page
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

    await page.fill('#comment', 'Gang de c0nn@rds à la voirie, tabarnak');
    await page.click('button');
    await expect.poll(() => page.textContent('#decision')).toBe('remove');
    expect(await page.textContent('#clauses')).toContain('insult');
    expect((await page.textContent('#reason'))?.length).toBeGreaterThan(10);

    await page.fill('#comment', 'Merci pour le déneigement rapide de la rue Principale!');
    await page.click('button');
    await expect.poll(() => page.textContent('#decision')).toBe('keep');

    // bad input still gives the library's own error in the browser
    const name = await page.evaluate(() => {
      try {
        (globalThis as unknown as { NetiquetteQC: { moderate: (c: unknown) => unknown } }).NetiquetteQC.moderate({ text: 42 });
        return 'no error';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(name).toBe('PolicyInputError');
    expect(errors).toEqual([]);
  });
});
