import { describe, expect, it } from 'vitest';
import { isCodeLanguage } from '../../../notion/api/code-languages';
import { toNotionLanguage } from './languages';
import type { BlockOf } from '../../../notion/api/request-types';
import { blocksOf } from '../../testing/dom';

function code(html: string): BlockOf<'code'>['code'] {
  const [block] = blocksOf(html);
  if (!block || !('code' in block)) throw new Error(`not a code block: ${JSON.stringify(block)}`);
  return block.code;
}
const text = (c: BlockOf<'code'>['code']) =>
  c.rich_text.map((item) => ('text' in item ? item.text.content : '')).join('');

describe('code blocks', () => {
  it.each([
    ['<pre><code class="language-ts">x</code></pre>', 'typescript'],
    ['<pre class="lang-py">x</pre>', 'python'],
    ['<div class="highlight highlight-source-rust"><pre>x</pre></div>', 'rust'],
    ['<div class="highlight-js"><pre>x</pre></div>', 'javascript'],
    ['<pre data-lang="C++">x</pre>', 'c++'],
    ['<pre><code data-language="shell-session">x</code></pre>', 'shell'],
    ['<pre class="brush: csharp; gutter: true">x</pre>', 'c#'],
    ['<pre class="sourceCode haskell">x</pre>', 'haskell'],
    ['<pre><code class="language-klingon">x</code></pre>', 'plain text'],
    ['<pre>x</pre>', 'plain text'],
  ])('reads the language of %s as %s', (html, language) => {
    expect(code(html).language).toBe(language);
  });

  it('keeps the code text exactly, with <br> and per-line elements as line breaks', () => {
    expect(text(code('<pre><code>  indented\n\tline &lt;2&gt;\n</code></pre>'))).toBe(
      '  indented\n\tline <2>',
    );
    expect(text(code('<pre>a<br>b</pre>'))).toBe('a\nb');
    expect(text(code('<pre><div class="line">one</div><div class="line">two</div></pre>'))).toBe(
      'one\ntwo',
    );
  });

  it('leaves out line-number gutters and copy buttons', () => {
    const html =
      '<pre><span class="line-numbers-rows"><span>1</span></span><button>Copy</button><code>body()</code></pre>';
    expect(text(code(html))).toBe('body()');
  });

  it('cuts long code into items of at most 2000 characters that join back', () => {
    const source = 'const x = 1;\n'.repeat(400);
    const c = code(`<pre>${source}</pre>`);
    expect(c.rich_text.length).toBeGreaterThan(2);
    expect(text(c)).toBe(source.trimEnd());
  });
});

describe('languages', () => {
  it('maps every alias to a language Notion accepts', () => {
    for (const name of ['js', 'TSX', 'py3', 'yml', 'objc', 'golang', 'dockerfile', 'tex', 'sh'])
      expect(isCodeLanguage(toNotionLanguage(name))).toBe(true);
    expect(toNotionLanguage('Java')).toBe('java');
    expect(toNotionLanguage(undefined)).toBe('plain text');
  });
});
