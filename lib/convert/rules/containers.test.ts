import { describe, expect, it } from 'vitest';
import { blocksOf, outline } from '../testing/dom';

describe('quotes, callouts, toggles and dividers', () => {
  it('makes a blockquote a quote with its later paragraphs nested', () => {
    expect(outline(blocksOf('<blockquote><p>first</p><p>second</p></blockquote>'))).toEqual([
      'quote: first',
      '  paragraph: second',
    ]);
  });

  it('makes asides and callout boxes callouts with an icon for their kind', () => {
    const blocks = blocksOf(
      '<aside>Side note</aside><div class="callout" data-callout="warning"><div class="callout-title">Careful</div><div class="callout-content"><p>Hot</p></div></div><div class="markdown-alert markdown-alert-tip"><p>Tip</p></div>',
    );
    expect(outline(blocks)).toEqual([
      'callout: Side note',
      'callout: Careful',
      '  paragraph: Hot',
      'callout: Tip',
    ]);
    expect(blocks.map((b) => ('callout' in b ? b.callout.icon : null))).toEqual([
      { type: 'emoji', emoji: '💡' },
      { type: 'emoji', emoji: '⚠️' },
      { type: 'emoji', emoji: '✅' },
    ]);
  });

  it('makes <details> a toggle titled by its summary', () => {
    const html =
      '<details><summary><h3>More</h3></summary><p>hidden</p><ul><li>x</li></ul></details>';
    expect(outline(blocksOf(html))).toEqual([
      'toggle: More',
      '  paragraph: hidden',
      '  bulleted_list_item: x',
    ]);
  });

  it('makes <hr> a divider', () => {
    expect(blocksOf('<p>a</p><hr><p>b</p>').map((b) => b.type)).toEqual([
      'paragraph',
      'divider',
      'paragraph',
    ]);
  });
});
