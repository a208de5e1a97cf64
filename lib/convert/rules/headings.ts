import type { Rule } from '../flow';
import { isParagraph } from '../build/lift';
import { textBlocks } from '../build/blocks';

const LEVELS = { h1: 'heading_1', h2: 'heading_2', h3: 'heading_3', h4: 'heading_4' } as const;

/**
 * h1–h4 become Notion's four heading levels (`heading_4` arrived with the 2026 API). h5
 * and h6 have no Notion heading, so they become bold paragraphs (reported), which still
 * read as headings. Images or other blocks inside a heading follow it.
 */
export const headingRule: Rule = (el, flow, style, ctx) => {
  const tag = el.localName.toLowerCase();
  const type = tag in LEVELS ? LEVELS[tag as keyof typeof LEVELS] : null;
  if (!type) {
    ctx.losses.add('heading_downgraded');
    flow.push(...ctx.blocks(el.childNodes, { ...style, marks: { ...style.marks, bold: true } }));
    return;
  }
  const blocks = ctx.blocks(el.childNodes, style);
  const at = blocks.findIndex(isParagraph);
  const first = blocks[at];
  if (!isParagraph(first)) return flow.push(...blocks);
  flow.push(
    ...blocks.slice(0, at),
    ...textBlocks(type, first.paragraph.rich_text),
    ...blocks.slice(at + 1),
  );
};
