/**
 * The toolbar button's context menu entries for many tabs: "Save the selected tabs" and
 * "Save all tabs in this window", each as bookmarks or full articles. Pure, like the
 * page's menu (`lib/save/menus.ts`).
 */
import { translate, type Locale } from '../i18n';
import type { BatchMode, BatchScope } from './model';

export interface ActionMenuEntry {
  id: string;
  parentId?: string;
  title: string;
  contexts: ['action'];
}

const PREFIX = 'tabs';
const SEPARATOR = '::';
const SCOPES: { scope: BatchScope; key: 'menuSaveSelectedTabs' | 'menuSaveWindowTabs' }[] = [
  { scope: 'selected', key: 'menuSaveSelectedTabs' },
  { scope: 'window', key: 'menuSaveWindowTabs' },
];
const MODES: { mode: BatchMode; key: 'menuTabsAsBookmarks' | 'menuTabsAsArticles' }[] = [
  { mode: 'bookmark', key: 'menuTabsAsBookmarks' },
  { mode: 'article', key: 'menuTabsAsArticles' },
];

/** Two entries with two choices each (Chromium shows at most six entries there). */
export function batchMenu(locale: Locale): ActionMenuEntry[] {
  const entries: ActionMenuEntry[] = [];
  for (const { scope, key } of SCOPES) {
    const parentId = `${PREFIX}${SEPARATOR}${scope}`;
    entries.push({ id: parentId, title: translate(locale, key), contexts: ['action'] });
    for (const choice of MODES) {
      entries.push({
        id: `${parentId}${SEPARATOR}${choice.mode}`,
        parentId,
        title: translate(locale, choice.key),
        contexts: ['action'],
      });
    }
  }
  return entries;
}

/** Reads a clicked entry back, or null when it is not one of these. */
export function parseBatchMenuId(
  id: string | number,
): { scope: BatchScope; mode: BatchMode } | null {
  const [prefix, scope, mode] = String(id).split(SEPARATOR);
  if (prefix !== PREFIX) return null;
  const knownScope = SCOPES.find((s) => s.scope === scope)?.scope;
  const knownMode = MODES.find((m) => m.mode === mode)?.mode;
  return knownScope && knownMode ? { scope: knownScope, mode: knownMode } : null;
}
