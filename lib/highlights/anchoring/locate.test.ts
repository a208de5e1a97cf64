import { describe, expect, it } from 'vitest';
import { locate } from './locate';
import type { HighlightTarget } from '../model';
import { CONTEXT_LENGTH } from './policy';

/** The target `describe` gives for the `nth` copy of `exact` in `text`. */
function targetIn(text: string, exact: string, nth = 0): HighlightTarget {
  let start = text.indexOf(exact);
  for (let i = 0; i < nth; i += 1) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`not in the text: ${exact}`);
  const end = start + exact.length;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const placed = (text: string, target: HighlightTarget) => {
  const result = locate(text, target);
  return result.found ? text.slice(result.start, result.end) : result.reason;
};

const PAGE =
  'Glaciers store about seventy percent of the fresh water on Earth. ' +
  'When they melt faster than snow replaces them, sea levels rise. ' +
  'Measurements since 1990 show the loss speeding up in most mountain ranges. ' +
  'The Alps lost a tenth of their remaining ice in two summers alone.';

describe('locate', () => {
  it('takes the stored position when the page has not changed', () => {
    const target = targetIn(PAGE, 'sea levels rise');
    expect(locate(PAGE, target)).toMatchObject({ found: true, method: 'position', distance: 0 });
  });

  it('finds the quote where it moved when text was added before it', () => {
    const target = targetIn(PAGE, 'When they melt faster than snow replaces them');
    const changed = `Advertisement: subscribe today and save. ${PAGE}`;
    const result = locate(changed, target);
    expect(result).toMatchObject({ found: true, method: 'quote' });
    expect(placed(changed, target)).toBe('When they melt faster than snow replaces them');
  });

  it('finds a passage whose words were edited, covering the edited words', () => {
    const target = targetIn(PAGE, 'the loss speeding up in most mountain ranges');
    const changed = PAGE.replace('speeding up in most', 'speeding up in almost all');
    const result = locate(changed, target);
    expect(result).toMatchObject({ found: true, method: 'fuzzy' });
    expect(placed(changed, target)).toBe('the loss speeding up in almost all mountain ranges');
  });

  it('does not place a passage whose numbers changed: it says something else now', () => {
    const target = targetIn(PAGE, 'Measurements since 1990 show the loss');
    const changed = PAGE.replace('1990', '1980');
    expect(placed(changed, target)).toBe('not_found');
  });

  it('does not move a passage whose count changed onto an older entry with the old count', () => {
    const text =
      'Archive: 2024 ► December (4) ► November (1) ► October (2) ► September (6) ' +
      '2023 ► December (3) ► November (5) ► October (2) ► September (1) Labels: travel';
    const target = targetIn(text, '► October (2)');
    expect(placed(text.replace('► October (2)', '► October (3)'), target)).toBe('not_found');
  });

  it('does not take a rewrite bigger than one edited word for the passage', () => {
    const target = targetIn(PAGE, 'the loss speeding up in most mountain ranges');
    const changed = PAGE.replace('speeding up in most', 'speeding up in nearly all');
    expect(placed(changed, target)).toBe('not_found');
  });

  it('reports a passage that was removed, and a page with no text', () => {
    const target = targetIn(PAGE, 'The Alps lost a tenth of their remaining ice');
    const changed = PAGE.replace(
      /The Alps[^.]*\./,
      'A new paragraph about something else entirely.',
    );
    expect(placed(changed, target)).toBe('not_found');
    expect(placed('', target)).toBe('no_text');
  });

  it('does not move a deleted passage onto a near copy of it in a repeated block', () => {
    const before = 'Weekly update from the garden club.';
    const after = 'Reply to this message to join us.';
    const passage = 'The tomatoes ripened early this year along the south wall.';
    const other = 'The tomatoes ripened late this year along the south wall.';
    const text = `${before} ${passage} ${after} ${before} ${other} ${after}`;
    const target = targetIn(text, passage);
    expect(placed(text.replace(`${passage} `, ''), target)).toBe('not_found');
    // With the passage still there, the same page places it.
    expect(placed(`Menu. ${text}`, target)).toBe(passage);
  });

  it('tells repeated words apart by their context', () => {
    const text =
      'Chapter one opens in the harbour at dawn. Read more. ' +
      'Chapter two closes in the mountains at night. Read more. The end.';
    const target = targetIn(text, 'Read more.', 1);
    const changed = `Sponsored links here. ${text.replace('Chapter one', 'Chapter 1')}`;
    const result = locate(changed, target);
    expect(result.found).toBe(true);
    if (!result.found) return;
    // The second copy: the one after "mountains at night".
    expect(changed.slice(result.start - 10, result.start)).toBe('at night. ');
  });

  it('does not guess between copies whose context changed on every side', () => {
    const text = 'Alpha begins the story here. The results were clear. Omega ends it.';
    const target = targetIn(text, 'The results were clear.');
    const changed =
      'A different opening line for this. The results were clear. Another middle part. ' +
      'Then a second section starts. The results were clear. And a closing line.';
    expect(locate(changed, target).found).toBe(false);
  });

  it('never places a passage on a sentence that is merely similar', () => {
    const target = targetIn(
      PAGE,
      'When they melt faster than snow replaces them, sea levels rise.',
    );
    const changed = PAGE.replace(
      'When they melt faster than snow replaces them, sea levels rise.',
      'When rivers flood faster than drains empty them, streets close.',
    );
    expect(placed(changed, target)).toBe('not_found');
  });
});
