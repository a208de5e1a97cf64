import { browser } from 'wxt/browser';
import { browserFeatures } from '@/lib/browser-features';

/** What this browser lets the popup offer (read once: it does not change while open). */
export const popupFeatures = browserFeatures(browser);
