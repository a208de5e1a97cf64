/**
 * Every size limit of Notion's request-limits table: a request exactly at the limit passes,
 * one just over is rejected with `validation_error` naming the path.
 */
import type { BlockObjectRequest } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import {
  DEMO,
  client,
  expectApiError,
  expectTooLarge,
  paragraph,
  start,
  text,
} from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const append = (children: BlockObjectRequest[]) =>
  client(emulator).blocks.children.append({ block_id: DEMO.ids.inboxPage, children });
const bad = (detail: string) => `body failed validation: ${detail}`;

describe('rich text', () => {
  it('takes 2000 UTF-16 units of text content and refuses 2001', async () => {
    // 1000 emoji are 2000 UTF-16 code units: Notion counts units, not characters.
    await append([paragraph('😀'.repeat(1000))]);
    await expectApiError(
      append([paragraph('a'), paragraph('😀'.repeat(1000) + 'a')]),
      400,
      'validation_error',
      bad(
        'body.children[1].paragraph.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`.',
      ),
    );
  });

  it('takes link URLs of 2000 characters, refuses 2001 and non-web schemes', async () => {
    const url = (n: number) => `https://example.com/${'a'.repeat(n - 20)}`;
    const linked = (href: string): BlockObjectRequest => ({
      paragraph: { rich_text: [{ text: { content: 'x', link: { url: href } } }] },
    });
    await append([linked(url(2000))]);
    await expectApiError(
      append([linked(url(2001))]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].text.link.url.length should be ≤ `2000`, instead was `2001`.',
      ),
    );
    await expectApiError(
      append([linked('javascript:alert(1)')]),
      400,
      'validation_error',
      'Invalid URL for link.',
    );
  });

  it('takes equations of 1000 characters and refuses 1001, inline and as blocks', async () => {
    const inline = (n: number): BlockObjectRequest => ({
      paragraph: { rich_text: [{ equation: { expression: 'x'.repeat(n) } }] },
    });
    await append([inline(1000), { equation: { expression: 'y'.repeat(1000) } }]);
    await expectApiError(
      append([inline(1001)]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].equation.expression.length should be ≤ `1000`, instead was `1001`.',
      ),
    );
    await expectApiError(
      append([{ equation: { expression: 'y'.repeat(1001) } }]),
      400,
      'validation_error',
      bad('body.children[0].equation.expression.length should be ≤ `1000`, instead was `1001`.'),
    );
  });

  it('takes 100 rich text items and refuses 101', async () => {
    const items = (n: number) => Array.from({ length: n }, () => ({ text: { content: 'a' } }));
    await append([{ paragraph: { rich_text: items(100) } }]);
    await expectApiError(
      append([{ paragraph: { rich_text: items(101) } }]),
      400,
      'validation_error',
      bad('body.children[0].paragraph.rich_text.length should be ≤ `100`, instead was `101`.'),
    );
  });
});

