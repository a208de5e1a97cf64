/**
 * The popup's first-paint read, started as early as the page allows: a classic script at
 * the top of the popup's head (`entrypoints/popup-early.ts`) asks `storage.local` while
 * the stylesheets and the module still load, and the module that paints the shell takes
 * the answer (`first-paint.ts`). The two are separate bundles, so the read in flight is
 * handed over on the page's global object, under one name.
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from './keys';

const IN_FLIGHT = '__quickCaptureFirstPaintRead';

type Holder = { [IN_FLIGHT]?: Promise<Record<string, unknown>> };

const read = () => browser.storage.local.get(Object.values(STORAGE_KEYS));

/** Starts the read (the early script). */
export function startFirstPaintRead(): void {
  (globalThis as Holder)[IN_FLIGHT] = read();
}

/** The read started early, once; a read of its own if none was (or it was taken). */
export function takeFirstPaintRead(): Promise<Record<string, unknown>> {
  const holder = globalThis as Holder;
  const started = holder[IN_FLIGHT];
  delete holder[IN_FLIGHT];
  return started ?? read();
}
