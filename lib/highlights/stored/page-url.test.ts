import { describe, expect, it } from 'vitest';
import { highlightPageUrl } from './page-url';

describe('highlightPageUrl', () => {
  it('keeps a page’s query and drops its fragment', () => {
    expect(highlightPageUrl('https://Example.org/news?id=12#comments')).toBe(
      'https://example.org/news?id=12',
    );
    expect(highlightPageUrl('http://example.org/a#b')).toBe(
      highlightPageUrl('http://example.org/a'),
    );
  });

  it('gives no page for addresses the extension cannot script', () => {
    for (const address of [
      'chrome://settings',
      'about:blank',
      'file:///tmp/a.html',
      'data:text/html,x',
      'nonsense',
    ])
      expect(highlightPageUrl(address), address).toBeNull();
  });
});
