/**
 * "Copy images into Notion" is on only when the person turned it on and the browser
 * still grants the optional access to websites it needs (the background fetches each
 * image from its site). Either can change at any time (the browser's own settings can
 * withdraw the access), so both are read at the moment of a capture.
 */
import { browser } from 'wxt/browser';
import { settingsItem } from '../storage';

/** The optional host permission (never in the manifest's required permissions). */
export const IMAGE_ORIGINS = ['https://*/*', 'http://*/*'];

/** Whether the images of a capture made now are copied into Notion. */
export async function imageUploadsAllowed(): Promise<boolean> {
  if (!(await settingsItem.getValue()).uploadImages) return false;
  try {
    return await browser.permissions.contains({ origins: IMAGE_ORIGINS });
  } catch {
    return false;
  }
}
