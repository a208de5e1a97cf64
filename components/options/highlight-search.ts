/**
 * Searching the options' Highlights view as the person types: a page matches when every
 * word of the query is in its title, its address, or one of its passages or notes;
 * case, accents' composed forms and runs of spaces do not matter. Pure, so the view and
 * its tests agree.
 */
import type { Highlight } from '@/lib/highlights';
import type { HighlightPageView } from '@/lib/messaging';

/** Text as compared: composed (NFC, so Korean typed either way matches), lower case, single spaces. */
export function searchable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query (nothing for a blank one). */
export function queryWords(query: string): string[] {
  const words = searchable(query);
  return words ? words.split(' ') : [];
}

function highlightText(h: Highlight): string {
  return searchable(`${h.target.quote.exact} ${h.note ?? ''}`);
}

/** What the view shows of one page for a query: the page and its matching highlights. */
export interface PageMatch {
  page: HighlightPageView;
  /** The highlights that hold a word of the query (all of them for no query). */
  highlights: Highlight[];
}

/**
 * The pages that match `query`, in the order given (newest first), each with the
 * highlights that match. Every word must be found somewhere in the page; a highlight is
 * shown when it holds any of them, or when the page matched by its title or address.
 */
export function searchHighlightPages(
  pages: readonly HighlightPageView[],
  query: string,
): PageMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return pages.map((page) => ({ page, highlights: page.highlights }));
  const matches: PageMatch[] = [];
  for (const page of pages) {
    const head = searchable(`${page.title ?? ''} ${page.pageUrl}`);
    const texts = page.highlights.map(highlightText);
    const everyWord = words.every(
      (w) => head.includes(w) || texts.some((text) => text.includes(w)),
    );
    if (!everyWord) continue;
    const byText = page.highlights.filter((_, i) => words.some((w) => texts[i]!.includes(w)));
    const byHead = words.some((w) => head.includes(w));
    matches.push({ page, highlights: byText.length > 0 || !byHead ? byText : page.highlights });
  }
  return matches;
}

/** The page's address when it is a web page's (http or https), else null: only those open. */
export function webPageUrl(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
