import type { BlockObjectRequest } from '@notionhq/client';
import type { TextBlockType } from '../build/blocks';
import { isElement, tagOf, type Context } from '../context';
import type { Rule } from '../flow';
import type { InlineStyle } from '../inline-buffer';
import { appendChildren, isParagraph, liftInto } from '../build/lift';

/** A task list item's checkbox (GitHub, Markdown renderers), if the item has one. */
function taskCheckbox(li: Element): Element | null {
  const box = li.querySelector('input[type="checkbox" i]');
  return box && box.closest('li') === li ? box : null;
}

function itemBlocks(
  li: Element,
  type: TextBlockType,
  style: InlineStyle,
  ctx: Context,
): BlockObjectRequest[] {
  const box = taskCheckbox(li);
  const blocks = ctx.blocks(li.childNodes, style);
  if (box) return liftInto('to_do', blocks, { checked: box.hasAttribute('checked') });
  return liftInto(type, blocks);
}

/**
 * Lists nest to any depth: each `<li>` is an item whose first paragraph is its text and
 * whose other content (paragraphs, nested lists, code) are its children. Content that
 * sits between items, such as a nested list written as a sibling of the `<li>`s,
 * belongs to the item before it, where browsers show it.
 */
function listBlocks(list: Element, style: InlineStyle, ctx: Context): BlockObjectRequest[] {
  const type = tagOf(list) === 'ol' ? 'numbered_list_item' : 'bulleted_list_item';
  const out: BlockObjectRequest[] = [];
  let loose: Node[] = [];
  const flushLoose = () => {
    const blocks = loose.length > 0 ? ctx.blocks(loose, style) : [];
    loose = [];
    if (blocks.length === 0) return;
    const last = out[out.length - 1];
    if (!last || !appendChildren(last, blocks)) out.push(...blocks);
  };
  for (const child of list.childNodes) {
    if (isElement(child) && tagOf(child) === 'li') {
      flushLoose();
      out.push(...itemBlocks(child, type, style, ctx));
    } else loose.push(child);
  }
  flushLoose();
  return out;
}

export const listRule: Rule = (el, flow, style, ctx) => flow.push(...listBlocks(el, style, ctx));

/** A `<li>` outside any list still reads as a bullet. */
export const listItemRule: Rule = (el, flow, style, ctx) =>
  flow.push(...itemBlocks(el, 'bulleted_list_item', style, ctx));

/**
 * Definition lists: each term is a bold paragraph and its definitions nest under it,
 * which Notion shows indented.
 */
export const definitionListRule: Rule = (el, flow, style, ctx) => {
  const out: BlockObjectRequest[] = [];
  let term: BlockObjectRequest | undefined;
  const walk = (parent: Element) => {
    for (const child of parent.childNodes) {
      const tag = isElement(child) ? tagOf(child) : '';
      if (isElement(child) && tag === 'div') {
        walk(child);
      } else if (isElement(child) && tag === 'dt') {
        const bold = { ...style, marks: { ...style.marks, bold: true } };
        const blocks = ctx.blocks(child.childNodes, bold);
        out.push(...blocks);
        term = blocks.filter(isParagraph).pop();
      } else if (isElement(child) && tag === 'dd') {
        const blocks = ctx.blocks(child.childNodes, style);
        if (!term || !appendChildren(term, blocks)) out.push(...blocks);
      } else {
        out.push(...ctx.blocks([child], style));
      }
    }
  };
  walk(el);
  flow.push(...out);
};
