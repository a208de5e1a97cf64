import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { convertDom } from '../convert/convert-dom';
import { outline } from '../convert/test-dom';
import { readSelection } from './selection';

// linkedom has no Selection and only a partial Range, so these stand-ins give what
// `readSelection` uses: the common ancestor, the cloned contents, the selected text.
function fakeRange(doc: Document, ancestor: Node, selected: Node[]): Range {
  return {
    collapsed: false,
    commonAncestorContainer: ancestor,
    cloneContents: () => {
      const fragment = doc.createDocumentFragment();
      for (const node of selected) fragment.appendChild(node.cloneNode(true));
      return fragment;
    },
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
      fakeSelection([fakeRange(doc, text, [doc.createTextNode('a = 1')])], 'a = 1'),
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
      fakeRange(doc, ol, [...ol.children]),
      fakeRange(doc, link.firstChild!, [doc.createTextNode('lin')]),
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
    readSelection(doc, fakeSelection([fakeRange(doc, p, [...p.childNodes])], 'keep me'));
    expect(shape()).toEqual(before);
  });

  it('is null when nothing is selected', () => {
    const doc = page('<p>x</p>');
    expect(readSelection(doc, null)).toBeNull();
    expect(readSelection(doc, fakeSelection([], ''))).toBeNull();
  });
});
