/**
 * The converter's rules by block kind, and the table that picks one per tag: headings,
 * lists, quotes and callouts (`containers.ts`), links and footnotes, tables, inline marks,
 * and in their own folders code, math and media. A tag without a rule is walked as a
 * container; a tag of no use in Notion is dropped and counted as a loss.
 */
import type { LossKind } from '../types';
import { dividerBlock } from '../build/blocks';
import { calloutRule, detailsRule, quoteRule } from './containers';
import { codeRule } from './code/code-rule';
import { figureRule, frameRule, imageRule } from './media/figures';
import type { Rule } from '../flow';
import { headingRule } from './headings';
import { anchorRule, footnoteRefRule } from './links';
import { definitionListRule, listItemRule, listRule } from './lists';
import type { Marks } from '../build/rich-text';
import { tableRule } from './tables';

const mark =
  (marks: Marks): Rule =>
  (el, flow, style, ctx) =>
    ctx.children(el, flow, { ...style, marks: { ...style.marks, ...marks } });

const dropped =
  (kind: LossKind): Rule =>
  (_el, _flow, _style, ctx) =>
    ctx.losses.add(kind);

const blockContainer: Rule = (el, flow, style, ctx) => {
  flow.flush();
  ctx.children(el, flow, style);
  flow.flush();
};

const bold = mark({ bold: true });
const italic = mark({ italic: true });
const strike = mark({ strikethrough: true });
const underline = mark({ underline: true });
const code = mark({ code: true });

/** The conversion rule of each element with one; other elements are containers. */
export const RULES: Record<string, Rule | undefined> = {
  h1: headingRule,
  h2: headingRule,
  h3: headingRule,
  h4: headingRule,
  h5: headingRule,
  h6: headingRule,
  b: bold,
  strong: bold,
  i: italic,
  em: italic,
  cite: italic,
  dfn: italic,
  var: italic,
  s: strike,
  strike,
  del: strike,
  u: underline,
  ins: underline,
  code,
  kbd: code,
  samp: code,
  tt: code,
  mark: mark({ color: 'yellow_background' }),
  q: (el, flow, style, ctx) => {
    flow.inline.text('“', style);
    ctx.children(el, flow, style);
    flow.inline.text('”', style);
  },
  br: (_el, flow, style) => flow.inline.lineBreak(style),
  wbr: () => {},
  hr: (_el, flow) => flow.push(dividerBlock()),
  a: anchorRule,
  sup: footnoteRefRule,
  pre: codeRule,
  xmp: codeRule,
  listing: codeRule,
  blockquote: quoteRule,
  aside: calloutRule,
  details: detailsRule,
  ul: listRule,
  ol: listRule,
  menu: listRule,
  li: listItemRule,
  dl: definitionListRule,
  table: tableRule,
  img: imageRule,
  figure: figureRule,
  iframe: frameRule,
  video: frameRule,
  audio: frameRule,
  div: (el, flow, style, ctx) =>
    (isCallout(el) ? calloutRule : blockContainer)(el, flow, style, ctx),
  svg: dropped('svg_dropped'),
  canvas: dropped('canvas_dropped'),
  object: dropped('embed_dropped'),
  embed: dropped('embed_dropped'),
  applet: dropped('embed_dropped'),
  input: (el, _flow, _style, ctx) => {
    // A task list's checkbox is read by the list rule as a to_do.
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'checkbox' && el.closest('li')) return;
    if (type !== 'hidden') ctx.losses.add('form_control_dropped');
  },
  select: dropped('form_control_dropped'),
  textarea: dropped('form_control_dropped'),
  button: dropped('form_control_dropped'),
};

/** Callouts as defuddle, GitHub, MkDocs and Sphinx write them. */
function isCallout(el: Element): boolean {
  if (el.hasAttribute('data-callout')) return true;
  const cls = ` ${el.getAttribute('class') ?? ''} `;
  return / (admonition|markdown-alert|callout) /.test(cls) || el.getAttribute('role') === 'note';
}
