/**
 * The extension's pages as the tests reach them in Firefox: a tab (a browsing context
 * of its own) and the toolbar popup, a panel of the browser window that WebDriver BiDi
 * does not list. The popup is reached from the tests' extension tab through
 * `extension.getViews({ type: 'popup' })`, the API Firefox gives extension pages to
 * find each other.
 */
import { domHelpers, type Dom } from './dom';
import type { Firefox } from './firefox';

/** `extension.getViews`, `browser.*`: what an extension page's window has. */
export type ExtensionWindow = Window & typeof globalThis & { browser: typeof chrome };

const withDom = (windowExpression: string) =>
  `args.unshift((${domHelpers.toString()})(${windowExpression}));`;

/** A tab showing one of the extension's pages. */
export class ExtensionTab {
  constructor(
    private readonly firefox: Firefox,
    readonly context: string,
  ) {}

  /** Calls `fn(window, ...args)` in the page; `window.browser` is the extension's API. */
  evaluate<A extends unknown[], T>(
    fn: (window: ExtensionWindow, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    return this.firefox.evaluateIn(
      this.context,
      fn as (...a: unknown[]) => T,
      args as unknown[],
      'args.unshift(globalThis);',
    );
  }

  /** Calls `fn(dom, ...args)` on the page (see `Dom`). */
  act<A extends unknown[], T>(
    fn: (dom: Dom, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    return this.firefox.evaluateIn(
      this.context,
      fn as (...a: unknown[]) => T,
      args as unknown[],
      withDom('globalThis'),
    );
  }
}

/**
 * Polls `probe` until it answers something other than null/false; throws after
 * `timeout` ms with what it waited for. A condition, never a fixed sleep; the default
 * ceiling leaves a busy machine room (the same waits take a few seconds when idle).
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | false>,
  what: string,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The toolbar popup, while it is open. */
export class PopupView {
  constructor(
    private readonly firefox: Firefox,
    private readonly harness: string,
  ) {}

  /** True while Firefox shows the popup and its page has painted. */
  isOpen(): Promise<boolean> {
    return this.firefox.evaluateIn(
      this.harness,
      () => {
        const browser = (globalThis as unknown as ExtensionWindow).browser;
        const [view] = browser.extension.getViews({ type: 'popup' });
        return Boolean(view?.document.querySelector('#root > *'));
      },
      [],
    );
  }

  /** Calls `fn(dom, ...args)` on the popup's page (see `Dom`). */
  act<A extends unknown[], T>(
    fn: (dom: Dom, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    return this.firefox.evaluateIn(
      this.harness,
      fn as (...a: unknown[]) => T,
      args as unknown[],
      `const [view] = globalThis.browser.extension.getViews({ type: 'popup' });
       if (!view) throw new Error('The popup is closed.');
       ${withDom('view')}`,
    );
  }
}
