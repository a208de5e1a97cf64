/**
 * "Copy images into Notion" is on only when the person turned it on and the browser
 * still grants the optional access to websites it needs (the background fetches each
 * image from its site). Either can change at any time (the browser's own settings can
 * withdraw the access), so both are read at the moment of a capture.
 */
import { browser } from 'wxt/browser';
import { MIRRORED, readMirrored } from '../storage/mirror';

/** The optional host permission (never in the manifest's required permissions). */
export const IMAGE_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * Whether the browser grants the optional access to websites now. A PDF tab's file is
 * copied whenever it does: the person saved the file itself, so no setting is asked.
 */
export async function hostAccessGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: IMAGE_ORIGINS });
  } catch {
    return false;
  }
}

/** Whether the images of a capture made now are copied into Notion. */
export async function imageUploadsAllowed(): Promise<boolean> {
  // Read as the pages read it (the popup asks before it saves): no item is defined there.
  const [settings] = await readMirrored([MIRRORED.settings]);
  return settings.uploadImages && (await hostAccessGranted());
}
