import type { Rule } from '../flow';
import { textBlocks } from '../build/blocks';
import { flattenBlocks } from '../build/flatten';
import { liftInto } from '../build/lift';

/** `<blockquote>`: its first paragraph is the quote's text, the rest nests inside it. */
export const quoteRule: Rule = (el, flow, style, ctx) => {
  flow.push(...liftInto('quote', ctx.blocks(el.childNodes, style)));
};

// The icon for each kind of callout, as GitHub, Obsidian, MkDocs and Sphinx name them.
const ICONS: [RegExp, string][] = [
  [/warn|caution|attention/, '⚠️'],
  [/danger|error|bug|fail/, '🚨'],
  [/important/, '❗'],
  [/tip|hint|success|check/, '✅'],
  [/question|faq|help/, '❓'],
  [/example/, '📋'],
  [/quote|cite/, '💬'],
  [/note|info|abstract|summary|todo|seealso/, 'ℹ️'],
];

function calloutIcon(el: Element): string {
  const kind = `${el.getAttribute('data-callout') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return ICONS.find(([pattern]) => pattern.test(kind.toLowerCase()))?.[1] ?? '💡';
}

/** Asides and callout boxes: a callout whose first paragraph (often the title) leads. */
export const calloutRule: Rule = (el, flow, style, ctx) => {
  flow.push(...liftInto('callout', ctx.blocks(el.childNodes, style), { emoji: calloutIcon(el) }));
};

/**
 * `<details>` is a toggle: the summary is its text (flattened if it holds a heading),
 * the rest is hidden inside.
 */
export const detailsRule: Rule = (el, flow, style, ctx) => {
  const summary = [...el.children].find((child) => child.localName.toLowerCase() === 'summary');
  const body = ctx.blocks(
    [...el.childNodes].filter((node) => node !== summary),
    style,
  );
  if (!summary) return flow.push(...liftInto('toggle', body));
  const title = ctx.richText(flattenBlocks(ctx.blocks(summary.childNodes, style)).runs);
  flow.push(...textBlocks('toggle', title, { children: body }));
};
