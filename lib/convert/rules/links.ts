import type { Rule } from '../flow';
import { isSamePageAnchor, resolveUrl } from '../build/urls';

// Footnote back-links (↩) point back into the page; in Notion they lead nowhere.
function isBackReference(a: Element): boolean {
  const cls = a.getAttribute('class') ?? '';
  const href = a.getAttribute('href') ?? '';
  return (
    /footnote-backref|reversefootnote/.test(cls) ||
    a.getAttribute('role') === 'doc-backlink' ||
    /^#fnref/.test(href)
  );
}

/**
 * Links become rich-text links when Notion accepts the address: absolute http(s) up to
 * 2000 characters. Other schemes (`javascript:`, `data:`, `mailto:`), broken and
 * over-long addresses leave plain text (reported). Links within the page (`#section`)
 * stay plain text: they would lead back to the web page, not within the Notion page.
 */
export const anchorRule: Rule = (el, flow, style, ctx) => {
  if (isBackReference(el)) return;
  const href = el.getAttribute('href');
  let link: string | null = null;
  if (href !== null && !isSamePageAnchor(href, ctx.baseUrl)) {
    const resolved = resolveUrl(href, ctx.baseUrl);
    if (resolved.ok) link = resolved.url;
    else ctx.losses.add(resolved.problem === 'too_long' ? 'link_too_long' : 'link_unsupported');
  }
  ctx.children(el, flow, { ...style, link });
};

/**
 * A footnote reference (`<sup><a href="#fn1">1</a></sup>`) reads `[1]`, since Notion
 * has no superscript; other superscripts keep their text.
 */
export const footnoteRefRule: Rule = (el, flow, style, ctx) => {
  const anchor = el.querySelector('a[href]');
  const label = (el.textContent ?? '').trim();
  if (anchor && label.length <= 12 && isSamePageAnchor(anchor.getAttribute('href'), ctx.baseUrl)) {
    flow.inline.text(/^\[.*\]$/.test(label) ? label : `[${label}]`, style);
    return;
  }
  ctx.children(el, flow, style);
};
