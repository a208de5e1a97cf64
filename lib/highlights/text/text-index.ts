/**
 * The page's text as highlights measure it, and the map between it and the DOM.
 *
 * Selectors are offsets and quotes over one string, so describing a selection and
 * anchoring it again must build that string the same way, on a page that may have been
 * re-rendered, re-indented or filled with ads in between. The rules:
 *
 * - only `<body>` counts; scripts, styles, templates, `noscript`, SVG, form fields,
 *   frames, media fallbacks and elements hidden by the `hidden` attribute or an inline
 *   `display: none` / `visibility: hidden` are left out — text a reader cannot select;
 * - every run of whitespace (including no-break spaces) becomes one space, and so does
 *   the edge of a block element or a `<br>`: `<p>a</p><p>b</p>` and `<p>a</p>\n  <p>b</p>`
 *   both read `a b`, so re-indenting the markup moves no offset;
 * - soft hyphens and zero-width characters are dropped (hyphenation scripts add them);
 * - leading and trailing whitespace is dropped.
 *
 * Hidden is read from attributes, never from computed style: computed style depends on
 * the window's width and the page's scripts, and the same page must give the same text
 * in the page and in a test without layout (linkedom).
 *
 * The map works through "source offsets": the position of a character in the
 * concatenation of every included text node. Each character of the normalised text
 * remembers the source offset it came from (a collapsed space: the first whitespace of
 * its run; a block edge: the next text), so the offsets are non-decreasing and a DOM
 * boundary converts to a normalised offset by binary search.
 */

import { isBlock, isExcluded, isInvisible, isSpace, isText } from './text-rules';

export interface TextIndex {
  /** The element the text was read from: the body (or the root element without one). */
  readonly root: Node;
  /** The normalised text every selector is measured over. */
  readonly text: string;
  /** For each character of `text`, the source offset it came from. */
  readonly sources: Int32Array;
  /** The included text nodes, in document order. */
  readonly nodes: readonly CharacterData[];
  /** The source offset at which each of `nodes` starts. */
  readonly nodeStarts: Int32Array;
  /** Each included node's position in `nodes`. */
  readonly positions: ReadonlyMap<Node, number>;
  /** The total length of the included text nodes. */
  readonly sourceLength: number;
}

/** Builds the normalised text of a document (its body) with its map to the DOM. */
export function indexText(doc: Document): TextIndex {
  const root: Node = doc.body ?? doc.documentElement;
  const chars: string[] = [];
  const sources: number[] = [];
  const nodes: CharacterData[] = [];
  const nodeStarts: number[] = [];
  const positions = new Map<Node, number>();
  let sourceLength = 0;
  let pendingSpace = false;
  let pendingSource = 0;

  const separate = () => {
    if (!pendingSpace) {
      pendingSpace = true;
      pendingSource = sourceLength;
    }
  };
  const addText = (node: CharacterData) => {
    const data = node.data;
    positions.set(node, nodes.length);
    nodes.push(node);
    nodeStarts.push(sourceLength);
    for (let k = 0; k < data.length; k += 1) {
      const code = data.charCodeAt(k);
      if (isSpace(code)) {
        if (!pendingSpace) {
          pendingSpace = true;
          pendingSource = sourceLength + k;
        }
      } else if (!isInvisible(code)) {
        if (pendingSpace && chars.length > 0) {
          chars.push(' ');
          sources.push(pendingSource);
        }
        pendingSpace = false;
        chars.push(data[k]!);
        sources.push(sourceLength + k);
      }
    }
    sourceLength += data.length;
  };

  // The node after `done` (fully read) in document order; every block left on the way
  // up separates what came before it from what follows.
  const after = (done: Node): Node | null => {
    for (let at: Node | null = done; at && at !== root;) {
      if (at.nextSibling) return at.nextSibling;
      at = at.parentNode;
      if (at && at !== root && isBlock(at)) separate();
    }
    return null;
  };

  // Iterative, in document order: some pages nest deeper than a recursive walk allows.
  let node: Node | null = root.firstChild;
  while (node) {
    if (isText(node)) {
      addText(node as CharacterData);
      node = after(node);
    } else if (isExcluded(node)) {
      node = after(node);
    } else {
      if (isBlock(node)) separate();
      node = node.firstChild ?? after(node);
    }
  }
  return {
    root,
    text: chars.join(''),
    sources: Int32Array.from(sources),
    nodes,
    nodeStarts: Int32Array.from(nodeStarts),
    positions,
    sourceLength,
  };
}
