/**
 * What a browser offers besides the toolbar popup. Firefox for Android has no context
 * menus and no keyboard shortcuts for extensions: `browser.contextMenus` and
 * `browser.commands` are not there at all, so touching them throws. The popup (from the
 * browser's menu, ⋮ → Extensions) and the options page are what it offers instead.
 */
export interface GesturesOffered {
  menus: boolean;
  shortcuts: boolean;
}

/** Reads what `api` (the extension's `browser`) has. */
export function gesturesOffered(api: {
  contextMenus?: unknown;
  commands?: unknown;
}): GesturesOffered {
  return { menus: Boolean(api.contextMenus), shortcuts: Boolean(api.commands) };
}
