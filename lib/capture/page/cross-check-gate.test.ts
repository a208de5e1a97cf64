import { describe, expect, it } from 'vitest';
import { defuddleFor } from './article';
import { crossCheckWorthIt } from './cross-check-gate';
import { parseHtml } from './parse-html';
import { readableText } from './readable-text';
import { CORPUS_URL, parseDocument, readCorpusFile } from '../../../tests/golden/corpus';

const page = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);
const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('crossCheckWorthIt', () => {
  it('skips the cross-check when the kept text is all the page says', () => {
    const text = `${words(200)}`;
    expect(crossCheckWorthIt(page(`<article><p>${text}</p></article>`), text)).toBe(false);
  });

  it('is blind to where lines were broken, and to scripts, styles and templates', () => {
    const doc = page(
      `<p>one</p><p>two</p><script>${words(500, 'code')}</script><style>${words(500, 'p{}')}</style>` +
        `<noscript>${words(300, 'fallback')}</noscript><template>${words(300, 'later')}</template>`,
    );
    expect(crossCheckWorthIt(doc, 'one\ntwo')).toBe(false);
  });

  it('runs the cross-check when the page holds text beyond what was kept', () => {
    const kept = words(200);
    const doc = page(
      `<article><p>${kept}</p></article><section><p>${words(60, 'more')}</p></section>`,
    );
    expect(crossCheckWorthIt(doc, kept)).toBe(true);
  });

  it('runs it on the corpus page whose second half defuddle leaves out', () => {
    const doc = parseDocument(readCorpusFile('dropbox-blog', 'source.html'));
    const content = defuddleFor(doc, { url: CORPUS_URL, useAsync: false }).parse().content;
    expect(crossCheckWorthIt(doc, readableText(parseHtml(doc, content).body))).toBe(true);
  });
});
