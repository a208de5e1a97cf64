// Lazy-loading scripts keep the real address of an image in an attribute and put a
// placeholder (a 1×1 GIF, a blurred thumbnail) in `src` until the image scrolls into
// view. A capture happens before that, so the real address is read from where these
// scripts keep it, and from `srcset` / `<picture>`, taking the largest candidate.
const LAZY_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-orig-src',
  'data-hi-res-src',
  'data-full-src',
  'data-large-src',
  'data-lazyload',
  'data-url',
  'data-actualsrc',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset'];

interface Candidate {
  url: string;
  /** Width in pixels, or density × 1000 for `2x` descriptors; 0 when none is given. */
  size: number;
}

/** Parses a `srcset` value as the HTML spec does: URLs may contain commas. */
export function parseSrcset(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset.charAt(i))) i += 1;
    if (i >= srcset.length) break;
    let end = i;
    while (end < srcset.length && !/\s/.test(srcset.charAt(end))) end += 1;
    let url = srcset.slice(i, end);
    let descriptor = '';
    i = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const comma = srcset.indexOf(',', i);
      const stop = comma < 0 ? srcset.length : comma;
      descriptor = srcset.slice(i, stop).trim();
      i = stop + 1;
    }
    const value = parseFloat(descriptor);
    const size = descriptor.endsWith('w') ? value : descriptor.endsWith('x') ? value * 1000 : 0;
    if (url) out.push({ url, size: Number.isFinite(size) ? size : 0 });
  }
  return out;
}

function largest(srcset: string | null): string | null {
  if (!srcset) return null;
  const candidates = parseSrcset(srcset);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (c.size > best.size ? c : best)).url;
}

const isPlaceholder = (src: string) =>
  src === '' || src.startsWith('data:') || src === 'about:blank' || /^#|^javascript:/i.test(src);

/** The image inside a `<noscript>` that follows a lazy image (Medium and others). */
function noscriptFallback(img: Element): string | null {
  const candidates = [img.nextElementSibling, img.parentElement?.nextElementSibling];
  for (const el of candidates) {
    if (el?.localName !== 'noscript') continue;
    const inner = el.querySelector('img')?.getAttribute('src');
    if (inner) return inner;
    // With scripting on, browsers keep noscript content as text.
    const match = /<img[^>]+src\s*=\s*["']([^"']+)["']/i.exec(el.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * The best address of an image as written in the page (possibly relative): a lazy
 * loader's real source, else the largest `srcset` / `<picture>` candidate, else `src`,
 * else a `<noscript>` fallback. Null when the page gives none.
 */
export function imageSource(img: Element): string | null {
  for (const name of LAZY_ATTRIBUTES) {
    const value = img.getAttribute(name)?.trim();
    if (value && !isPlaceholder(value)) return value;
  }
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const best = largest(img.getAttribute(name));
    if (best && !isPlaceholder(best)) return best;
  }
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  for (const source of picture?.querySelectorAll('source') ?? []) {
    const best = largest(source.getAttribute('srcset') ?? source.getAttribute('data-srcset'));
    if (best && !isPlaceholder(best)) return best;
  }
  const src = img.getAttribute('src')?.trim() ?? '';
  if (src && !isPlaceholder(src)) return src;
  return noscriptFallback(img) ?? (src || null);
}
