/**
 * "Show my highlights when I revisit a page": opt-in, and on only while the browser
 * grants the optional access to websites it needs (without a gesture, only that access
 * lets the background script a page). Either can change at any time — the browser's own
 * settings can withdraw the access — so both are read each time a page loads.
 */
import { browser } from 'wxt/browser';
import { IMAGE_ORIGINS } from '../save/image-access';
import { settingsItem } from '../storage';

/**
 * The optional host permission the setting asks for: the same one image copying asks
 * for (never a required permission), so a person who allowed one is not asked again.
 */
export const REVISIT_ORIGINS = IMAGE_ORIGINS;

/** Whether highlights are drawn on a page that loads now, without a gesture. */
export async function revisitDrawingAllowed(): Promise<boolean> {
  if (!(await settingsItem.getValue()).showHighlightsOnRevisit) return false;
  try {
    return await browser.permissions.contains({ origins: REVISIT_ORIGINS });
  } catch {
    return false;
  }
}
