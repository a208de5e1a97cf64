/**
 * Chromium's permission prompt is browser UI that a headless test cannot answer (the
 * request would wait forever), so the extension page's `chrome.permissions` is
 * replaced before it loads by one that answers `grant` and records what it was asked
 * (`window.permissionRequests`). The background's permissions are the browser's own.
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function answerPermissionPrompts(
  context: BrowserContext,
  grant: boolean,
): Promise<void> {
  await context.addInitScript((answer: boolean) => {
    const asked: unknown[] = [];
    const record = window as unknown as { permissionRequests: unknown[] };
    record.permissionRequests = asked;
    let granted = false;
    const reply = <T>(value: T, callback?: (v: T) => void) => {
      if (callback) setTimeout(() => callback(value));
      return Promise.resolve(value);
    };
    const fake = {
      request: (permissions: unknown, callback?: (v: boolean) => void) => {
        asked.push(permissions);
        granted = answer;
        return reply(answer, callback);
      },
      contains: (_p: unknown, callback?: (v: boolean) => void) => reply(granted, callback),
      remove: (_p: unknown, callback?: (v: boolean) => void) => {
        granted = false;
        return reply(true, callback);
      },
    };
    if (location.protocol !== 'chrome-extension:') return;
    // Recent Chromium also exposes the API as `browser`, which the polyfill then uses.
    const browserNamespace = (globalThis as { browser?: object }).browser;
    for (const api of [chrome, browserNamespace])
      if (api) Object.defineProperty(api, 'permissions', { value: fake, configurable: true });
  }, grant);
}

/** What the page asked the (replaced) permission prompt for, in order. */
export function permissionRequests(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () => (window as unknown as { permissionRequests: unknown[] }).permissionRequests,
  );
}
