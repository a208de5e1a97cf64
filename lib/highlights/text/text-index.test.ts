import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../tests/golden/corpus';
import { indexText } from './text-index';

const textOf = (html: string) => indexText(parseDocument(html)).text;

describe('indexText', () => {
  it('separates blocks with one space and joins inline elements', () => {
    expect(textOf('<p>Hel<b>lo</b> world</p><p>Next</p><ul><li>one</li><li>two</li></ul>')).toBe(
      'Hello world Next one two',
    );
    expect(textOf('line<br>break')).toBe('line break');
  });

  it('reads the same text however the markup is indented', () => {
    const tight = textOf('<div><p>First  para.</p><p>Second\u00a0para.</p></div>');
    const loose = textOf('<div>\n  <p>\n\tFirst para.\n  </p>\n\n  <p>Second para.</p>\n</div>');
    expect(tight).toBe('First para. Second para.');
    expect(loose).toBe(tight);
  });

  it('leaves out text a reader cannot select, and invisible characters', () => {
    const html = [
      '<p>Kept</p><script>var x = 1;</script><style>p { color: red }</style>',
      '<noscript>enable js</noscript><template><p>later</p></template>',
      '<p hidden>hidden</p><p style="display: none">gone</p><p style="color:red;visibility:hidden">x</p>',
      '<input value="typed"><textarea>draft</textarea><svg><text>label</text></svg>',
      '<p>hy\u00adphen\u200bated</p>',
    ].join('');
    expect(textOf(html)).toBe('Kept hyphenated');
  });

  it('maps every character back to a text node it came from', () => {
    const index = indexText(parseDocument('<p>ab <i>cd</i></p><p> ef</p>'));
    expect(index.text).toBe('ab cd ef');
    const letters = [...index.text].map((ch, i) => {
      const source = index.sources[i]!;
      const node = index.nodes.findLast((_, n) => index.nodeStarts[n]! <= source)!;
      return ch === ' ' ? ' ' : node.data[source - index.nodeStarts[index.nodes.indexOf(node)]!];
    });
    expect(letters.join('')).toBe(index.text);
  });
});
