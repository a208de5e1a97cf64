/**
 * Plain text as Notion rich text. Notion refuses a text item over 2000 characters and an
 * array over 100 items; it counts UTF-16 code units, as JavaScript does.
 */
import { NOTION_LIMITS } from './limits';
import type { RichTextRequest } from './request-types';

/**
 * Cuts `text` into pieces of at most `size` code units, never between the two halves
 * of a surrogate pair (an emoji or a rare CJK character would turn into two "?").
 */
export function splitText(text: string, size: number = NOTION_LIMITS.textContent): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/**
 * Text as rich text items, within Notion's limits. Longer text is cut at
 * `maxItems × 2000` code units and ends with an ellipsis, so the request still passes.
 */
export function toRichText(
  text: string,
  maxItems: number = NOTION_LIMITS.array,
): RichTextRequest[] {
  let pieces = splitText(text);
  if (pieces.length > maxItems) {
    pieces = pieces.slice(0, maxItems);
    const last = pieces[maxItems - 1]!;
    pieces[maxItems - 1] = `${splitText(last, NOTION_LIMITS.textContent - 1)[0]}…`;
  }
  return pieces.map((content) => ({ type: 'text', text: { content } }));
}
