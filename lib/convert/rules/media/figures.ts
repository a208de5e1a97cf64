import type { BlockObjectRequest } from '@notionhq/client';
import { textBlocks } from '../../build/blocks';
import { tagOf, type Context } from '../../context';
import { flattenBlocks } from '../../build/flatten';
import type { Rule } from '../../flow';
import { NOTION_LIMITS } from '../../../notion/api/limits';
import { frameBlock, imageBlock, inlineImageText } from './media';
import { blockBody, type RichTextItemRequest } from '../../../notion/api/request-types';

// Tracking pixels and spacers are not pictures anyone saved.
const isPixel = (img: Element) =>
  Number(img.getAttribute('width') ?? 99) <= 2 && Number(img.getAttribute('height') ?? 99) <= 2;

/**
 * Images are blocks of their own; emoji drawn as images stay inline as text. In a table
 * cell, which holds only text, an image becomes a link named by its alt text, so the
 * alt is kept as the caption the cell's text is made from.
 */
export const imageRule: Rule = (el, flow, style, ctx) => {
  const text = inlineImageText(el);
  if (text) return flow.inline.text(text, style);
  if (isPixel(el)) return;
  const block = imageBlock(el, ctx);
  if (!block) return;
  const alt = el.getAttribute('alt')?.trim();
  if (alt && el.closest('td, th'))
    setCaption(block, ctx.richText([{ kind: 'text', text: alt, marks: {}, link: null }]), ctx);
  flow.push(block);
};

/** `<iframe>`, `<video>`, `<audio>`: a video, audio, embed or bookmark block. */
export const frameRule: Rule = (el, flow, _style, ctx) => {
  const block = frameBlock(el, ctx);
  if (block) flow.push(block);
};

const CAPTIONED = new Set(['image', 'video', 'audio', 'embed', 'bookmark', 'code']);

/**
 * Sets `caption` on a block that can carry one (false when it cannot), cut to Notion's
 * 100 items, which only a caption of some 200,000 characters could need (reported).
 */
function setCaption(
  block: BlockObjectRequest,
  caption: RichTextItemRequest[],
  ctx: Context,
): boolean {
  const found = blockBody(block);
  if (!found || !CAPTIONED.has(found.type)) return false;
  if (caption.length > NOTION_LIMITS.array) ctx.losses.add('text_truncated');
  found.body.caption = caption.slice(0, NOTION_LIMITS.array);
  return true;
}

/**
 * A figure keeps its caption: on the last image, video, embed or code block of the
 * figure, or as a paragraph after it when the figure holds something else (a table,
 * a quote).
 */
export const figureRule: Rule = (el, flow, style, ctx) => {
  const captionEl = [...el.children].find((child) => tagOf(child) === 'figcaption');
  const blocks = ctx.blocks(
    [...el.childNodes].filter((node) => node !== captionEl),
    style,
  );
  const caption = captionEl
    ? ctx.richText(flattenBlocks(ctx.blocks(captionEl.childNodes, style)).runs)
    : [];
  const target = [...blocks].reverse().find((block) => CAPTIONED.has(blockBody(block)?.type ?? ''));
  if (caption.length > 0 && !(target && setCaption(target, caption, ctx)))
    blocks.push(...textBlocks('paragraph', caption));
  flow.push(...blocks);
};
