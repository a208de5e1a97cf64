/**
 * Firefox with the extension installed, driven by puppeteer-core over WebDriver BiDi.
 *
 * What Firefox lets a test do, and how (Firefox 153 ESR):
 * - `browser.installExtension(dir)` installs the unpacked build as a temporary add-on,
 *   as `about:debugging` does; the pref `extensions.webextensions.uuids` fixes its
 *   `moz-extension://` origin beforehand.
 * - BiDi refuses to navigate a content tab to `moz-extension://…`. Launched with
 *   `--remote-allow-system-access`, the test may evaluate in the browser window itself
 *   (the "chrome" context), where `gBrowser.addTab` opens an extension page; the new
 *   tab's context is then found in `browsingContext.getTree`.
 * - The extension's keyboard shortcuts are `<key>` elements of the browser window; the
 *   `command` event Firefox's key handling sends to one of them runs the same code a
 *   key press does (the shortcut's event, with `activeTab` granted for the tab).
 * - `terminateBackground()` of the extension's parent object stops its event page, as
 *   `about:debugging`'s "Terminate background script" does.
 * Functions handed to `evaluate…` are sent as source: they may use only their arguments.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFirefox, ensureFirefoxLocale } from '../../tools/find-firefox';
import { domHelpers } from './dom';
import { ExtensionTab, PopupView, waitFor, type ExtensionWindow } from './views';

export { waitFor };

/** The extension's gecko id (wxt.config.ts) and the origin the tests give it. */
export const GECKO_ID = 'quick-capture@notion-clipper.invalid';
export const EXTENSION_UUID = '5a1f0c3e-2b4d-4e8f-9c10-0d6e7f80a1b2';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The few browser-window globals the tests use (Firefox's chrome, not Chrome). */
export interface ChromeWindow {
  document: Document;
  gBrowser: {
    addTab(url: string, options: { triggeringPrincipal: unknown }): unknown;
    selectedBrowser: { currentURI: { spec: string } };
  };
  Services: { scriptSecurityManager: { getSystemPrincipal(): unknown }; io: { offline: boolean } };
  ChromeUtils: { importESModule(url: string): Record<string, unknown> };
  /** The doorhangers under the address bar: permission prompts among them. */
  PopupNotifications: { panel: Element & { state: string } };
}

/** One doorhanger of `PopupNotifications.panel`, with its two buttons. */
type Doorhanger = Element & { button: HTMLElement; secondaryButton: HTMLElement };

/** Firefox's prompt for the permissions an extension asks for while it runs. */
export interface PermissionPrompt {
  /** Everything the prompt says: who asks, and for what. */
  text: string;
  allow: string;
  deny: string;
}

interface BidiReply {
  result: unknown;
}
interface BidiConnection {
  send(method: string, params: object): Promise<BidiReply>;
}
interface BrowsingContextInfo {
  context: string;
  url: string;
  children?: BrowsingContextInfo[];
}

/** Quiet on a closed network, and a fixed origin for the extension. */
function preferences(locale: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'intl.locale.requested': locale === 'ko' ? 'ko' : 'en-US',
    'browser.region.network.url': '',
    'browser.topsites.contile.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'app.normandy.enabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'media.autoplay.default': 5,
    // Firefox's own notification window closes itself after 4 s, before a busy machine's
    // test may read it: it stays until the test ends, and never goes to the desktop's.
    'alerts.totalOpenTime': 600_000,
    'alerts.useSystemBackend': false,
    ...extra,
  };
}

function serialiseCall(fn: (...args: never[]) => unknown, prelude: string): string {
  // The result goes back as JSON text: BiDi's own serialisation of values would do, but
  // JSON is what the tests compare against, and `undefined` becomes null.
  // `__name`: what esbuild (tsx) wraps named functions in; the page does not have it.
  return `async function (json) {
    const __name = (target) => target;
    const args = JSON.parse(json);
    ${prelude}
    const value = await (${fn.toString()})(...args);
    return JSON.stringify(value === undefined ? null : value);
  }`;
}

