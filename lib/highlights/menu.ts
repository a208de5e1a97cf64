/**
 * The "Highlight" context menu entry and its colour submenu, as data (the background
 * applies the list with `contextMenus.create`, beside the save entries of
 * `lib/save/menus.ts`). Shown on a selection whatever the targets: a highlight is kept
 * in the browser first.
 */
import { translate, type Locale } from '../i18n';
import type { MenuEntry } from '../save/menus';
import { HIGHLIGHT_COLORS, type HighlightColor } from './model';

/** The colours offered, in the order Notion's own colour menu lists the bright ones first. */
export const MENU_COLORS = [
  'yellow',
  'green',
  'blue',
  'pink',
  'purple',
  'orange',
  'red',
  'brown',
  'gray',
] as const satisfies readonly Exclude<HighlightColor, 'default'>[];

const PARENT = 'highlight';
const PREFIX = `${PARENT}::`;

/** The entry and one child per colour. */
export function highlightMenu(locale: Locale): MenuEntry[] {
  return [
    { id: PARENT, title: translate(locale, 'menuHighlight'), contexts: ['selection'] },
    ...MENU_COLORS.map((color): MenuEntry => ({
      id: `${PREFIX}${color}`,
      parentId: PARENT,
      title: translate(locale, `highlightColor_${color}`),
      contexts: ['selection'],
    })),
  ];
}

/** The colour a clicked entry stands for; null when it is not a highlight entry. */
export function highlightMenuColor(id: string | number): HighlightColor | null {
  const text = String(id);
  if (!text.startsWith(PREFIX)) return null;
  const color = text.slice(PREFIX.length);
  return (HIGHLIGHT_COLORS as readonly string[]).includes(color) ? (color as HighlightColor) : null;
}
