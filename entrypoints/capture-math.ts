import Defuddle from 'defuddle/full';
import { capturePageInSlices } from '@/lib/capture/capture-page';
import { useDefuddleBuild } from '@/lib/capture/page/defuddle-build';
import { CAPTURE_MATH_GLOBAL, type CaptureRequest } from '@/lib/capture/types';

// `/capture.js` with defuddle's full build, which reads a page's math (MathML, MathJax,
// KaTeX) as LaTeX: injected by `captureTab` (lib/capture/inject.ts) instead of
// /capture.js on a page that has math (lib/capture/page/math-signal.ts). Same rules:
// on demand after a gesture, one function in the extension's isolated world, reads the
// page without changing it, no network call. Built to /capture-math.js.
export default defineUnlistedScript(() => {
  useDefuddleBuild(() => Defuddle);
  Object.defineProperty(globalThis, CAPTURE_MATH_GLOBAL, {
    value: (request: CaptureRequest) =>
      capturePageInSlices(document, request, { url: location.href }),
    configurable: true,
  });
});
