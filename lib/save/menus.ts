/**
 * The context menu as data: which entries exist for the current targets. Pure, so the
 * rules (a submenu only when there is a choice, the default first) are tested without a
 * browser; the background only applies the list with `contextMenus.create`.
 */
import type { Locale } from '../i18n';
import { translate } from '../i18n';
import type { Target } from '../notion/types';
import { orderTargets } from './target-order';

export type MenuAction = 'page' | 'selection' | 'link' | 'image';
type MenuContext = 'page' | 'selection' | 'link' | 'image';
/** At least one context: `contextMenus.create` refuses an empty list. */
type Contexts = [MenuContext, ...MenuContext[]];

export interface MenuEntry {
  id: string;
  parentId?: string;
  title: string;
  contexts: Contexts;
}

const ACTIONS: {
  action: MenuAction;
  key: Parameters<typeof translate>[1];
  contexts: Contexts;
}[] = [
  { action: 'page', key: 'menuSavePage', contexts: ['page'] },
  { action: 'selection', key: 'menuSaveSelection', contexts: ['selection'] },
  { action: 'link', key: 'menuSaveLink', contexts: ['link'] },
  { action: 'image', key: 'menuSaveImage', contexts: ['image'] },
];

const SEPARATOR = '::';

/** The one entry shown before any target exists: it opens the options page. */
export const CONNECT_MENU_ID = 'connect';

/** The menu entries for these targets: one entry per action, with a submenu of targets when there are several. */
export function buildMenu(
  targets: Target[],
  defaultId: string | null,
  locale: Locale,
): MenuEntry[] {
  if (targets.length === 0) {
    const contexts: Contexts = ['page', 'selection', 'link', 'image'];
    return [{ id: CONNECT_MENU_ID, title: translate(locale, 'menuConnectFirst'), contexts }];
  }
  // In the person's order, default first: menu entries stay where the hand learned them.
  const ordered = orderTargets(targets, defaultId, []).map(({ target }) => target);
  const entries: MenuEntry[] = [];
  for (const { action, key, contexts } of ACTIONS) {
    entries.push({ id: action, title: translate(locale, key), contexts });
    if (ordered.length < 2) continue;
    for (const target of ordered) {
      const title =
        target.id === ordered[0]!.id && defaultId === target.id
          ? translate(locale, 'menuDefaultTarget', { title: target.title })
          : target.title;
      entries.push({ id: `${action}${SEPARATOR}${target.id}`, parentId: action, title, contexts });
    }
  }
  return entries;
}

/** Reads a clicked entry id back: the action, and the target when one was picked. */
export function parseMenuId(
  id: string | number,
): { action: MenuAction; targetId: string | null } | null {
  const [action, targetId] = String(id).split(SEPARATOR);
  if (!ACTIONS.some((a) => a.action === action)) return null;
  return { action: action as MenuAction, targetId: targetId ?? null };
}
