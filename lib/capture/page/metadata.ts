import { documentBaseUrl, resolveUrl } from '../../convert/build/urls';
import { readJsonLd } from './json-ld';
import type { PageMetadata } from '../types';

/** `<meta>` values by lowercase `name` / `property` / `itemprop` (first one wins). */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = ['name', 'property', 'itemprop', 'http-equiv']
      .map((attr) => meta.getAttribute(attr))
      .flatMap((value) => (value ?? '').toLowerCase().split(/\s+/))
      .filter(Boolean);
    for (const key of keys) if (!out.has(key)) out.set(key, content);
  }
  return out;
}

const clean = (value: string | null | undefined): string | null =>
  value?.replace(/\s+/g, ' ').trim() || null;

function first(meta: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = clean(meta.get(key));
    if (value) return value;
  }
  return null;
}

/** Names only: some pages put a profile URL where the author's name belongs. */
const personName = (value: string | null) =>
  value && !/^https?:\/\//i.test(value) ? value.replace(/^by\s+/i, '') : null;

function favicon(doc: Document, baseUrl: string): string | null {
  const links = [...doc.querySelectorAll('link[rel][href]')].filter((link) =>
    /(^|\s)(icon|shortcut icon|apple-touch-icon)(\s|$)/i.test(link.getAttribute('rel') ?? ''),
  );
  const size = (link: Element) => parseInt(link.getAttribute('sizes') ?? '', 10) || 0;
  const best = links.sort((a, b) => size(b) - size(a))[0];
  const resolved = resolveUrl(best?.getAttribute('href') ?? '/favicon.ico', baseUrl);
  return resolved.ok ? resolved.url : null;
}

const absolute = (value: string | null, baseUrl: string) => {
  const resolved = resolveUrl(value, baseUrl);
  return resolved.ok ? resolved.url : null;
};

/**
 * What the page says about itself, from Open Graph and Twitter tags, other `<meta>`,
 * JSON-LD and the document. URLs come back absolute (http(s) only); missing facts are
 * null, never guessed.
 */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const baseUrl = documentBaseUrl(doc, pageUrl);
  const meta = metaTags(doc);
  const ld = readJsonLd(doc);
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const language =
    clean(doc.documentElement?.getAttribute('lang')) ??
    first(meta, 'content-language', 'og:locale', 'language', 'dc.language') ??
    clean(ld.inLanguage);
  return {
    title:
      first(meta, 'og:title', 'twitter:title', 'dc.title', 'dc:title', 'parsely-title') ??
      clean(ld.headline) ??
      clean(doc.querySelector('title')?.textContent) ??
      clean(doc.querySelector('h1')?.textContent) ??
      '',
    url: pageUrl,
    canonicalUrl: absolute(canonical ?? first(meta, 'og:url'), baseUrl),
    description:
      first(meta, 'og:description', 'description', 'twitter:description', 'dc.description') ??
      clean(ld.description),
    image: absolute(
      first(
        meta,
        'og:image',
        'og:image:url',
        'og:image:secure_url',
        'twitter:image',
        'twitter:image:src',
      ) ?? ld.image,
      baseUrl,
    ),
    favicon: favicon(doc, baseUrl),
    siteName:
      first(meta, 'og:site_name', 'application-name', 'apple-mobile-web-app-title') ??
      clean(ld.publisher),
    author:
      personName(clean(ld.author)) ??
      personName(
        first(
          meta,
          'author',
          'article:author',
          'parsely-author',
          'dc.creator',
          'dc:creator',
          'sailthru.author',
          'byl',
        ),
      ) ??
      personName(
        clean(
          doc.querySelector('[itemprop~="author" i] [itemprop~="name" i], a[rel~="author" i]')
            ?.textContent,
        ),
      ),
    publishedTime:
      first(
        meta,
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'parsely-pub-date',
        'dc.date',
        'dc.date.issued',
        'pubdate',
        'publish-date',
        'sailthru.date',
        'date',
      ) ??
      clean(ld.datePublished) ??
      clean(
        doc
          .querySelector('time[datetime][pubdate], article time[datetime]')
          ?.getAttribute('datetime'),
      ),
    language: language?.replace(/_/g, '-') ?? null,
  };
}
