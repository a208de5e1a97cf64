import { capturePageInSlices } from '@/lib/capture/capture-page';
import { CAPTURE_GLOBAL, type CaptureRequest } from '@/lib/capture/types';

// Injected on demand by `captureTab` (lib/capture/inject.ts) after a user gesture; the
// extension declares no content scripts. Defines one function in the extension's
// isolated world of the page; it reads the page, never changes it, and makes no
// network call. An article is read in slices, the page running in between. Built to
// /capture.js.
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, CAPTURE_GLOBAL, {
    value: (request: CaptureRequest) =>
      capturePageInSlices(document, request, { url: location.href }),
    configurable: true,
  });
});
