import type { CaptureMode, PageCapture } from './types';

/** What the browser tells of a tab without reading its page. */
export interface TabFacts {
  title?: string | null;
  url?: string | null;
  favIconUrl?: string | null;
}

/**
 * A capture made from the tab alone: its title and address, nothing else. Stands in
 * while the page has not answered, and for pages a browser keeps closed to extensions.
 */
export function tabCapture(tab: TabFacts | null | undefined, mode: CaptureMode): PageCapture {
  return {
    mode,
    metadata: {
      title: tab?.title ?? '',
      url: tab?.url ?? '',
      canonicalUrl: null,
      description: null,
      image: null,
      favicon: tab?.favIconUrl ?? null,
      siteName: null,
      author: null,
      publishedTime: null,
      language: null,
    },
    blocks: [],
    report: { items: [] },
    text: null,
    link: null,
    image: null,
  };
}
