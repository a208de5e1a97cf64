import { defineConfig } from 'wxt';
import { defuddleLinearVite } from './build/defuddle-linear';
import type { InlineConfig } from 'vite';

/** Entrypoint types built as HTML pages (WXT builds them together, apart from the worker). */
const PAGE_TYPES = new Set(['popup', 'options', 'unlisted-page']);
/** The popup page's first classic script (its first frame's storage read), built alone. */
const POPUP_EARLY = 'popup-early';

/**
 * The extension's pages take the browser's own `browser` (WXT's, `@wxt-dev/browser`)
 * instead of webextension-polyfill, about 2.4 kB gzipped off the popup. Every API the
 * pages call answers with a promise in Manifest V3; what the polyfill adds that the
 * extension needs — a `runtime.onMessage` listener answering with a promise — is used
 * only by the background worker, which keeps it. The popup's early script
 * (`entrypoints/popup-early.ts`) runs in the popup page and takes it too.
 */
function usePlainBrowserInPages(config: InlineConfig): void {
  const resolve = (config.resolve ??= {});
  const plain = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
  if (Array.isArray(resolve.alias)) {
    resolve.alias = [plain, ...resolve.alias.filter((a) => a.find !== 'wxt/browser')];
  } else {
    resolve.alias = { ...resolve.alias, 'wxt/browser': '@wxt-dev/browser' };
  }
}

// The manifest is the extension's security contract: every permission here is one a
// reviewer (and a user) must accept, so nothing is listed that a feature does not need.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Manifest V3 for every browser: WXT would build Firefox as MV2 by default.
  manifestVersion: 3,
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => PAGE_TYPES.has(e.type) || e.name === POPUP_EARLY))
        usePlainBrowserInPages(config);
    },
  },
  // `wxt build --mode test` is the test and demo build (lib/platform/build-mode.ts), written to
  // `.output/<browser>-mv3-test` beside the production build. WXT would also make its
  // libraries (React) their development builds; the test build should differ from
  // production only where `IS_TEST_BUILD` says so.
  // Every build rewrites defuddle's two passes that grow with the square of an article
  // (build/defuddle-linear.ts).
  vite: ({ mode }) => ({
    plugins: [defuddleLinearVite()],
    ...(mode === 'test'
      ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } }
      : {}),
  }),
  // The sources zip addons.mozilla.org asks for (`wxt zip -b firefox`): what git tracks,
  // not what the tests and the benchmark leave on this machine (.gitignore).
  zip: {
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'web-ext-artifacts/**',
      'bench-results.json',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: captures made offline for a day (articles, screenshots) all wait
    // in the outbox; without it the browser stops at 10 MB. It shows no install warning.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      'alarms',
      'notifications',
    ],
    // Notion sends no CORS headers, so every call leaves from the background worker,
    // which needs this host permission and no other.
    host_permissions: ['https://api.notion.com/*'],
    // Asked for at the moment a user turns on "upload images to Notion": the worker must
    // read image bytes from whatever site the image lives on.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Alt+Shift+N, C, P, W and X are taken by Chromium itself (the suggestion is then
    // silently dropped), and Ctrl/Cmd+Shift+K is Notion's own clipper.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandOpenPopup__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePage__',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandSaveSelection__',
      },
      'save-screenshot': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandSaveScreenshot__',
      },
      // No suggested key: the few Alt+Shift letters left are better kept for saving,
      // and a person who highlights assigns one (the options' shortcuts section says so).
      'highlight-selection': { description: '__MSG_commandHighlightSelection__' },
      // No key suggested: thirty tabs saved by a stray chord is not a small surprise.
      // The person picks one at chrome://extensions/shortcuts if they want it.
      'save-tabs': { description: '__MSG_commandSaveTabs__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quick-capture@notion-clipper.invalid',
              // 142 is the first release, desktop and Android, that reads data_collection_permissions.
              strict_min_version: '142.0',
              // What a person captures leaves the browser for their own Notion workspace.
              data_collection_permissions: { required: ['websiteContent'] },
            },
            // Firefox for Android runs the popup (from its menu, ⋮ → Extensions), the
            // options page and the queue. It has no context menus and no shortcuts: the
            // background skips them there and the options page says so.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
