/**
 * The toolbar popup under test, opened the way a person opens it: on a page that the
 * extension was granted `activeTab` for.
 *
 * Playwright cannot click the toolbar button. What works instead (Chromium 156):
 * - launch with `--enable-unsafe-extension-debugging` and call the DevTools method
 *   `Extensions.triggerAction` on the page's tab target: the browser treats it as a click
 *   on the action, so the extension gets `activeTab` for that tab — the same grant a
 *   person's click gives, with no host permission added to the manifest;
 * - the popup is switched off (`action.setPopup('')`) for that click, so no second copy
 *   of it runs; the test opens `popup.html?tab=<id>` in a popup window of its own, where
 *   the captured tab stays the visible one of its window (`captureVisibleTab` needs that).
 * Without the grant, `scripting.executeScript` on a 127.0.0.1 page fails ("Cannot access
 * contents of the page"), as it would for a real person who never clicked the button.
 */
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { connectDemo, type DemoTargets } from '../../tools/demo-setup';
import { startCorpusServer, type CorpusServer } from '../../tools/corpus-server';
import { locateChromium } from '../../tools/find-chromium';
import { chromiumArgs, EXTENSION_DIR, expect, sendFromPage, test as base } from '../fixtures';
import { ensureUiLocale } from '../ui-locale';

/** Popup width in Chromium; tests look at it at this size. */
export const POPUP_SIZE = { width: 380, height: 640 };

/**
 * Launches Chromium as `launchWithExtension` does (fixtures.ts), plus the DevTools
 * extension methods that grant activeTab.
 */
export async function launchForPopup(userDataDir: string, locale: string): Promise<BrowserContext> {
  const executablePath = locateChromium();
  ensureUiLocale(locale, executablePath);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    locale,
    env: {
      ...process.env,
      LANGUAGE: locale,
      LANG: locale === 'ko' ? 'ko_KR.UTF-8' : 'en_US.UTF-8',
    },
    args: [...chromiumArgs(EXTENSION_DIR, locale), '--enable-unsafe-extension-debugging'],
    viewport: { width: 1000, height: 800 },
  });
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Does what a click on the toolbar button does for `page`: grants `activeTab`. Returns
 * the page's tab id.
 */
export async function grantActiveTab(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
  page: Page,
): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level DevTools session for this context.');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  })) as { targetInfos: TargetInfo[] };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await serviceWorker.evaluate(() => chrome.action.setPopup({ popup: '' }));
  // Not in Playwright's typed protocol yet; the cast names the method's real shape.
  const send = session.send.bind(session) as unknown as (
    method: string,
    params: Record<string, unknown>,
  ) => Promise<unknown>;
  await send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await serviceWorker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));
  await session.detach();
  const tabId = await serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    page.url(),
  );
  if (tabId === undefined) throw new Error('The granted tab did not show its address.');
  await untilInjectionAllowed(serviceWorker, tabId);
  return tabId;
}

/**
 * Waits until the page of tab `tabId` takes an injection. The browser holds the grant
 * once `Extensions.triggerAction` returns (the tab shows its address), but on a busy
 * machine the page's renderer can still refuse an injection for a moment after it
 * ("Cannot access contents of the page"; a few grants in a thousand, gone on the next
 * try). Probes in the page's main world, so the extension's isolated world, which a
 * capture's first injection builds, is not built here and a cold tab stays cold. A page
 * that stays closed (a PDF viewer, a browser page) is left for the caller to meet.
 */
async function untilInjectionAllowed(serviceWorker: Worker, tabId: number): Promise<void> {
  await serviceWorker.evaluate(async (tabId) => {
    // Not `func: () => 0`: tsx would name that arrow with a helper the worker lacks.
    const nothing = [() => 0][0]!;
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await chrome.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: nothing });
        return;
      } catch (error) {
        if (!String(error).includes('Cannot access contents of the page')) return;
      }
      await new Promise((done) => setTimeout(done, 20));
    }
  }, tabId);
}

