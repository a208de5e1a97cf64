import { resolveUrl } from '../../convert/build/urls';

// Pages that lazy-load images often keep the real image in a <noscript> beside a
// placeholder (Medium: a 60-pixel blur). Extraction drops <noscript>, so the pairs are
// read from the page first and the placeholders upgraded in the extracted article.

function noscriptImageSrc(noscript: Element): string | null {
  const images = noscript.querySelectorAll('img');
  if (images.length === 1) return images[0]?.getAttribute('src') ?? null;
  if (images.length > 1) return null;
  // With scripting on, browsers keep noscript content as unparsed text.
  const tags = (noscript.textContent ?? '').match(/<img\b[^>]*>/gi) ?? [];
  const src = tags.length === 1 ? /\ssrc\s*=\s*["']([^"']+)["']/i.exec(tags[0] ?? '') : null;
  return src?.[1]?.replace(/&amp;/g, '&') ?? null;
}

/** Images (with a src) just before `noscript`: its previous two siblings or inside them. */
function placeholdersBefore(noscript: Element): Element[] {
  const out: Element[] = [];
  let sibling = noscript.previousElementSibling;
  for (let i = 0; sibling && i < 2; i += 1, sibling = sibling.previousElementSibling) {
    // Another image's fallback marks the end of this image's neighbourhood.
    if (sibling.localName.toLowerCase() === 'noscript') break;
    const images =
      sibling.localName.toLowerCase() === 'img' ? [sibling] : [...sibling.querySelectorAll('img')];
    if (images.length > 1) break;
    out.push(...images.filter((img) => img.getAttribute('src')));
  }
  return out;
}

/**
 * Placeholder address → real address for lazily loaded images of `doc`, both resolved
 * against `baseUrl`. A placeholder seen with two different real images is left out, so
 * an upgrade can never put the wrong picture in place.
 */
export function findLazyImageUpgrades(doc: Document, baseUrl: string): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const noscript of doc.querySelectorAll('noscript')) {
    const real = resolveUrl(noscriptImageSrc(noscript), baseUrl);
    if (!real.ok) continue;
    for (const img of placeholdersBefore(noscript)) {
      const placeholder = resolveUrl(img.getAttribute('src'), baseUrl);
      if (!placeholder.ok || placeholder.url === real.url) continue;
      const known = found.get(placeholder.url);
      found.set(placeholder.url, known === undefined || known === real.url ? real.url : null);
    }
  }
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** Replaces placeholder images under `root` (a detached copy) by their real address. */
export function applyLazyImageUpgrades(
  root: ParentNode,
  upgrades: Map<string, string>,
  baseUrl: string,
): void {
  if (upgrades.size === 0) return;
  for (const img of root.querySelectorAll('img[src]')) {
    const src = resolveUrl(img.getAttribute('src'), baseUrl);
    const real = src.ok ? upgrades.get(src.url) : undefined;
    if (!real) continue;
    img.setAttribute('src', real);
    img.removeAttribute('srcset');
  }
}
