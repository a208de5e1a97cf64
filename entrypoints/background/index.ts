import { browser } from 'wxt/browser';
import { IS_TEST_BUILD } from '@/lib/platform/build-mode';
import { browserFeatures } from '@/lib/platform/browser-features';
import { registerHandlers } from '@/lib/messaging';
import { describeError } from '@/lib/notion/errors/describe-error';
import { Problem, describeProblem } from '@/lib/problems';
import { batchHandlers, resumeBatches } from './batch';
import { connectionHandlers } from './connections';
import { doctorHandlers } from './doctor';
import { exportHandlers } from './export';
import { drawForTab, highlightHandlers } from './highlights';
import { highlightSyncIdle, startHighlightSync } from './highlight-sync';
import { listenForGestures, onCommand, onMenuClick } from './gestures';
import { highlightPageHandlers } from './highlight-pages';
import { listedTargetHandlers } from './listed-targets';
import { previewPageHandlers } from './preview-page';
import { queueHandlers, startQueue } from './queue';
import { ruleDefaultHandlers } from './rule-defaults';
import { listenForRevisits } from './revisit';
import { ruleHandlers } from './rules';
import { settingsHandlers } from './settings';
import { targetHandlers } from './targets';

// Wiring only: each concern lives in its own file beside this one. Listeners are added
// synchronously at start, so the event that woke the worker (an alarm, a click on the
// menu, a shortcut) reaches them.
export default defineBackground(() => {
  registerHandlers(
    {
      ...connectionHandlers,
      ...doctorHandlers,
      ...targetHandlers,
      ...listedTargetHandlers,
      ...settingsHandlers,
      ...exportHandlers,
      ...queueHandlers,
      ...ruleHandlers,
      ...previewPageHandlers,
      ...ruleDefaultHandlers,
      ...highlightHandlers,
      ...highlightPageHandlers,
      ...batchHandlers,
    },
    (error) => (error instanceof Problem ? describeProblem(error) : describeError(error)),
  );
  // Firefox for Android has neither context menus nor shortcuts: there the popup is the
  // only gesture, and the queue must start all the same.
  listenForGestures(browserFeatures(browser));
  listenForRevisits();
  startQueue();
  startHighlightSync();
  void resumeBatches().catch(() => undefined);
  // The end-to-end tests call the gesture handlers here: Playwright cannot click a
  // context menu entry or press a browser shortcut. Only the test build has it: the
  // production bundle carries neither the hook nor its name (tests/e2e/production-build).
  if (IS_TEST_BUILD) {
    Object.assign(globalThis, {
      quickCaptureGestures: { onCommand, onMenuClick },
      quickCaptureHighlights: { drawForTab, syncIdle: highlightSyncIdle },
    });
  }
});
