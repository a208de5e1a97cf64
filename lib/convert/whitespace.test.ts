import { describe, expect, it } from 'vitest';
import type { BlockObjectRequest } from '@notionhq/client';
import { blocksText } from './testing/block-text';
import { blocksOf } from './testing/dom';

const paragraphTexts = (blocks: BlockObjectRequest[]) => blocks.map((b) => blocksText([b]));

describe('whitespace and paragraphs', () => {
  it('collapses runs of spaces, tabs and newlines as a browser renders them', () => {
    expect(paragraphTexts(blocksOf('<p>  a \n\t b   <b> c </b>  d  </p>'))).toEqual(['a b c d']);
  });

  it('keeps non-breaking spaces', () => {
    expect(paragraphTexts(blocksOf('<p>a&nbsp;&nbsp;b</p>'))).toEqual(['a\u00a0\u00a0b']);
  });

  it('turns <br> into a line break without the spaces around it', () => {
    expect(paragraphTexts(blocksOf('<p>one <br> two<br>three<br></p>'))).toEqual([
      'one\ntwo\nthree',
    ]);
  });

  it('makes loose text between blocks its own paragraph', () => {
    expect(paragraphTexts(blocksOf('<div>before<p>inside</p>after</div>'))).toEqual([
      'before',
      'inside',
      'after',
    ]);
  });

  it('keeps whitespace inside white-space: pre', () => {
    expect(paragraphTexts(blocksOf('<p><span style="white-space: pre">a   b</span></p>'))).toEqual([
      'a   b',
    ]);
  });

  it('skips hidden, script and style content', () => {
    const html =
      '<p>shown</p><p hidden>no</p><p style="display:none">no</p><script>x()</script><style>p{}</style><p aria-hidden="true">no</p>';
    expect(paragraphTexts(blocksOf(html))).toEqual(['shown']);
  });

  it('drops paragraphs that hold only whitespace', () => {
    expect(blocksOf('<p> </p><p>&#8203;</p><p><br></p>')).toEqual([]);
  });
});
