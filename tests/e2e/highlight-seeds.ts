/**
 * Highlights put straight into a profile's storage, as the extension keeps them (one
 * key per page), and passages read from a page to make them of: the tests of managing
 * highlights start from highlights that exist, however they were made.
 */
import type { Page, Worker } from '@playwright/test';

export interface SeededHighlight {
  id: string;
  color: string;
  note?: string;
  createdAt: string;
  updatedAt: string;
  target: {
    quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
    position: { type: 'TextPositionSelector'; start: number; end: number };
  };
}

/**
 * A highlight of `exact`. Without context, a passage of 32 characters or more that
 * occurs once on the page is placed by its words alone (`lib/highlights/anchoring`).
 */
export function seededHighlight(
  id: string,
  exact: string,
  color: string,
  { note, minute = 0 }: { note?: string; minute?: number } = {},
): SeededHighlight {
  const time = new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString();
  return {
    id,
    color,
    ...(note ? { note } : {}),
    createdAt: time,
    updatedAt: time,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
  };
}

/** The storage key of a page's highlights (its address without the fragment). */
export function highlightsKey(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  return `highlights:${url.href}`;
}

/** Stores `highlights` as the page's, replacing what it had. */
export async function seedHighlights(
  worker: Worker,
  pageUrl: string,
  highlights: SeededHighlight[],
  title?: string,
): Promise<void> {
  const key = highlightsKey(pageUrl);
  const url = key.slice('highlights:'.length);
  await worker.evaluate(([k, value]) => chrome.storage.local.set({ [k as string]: value }), [
    key,
    { version: 1, url, ...(title ? { title } : {}), highlights },
  ] as const);
}

/** The page's stored highlights (none: an empty list). */
export async function storedHighlights(
  worker: Worker,
  pageUrl: string,
): Promise<SeededHighlight[]> {
  const key = highlightsKey(pageUrl);
  const value = await worker.evaluate(
    async (k) => (await chrome.storage.local.get(k))[k] as { highlights: unknown[] } | undefined,
    key,
  );
  return (value?.highlights ?? []) as SeededHighlight[];
}

/**
 * `count` passages of the page, each the start of a different long paragraph from the
 * `skip`-th on (down the page, so jumping to one scrolls), cut at a word.
 */
export function passagesOf(page: Page, count: number, skip = 4): Promise<string[]> {
  return page.evaluate(
    ([n, from]) =>
      [...document.querySelectorAll('p')]
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((text) => text.length > 160 && !/[[\]]/.test(text.slice(0, 90)))
        .slice(from, from + n)
        .map((text) => text.slice(0, text.indexOf(' ', 60))),
    [count, skip] as const,
  );
}
