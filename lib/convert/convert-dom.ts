import type { ConversionResult, ConvertOptions } from './types';
import { PLAIN_STYLE } from './inline-buffer';
import { createContext } from './walker';

/**
 * Converts a DOM (a page's, a selection's, or one parsed by linkedom) to Notion block
 * requests with a report of what was downgraded or dropped. Pure: reads the DOM, never
 * changes it, makes no network call. Every rich text item, equation, URL, caption and
 * table row in the result is within Notion's limits; children may nest deeper than
 * one request allows and lists may exceed 100 blocks — the request planner splits those.
 *
 * A document or fragment converts its content; an element converts itself.
 */
export function convertDom(root: Node, options: ConvertOptions): ConversionResult {
  const ctx = createContext(options);
  const doc = root.nodeType === 9 ? (root as Document) : null;
  const nodes = doc
    ? [doc.body ?? doc.documentElement]
    : root.nodeType === 11
      ? [...root.childNodes]
      : [root];
  const blocks = ctx.blocks(
    nodes.filter((node): node is ChildNode => node != null),
    PLAIN_STYLE,
  );
  return { blocks, report: ctx.losses.report() };
}
