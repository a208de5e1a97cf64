import type { BlockObjectRequest } from '@notionhq/client';
import type { CodeLanguage } from '../../notion/api/code-languages';
import { asChildren, type RichTextItemRequest } from '../../notion/api/request-types';
import { chunkRichText } from './rich-text';
import { splitText } from '../../notion/api/text';

/** Blocks whose content is rich text. */
export type TextBlockType =
  | 'paragraph'
  | 'heading_1'
  | 'heading_2'
  | 'heading_3'
  | 'heading_4'
  | 'quote'
  | 'bulleted_list_item'
  | 'numbered_list_item'
  | 'to_do'
  | 'toggle'
  | 'callout';

export interface TextBlockExtras {
  children?: BlockObjectRequest[];
  checked?: boolean;
  /** Callouts only: an emoji. */
  emoji?: string;
}

function oneTextBlock(
  type: TextBlockType,
  rich_text: RichTextItemRequest[],
  { children = [], checked, emoji }: TextBlockExtras,
): BlockObjectRequest {
  const kids = children.length > 0 ? { children: asChildren(children) } : {};
  switch (type) {
    case 'heading_1':
      return { type, heading_1: { rich_text } };
    case 'heading_2':
      return { type, heading_2: { rich_text } };
    case 'heading_3':
      return { type, heading_3: { rich_text } };
    case 'heading_4':
      return { type, heading_4: { rich_text } };
    case 'paragraph':
      return { type, paragraph: { rich_text, ...kids } };
    case 'quote':
      return { type, quote: { rich_text, ...kids } };
    case 'bulleted_list_item':
      return { type, bulleted_list_item: { rich_text, ...kids } };
    case 'numbered_list_item':
      return { type, numbered_list_item: { rich_text, ...kids } };
    case 'to_do':
      return { type, to_do: { rich_text, checked: checked ?? false, ...kids } };
    case 'toggle':
      return { type, toggle: { rich_text, ...kids } };
    case 'callout':
      return {
        type,
        callout: { rich_text, icon: { type: 'emoji', emoji: emoji ?? '💡' }, ...kids },
      };
  }
}

/**
 * A text block of `type` for rich text of any length. Notion takes at most 100 items per
 * block: overflow goes into following paragraphs (for paragraphs and headings, which
 * cannot nest) or into leading child paragraphs (for blocks that can).
 */
export function textBlocks(
  type: TextBlockType,
  items: readonly RichTextItemRequest[],
  extras: TextBlockExtras = {},
): BlockObjectRequest[] {
  const [first = [], ...rest] = chunkRichText(items);
  const overflow = rest.map((chunk) => oneTextBlock('paragraph', chunk, {}));
  if (type === 'paragraph' || type.startsWith('heading_')) {
    if (overflow.length === 0) return [oneTextBlock(type, first, extras)];
    const last = overflow.length - 1;
    overflow[last] = oneTextBlock('paragraph', rest[last] ?? [], extras);
    return [oneTextBlock(type, first, {}), ...overflow];
  }
  return [
    oneTextBlock(type, first, { ...extras, children: [...overflow, ...(extras.children ?? [])] }),
  ];
}

/** Code blocks for `text`; past 100 items (200,000 units) it continues in a second block. */
export function codeBlocks(
  text: string,
  language: CodeLanguage,
  caption: RichTextItemRequest[] = [],
): BlockObjectRequest[] {
  const pieces = splitText(text).map((content): RichTextItemRequest => ({
    type: 'text',
    text: { content },
  }));
  const chunks = chunkRichText(pieces);
  if (chunks.length === 0) chunks.push([]);
  return chunks.map((rich_text, i) => ({
    type: 'code',
    code: {
      rich_text,
      language,
      ...(i === chunks.length - 1 && caption.length > 0 ? { caption } : {}),
    },
  }));
}

export function equationBlock(expression: string): BlockObjectRequest {
  return { type: 'equation', equation: { expression } };
}

export function dividerBlock(): BlockObjectRequest {
  return { type: 'divider', divider: {} };
}

export type MediaType = 'image' | 'video' | 'audio' | 'embed' | 'bookmark';

/** A media block for an absolute http(s) URL Notion will fetch itself. */
export function mediaBlock(
  type: MediaType,
  url: string,
  caption: RichTextItemRequest[] = [],
): BlockObjectRequest {
  const withCaption = caption.length > 0 ? { caption } : {};
  switch (type) {
    case 'image':
      return { type, image: { type: 'external', external: { url }, ...withCaption } };
    case 'video':
      return { type, video: { type: 'external', external: { url }, ...withCaption } };
    case 'audio':
      return { type, audio: { type: 'external', external: { url }, ...withCaption } };
    case 'embed':
      return { type, embed: { url, ...withCaption } };
    case 'bookmark':
      return { type, bookmark: { url, ...withCaption } };
  }
}
