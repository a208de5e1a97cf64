/**
 * What this browser lets the extension offer besides the toolbar popup and the options
 * page. Firefox for Android has no context menus and no keyboard shortcuts for
 * extensions — `browser.contextMenus` and `browser.commands` are not there at all, so
 * touching them throws — and no `tabs.captureVisibleTab`, so no screenshots. There the
 * popup (from the browser's menu, ⋮ → Extensions) and the options page are what it
 * offers instead, and the options page says so.
 */
export interface BrowserFeatures {
  /** The right-click menu (`contextMenus`). */
  menus: boolean;
  /** Keyboard shortcuts (`commands`). */
  shortcuts: boolean;
  /** Screenshots of the visible tab (`tabs.captureVisibleTab`). */
  screenshots: boolean;
}

/** The parts of the extension's `browser` that tell; any of them may be missing. */
export interface FeatureApis {
  contextMenus?: unknown;
  commands?: unknown;
  tabs?: { captureVisibleTab?: unknown };
}

/** Reads what `api` (the extension's `browser`) has. */
export function browserFeatures(api: FeatureApis): BrowserFeatures {
  return {
    menus: Boolean(api.contextMenus),
    shortcuts: Boolean(api.commands),
    screenshots: typeof api.tabs?.captureVisibleTab === 'function',
  };
}
