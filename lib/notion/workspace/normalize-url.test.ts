import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl, urlVariants } from './normalize-url';

describe('normalizeUrl', () => {
  it.each([
    ['https://example.com/a/?utm_source=x&utm_medium=y#top', 'https://example.com/a'],
    ['https://Example.COM/', 'https://example.com'],
    ['https://example.com:443/a', 'https://example.com/a'],
    [
      'https://example.com/search?q=notion+api&page=2&fbclid=abc',
      'https://example.com/search?q=notion+api&page=2',
    ],
    ['https://example.com/p?gclid=1&id=7&mc_eid=2&ref=hn', 'https://example.com/p?id=7'],
    ['https://example.com/p?id=a%2Fb&UTM_Campaign=z', 'https://example.com/p?id=a%2Fb'],
    ['https://app.example.com/#/inbox/42', 'https://app.example.com#/inbox/42'],
    ['https://example.com/post#!/comments', 'https://example.com/post#!/comments'],
    ['http://example.com/a//', 'http://example.com/a'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['not a url', 'not a url'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
  ])('%s → %s', (url, normalized) => {
    expect(normalizeUrl(url)).toBe(normalized);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normalizeUrl(url);
        expect(normalizeUrl(once)).toBe(once);
      }),
    );
  });

  it('removes tracking parameters wherever they are, and keeps the rest in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,6}=[a-z0-9]{0,6}$/), { maxLength: 5 }),
        fc.array(fc.constantFrom('utm_source=a', 'fbclid=b', 'gclid=c', 'mc_eid=d', 'ref=e'), {
          maxLength: 4,
        }),
        (meaningful, tracking) => {
          const kept = meaningful.filter((pair) => !/^(ref|utm_)/.test(pair));
          const mixed = [...tracking.slice(0, 2), ...kept, ...tracking.slice(2)];
          const url = `https://example.com/path${mixed.length ? `?${mixed.join('&')}` : ''}`;
          expect(normalizeUrl(url)).toBe(
            `https://example.com/path${kept.length ? `?${kept.join('&')}` : ''}`,
          );
        },
      ),
    );
  });
});

describe('urlVariants', () => {
  it('lists the raw, the normalized and the trailing-slash spellings', () => {
    expect(urlVariants('https://example.com/a?utm_source=x')).toEqual([
      'https://example.com/a?utm_source=x',
      'https://example.com/a',
      'https://example.com/a/',
    ]);
    expect(urlVariants('https://example.com/a?id=1')).toEqual(['https://example.com/a?id=1']);
  });
});
