import { describe as group, expect, it } from 'vitest';
import { parseDocument } from '../../tests/golden/corpus';
import { describeProblem } from '../problems';
import { DESCRIBE_REFUSALS, describe, describeQuote } from './describe';
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from './anchoring/policy';
import { refusalProblem } from './problems';
import { indexText } from './text/text-index';

/** A range as a browser reports it (linkedom's own ranges cannot be set). */
function range(start: Node, startOffset: number, end: Node, endOffset: number): AbstractRange {
  const collapsed = start === end && startOffset === endOffset;
  return { startContainer: start, startOffset, endContainer: end, endOffset, collapsed };
}

const textIn = (doc: Document, selector: string) => doc.querySelector(selector)!.firstChild!;

const ARTICLE =
  '<article><h1>Tides</h1><p id="a">The moon pulls the oceans towards it, twice a day.</p>' +
  '<p id="b">Sailors have timed their departures by it for <em>thousands</em> of years.</p></article>';

group('describe', () => {
  it('gives the quote, its context and its offsets in the page text', () => {
    const doc = parseDocument(ARTICLE);
    const index = indexText(doc);
    // From "oceans" in the first paragraph to "Sailors" in the second.
    const a = textIn(doc, '#a');
    const b = textIn(doc, '#b');
    const result = describe(range(a, 18, b, 7), index);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { quote, position } = result.target;
    expect(quote.exact).toBe('oceans towards it, twice a day. Sailors');
    expect(index.text.slice(position.start, position.end)).toBe(quote.exact);
    // Fewer than CONTEXT_LENGTH characters come before it: the prefix is all of them.
    expect(quote.prefix).toBe('Tides The moon pulls the ');
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toBe(' have timed their departures by ');
    expect(quote.type).toBe('TextQuoteSelector');
    expect(result.target.position.type).toBe('TextPositionSelector');
  });

  it('keeps the whole prefix short at the start of the page', () => {
    const doc = parseDocument(ARTICLE);
    const result = describe(range(textIn(doc, 'h1'), 0, textIn(doc, 'h1'), 5));
    expect(result).toMatchObject({ ok: true, target: { quote: { exact: 'Tides', prefix: '' } } });
  });

  it('refuses an empty or whitespace-only selection', () => {
    const doc = parseDocument('<p>Words</p>\n   \n<p>More words</p>');
    const p = doc.querySelector('p')!;
    expect(describe(range(p.firstChild!, 2, p.firstChild!, 2))).toEqual({
      ok: false,
      reason: 'empty',
    });
    const gap = p.nextSibling!; // the whitespace between the paragraphs
    expect(describe(range(gap, 0, gap, 4))).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a selection in a form field or an SVG drawing', () => {
    const doc = parseDocument(
      '<p>Name</p><textarea>typed words</textarea><svg><text>axis</text></svg>',
    );
    const field = doc.querySelector('textarea')!.firstChild!;
    expect(describe(range(field, 0, field, 5))).toEqual({ ok: false, reason: 'form_field' });
    const label = doc.querySelector('text')!.firstChild!;
    expect(describe(range(label, 0, label, 4))).toEqual({ ok: false, reason: 'svg' });
  });

  it('refuses a selection longer than a highlight holds', () => {
    const doc = parseDocument(`<p>${'word '.repeat(MAX_QUOTE_LENGTH / 4)}</p>`);
    const text = textIn(doc, 'p');
    const length = (text as CharacterData).data.length;
    expect(describe(range(text, 0, text, length))).toEqual({ ok: false, reason: 'too_long' });
  });

  it('refuses a selection the page has since taken out of the document', () => {
    const doc = parseDocument(ARTICLE);
    const a = textIn(doc, '#a');
    doc.querySelector('#a')!.remove();
    expect(describe(range(a, 0, a, 8))).toEqual({ ok: false, reason: 'detached' });
  });
});

group('describeQuote', () => {
  const index = indexText(parseDocument(`${ARTICLE}<p>Twice a day, again.</p>`));

  it('finds words that occur once, however their spaces were written', () => {
    const result = describeQuote(index, '  the oceans\n\ttowards\u00a0it ');
    expect(result).toMatchObject({
      ok: true,
      target: { quote: { exact: 'the oceans towards it' } },
    });
  });

  it('refuses words that are not on the page, or are on it more than once', () => {
    expect(describeQuote(index, 'the sun pulls')).toEqual({ ok: false, reason: 'not_on_page' });
    expect(describeQuote(index, 'a day')).toEqual({ ok: false, reason: 'repeated' });
    expect(describeQuote(index, ' \n ')).toEqual({ ok: false, reason: 'empty' });
  });
});

group('refusalProblem', () => {
  it.each(DESCRIBE_REFUSALS)('gives "%s" a sentence in English and Korean', (reason) => {
    const problem = refusalProblem(reason);
    const en = describeProblem(problem, 'en');
    const ko = describeProblem(problem, 'ko');
    for (const part of ['title', 'detail', 'action'] as const) {
      expect(en[part]).toMatch(/[a-z]{3}/);
      expect(en[part]).not.toMatch(/problem|\{/);
      expect(ko[part]).toMatch(/[\uac00-\ud7a3]/);
      expect(ko[part]).not.toMatch(/\{/);
    }
  });

  it('says how long a highlight may be', () => {
    expect(describeProblem(refusalProblem('too_long'), 'en').detail).toContain(
      String(MAX_QUOTE_LENGTH),
    );
  });
});
