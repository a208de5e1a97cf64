import { captureWith } from '@/lib/capture/capture-core';
import { CAPTURE_LIGHT_GLOBAL, type CaptureRequest } from '@/lib/capture/types';

// The light capture script: what `/capture.js` does for a bookmark, a selection, a link
// or an image, without the article extractor, so the popup's first read and those
// gestures inject a fraction of it. Injected on demand by `captureTab` (lib/capture/
// inject.ts), like `/capture.js`; reads the page, never changes it, makes no network
// call. Built to /capture-light.js.
export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, CAPTURE_LIGHT_GLOBAL, {
    value: (request: CaptureRequest) =>
      captureWith(null, document, request, { url: location.href }),
    configurable: true,
  });
});
