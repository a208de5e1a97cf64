import { t } from '@/lib/i18n';
import { readFirstPaintTarget, type FirstPaintTarget } from '@/lib/storage/first-paint';
import { notionIconOrNull } from '@/lib/notion/api/notion-url';
import { SHELL_ID } from '@/components/popup/shell';
import { targetKindLabel } from '@/components/popup/target-kind';
import { markTargetsPainted } from '@/components/popup/targets-painted';

// The popup's first frame before React: its page loads this classic script at the top of
// its head, ahead of its stylesheets and its module (Manifest V3 allows no inline script),
// so the storage read starts while the rest still loads and answers before React's module
// is evaluated. It fills the static shell's target line with where a save would go. The
// shell stays hidden unless storage names a target, so it never shows a card the popup is
// not about to show. Built to /popup-shell.js.

function paint(shell: HTMLElement, first: FirstPaintTarget): void {
  // React may have drawn first (and removed the shell): nothing is left to fill.
  if (first.kind !== 'target' || !shell.isConnected) return;
  const { target } = first;
  const fill = (selector: string, text: string) => {
    const element = shell.querySelector(selector);
    if (element) element.textContent = text;
  };
  shell.querySelector('.title-input')?.setAttribute('placeholder', t('popupUntitled'));
  fill('.field-label', t('popupTargetLabel'));
  fill('.target-title', target.title);
  fill('.target-kind', targetKindLabel(target));
  // An icon that is an image waits for React, which checks where it points.
  const icon = notionIconOrNull(target.icon);
  fill('.target-icon', icon && !/^https:\/\//.test(icon) ? icon : '📄');
  shell.hidden = false;
  markTargetsPainted();
}

export default defineUnlistedScript(() => {
  void readFirstPaintTarget().then((first) => {
    const shell = document.getElementById(SHELL_ID);
    if (shell) return paint(shell, first);
    // Still parsing: the shell is there once the document is ("interactive" comes before
    // the module runs; DOMContentLoaded only after).
    const onReady = () => {
      const parsed = document.getElementById(SHELL_ID);
      if (document.readyState === 'loading' || !parsed) return;
      document.removeEventListener('readystatechange', onReady);
      paint(parsed, first);
    };
    document.addEventListener('readystatechange', onReady);
  });
});
