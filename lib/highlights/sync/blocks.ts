/**
 * A highlight as a Notion block: a quote in the highlight's colour, the passage linked
 * back to its place on the page, the note under it in the same block. One block per
 * highlight, so a new highlight is one appended block, an edited note or colour one
 * update, a deleted highlight one deletion.
 *
 * The link carries the highlight's id as a marker (`#qc-<id>` before the text
 * fragment): when an append's answer was lost, the page's children are listed and the
 * block found by it, instead of appending a second copy.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { NOTION_LIMITS } from '../../notion/api/limits';
import { splitText } from '../../notion/api/text';
import type { HighlightColor } from '../model';

/** What a block shows of a highlight. */
export interface BlockContent {
  id: string;
  exact: string;
  color: HighlightColor;
  note: string | null;
}

const MARKER = '#qc-';
const MARKER_PATTERN = /#qc-([A-Za-z0-9-]{1,64})(?::~:|$)/;

/** The text fragment's words (https://wicg.github.io/scroll-to-text-fragment/). */
function fragmentPart(words: string): string {
  return encodeURIComponent(words).replace(/-/g, '%2D');
}

/**
 * The address of the passage on its page, marked with the highlight's id: the browser
 * scrolls to the passage (a text fragment of its first and last words) and the marker is
 * a fragment no page has. Kept within Notion's 2000 characters for a link: a longer page
 * address keeps only its origin.
 */
export function passageLink(pageUrl: string, id: string, exact: string): string {
  const words = exact.split(' ').filter(Boolean);
  const text =
    words.length <= 8
      ? fragmentPart(words.join(' '))
      : `${fragmentPart(words.slice(0, 4).join(' '))},${fragmentPart(words.slice(-4).join(' '))}`;
  const full = `${pageUrl}${MARKER}${id}:~:text=${text}`;
  if (full.length <= NOTION_LIMITS.url) return full;
  const bare = `${pageUrl}${MARKER}${id}`;
  return bare.length <= NOTION_LIMITS.url ? bare : `${new URL(pageUrl).origin}/${MARKER}${id}`;
}

/** The highlight id a link names, or null. */
export function markerOf(url: string | null | undefined): string | null {
  return url ? (MARKER_PATTERN.exec(url)?.[1] ?? null) : null;
}

type RichText = Extract<BlockObjectRequest, { type?: 'quote' }>['quote']['rich_text'];

/** The block's colour: Notion's background of the highlight's colour. */
export function blockColor(color: HighlightColor) {
  return color === 'default' ? ('default' as const) : (`${color}_background` as const);
}

/** The quote's text: the passage (linked), then the note on a line of its own. */
export function quoteText(pageUrl: string, content: BlockContent): RichText {
  const link = passageLink(pageUrl, content.id, content.exact);
  const passage = splitText(content.exact).map((piece, i) => ({
    type: 'text' as const,
    text: { content: piece, ...(i === 0 ? { link: { url: link } } : {}) },
  }));
  const note = content.note
    ? [
        { type: 'text' as const, text: { content: '\n' } },
        ...splitText(content.note).map((piece) => ({
          type: 'text' as const,
          text: { content: piece },
          annotations: { italic: true },
        })),
      ]
    : [];
  // A note so long it would pass Notion's 100 items is cut: the passage comes first.
  return [...passage, ...note].slice(0, NOTION_LIMITS.array);
}

/** The block appended for a highlight. */
export function highlightBlock(pageUrl: string, content: BlockContent): BlockObjectRequest {
  return {
    type: 'quote',
    quote: { rich_text: quoteText(pageUrl, content), color: blockColor(content.color) },
  };
}

/** The body of the update that makes a highlight's block show `content`. */
export function highlightUpdate(pageUrl: string, content: BlockContent) {
  return { quote: { rich_text: quoteText(pageUrl, content), color: blockColor(content.color) } };
}

/** The marker of a listed block (a quote whose first text links with one), or null. */
export function blockMarker(block: unknown): string | null {
  const quote = (block as { type?: string; quote?: { rich_text?: unknown[] } }).quote;
  if ((block as { type?: string }).type !== 'quote' || !quote?.rich_text) return null;
  const first = quote.rich_text[0] as {
    href?: string | null;
    text?: { link?: { url?: string } | null };
  };
  return markerOf(first?.text?.link?.url ?? first?.href ?? null);
}
