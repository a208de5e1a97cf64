import { codeBlocks, equationBlock } from './build/blocks';
import { isElement, tagOf, type Context } from './context';
import { Flow } from './flow';
import type { InlineStyle } from './inline-buffer';
import { NOTION_LIMITS } from '../notion/api/limits';
import { LossCollector } from './loss';
import { findMath } from './rules/math/math';
import { runsToRichText } from './build/rich-text';
import { RULES } from './rules';
import type { ConvertOptions } from './types';

// Never content: metadata, scripts, and templates the page has not rendered.
// prettier-ignore
const SKIP = new Set([
  'head', 'title', 'meta', 'link', 'base', 'style', 'noscript', 'template', 'param',
  'source', 'track', 'datalist', 'map', 'area', 'slot', 'dialog', 'rp',
]);

// Elements laid out as blocks: what they hold starts and ends a paragraph.
// prettier-ignore
const BLOCK_CONTAINERS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'header', 'footer', 'nav',
  'address', 'hgroup', 'fieldset', 'form', 'center', 'legend', 'caption', 'figcaption',
  'summary', 'dt', 'dd', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'search',
]);

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(;|$)/i;

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
  );
}

/**
 * Formatting set with inline CSS rather than tags, as Google Docs and word processors
 * paste it (`font-weight:700`, `font-style:italic`, `text-decoration:line-through`).
 */
function withInlineCss(el: Element, style: InlineStyle): InlineStyle {
  const css = el.getAttribute('style');
  if (!css) return style;
  const marks = { ...style.marks };
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(css)) marks.bold = true;
  if (/font-style\s*:\s*(italic|oblique)/i.test(css)) marks.italic = true;
  if (/text-decoration[\w-]*\s*:[^;]*line-through/i.test(css)) marks.strikethrough = true;
  if (/text-decoration[\w-]*\s*:[^;]*underline/i.test(css)) marks.underline = true;
  const pre = style.pre || /white-space\s*:\s*(pre|pre-wrap|break-spaces)\s*(;|$)/i.test(css);
  return { ...style, marks, pre };
}

function emitMath(latex: string, display: boolean, flow: Flow, style: InlineStyle, ctx: Context) {
  // An empty expression is refused by Notion and shows nothing anyway.
  if (!latex.trim()) return;
  if (!display) return flow.inline.equation(latex, style);
  if (latex.length <= NOTION_LIMITS.equation) return flow.push(equationBlock(latex));
  // Notion refuses longer equations; the LaTeX survives as a code block.
  ctx.losses.add('equation_too_long');
  flow.push(...codeBlocks(latex, 'latex'));
}

/** Converts one node into `flow`, in the inline `style` of its parent. */
function visit(node: Node, flow: Flow, style: InlineStyle, ctx: Context): void {
  if (node.nodeType === 3 || node.nodeType === 4) {
    flow.inline.text((node as Text).data, style);
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (SKIP.has(tag)) return;
  // Math comes before the hidden test: Wikipedia hides its MathML beside a picture.
  const math = findMath(node);
  if (math === 'skip' || (tag === 'script' && !math)) return;
  if (math) return emitMath(math.latex, math.display, flow, style, ctx);
  if (isHidden(node)) return;
  const own = withInlineCss(node, style);
  const rule = RULES[tag];
  if (rule) return rule(node, flow, own, ctx);
  const block = BLOCK_CONTAINERS.has(tag);
  if (block) flow.flush();
  node.childNodes.forEach((child) => visit(child, flow, own, ctx));
  if (block) flow.flush();
}

/** A conversion context: the walker wired to the rules, with its own loss counts. */
export function createContext(options: ConvertOptions): Context {
  const ctx: Context = {
    baseUrl: options.baseUrl,
    losses: new LossCollector(),
    options,
    blocks(nodes, style) {
      const flow = new Flow(ctx.richText);
      for (const node of nodes) visit(node, flow, style, ctx);
      return flow.finish();
    },
    children(el, flow, style) {
      el.childNodes.forEach((child) => visit(child, flow, style, ctx));
    },
    richText: (runs) => runsToRichText(runs, ctx.losses),
  };
  return ctx;
}
