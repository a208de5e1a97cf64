/**
 * A capture of an article page for tests, with its `<meta>` tags and JSON-LD, and the
 * template context of it at a fixed time in Seoul.
 */
import type { PageCapture, PageMetadata } from '../../capture/types';
import { templateContext, type ContextOptions, type TemplateContext } from '../template/context';

export const ARTICLE_METADATA: PageMetadata = {
  title: 'How Rivers Shape Cities',
  url: 'https://www.example.com/news/2026/rivers?utm_source=feed',
  canonicalUrl: 'https://www.example.com/news/2026/rivers',
  description: 'A look at five cities and the water that made them.',
  image: 'https://www.example.com/rivers.jpg',
  favicon: 'https://www.example.com/favicon.ico',
  siteName: 'Example News',
  author: 'Ada Lovelace',
  publishedTime: '2026-03-10T22:30:00Z',
  language: 'en',
};

export function pageCaptureOf(overrides: Partial<PageCapture> = {}): PageCapture {
  return {
    mode: 'bookmark',
    metadata: ARTICLE_METADATA,
    blocks: [],
    report: { items: [] },
    text: null,
    link: null,
    image: null,
    ...overrides,
  };
}

export const ARTICLE_META: Record<string, string> = {
  'og:type': 'article',
  'og:title': 'How Rivers Shape Cities',
  'article:section': 'Science',
  keywords: 'rivers, cities, water',
};

export const ARTICLE_JSON_LD: unknown[] = [
  {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Example News', url: 'https://www.example.com/' },
      {
        '@type': 'NewsArticle',
        headline: 'How Rivers Shape Cities',
        author: [
          { '@type': 'Person', name: 'Ada Lovelace' },
          { '@type': 'Person', name: 'Grace Hopper' },
        ],
        wordCount: 1834,
        isAccessibleForFree: true,
      },
    ],
  },
];

/** 2026-03-11 09:15:00 in Seoul (00:15 UTC). */
export const CAPTURED_AT = new Date('2026-03-11T00:15:00Z');

export function contextOf(
  capture: PageCapture = pageCaptureOf(),
  options: Partial<ContextOptions> = {},
): TemplateContext {
  return templateContext(capture, {
    now: CAPTURED_AT,
    timeZone: 'Asia/Seoul',
    meta: ARTICLE_META,
    jsonLd: ARTICLE_JSON_LD,
    ...options,
  });
}
