import { describe as group, expect, it } from 'vitest';
import { parseDocument } from '../../tests/golden/corpus';
import { anchor, anchorAll } from './anchor';
import { describe, describeQuote } from './describe';
import type { HighlightTarget } from './model';
import { MAX_HIGHLIGHTS_PER_PAGE } from './stored/page-highlights';
import { indexText } from './text/text-index';

/** The text a placement covers, read from the DOM bounds themselves. */
function boundsText(bounds: {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}): string {
  const start = bounds.startContainer as CharacterData;
  const end = bounds.endContainer as CharacterData;
  if (start === end) return start.data.slice(bounds.startOffset, bounds.endOffset);
  return `${start.data.slice(bounds.startOffset)}…${end.data.slice(0, bounds.endOffset)}`;
}

const ARTICLE =
  '<main><h1>On bread</h1><p>Flour, water and salt are all a loaf needs.</p>' +
  '<p>The starter does the rest, given <b>time</b> and a warm kitchen.</p>' +
  '<p>Bakers fold the dough every half hour for the first two hours.</p></main>';

function targetOf(html: string, words: string): HighlightTarget {
  const result = describeQuote(indexText(parseDocument(html)), words);
  if (!result.ok) throw new Error(result.reason);
  return result.target;
}

group('anchor', () => {
  it('places a highlight on the same words in the DOM of a changed copy', () => {
    const target = targetOf(ARTICLE, 'given time and a warm');
    const changed = parseDocument(
      ARTICLE.replace('<h1>', '<div class="ad"><p>Advertisement</p></div><h1>'),
    );
    const result = anchor(changed, target);
    expect(result).toMatchObject({ placed: true, method: 'quote', text: 'given time and a warm' });
    if (!result.placed) return;
    expect(boundsText(result.bounds)).toBe('given … and a warm');
    expect(result.bounds.startContainer.parentNode).toBe(changed.querySelectorAll('p')[2]);
  });

  it('places it again in a page parsed anew from the same markup, by its position', () => {
    const doc = parseDocument(ARTICLE);
    const text = doc.querySelectorAll('p')[2]!.firstChild!;
    const described = describe({
      startContainer: text,
      startOffset: 7,
      endContainer: text,
      endOffset: 25,
      collapsed: false,
    });
    if (!described.ok) throw new Error(described.reason);
    const result = anchor(parseDocument(ARTICLE), described.target);
    expect(result).toMatchObject({ placed: true, method: 'position', text: 'fold the dough eve' });
  });

  it('reports every highlight it cannot place, in the order it was given', () => {
    const targets = [
      targetOf(ARTICLE, 'Flour, water and salt'),
      targetOf(ARTICLE, 'every half hour for the first two hours'),
      targetOf(ARTICLE, 'a warm kitchen'),
    ];
    const changed = parseDocument(ARTICLE.replace(/<p>Bakers[^<]*<\/p>/, ''));
    const results = anchorAll(changed, targets);
    expect(results.map((r) => (r.placed ? r.text : r.reason))).toEqual([
      'Flour, water and salt',
      'not_found',
      'a warm kitchen',
    ]);
    expect(anchorAll(parseDocument('<body></body>'), targets).map((r) => r.placed)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it(`places all of ${MAX_HIGHLIGHTS_PER_PAGE} highlights on one page, each on its own words`, () => {
    const names = ['river', 'meadow', 'harbour', 'forest', 'valley', 'island', 'canyon', 'glacier'];
    const paragraph = (i: number) =>
      `<p>Entry ${i}: the ${names[i % 8]} walk number ${i} starts at gate ${i * 7} and ends at the ${names[(i * 3) % 8]} cafe.</p>`;
    const paragraphs = Array.from({ length: MAX_HIGHLIGHTS_PER_PAGE }, (_, i) => paragraph(i));
    const html = `<main>${paragraphs.join('')}</main>`;
    const index = indexText(parseDocument(html));
    const targets = paragraphs.map((_, i) => {
      const result = describeQuote(index, `walk number ${i} starts at gate ${i * 7}`);
      if (!result.ok) throw new Error(`${i}: ${result.reason}`);
      return result.target;
    });
    // The page came back with a banner above and every tenth entry's wording changed.
    const changed = `<div><p>Cookie notice: we use cookies.</p></div><main>${paragraphs
      .map((p, i) => (i % 10 === 0 ? p.replace('starts at', 'begins at') : p))
      .join('')}</main>`;
    const results = anchorAll(parseDocument(changed), targets);
    expect(results).toHaveLength(MAX_HIGHLIGHTS_PER_PAGE);
    results.forEach((result, i) => {
      const want =
        i % 10 === 0
          ? `walk number ${i} begins at gate ${i * 7}`
          : `walk number ${i} starts at gate ${i * 7}`;
      expect(result.placed ? result.text : result.reason, `highlight ${i}`).toBe(want);
    });
  });
});