/** Opens the popup for tab `tabId` in a popup window, at the popup's size. */
export async function openPopupWindow(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
  tabId: number | null,
): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html${tabId === null ? '' : `?tab=${tabId}`}`;
  const [popup] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url() === url }),
    serviceWorker.evaluate(
      async ({ url, size }) => {
        await chrome.windows.create({ url, type: 'popup', ...size });
      },
      { url, size: POPUP_SIZE },
    ),
  ]);
  await popup.setViewportSize(POPUP_SIZE);
  return popup;
}

interface PopupFixtures {
  corpus: CorpusServer;
  /** Connects the profile to the emulator's demo workspace (Reading list + Inbox). */
  connect: () => Promise<DemoTargets>;
  /** Adds a data source of a demo database as one more target (by its name). */
  addDatabaseTarget: (connectionId: string, databaseId: string, name: string) => Promise<void>;
  /** Opens a corpus page (or any address), grants activeTab, and returns both pages. */
  openPopupOn: (url: string, prepare?: (page: Page) => Promise<void>) => Promise<PopupOnPage>;
}

export interface PopupOnPage {
  page: Page;
  popup: Page;
  tabId: number;
}

/** The shared fixtures with a context that can grant activeTab, and popup helpers. */
export const test = base.extend<PopupFixtures>({
  context: async ({ userDataDir, uiLanguage }, use) => {
    const context = await launchForPopup(userDataDir, uiLanguage);
    await use(context);
    await context.close();
  },
  // eslint-disable-next-line no-empty-pattern
  corpus: async ({}, use) => {
    const corpus = await startCorpusServer();
    if (!corpus) throw new Error('The corpus (../shared/corpus/pages) is not on this machine.');
    await use(corpus);
    await corpus.close();
  },
  connect: async ({ openExtensionPage, emulator }, use) => {
    await use(async () => {
      const page = await openExtensionPage('options.html');
      const demo = await connectDemo(
        (verb, input) => sendFromPage(page, verb, input),
        emulator.url,
      );
      await page.close();
      return demo;
    });
  },
  addDatabaseTarget: async ({ openExtensionPage }, use) => {
    await use(async (connectionId, databaseId, name) => {
      const page = await openExtensionPage('options.html');
      const reply = await sendFromPage<{
        value: { source: string; resolution: { choices: { name: string }[] } }[];
      }>(page, 'resolveInput', {
        connectionId,
        text: `https://www.notion.so/demo/${databaseId.replace(/-/g, '')}`,
      });
      const [resolved] = reply.value;
      const choice = resolved!.resolution.choices.find((c) => c.name === name);
      if (!choice) throw new Error(`No data source "${name}" in ${JSON.stringify(reply)}`);
      await sendFromPage(page, 'addTarget', {
        connectionId,
        source: resolved!.source,
        choice: { kind: 'data_source', source: choice },
      });
      await page.close();
    });
  },
  openPopupOn: async ({ context, serviceWorker, extensionId }, use) => {
    await use(async (url, prepare) => {
      const page = await context.newPage();
      await page.goto(url);
      await prepare?.(page);
      const tabId = await grantActiveTab(context, serviceWorker, extensionId, page);
      const popup = await openPopupWindow(context, serviceWorker, extensionId, tabId);
      return { page, popup, tabId };
    });
  },
});

export { expect, saveScreen, sendFromPage } from '../fixtures';

// What the emulator holds, read as plain values: shared with the Firefox suite.
export { blockLines, plainProperties } from './notion-content';

/**
 * Pastes into `field` as the browser does on Ctrl+V: a `paste` event that carries the
 * text (headless Chromium has no clipboard to read from). The field must have the focus
 * already, as it would for a person pasting without clicking first; this waits for it.
 */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await expect(field).toBeFocused();
  await field.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