describe('children and nesting', () => {
  it('takes 100 children per append and refuses 101', async () => {
    await append(Array.from({ length: 100 }, (_, i) => paragraph(`p${i}`)));
    await expectApiError(
      append(Array.from({ length: 101 }, () => paragraph('p'))),
      400,
      'validation_error',
      bad('body.children.length should be ≤ `100`, instead was `101`.'),
    );
  });

  it('takes two levels of children and refuses a third, naming the path', async () => {
    // Request blocks may hold children, and those children theirs: three levels of blocks.
    const toggle = (children?: BlockObjectRequest[]) =>
      ({
        toggle: { rich_text: text('t'), ...(children ? { children } : {}) },
      }) as BlockObjectRequest;
    await append([toggle([toggle([toggle()])])]);
    const error = await expectApiError(
      append([toggle([toggle([toggle([toggle()])])])]),
      400,
      'validation_error',
    );
    expect(error.message).toBe(
      bad(
        'body.children[0].toggle.children[0].toggle.children[0].toggle.children should be not present, instead was `[{"toggle":{"rich_text":[{"type":"text","text":{"conten...`.',
      ),
    );
  });

  it('counts table rows and columns as wrappers, not levels', async () => {
    const row = { table_row: { cells: [text('a'), text('b')] } };
    const table = { table: { table_width: 2, children: [row, row] } } as BlockObjectRequest;
    // A table inside a toggle, and a toggle with children inside a column.
    await append([{ toggle: { rich_text: text('t'), children: [table] } } as BlockObjectRequest]);
    await append([
      {
        column_list: {
          children: [
            {
              column: {
                children: [{ toggle: { rich_text: text('a'), children: [paragraph('deep')] } }],
              },
            },
            { column: { children: [paragraph('b')] } },
          ],
        },
      } as BlockObjectRequest,
    ]);
  });

  it('takes 1000 block elements in one request and refuses 1001', async () => {
    const toggles = (extra: number) =>
      Array.from({ length: 100 }, (_, i) => ({
        toggle: {
          rich_text: text('t'),
          children: Array.from({ length: 9 + (i === 0 ? extra : 0) }, () => paragraph('c')),
        },
      })) as BlockObjectRequest[];
    await append(toggles(0));
    await expectApiError(
      append(toggles(1)),
      400,
      'validation_error',
      bad(
        'body.children (block elements, nested included) should be ≤ `1000`, instead was `1001`.',
      ),
    );
  });

  it('takes a 500 000-byte body and refuses one byte more with 413', async () => {
    // The SDK sends JSON.stringify({children}): fill paragraphs with 2000-character texts
    // until the next one would not fit, then size a last text to land on the exact byte.
    const build = (total: number) => {
      const children: Array<{ paragraph: { rich_text: Array<{ text: { content: string } }> } }> =
        [];
      const size = () => JSON.stringify({ children }).length;
      const add = (content: string) => {
        let last = children[children.length - 1];
        if (!last || last.paragraph.rich_text.length === 25)
          children.push((last = { paragraph: { rich_text: [] } }));
        last.paragraph.rich_text.push({ text: { content } });
      };
      while (size() < total - 4100) add('a'.repeat(2000));
      add('');
      add('');
      const [first, second] = children
        .at(-1)!
        .paragraph.rich_text.slice(-2)
        .map((item) => item.text);
      const rest = total - size();
      first!.content = 'a'.repeat(Math.ceil(rest / 2));
      second!.content = 'a'.repeat(Math.floor(rest / 2));
      expect(size()).toBe(total);
      return children as BlockObjectRequest[];
    };
    await append(build(500_000));
    // Notion refuses an oversized body before reading it: 413, not a validation_error.
    const error = await expectTooLarge(append(build(500_001)));
    expect((error.headers as Headers).get('content-type')).toMatch(/^text\/html/);
  });
});

