import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../tests/golden/corpus';
import { applyLazyImageUpgrades, findLazyImageUpgrades } from './lazy-images';

const BASE = 'https://example.com/post/';

describe('lazy images', () => {
  it('pairs a placeholder with the real image in the <noscript> after it', () => {
    const doc = parseDocument(
      '<figure><div><img src="/blur/60.jpg"></div><img class="empty"><noscript><img src="/full/1200.jpg"></noscript></figure>',
    );
    expect([...findLazyImageUpgrades(doc, BASE)]).toEqual([
      ['https://example.com/blur/60.jpg', 'https://example.com/full/1200.jpg'],
    ]);
  });

  it('reads noscript content kept as text, as browsers with scripting do', () => {
    const doc = parseDocument('<img src="p.gif"><noscript></noscript>');
    doc.querySelector('noscript')!.textContent = '<img src="real.jpg?a=1&amp;b=2" alt="">';
    expect(findLazyImageUpgrades(doc, BASE).get('https://example.com/post/p.gif')).toBe(
      'https://example.com/post/real.jpg?a=1&b=2',
    );
  });

  it('leaves out a placeholder shared by different images', () => {
    const doc = parseDocument(
      '<img src="/blank.gif"><noscript><img src="/a.jpg"></noscript><img src="/blank.gif"><noscript><img src="/b.jpg"></noscript>',
    );
    expect(findLazyImageUpgrades(doc, BASE).size).toBe(0);
  });

  it('upgrades matching images in extracted content and drops their srcset', () => {
    const doc = parseDocument(
      '<div><img src="https://example.com/blur.jpg" srcset="x 2x"><img src="/other.jpg"></div>',
    );
    const root = doc.querySelector('div')!;
    applyLazyImageUpgrades(
      root,
      new Map([['https://example.com/blur.jpg', 'https://example.com/full.jpg']]),
      BASE,
    );
    expect(
      [...root.querySelectorAll('img')].map((img) => [
        img.getAttribute('src'),
        img.getAttribute('srcset'),
      ]),
    ).toEqual([
      ['https://example.com/full.jpg', null],
      ['/other.jpg', null],
    ]);
  });
});
