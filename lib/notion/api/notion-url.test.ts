import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNotionIconUrl, isNotionPageUrl, notionIconOrNull } from './notion-url';

describe('isNotionPageUrl', () => {
  it.each([
    'https://www.notion.so/acme/Inbox-d1da973d41ae46afb836e0e9a91149d5',
    'https://notion.so/d1da973d41ae46afb836e0e9a91149d5',
    'https://www.notion.com/d1da973d41ae46afb836e0e9a91149d5',
    'https://app.notion.com/p/d1da973d41ae46afb836e0e9a91149d5',
    'https://acme.notion.site/Inbox-d1da973d41ae46afb836e0e9a91149d5',
    'HTTPS://WWW.NOTION.SO/x',
  ])('opens %j', (url) => {
    expect(isNotionPageUrl(url)).toBe(true);
  });

  it.each([
    'http://www.notion.so/x',
    'https://www.notion.so.evil.example/x',
    'https://evilnotion.so/x',
    'https://notion.site/x',
    'https://file.notion.so/f/secret.html',
    'https://user:pass@www.notion.so/x',
    'https://www.notion.so:8443/x',
    'javascript:alert(1)',
    'chrome://settings',
    'd1da973d41ae46afb836e0e9a91149d5',
    'www.notion.so/x',
    '',
    null,
    42,
  ])('does not open %j', (url) => {
    expect(isNotionPageUrl(url)).toBe(false);
  });

  it('opens no address on any host outside Notion’s', () => {
    const notNotion = fc.domain().filter((d) => !/(^|\.)notion\.(so|com|site)$/i.test(d));
    fc.assert(
      fc.property(notNotion, fc.webPath(), (host, path) => {
        expect(isNotionPageUrl(`https://${host}${path}`)).toBe(false);
      }),
    );
  });
});

describe('icons', () => {
  it.each([
    ['📚', '📚'],
    ['https://www.notion.so/icons/book_gray.svg', 'https://www.notion.so/icons/book_gray.svg'],
    [
      'https://s3-us-west-2.amazonaws.com/public.notion-static.com/865e85fc/icon.png',
      'https://s3-us-west-2.amazonaws.com/public.notion-static.com/865e85fc/icon.png',
    ],
    ['https://tracker.example.net/pixel.png', null],
    ['https://s3-us-west-2.amazonaws.com/someone-else/icon.png', null],
    ['http://www.notion.so/icons/book_gray.svg', null],
    ['javascript:alert(1)', null],
    ['data:image/svg+xml,<svg/>', null],
    ['', null],
    [null, null],
  ])('keeps %j as %j', (icon, kept) => {
    expect(notionIconOrNull(icon)).toBe(kept);
  });

  it('shows no image from a host outside Notion’s', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => {
        const host = new URL(url).hostname;
        fc.pre(!/(^|\.)notion\.(so|com|site)$|notion-static\.com$|amazonaws\.com$/.test(host));
        expect(isNotionIconUrl(url)).toBe(false);
      }),
    );
  });
});