describe('block content', () => {
  it('rejects an unknown block type listing the known ones', async () => {
    const error = await expectApiError(
      append([{ type: 'hologram', hologram: {} } as unknown as BlockObjectRequest]),
      400,
      'validation_error',
    );
    expect(error.message).toMatch(
      /^body failed validation\. Fix one:\nbody\.children\[0\]\.embed should be defined, instead was `undefined`\.\n/,
    );
    expect(error.message).toContain('body.children[0].paragraph should be defined');
  });

  it('rejects keys Notion does not take (read-only fields, `children` beside the type)', async () => {
    await expectApiError(
      append([{ ...paragraph('x'), has_children: false } as unknown as BlockObjectRequest]),
      400,
      'validation_error',
      bad('body.has_children should be not present, instead was `false`.').replace(
        'body.has_children',
        'body.children[0].has_children',
      ),
    );
  });

  it('rejects malformed rich text', async () => {
    await expectApiError(
      append([
        { paragraph: { rich_text: [{ plain_text: 'x' }] } } as unknown as BlockObjectRequest,
      ]),
      400,
      'validation_error',
      /^body failed validation\. Fix one:\nbody\.children\[0\]\.paragraph\.rich_text\[0\]\.text should be defined/,
    );
    await expectApiError(
      append([
        { paragraph: { rich_text: [{ text: { content: 5 } }] } } as unknown as BlockObjectRequest,
      ]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].text.content should be a string, instead was `5`.',
      ),
    );
  });

  it('takes code languages from the SDK list only', async () => {
    await append([{ code: { rich_text: text('x = 1'), language: 'python' } }]);
    const error = await expectApiError(
      append([{ code: { rich_text: text('x'), language: 'py' as 'python' } }]),
      400,
      'validation_error',
    );
    expect(error.message).toMatch(
      /^body failed validation: body\.children\[0\]\.code\.language should be `"abap"`, `"abc"`, .*, or `"java\/c\/c\+\+\/c#"`, instead was `"py"`\.$/,
    );
  });

  it('requires table rows to have table_width cells', async () => {
    const row = (n: number) => ({
      table_row: { cells: Array.from({ length: n }, () => text('c')) },
    });
    await append([
      {
        table: { table_width: 3, has_column_header: true, children: [row(3), row(3)] },
      } as BlockObjectRequest,
    ]);
    await expectApiError(
      append([{ table: { table_width: 3, children: [row(3), row(2)] } } as BlockObjectRequest]),
      400,
      'validation_error',
      bad(
        "body.children[0].table.children[1].table_row.cells.length should be `3` (the table's table_width), instead was `2`.",
      ),
    );
  });

  it('requires http(s) URLs of at most 2000 characters for media, embeds and bookmarks', async () => {
    await append([
      { image: { external: { url: 'https://example.com/a.png' } } },
      { bookmark: { url: 'https://example.com' } },
    ]);
    await expectApiError(
      append([{ image: { external: { url: 'data:image/png;base64,AAAA' } } }]),
      400,
      'validation_error',
      bad(
        'body.children[0].image.external.url should be a valid URL, instead was `"data:image/png;base64,AAAA"`.',
      ),
    );
    await expectApiError(
      append([{ embed: { url: `https://example.com/${'a'.repeat(1981)}` } }]),
      400,
      'validation_error',
      bad('body.children[0].embed.url.length should be ≤ `2000`, instead was `2001`.'),
    );
    await expectApiError(
      append([{ image: { file_upload: { id: '00000000-0000-4000-8000-000000000001' } } }]),
      400,
      'validation_error',
      'Could not find file upload with ID: 00000000-0000-4000-8000-000000000001.',
    );
  });
});

describe('position (2026-03-11)', () => {
  it('places appended children at the start, the end, or after a block; `after` is gone', async () => {
    const notion = client(emulator);
    const page = await notion.pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      children: [paragraph('one'), paragraph('three')],
    });
    const [one] = (await notion.blocks.children.list({ block_id: page.id })).results;
    await notion.blocks.children.append({
      block_id: page.id,
      children: [paragraph('two')],
      position: { type: 'after_block', after_block: { id: one!.id } },
    });
    await notion.blocks.children.append({
      block_id: page.id,
      children: [paragraph('zero')],
      position: { type: 'start' },
    });
    await notion.blocks.children.append({
      block_id: page.id,
      children: [paragraph('four')],
      position: { type: 'end' },
    });
    const texts = (await notion.blocks.children.list({ block_id: page.id })).results.map((b) =>
      'type' in b && b.type === 'paragraph' ? b.paragraph.rich_text[0]?.plain_text : '',
    );
    expect(texts).toEqual(['zero', 'one', 'two', 'three', 'four']);
    await expectApiError(
      notion.blocks.children.append({
        block_id: page.id,
        children: [paragraph('x')],
        after: one!.id,
      }),
      400,
      'validation_error',
      bad(`body.after should be not present, instead was \`"${one!.id}"\`.`),
    );
  });
});
