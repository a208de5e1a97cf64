/**
 * The popup's static shell (`entrypoints/popup/index.html`): the ready state's first frame,
 * drawn from one storage read before React's module is even loaded. The popup's entry
 * (`entrypoints/popup/main.tsx`) paints it, waits for that frame, and only then imports
 * the React app, so neither the read's answer nor the frame waits behind React's
 * evaluation. React removes the shell in the commit that draws its own first card, so
 * the two are never on screen together and no frame is blank in between.
 *
 * The shell stays hidden unless storage names a target, so it never shows a card the
 * popup is not about to show.
 */
import { t } from '@/lib/i18n';
import { readFirstPaintTarget, type FirstPaintTarget } from '@/lib/storage/first-paint';
import { notionIconOrNull } from '@/lib/notion/api/notion-url';
import { targetKindLabel } from './target-kind';
import { markTargetsPainted } from './targets-painted';

export const SHELL_ID = 'popup-shell';

/** Removes the shell; called from a layout effect, before the frame React drew is painted. */
export function removeShell(): void {
  document.getElementById(SHELL_ID)?.remove();
}

/** Fills the shell's title row and target line; false when there is nothing to show. */
function fill(shell: HTMLElement, first: FirstPaintTarget): boolean {
  // React may have drawn first (and removed the shell): nothing is left to fill.
  if (first.kind !== 'target' || !shell.isConnected) return false;
  const { target } = first;
  const text = (selector: string, value: string) => {
    const element = shell.querySelector(selector);
    if (element) element.textContent = value;
  };
  shell.querySelector('.title-input')?.setAttribute('placeholder', t('popupUntitled'));
  text('.field-label', t('popupTargetLabel'));
  text('.target-title', target.title);
  text('.target-kind', targetKindLabel(target));
  // An icon that is an image waits for React, which checks where it points.
  const icon = notionIconOrNull(target.icon);
  text('.target-icon', icon && !/^https:\/\//.test(icon) ? icon : '📄');
  shell.hidden = false;
  return true;
}

/**
 * Reads where a save would go and paints it in the shell. Resolves once that frame has
 * been painted, or at once when the shell stays hidden (not connected yet, or a site
 * rule may choose another target: only React can tell).
 */
export async function paintShell(): Promise<void> {
  const first = await readFirstPaintTarget();
  // The entry is a module, run once the document is parsed: the shell is there.
  const shell = document.getElementById(SHELL_ID);
  if (shell && fill(shell, first)) await markTargetsPainted();
}
