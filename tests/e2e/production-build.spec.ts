/**
 * The production build (`.output/chrome-mv3`, what people install) refuses what only the
 * test build allows: it sends no secret to a loopback address, even the running emulator,
 * shows no field to type one, and carries no test hook — not even the hook's name.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import { PRODUCTION_DIR, TEST_BUILD_DIR } from '../tools/build';
import { expect, extensionWorker, launchWithExtension, sendFromPage, test } from './fixtures';

const HOOK = 'quickCaptureGestures';
/** Every test hook: the gestures' and the highlights' (drawing, waiting for the sync). */
const HOOKS = [HOOK, 'quickCaptureHighlights'];

test('the production bundle has no test hook; the test bundle has it', () => {
  const production = readFileSync(join(PRODUCTION_DIR, 'background.js'), 'utf8');
  const testBuild = readFileSync(join(TEST_BUILD_DIR, 'background.js'), 'utf8');
  for (const hook of HOOKS) {
    // The search is not vacuous: the same name is found in the test build.
    expect(testBuild).toContain(hook);
    expect(production).not.toContain(hook);
  }
});

test.describe('the production build, loaded in Chromium', () => {
  let profile: string;
  let production: BrowserContext;
  test.beforeEach(async () => {
    profile = mkdtempSync(join(tmpdir(), 'qc-production-'));
    production = await launchWithExtension(profile, 'en', { extensionDir: PRODUCTION_DIR });
  });
  test.afterEach(async () => {
    await production.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('refuses to send a secret to the emulator on loopback', async ({ emulator }) => {
    const worker = await extensionWorker(production);
    expect(await worker.evaluate((name) => name in globalThis, HOOK)).toBe(false);
    const page = await production.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
    // No "API address" to type: the production build talks to Notion only.
    await expect(page.getByLabel('API address')).toHaveCount(0);

    const reply = await sendFromPage<{ ok: boolean; failure?: { title: string } }>(
      page,
      'addConnection',
      { alias: 'Local', secret: DEMO.integrations.main.secret, apiBase: emulator.url },
    );
    expect(reply.ok).toBe(false);
    expect(reply.failure?.title).toBe('This API address isn’t allowed');
    // Refused before anything left: the emulator saw no request at all.
    expect(emulator.requestLog()).toEqual([]);
    const stored = await worker.evaluate(() => chrome.storage.local.get('connections'));
    expect(stored.connections ?? []).toEqual([]);
  });
});
