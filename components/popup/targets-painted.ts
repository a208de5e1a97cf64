/**
 * The benchmark's mark (`tests/bench/popup.ts`): the frame that first paints the target
 * read from storage. Two paths may paint it — the static shell (`shell.ts`) and React's
 * target picker — so the page's own performance timeline says whether it is set.
 */
export const TARGETS_PAINTED = 'popup:targets-painted';

/**
 * Sets the mark in the next frame, the one that paints what the caller just drew; the
 * first caller sets it, any later one leaves it. Resolves in that frame's callback.
 */
export function markTargetsPainted(): Promise<void> {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(TARGETS_PAINTED).length === 0) {
        performance.mark(TARGETS_PAINTED);
      }
      done();
    }),
  );
}
