/**
 * The optional host permission image upload needs: the background must fetch image
 * bytes from whatever site an image lives on. Asked for only when the person turns the
 * setting on, and handed back when they turn it off.
 */
import { browser } from 'wxt/browser';
import { IMAGE_ORIGINS } from '@/lib/save/image-access';

export { IMAGE_ORIGINS };

/**
 * Asks for the permission. Must be called straight from the click handler, before any
 * `await`: browsers show the prompt only during the user's gesture.
 */
export function requestImagePermission(): Promise<boolean> {
  return browser.permissions.request({ origins: IMAGE_ORIGINS });
}

export function hasImagePermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: IMAGE_ORIGINS });
}

export async function releaseImagePermission(): Promise<void> {
  await browser.permissions.remove({ origins: IMAGE_ORIGINS });
}
