/**
 * The page the rule preview tests against: the tab the person was last looking at. The
 * options page is a tab too, often the active one of that very window, so it is never
 * picked: the active tab of the last focused window if that is not the options page,
 * else the most recently used other tab of that window, else of any window.
 */

/** What the browser tells of a tab (`tabs.Tab`), as far as the choice needs. */
export interface TabLike {
  id?: number;
  windowId?: number;
  active?: boolean;
  lastAccessed?: number;
  /** Absent for a tab the extension may not read (no `activeTab` grant for it). */
  url?: string;
}

/** The tab to preview, or null when there is none but `excludeId`. */
export function pickPreviewTab<T extends TabLike>(
  tabs: readonly T[],
  focusedWindowId: number | null,
  excludeId: number | null,
  ownOrigin: string,
): T | null {
  const candidates = tabs.filter(
    (t) => t.id !== undefined && t.id !== excludeId && !t.url?.startsWith(ownOrigin),
  );
  const recent = (list: T[]) =>
    [...list].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? null;
  const inFocused = candidates.filter((t) => t.windowId === focusedWindowId);
  return inFocused.find((t) => t.active) ?? recent(inFocused) ?? recent(candidates);
}
