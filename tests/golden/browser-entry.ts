// Bundled by in-browser.test.ts and loaded into a real Chromium page: the same capture
// code the extension injects, exposed for the test to call.
import '../../lib/capture/page/defuddle-per-page';
import { capturePage } from '../../lib/capture/capture-page';
import { blocksText } from '../../lib/convert/testing/block-text';
import { findLimitViolations } from '../../lib/notion/api/limit-check';
import type { CaptureRequest } from '../../lib/capture/types';

Object.assign(globalThis, {
  quickCaptureTest: (request: CaptureRequest) => {
    const capture = capturePage(document, request, { url: location.href });
    return {
      capture,
      blockText: blocksText(capture.blocks),
      violations: findLimitViolations(capture.blocks),
    };
  },
});
