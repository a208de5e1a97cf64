import { describe, expect, it } from 'vitest';
import { convertHtml, lossCount } from '../testing/dom';
import type { RichTextItemRequest } from '../../notion/api/request-types';

function items(html: string): RichTextItemRequest[] {
  const [block] = convertHtml(html).blocks;
  return block && 'paragraph' in block ? block.paragraph.rich_text : [];
}
const linkOf = (item: RichTextItemRequest | undefined) =>
  item && 'text' in item ? (item.text.link?.url ?? null) : undefined;

describe('links', () => {
  it('resolves relative and protocol-relative links against the base URL', () => {
    const [a, , b] = items(
      '<p><a href="../x?q=1#s">rel</a> <a href="//cdn.example.org/y">proto</a></p>',
    );
    expect(linkOf(a)).toBe('https://example.com/x?q=1#s');
    expect(linkOf(b)).toBe('https://cdn.example.org/y');
  });

  it('keeps javascript:, data:, mailto: and broken links as plain text, reported', () => {
    const html =
      '<p><a href="javascript:alert(1)">js</a><a href="data:text/html,x">data</a><a href="mailto:a@b.c">mail</a><a href="http://">broken</a><a href="">empty</a></p>';
    const result = convertHtml(html);
    const [block] = result.blocks;
    const rich = block && 'paragraph' in block ? block.paragraph.rich_text : [];
    expect(rich).toEqual([{ type: 'text', text: { content: 'jsdatamailbrokenempty' } }]);
    expect(lossCount(result, 'link_unsupported')).toBe(5);
  });

  it('keeps a link over 2000 characters as plain text, reported', () => {
    const long = `https://example.com/${'a'.repeat(2100)}`;
    const result = convertHtml(`<p><a href="${long}">long</a></p>`);
    expect(linkOf(items(`<p><a href="${long}">long</a></p>`)[0])).toBeNull();
    expect(lossCount(result, 'link_too_long')).toBe(1);
  });

  it('leaves links within the page as plain text without reporting them', () => {
    const result = convertHtml('<p><a href="#intro">intro</a> <a href="page.html#x">here</a></p>');
    expect(items('<p><a href="#intro">intro</a></p>').map(linkOf)).toEqual([null]);
    expect(result.report.items).toEqual([]);
  });

  it('lets an inner link win over an outer one and keeps annotations', () => {
    const [first] = items('<p><a href="/a"><b>bold link</b></a></p>');
    expect(first).toEqual({
      type: 'text',
      text: { content: 'bold link', link: { url: 'https://example.com/a' } },
      annotations: { bold: true },
    });
  });
});
