import { describe, expect, it } from 'vitest';
import { parseDocument } from '../golden/corpus';
import { blocksReaderText, htmlReaderText, readerRecall } from './reader-text';

const doc = parseDocument('<p></p>');

describe('the extraction benchmark’s measure', () => {
  it('finds a word glued from two elements when the candidate has both halves', () => {
    const reference = htmlReaderText(doc, '<p><span>Credit</span>Ellen Surrey</p>');
    expect(reference).toBe('CreditEllen Surrey');
    expect(readerRecall(reference, 'Credit Ellen Surrey')).toBe(1);
    expect(readerRecall(reference, 'Credit Surrey')).toBeCloseTo(0.5);
  });

  it('uses each candidate word once, glued or not', () => {
    expect(readerRecall('abab ab', 'ab')).toBe(0.5);
    expect(readerRecall('abab', 'ab ab')).toBe(1);
  });

  it('counts an equation as one token, however its LaTeX is spelled', () => {
    const mathml = '<p>so <math><mover><mi>B</mi><mo>→</mo></mover></math> holds</p>';
    const tex =
      '<p>so <math><semantics><mi>B</mi><annotation encoding="application/x-tex">\\vec{B}</annotation></semantics></math> holds</p>';
    expect(readerRecall(htmlReaderText(doc, mathml), htmlReaderText(doc, tex))).toBe(1);
    expect(readerRecall(htmlReaderText(doc, mathml), 'so holds')).toBeCloseTo(2 / 3);
  });

  it('reads blocks as Notion shows them: captions but not image addresses', () => {
    const text = blocksReaderText([
      { type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: 'Hi' } }] } },
      { type: 'image', image: { type: 'external', external: { url: 'https://x.test/cat.jpg' } } },
      {
        type: 'table',
        table: {
          table_width: 1,
          children: [
            {
              type: 'table_row',
              table_row: { cells: [[{ type: 'text', text: { content: 'cell' } }]] },
            },
          ],
        },
      },
      { type: 'equation', equation: { expression: 'x^2' } },
    ]);
    expect(text.split('\n').map((l) => l.trim())).toEqual(['Hi', 'cell', 'equation']);
  });
});
