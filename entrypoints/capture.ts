import Defuddle from 'defuddle';
import { capturePageInSlices } from '@/lib/capture/capture-page';
import { useDefuddleBuild } from '@/lib/capture/page/defuddle-build';
import { pageHasMath } from '@/lib/capture/page/math-signal';
import { CAPTURE_GLOBAL, NEEDS_MATH_BUILD, type CaptureRequest } from '@/lib/capture/types';

// Injected on demand by `captureTab` (lib/capture/inject.ts) after a user gesture; the
// extension declares no content scripts. Defines one function in the extension's
// isolated world of the page; it reads the page, never changes it, and makes no
// network call. An article is read in slices, the page running in between. Carries
// defuddle's core build, about half the full one: a page with math takes
// /capture-math.js instead, and one that has gained math since this script came in is
// declined here, so that `captureTab` brings that one in. Built to /capture.js.
export default defineUnlistedScript(() => {
  useDefuddleBuild(() => Defuddle);
  Object.defineProperty(globalThis, CAPTURE_GLOBAL, {
    value: (request: CaptureRequest) =>
      request.mode === 'article' && pageHasMath(document)
        ? NEEDS_MATH_BUILD
        : capturePageInSlices(document, request, { url: location.href }),
    configurable: true,
  });
});
