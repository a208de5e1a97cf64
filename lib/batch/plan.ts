/**
 * From the tabs the browser listed to a batch's items: which tabs are tried, in which
 * mode and to which target, and which cannot be and why. Decided from the tab alone,
 * before any page is read, so the person sees at once what will not be saved. Pure.
 */
import { normalizeUrl } from '../notion/workspace/normalize-url';
import type { Batch, BatchItem, BatchMode, BatchScope, DuplicatePolicy } from './model';

/** What the browser tells of a tab (without the `tabs` permission: no address unless granted). */
export interface ListedTab {
  id?: number;
  url?: string;
  title?: string;
  /** Unloaded to save memory: its page is not in memory until the tab is shown. */
  discarded?: boolean;
}

// Extension galleries refuse script injection in every browser that hosts them; they
// still have a public address worth bookmarking.
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

/** Pages whose content no script can read, but whose web address can be bookmarked. */
function bookmarkOnly(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (STORE_PAGES.some((s) => s.host === host && (!s.path || path.startsWith(s.path)))) return true;
  // The PDF viewer is a browser page in the tab: scripts see an empty shell.
  return path.endsWith('.pdf');
}

/** A tab's first state and mode, from its address and whether it is loaded. */
export function classifyTab(
  tab: ListedTab,
  mode: BatchMode,
  hostAccess: boolean,
): Pick<BatchItem, 'mode' | 'state'> {
  // Without the `tabs` permission the browser tells a tab's address only where the
  // extension may read: with access to every website granted, a hidden address is not a
  // website's (a browser page, a file); without it, it is the missing access.
  if (!tab.url) {
    const why = hostAccess ? 'browser_page' : 'no_access';
    return { mode, state: { kind: 'not_capturable', why } };
  }
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return { mode, state: { kind: 'not_capturable', why: 'browser_page' } };
  }
  if (url.protocol === 'file:') {
    return { mode, state: { kind: 'not_capturable', why: 'local_file' } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { mode, state: { kind: 'not_capturable', why: 'browser_page' } };
  }
  // A store page or a PDF saves as what it can be: its address.
  const itsMode: BatchMode = bookmarkOnly(url) ? 'bookmark' : mode;
  // A bookmark needs only what the browser knows; an article needs the page, and
  // loading thirty unloaded tabs at once is what the browser unloaded them to avoid.
  if (tab.discarded && itsMode === 'article') {
    return { mode: itsMode, state: { kind: 'not_capturable', why: 'discarded' } };
  }
  return { mode: itsMode, state: { kind: 'waiting' } };
}

/**
 * One spelling of a page's address (no fragment, no tracking parameters): two tabs, or
 * a tab and a capture in the history, with the same key show the same page.
 */
export function samePageKey(url: string): string {
  return normalizeUrl(url);
}

export interface BatchOptions {
  id: string;
  now: number;
  scope: BatchScope;
  mode: BatchMode;
  duplicates: DuplicatePolicy;
  /** Whether the browser granted access to every website (`IMAGE_ORIGINS`). */
  hostAccess: boolean;
  /** The target a page at this address goes to (its rule's, else the default). */
  targetOf(url: string): string | null;
}

/**
 * The batch for `tabs`, one item per tab in their order. A page open in two tabs is
 * saved once (the later tabs are skipped and say so).
 */
export function planBatch(tabs: readonly ListedTab[], options: BatchOptions): Batch {
  const seen = new Set<string>();
  const items: BatchItem[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const url = tab.url ?? '';
    const { mode, state } = classifyTab(tab, options.mode, options.hostAccess);
    const base = { tabId: tab.id, url, title: (tab.title ?? '').trim(), mode };
    if (state.kind !== 'waiting') {
      items.push({ ...base, targetId: null, state });
      continue;
    }
    const targetId = options.targetOf(url);
    const key = `${targetId} ${samePageKey(url)}`;
    if (seen.has(key)) {
      items.push({ ...base, targetId, state: { kind: 'skipped', why: 'same_page' } });
      continue;
    }
    seen.add(key);
    items.push({ ...base, targetId, state });
  }
  return {
    id: options.id,
    createdAt: options.now,
    scope: options.scope,
    mode: options.mode,
    duplicates: options.duplicates,
    items,
  };
}
