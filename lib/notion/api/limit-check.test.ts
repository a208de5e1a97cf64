import type { BlockObjectRequest } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { findLimitViolations } from './limit-check';

const text = (content: string, url?: string) => ({
  type: 'text' as const,
  text: url ? { content, link: { url } } : { content },
});
const paragraph = (rich_text: ReturnType<typeof text>[], children?: BlockObjectRequest[]) =>
  ({
    type: 'paragraph',
    paragraph: { rich_text, ...(children ? { children } : {}) },
  }) as BlockObjectRequest;
const rules = (blocks: BlockObjectRequest[], request = false) =>
  findLimitViolations(blocks, { request }).map((v) => v.rule);

describe('findLimitViolations', () => {
  it('accepts blocks within every limit', () => {
    expect(
      findLimitViolations([paragraph([text('a'.repeat(2000), 'https://example.com')])]),
    ).toEqual([]);
  });

  it('finds over-long text, links, equations and split surrogate pairs', () => {
    const blocks: BlockObjectRequest[] = [
      paragraph([text('a'.repeat(2001)), text('x', 'javascript:alert(1)'), text('\ud83d')]),
      { type: 'equation', equation: { expression: 'x'.repeat(1001) } },
      {
        type: 'image',
        image: { type: 'external', external: { url: `https://e.com/${'a'.repeat(2000)}` } },
      },
    ];
    expect(rules(blocks)).toEqual([
      'text_length',
      'link_url',
      'split_surrogate',
      'equation_length',
      'url',
    ]);
  });

  it('finds more than 100 rich text items and ragged table rows', () => {
    const blocks: BlockObjectRequest[] = [
      paragraph(Array.from({ length: 101 }, () => text('a'))),
      {
        type: 'table',
        table: {
          table_width: 2,
          children: [{ type: 'table_row', table_row: { cells: [[text('only one')]] } }],
        },
      },
    ];
    expect(rules(blocks)).toEqual(['rich_text_items', 'table_row_width']);
  });

  it('checks request limits (children, depth) only when asked', () => {
    const deep = paragraph([], [paragraph([], [paragraph([], [paragraph([])])])]);
    const wide = Array.from({ length: 101 }, () => paragraph([]));
    expect(rules([deep, ...wide])).toEqual([]);
    expect(rules([deep, ...wide], true)).toEqual(['children_count', 'nesting']);
  });

  it('refuses children under blocks that take none and unknown code languages', () => {
    const blocks = [
      { type: 'code', code: { rich_text: [], language: 'klingon', children: [paragraph([])] } },
    ] as unknown as BlockObjectRequest[];
    expect(rules(blocks)).toEqual(['code_language', 'children_not_allowed']);
  });
});
