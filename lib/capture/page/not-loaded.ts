/**
 * What a long page had not loaded when it was captured: parts behind an in-page
 * "Read more" that was never opened. The capture takes the page as it is (whatever was
 * loaded or opened is in it); these are only counted, for the loss report to say so.
 * Images a lazy loader had not given an address yet are counted by the converter
 * (`image_not_loaded`).
 */

// Buttons that open more of the page in place, in the languages the extension speaks.
const MORE =
  /^(?:(?:read|show|see|view)\s+(?:the\s+)?(?:more|full|rest|all)\b|continue\s+reading|load\s+more|expand\b|더\s?보기|전체\s?보기|펼치기|펼쳐\s?보기|계속\s?읽기)/i;
// In-page controls: a button, or a link that goes nowhere but runs the page's script.
const CONTROLS =
  'button, [role="button"], a:not([href]), a[href="#"], a[href^="javascript:"], [aria-expanded="false"]';
// Site chrome: its "Show more" opens menus and lists, not the article.
const CHROME = 'nav, header, footer, aside, [role="navigation"], [hidden], [aria-hidden="true"]';

/** Whether `el` takes space on the page (always, where there is no layout: linkedom). */
function shown(el: Element): boolean {
  return typeof el.getClientRects !== 'function' || el.getClientRects().length > 0;
}

/** In-page "Read more" controls of `doc` still closed: parts of the page not loaded. */
export function countClosedMore(doc: Document): number {
  let count = 0;
  for (const el of doc.querySelectorAll(CONTROLS)) {
    if (el.getAttribute('aria-expanded') === 'true') continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > 40 || !MORE.test(text)) continue;
    if (el.closest(CHROME) || !shown(el)) continue;
    // A control inside another counted one (a span with role=button in a button).
    if (el.parentElement?.closest(CONTROLS)) continue;
    count += 1;
  }
  return count;
}
