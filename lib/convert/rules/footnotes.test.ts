import { describe, expect, it } from 'vitest';
import { blocksOf, convertHtml, outline } from '../testing/dom';

describe('footnotes', () => {
  it('writes references as [n] and keeps the notes as a list without back-links', () => {
    const html =
      '<p>Claim<sup id="fnref:1"><a href="#fn:1">1</a></sup> and more<sup class="reference"><a href="#cite_note-2">[2]</a></sup>.</p>' +
      '<div id="footnotes"><ol><li class="footnote" id="fn:1"><p>Source. <a href="#fnref:1" class="footnote-backref">↩</a></p></li></ol></div>';
    expect(outline(blocksOf(html))).toEqual([
      'paragraph: Claim[1] and more[2].',
      'numbered_list_item: Source.',
    ]);
    expect(convertHtml(html).report.items).toEqual([]);
  });

  it('keeps ordinary superscripts as text', () => {
    expect(outline(blocksOf('<p>E = mc<sup>2</sup></p>'))).toEqual(['paragraph: E = mc2']);
  });
});
