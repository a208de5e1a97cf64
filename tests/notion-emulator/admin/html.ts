/**
 * HTML for the viewer. Stored content is untrusted: every string goes through `escapeHtml`,
 * links keep only http(s) targets, and the page is served with a CSP that forbids scripts.
 */
import type { Json } from '../json.ts';
import { isObject } from '../json.ts';
import { isHttpUrl } from '../validate/check.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A link only when the target is a web URL; anything else stays visible as text. */
export function link(href: string, label: string): string {
  return isHttpUrl(href)
    ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${label}</a>`
    : label;
}

/** Rich text with its annotations, escaped. */
export function richHtml(parts: Json | undefined): string {
  if (!Array.isArray(parts)) return '';
  return parts
    .map((part) => {
      if (!isObject(part)) return '';
      let html = escapeHtml(String(part.plain_text ?? ''));
      const a = isObject(part.annotations) ? part.annotations : {};
      if (a.code) html = `<code>${html}</code>`;
      if (a.bold) html = `<strong>${html}</strong>`;
      if (a.italic) html = `<em>${html}</em>`;
      if (a.strikethrough) html = `<s>${html}</s>`;
      if (a.underline) html = `<u>${html}</u>`;
      return typeof part.href === 'string' ? link(part.href, html) : html;
    })
    .join('');
}

export const VIEWER_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function document(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.callout{background:#f5f5f0;padding:.5rem 1rem;border-radius:4px}.muted{color:#777;font-size:.9em}
pre{background:#f6f6f6;padding:.75rem;overflow:auto}img{max-width:100%}</style></head>
<body>${body}</body></html>`;
}
