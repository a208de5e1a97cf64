/**
 * Request objects are closed, as in Notion's schema checker: a key the request schema does
 * not name is refused with `<path> should be not present`, never silently dropped.
 */
import type { BlockObjectRequest, CreatePageParameters } from '@notionhq/client';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const append = (children: unknown[]) =>
  client(emulator).blocks.children.append({
    block_id: DEMO.ids.inboxPage,
    children: children as BlockObjectRequest[],
  });
type Properties = NonNullable<CreatePageParameters['properties']>;
const save = (properties: unknown) =>
  client(emulator).pages.create({
    parent: { data_source_id: DEMO.ids.readingListDataSource },
    properties: properties as Properties,
  });
const bad = (detail: string) => `body failed validation: ${detail}`;
const paragraphOf = (item: unknown) => ({ paragraph: { rich_text: [item] } });

describe('rich text items', () => {
  it('refuse an unknown key beside the text', async () => {
    await expectApiError(
      append([paragraphOf({ text: { content: 'x' }, foo: 1 })]),
      400,
      'validation_error',
      bad('body.children[0].paragraph.rich_text[0].foo should be not present, instead was `1`.'),
    );
  });

  it('refuse response-only fields sent back (plain_text, href)', async () => {
    await expectApiError(
      append([paragraphOf({ type: 'text', text: { content: 'x' }, plain_text: 'x' })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].plain_text should be not present, instead was `"x"`.',
      ),
    );
  });

  it('refuse an unknown key inside the text object and its link', async () => {
    await expectApiError(
      append([paragraphOf({ text: { content: 'x', foo: 'bar' } })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].text.foo should be not present, instead was `"bar"`.',
      ),
    );
    await expectApiError(
      append([paragraphOf({ text: { content: 'x', link: { url: 'https://a.example', t: 1 } } })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].text.link.t should be not present, instead was `1`.',
      ),
    );
  });

  it('refuse annotations Notion does not have and annotations inside the text', async () => {
    await expectApiError(
      append([paragraphOf({ text: { content: 'x' }, annotations: { bold: true, font: 'serif' } })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].annotations.font should be not present, instead was `"serif"`.',
      ),
    );
    await expectApiError(
      append([paragraphOf({ text: { content: 'x', annotations: { bold: true } } })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].text.annotations should be not present, instead was `{"bold":true}`.',
      ),
    );
  });

  it('refuse a second item type beside the first', async () => {
    await expectApiError(
      append([paragraphOf({ text: { content: 'x' }, equation: { expression: 'y' } })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].equation should be not present, instead was `{"expression":"y"}`.',
      ),
    );
  });

  it('refuse unknown keys in mentions and dates', async () => {
    await expectApiError(
      append([
        paragraphOf({
          mention: { date: { start: '2026-03-11', format: 'long' } },
        }),
      ]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].mention.date.format should be not present, instead was `"long"`.',
      ),
    );
    await expectApiError(
      append([paragraphOf({ mention: { page: { id: DEMO.ids.inboxPage, title: 'Inbox' } } })]),
      400,
      'validation_error',
      bad(
        'body.children[0].paragraph.rich_text[0].mention.page.title should be not present, instead was `"Inbox"`.',
      ),
    );
  });
});

describe('block type objects', () => {
  it('refuse keys only responses carry, at any depth', async () => {
    await expectApiError(
      append([{ numbered_list_item: { rich_text: text('x'), list_format: 'numbers' } }]),
      400,
      'validation_error',
      bad(
        'body.children[0].numbered_list_item.list_format should be not present, instead was `"numbers"`.',
      ),
    );
    await expectApiError(
      append([
        {
          toggle: {
            rich_text: text('x'),
            children: [{ paragraph: { rich_text: text('y'), is_toggleable: true } }],
          },
        },
      ]),
      400,
      'validation_error',
      bad(
        'body.children[0].toggle.children[0].paragraph.is_toggleable should be not present, instead was `true`.',
      ),
    );
  });

  it('refuse an unknown key in an external file object', async () => {
    await expectApiError(
      append([{ image: { external: { url: 'https://example.com/a.png', width: 10 } } }]),
      400,
      'validation_error',
      bad('body.children[0].image.external.width should be not present, instead was `10`.'),
    );
  });
});

describe('media blocks', () => {
  const both = {
    external: { url: 'https://example.com/a.png' },
    file_upload: { id: '00000000-0000-4000-8000-000000000001' },
  };

  it('refuse both external and file_upload: neither branch of the union matches', async () => {
    for (const type of ['image', 'video', 'file', 'pdf', 'audio']) {
      await expectApiError(
        append([{ [type]: both }]),
        400,
        'validation_error',
        `body failed validation. Fix one:\nbody.children[0].${type}.file_upload should be not present, instead was \`{"id":"00000000-0000-4000-8000-000000000001"}\`.\nbody.children[0].${type}.external should be not present, instead was \`{"url":"https://example.com/a.png"}\`.`,
      );
    }
  });

  it('with a type given, name the other source as not present', async () => {
    await expectApiError(
      append([{ image: { type: 'external', ...both } }]),
      400,
      'validation_error',
      bad(
        'body.children[0].image.file_upload should be not present, instead was `{"id":"00000000-0000-4000-8000-000000000001"}`.',
      ),
    );
  });
});

describe('property values', () => {
  it('refuse a second type key beside the property type', async () => {
    await expectApiError(
      save({ Name: { title: text('a'), rich_text: text('b') } }),
      400,
      'validation_error',
      bad(
        'body.properties.Name.rich_text should be not present, instead was `[{"type":"text","text":{"content":"b"}}]`.',
      ),
    );
  });

  it('refuse a `type` that names another type', async () => {
    await expectApiError(
      save({ URL: { type: 'rich_text', url: 'https://example.com' } }),
      400,
      'validation_error',
      bad('body.properties.URL.type should be `"url"`, instead was `"rich_text"`.'),
    );
  });

  it('refuse unknown keys in select options', async () => {
    await expectApiError(
      save({ Type: { select: { name: 'Article', emoji: '📰' } } }),
      400,
      'validation_error',
      bad('body.properties.Type.select.emoji should be not present, instead was `"📰"`.'),
    );
  });
});