/** One running Firefox with the extension installed. */
export class Firefox {
  private harness: string | null = null;
  private chromeContext: string | null = null;

  private constructor(
    readonly browser: Browser,
    private readonly connection: BidiConnection,
  ) {}

  /** Launches Firefox on a fresh profile and installs the build in `extensionDir`. */
  static async launch({
    profileDir,
    extensionDir,
    locale = 'en',
    prefs = {},
  }: {
    profileDir: string;
    extensionDir: string;
    locale?: string;
    prefs?: Record<string, unknown>;
  }): Promise<Firefox> {
    const executablePath = ensureFirefox();
    ensureFirefoxLocale(locale, executablePath);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: preferences(locale, prefs),
      defaultViewport: null,
    });
    const connection = (browser as unknown as { connection?: BidiConnection }).connection;
    if (!connection) {
      await browser.close();
      throw new Error('puppeteer-core did not open a WebDriver BiDi connection to Firefox.');
    }
    const firefox = new Firefox(browser, connection);
    try {
      const id = await browser.installExtension(extensionDir);
      if (id !== GECKO_ID) throw new Error(`Installed ${id}, expected ${GECKO_ID}.`);
      // Installing starts the event page; a busy machine may take seconds to. Tests begin
      // once it runs, as a person's first gesture comes after the add-on is installed.
      await waitFor(
        async () => (await firefox.backgroundState()) === 'running',
        'the event page to start after the install',
        30_000,
      );
    } catch (error) {
      await browser.close();
      throw error;
    }
    return firefox;
  }

  /** The manifest of the installed build. */
  static manifest(extensionDir: string): Record<string, unknown> {
    return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async send<T>(method: string, params: object): Promise<T> {
    return (await this.connection.send(method, params)).result as T;
  }

  private async tree(scope?: 'chrome'): Promise<BrowsingContextInfo[]> {
    const { contexts } = await this.send<{ contexts: BrowsingContextInfo[] }>(
      'browsingContext.getTree',
      scope ? { 'moz:scope': scope } : {},
    );
    return contexts;
  }

  /** Calls `fn(...args)` in a browsing context and returns its JSON-able result. */
  async evaluateIn<A extends unknown[], T>(
    context: string,
    fn: (...args: A) => T | Promise<T>,
    args: A,
    prelude = '',
  ): Promise<T> {
    const reply = await this.send<{
      type: 'success' | 'exception';
      result?: { value?: string };
      exceptionDetails?: { text: string };
    }>('script.callFunction', {
      functionDeclaration: serialiseCall(fn as (...a: never[]) => unknown, prelude),
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') throw new Error(reply.exceptionDetails?.text ?? 'exception');
    return JSON.parse(reply.result?.value ?? 'null') as T;
  }

  /** Calls `fn(window, ...args)` in the browser window (Firefox's chrome, privileged). */
  async evaluateChrome<A extends unknown[], T>(
    fn: (window: ChromeWindow, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    this.chromeContext ??= (await this.tree('chrome'))[0]!.context;
    return this.evaluateIn(
      this.chromeContext,
      fn as (...a: unknown[]) => T,
      args as unknown[],
      'args.unshift(globalThis);',
    );
  }

  /** Opens an extension page in a new background tab; returns its browsing context. */
  async openExtensionTab(path: string): Promise<ExtensionTab> {
    const url = `${EXTENSION_ORIGIN}/${path}`;
    const before = new Set((await this.tree()).map((c) => c.context));
    await this.evaluateChrome((w, address) => {
      const principal = w.Services.scriptSecurityManager.getSystemPrincipal();
      w.gBrowser.addTab(address, { triggeringPrincipal: principal });
    }, url);
    const context = await waitFor(async () => {
      const fresh = (await this.tree()).find((c) => !before.has(c.context));
      return fresh?.context ?? null;
    }, `the tab of ${url}`);
    const tab = new ExtensionTab(this, context);
    // The page is ready once its own script may run; `browser` exists in it from the start.
    await waitFor(
      () =>
        tab
          .evaluate(
            (w, expected) => w.location.href === expected && w.document.readyState === 'complete',
            url,
          )
          .catch(() => false),
      `${url} loaded`,
    );
    return tab;
  }

  /**
   * An extension page kept open for the tests' own calls (storage, the background page,
   * the popup's view): `privacy.html`, which runs no script of its own.
   */
  async extensionPage(): Promise<ExtensionTab> {
    this.harness ??= (await this.openExtensionTab('privacy.html')).context;
    return new ExtensionTab(this, this.harness);
  }

  /** Opens `url` in a new tab, which becomes the selected one; returns it and its tab id. */
  async openWebPage(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    const harness = await this.extensionPage();
    const tabId = await harness.evaluate(async (w) => {
      const [tab] = await w.browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    });
    if (tabId === null) throw new Error(`No active tab for ${url}.`);
    return { page, tabId };
  }

  /**
   * Runs one of the extension's keyboard shortcuts in the selected tab, as a key press
   * does. `_execute_action` opens the popup (or, without one, clicks the action).
   */
  async pressShortcut(command: string): Promise<void> {
    const harness = await this.extensionPage();
    const shortcut = await harness.evaluate(async (w, name) => {
      const all = await w.browser.commands.getAll();
      return all.find((c) => c.name === name)?.shortcut ?? null;
    }, command);
    if (!shortcut) throw new Error(`The command ${command} has no shortcut in Firefox.`);
    const dispatched = await this.evaluateChrome(
      (w, id, keys) => {
        const widget = id.replace(/[^a-z0-9_-]/g, '_').toLowerCase();
        const keyset = w.document.getElementById(`ext-keyset-id-${widget}`);
        const parts = keys.split('+');
        const key = parts.pop()!;
        const names: Record<string, string> = {
          Alt: 'alt',
          Shift: 'shift',
          Ctrl: 'accel',
          Command: 'meta',
          MacCtrl: 'control',
        };
        const modifiers = parts
          .map((p) => names[p] ?? p.toLowerCase())
          .sort()
          .join(',');
        const element = [...(keyset?.children ?? [])].find(
          (k) =>
            k.getAttribute('key')?.toUpperCase() === key.toUpperCase() &&
            (k.getAttribute('modifiers') ?? '').split(',').sort().join(',') === modifiers,
        );
        if (!element) return false;
        element.dispatchEvent(new Event('command'));
        return true;
      },
      GECKO_ID,
      shortcut,
    );
    if (!dispatched) throw new Error(`Firefox registered no key for ${command} (${shortcut}).`);
  }

  /**
   * Gives the extension `activeTab` for the selected tab as a click on its toolbar button
   * does: the popup is switched off for that click, so none opens, then back on.
   */
  async grantActiveTab(): Promise<void> {
    const harness = await this.extensionPage();
    await harness.evaluate((w) => w.browser.action.setPopup({ popup: '' }));
    await this.pressShortcut('_execute_action');
    await harness.evaluate((w) => w.browser.action.setPopup({ popup: 'popup.html' }));
  }

  /**
   * Calls `fn(backgroundWindow, ...args)` in the extension's event page (started if it was
   * stopped: `runtime.getBackgroundPage` wakes it), from the tests' extension page.
   */
  async evaluateBackground<A extends unknown[], T>(
    fn: (background: ExtensionWindow, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    const harness = await this.extensionPage();
    return this.evaluateIn(
      harness.context,
      fn as (...a: unknown[]) => T,
      args as unknown[],
      'args.unshift(await globalThis.browser.runtime.getBackgroundPage());',
    );
  }

  /**
   * Opens the toolbar popup on the selected tab, as a click on the button does (the
   * shortcut that opens it runs the same code), and returns it once it is painted.
   */
  async openPopup(): Promise<PopupView> {
    const harness = await this.extensionPage();
    await this.pressShortcut('_execute_action');
    const popup = new PopupView(this, harness.context);
    await waitFor(() => popup.isOpen(), 'the popup to open');
    return popup;
  }

  /**
   * Takes the whole browser off the network or back (File → Work Offline): fetches fail
   * and pages see `navigator.onLine` false, then an `online` event.
   */
  async setOffline(offline: boolean): Promise<void> {
    await this.evaluateChrome((w, value) => {
      w.Services.io.offline = value;
    }, offline);
  }

  /**
   * Clicks the field labelled `label` in `tab` with the browser's own pointer (WebDriver
   * BiDi `input.performActions`) after bringing the tab to the front, as a person does.
   * Firefox runs `permissions.request` only in a handler of such input: after a script's
   * `click()` it refuses ("may only be called from a user input handler").
   */
  async clickAsPerson(tab: ExtensionTab, label: string): Promise<void> {
    await this.send('browsingContext.activate', { context: tab.context });
    const reply = await this.send<{
      type: 'success' | 'exception';
      result?: { sharedId?: string };
      exceptionDetails?: { text: string };
    }>('script.callFunction', {
      functionDeclaration: `function (label) {
        const __name = (target) => target;
        return (${domHelpers.toString()})(globalThis).aim(label);
      }`,
      arguments: [{ type: 'string', value: label }],
      target: { context: tab.context },
      awaitPromise: false,
      resultOwnership: 'root',
    });
    const sharedId = reply.result?.sharedId;
    if (reply.type === 'exception' || !sharedId)
      throw new Error(reply.exceptionDetails?.text ?? `No element for “${label}”.`);
    await this.send('input.performActions', {
      context: tab.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Firefox's permission prompt for the extension, while it shows; null otherwise. */
  permissionPrompt(): Promise<PermissionPrompt | null> {
    return this.evaluateChrome((w) => {
      const { panel } = w.PopupNotifications;
      const prompt = panel.querySelector('#addon-webext-permissions-notification');
      if (panel.state !== 'open' || !prompt) return null;
      return {
        text: (prompt.textContent ?? '').replace(/\s+/g, ' ').trim(),
        allow: prompt.getAttribute('buttonlabel') ?? '',
        deny: prompt.getAttribute('secondarybuttonlabel') ?? '',
      };
    });
  }

  /** Presses the permission prompt's Allow or Deny button. */
  async answerPermissionPrompt(answer: 'allow' | 'deny'): Promise<void> {
    const pressed = await this.evaluateChrome((w, which) => {
      const prompt = w.PopupNotifications.panel.querySelector(
        '#addon-webext-permissions-notification',
      ) as Doorhanger | null;
      if (!prompt) return false;
      (which === 'allow' ? prompt.button : prompt.secondaryButton).click();
      return true;
    }, answer);
    if (!pressed) throw new Error('No permission prompt to answer.');
  }

  /** Lays a tab out at `size` (CSS pixels), as a phone's screen would: BiDi's own viewport. */
  async setViewport(context: string, size: { width: number; height: number }): Promise<void> {
    await this.send('browsingContext.setViewport', { context, viewport: size });
  }

  /** Where the event page stands: 'running', 'suspending', 'stopped'… */
  backgroundState(): Promise<string> {
    return this.evaluateChrome((w, id) => {
      const { ExtensionParent } = w.ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionParent.sys.mjs',
      ) as { ExtensionParent: { GlobalManager: { getExtension(id: string): unknown } } };
      const extension = ExtensionParent.GlobalManager.getExtension(id) as {
        backgroundState?: string;
      };
      return String(extension.backgroundState);
    }, GECKO_ID);
  }

  /** Stops the extension's event page, as Firefox does when it is idle. */
  async terminateBackground(): Promise<void> {
    await this.evaluateChrome(async (w, id) => {
      const { ExtensionParent } = w.ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionParent.sys.mjs',
      ) as { ExtensionParent: { GlobalManager: { getExtension(id: string): unknown } } };
      const extension = ExtensionParent.GlobalManager.getExtension(id) as {
        terminateBackground(): Promise<void>;
      };
      await extension.terminateBackground();
    }, GECKO_ID);
  }
}
