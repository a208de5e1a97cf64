import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { convertDom } from '../../convert/convert-dom';
import { outline } from '../../convert/testing/dom';
import { readSelection } from './selection';

// linkedom has no Selection and only a partial Range. This stand-in gives what
// `readSelection` uses — boundary points, the common ancestor, intersectsNode — with
// positions taken from document order.
function fakeRange(doc: Document, start: [Node, number], end: [Node, number]): Range {
  const order: Node[] = [];
  const walk = (node: Node) => {
    order.push(node);
    node.childNodes.forEach(walk);
  };
  walk(doc);
  const last = (node: Node): number => {
    let at = order.indexOf(node);
    while (order[at + 1] && node.contains(order[at + 1]!)) at += 1;
    return at;
  };
  // A boundary as a position between nodes: before the child at `offset`, or inside text.
  // Inside a text node, the start sits just before it and the end just after it.
  const position = ([node, offset]: [Node, number], inText: number) =>
    node.nodeType === 3
      ? order.indexOf(node) + inText
      : offset < node.childNodes.length
        ? order.indexOf(node.childNodes[offset]!) - 0.5
        : last(node) + 0.5;
  const from = position(start, -0.25);
  const to = position(end, 0.25);
  const ancestors = (node: Node) => {
    const out: Node[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) out.push(n);
    return out;
  };
  const common = ancestors(start[0]).find((n) => ancestors(end[0]).includes(n))!;
  return {
    collapsed: false,
    startContainer: start[0],
    startOffset: start[1],
    endContainer: end[0],
    endOffset: end[1],
    commonAncestorContainer: common,
    intersectsNode: (node: Node) => order.indexOf(node) < to && last(node) > from,
  } as unknown as Range;
}
function fakeSelection(ranges: Range[], text: string): Selection {
  return {
    rangeCount: ranges.length,
    isCollapsed: ranges.length === 0,
    getRangeAt: (i: number) => ranges[i]!,
    toString: () => text,
  } as unknown as Selection;
}
function page(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`)
    .document as unknown as Document;
}

describe('readSelection', () => {
  it('keeps the code block around a phrase selected inside it, with its language', () => {
    const doc = page('<pre class="language-js"><code>const a = 1;</code></pre>');
    const text = doc.querySelector('code')!.firstChild!;
    const selection = readSelection(
      doc,
      fakeSelection([fakeRange(doc, [text, 6], [text, 11])], 'a = 1'),
    );
    const { blocks } = convertDom(selection!.root, { baseUrl: 'https://example.com/' });
    expect(blocks).toEqual([
      {
        type: 'code',
        code: { rich_text: [{ type: 'text', text: { content: 'a = 1' } }], language: 'javascript' },
      },
    ]);
    expect(selection?.text).toBe('a = 1');
  });

  it('keeps list items selected together as a list, and every range in order', () => {
    const doc = page('<ol><li>one</li><li>two</li></ol><p>after <a href="/x">link</a></p>');
    const ol = doc.querySelector('ol')!;
    const link = doc.querySelector('a')!;
    const ranges = [
      fakeRange(doc, [ol, 0], [ol, ol.childNodes.length]),
      fakeRange(doc, [link.firstChild!, 0], [link.firstChild!, 3]),
    ];
    const selection = readSelection(doc, fakeSelection(ranges, 'one two lin'));
    const { blocks } = convertDom(selection!.root, { baseUrl: 'https://example.com/' });
    expect(outline(blocks)).toEqual([
      'numbered_list_item: one',
      'numbered_list_item: two',
      'paragraph: lin',
    ]);
    const last = blocks[2];
    expect(last && 'paragraph' in last && last.paragraph.rich_text[0]).toEqual({
      type: 'text',
      text: { content: 'lin', link: { url: 'https://example.com/x' } },
    });
  });

  it('does not change the page', () => {
    const doc = page('<p>keep <b>me</b></p>');
    const shape = () => [doc.body.textContent, doc.body.querySelectorAll('*').length];
    const before = shape();
    const p = doc.querySelector('p')!;
    readSelection(
      doc,
      fakeSelection([fakeRange(doc, [p, 0], [p, p.childNodes.length])], 'keep me'),
    );
    expect(shape()).toEqual(before);
  });

  it('is null when nothing is selected', () => {
    const doc = page('<p>x</p>');
    expect(readSelection(doc, null)).toBeNull();
    expect(readSelection(doc, fakeSelection([], ''))).toBeNull();
  });
});
