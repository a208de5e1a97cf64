/**
 * The optional host permission "Show my highlights when I revisit a page" needs: the
 * background draws on a page as it loads, with no gesture to grant `activeTab`. It is
 * the access image copying asks for too, so it is handed back only when neither
 * setting still uses it.
 */
import { browser } from 'wxt/browser';
import { REVISIT_ORIGINS } from '@/lib/highlights/revisit';

/**
 * Asks for the permission. Must be called straight from the click handler, before any
 * `await`: browsers show the prompt only during the user's gesture.
 */
export function requestRevisitPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: REVISIT_ORIGINS });
}

export function hasRevisitPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: REVISIT_ORIGINS });
}

export async function releaseRevisitPermission(): Promise<void> {
  await browser.permissions.remove({ origins: REVISIT_ORIGINS });
}
