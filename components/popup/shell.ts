/**
 * The popup's static shell (`entrypoints/popup/index.html`): the ready state's first frame
 * drawn before React runs, filled in by `entrypoints/popup-shell.ts`. React removes it in
 * the commit that draws its own first card, so the two are never on screen together and
 * no frame is blank in between.
 */
export const SHELL_ID = 'popup-shell';

/** Removes the shell; called from a layout effect, before the frame React drew is painted. */
export function removeShell(): void {
  document.getElementById(SHELL_ID)?.remove();
}
