/**
 * What the SDK 5.26 request types allow is accepted: heading_4 (toggleable), flag and
 * keycap emoji, custom emoji icons, place and verification properties. And what Notion
 * refuses stays refused: option names over 100 characters or with commas.
 */
import type { BlockObjectRequest, CreatePageParameters } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, paragraph, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const bad = (detail: string) => `body failed validation: ${detail}`;
const append = (children: BlockObjectRequest[]) =>
  client(emulator).blocks.children.append({ block_id: DEMO.ids.inboxPage, children });
type Icon = NonNullable<CreatePageParameters['icon']>;
const pageWithIcon = (icon: Icon) =>
  client(emulator).pages.create({
    parent: { page_id: DEMO.ids.inboxPage },
    properties: { title: { title: text('Icon') } },
    icon,
  });

describe('heading_4', () => {
  it('is a heading like the others, toggleable with children', async () => {
    const [plain, toggle] = (
      await append([
        { heading_4: { rich_text: text('Four') } },
        {
          heading_4: {
            rich_text: text('Folded'),
            is_toggleable: true,
            children: [paragraph('in')],
          },
        },
      ])
    ).results;
    expect(plain).toMatchObject({
      type: 'heading_4',
      heading_4: { is_toggleable: false, color: 'default' },
      has_children: false,
    });
    expect(toggle).toMatchObject({
      type: 'heading_4',
      heading_4: { is_toggleable: true },
      has_children: true,
    });
    const inner = await client(emulator).blocks.children.list({ block_id: toggle!.id });
    expect(inner.results).toHaveLength(1);
  });
});

describe('emoji icons', () => {
  it('take flags, keycaps and sequences', async () => {
    for (const emoji of ['🇰🇷', '1️⃣', '#️⃣', '👩🏽‍💻', '🏳️‍🌈', '☺️']) {
      expect(await pageWithIcon({ type: 'emoji', emoji } as Icon)).toMatchObject({
        icon: { type: 'emoji', emoji },
      });
    }
    const [callout] = (
      await append([{ callout: { rich_text: text('c'), icon: { emoji: '🇯🇵' } as Icon } }])
    ).results;
    expect(callout).toMatchObject({ callout: { icon: { type: 'emoji', emoji: '🇯🇵' } } });
  });

  it('refuse what is not one emoji', async () => {
    for (const emoji of ['a', '😀😀', '☺', '🇰']) {
      await expectApiError(
        pageWithIcon({ type: 'emoji', emoji } as Icon),
        400,
        'validation_error',
        bad(`body.icon.emoji should be a single emoji, instead was \`${JSON.stringify(emoji)}\`.`),
      );
    }
  });
});

describe('custom emoji icons', () => {
  const { rocket } = DEMO.customEmojis;

  it('name a custom emoji of the workspace by id', async () => {
    expect(
      await pageWithIcon({ type: 'custom_emoji', custom_emoji: { id: rocket.id } }),
    ).toMatchObject({
      icon: { type: 'custom_emoji', custom_emoji: rocket },
    });
    const [callout] = (
      await append([
        { callout: { rich_text: text('c'), icon: { custom_emoji: { id: rocket.id } } } },
      ])
    ).results;
    expect(callout).toMatchObject({ callout: { icon: { custom_emoji: { name: rocket.name } } } });
  });

  it('refuse an id the workspace has no emoji for', async () => {
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    await expectApiError(
      pageWithIcon({ type: 'custom_emoji', custom_emoji: { id: unknown } }),
      400,
      'validation_error',
      `Could not find custom emoji with ID: ${unknown}.`,
    );
  });
});

describe('place and verification properties', () => {
  let dataSourceId: string;
  beforeAll(async () => {
    const db = await client(emulator).databases.create({
      parent: { type: 'page_id', page_id: DEMO.ids.inboxPage },
      title: text('Places'),
      initial_data_source: {
        properties: { Name: { title: {} }, Where: { place: {} }, Checked: { verification: {} } },
      },
    });
    dataSourceId = 'data_sources' in db ? db.data_sources[0]!.id : '';
  });
  type Properties = NonNullable<CreatePageParameters['properties']>;
  const row = (properties: Properties) =>
    client(emulator).pages.create({
      parent: { data_source_id: dataSourceId },
      properties: { Name: { title: text('Row') }, ...properties },
    });

  it('are writable and read back in the response shape', async () => {
    const page = await row({
      Where: { place: { lat: 37.5665, lon: 126.978, name: 'Seoul City Hall' } },
      Checked: { verification: { state: 'verified', date: { start: '2026-03-11' } } },
    });
    expect('properties' in page && page.properties).toMatchObject({
      Where: {
        type: 'place',
        place: {
          lat: 37.5665,
          lon: 126.978,
          name: 'Seoul City Hall',
          address: null,
          aws_place_id: null,
          google_place_id: null,
        },
      },
      Checked: {
        type: 'verification',
        verification: {
          state: 'verified',
          date: { start: '2026-03-11', end: null, time_zone: null },
          verified_by: { object: 'user', id: DEMO.integrations.main.botId },
        },
      },
    });
    const cleared = await client(emulator).pages.update({
      page_id: page.id,
      properties: { Where: { place: null }, Checked: { verification: { state: 'unverified' } } },
    });
    expect('properties' in cleared && cleared.properties).toMatchObject({
      Where: { place: null },
      Checked: { verification: { state: 'unverified', date: null, verified_by: null } },
    });
  });

  it('refuse points off the globe and states the API cannot set', async () => {
    await expectApiError(
      row({ Where: { place: { lat: 91, lon: 0 } } }),
      400,
      'validation_error',
      bad(
        'body.properties.Where.place.lat should be a number between -90 and 90, instead was `91`.',
      ),
    );
    await expectApiError(
      row({ Checked: { verification: { state: 'expired' } } as never }),
      400,
      'validation_error',
      bad(
        'body.properties.Checked.verification.state should be `"verified"` or `"unverified"`, instead was `"expired"`.',
      ),
    );
    await expectApiError(
      row({
        Checked: { verification: { state: 'unverified', date: { start: '2026-03-11' } } } as never,
      }),
      400,
      'validation_error',
      bad(
        'body.properties.Checked.verification.date should be not present, instead was `{"start":"2026-03-11"}`.',
      ),
    );
  });
});

describe('option names', () => {
  const save = (properties: Record<string, unknown>) =>
    client(emulator).pages.create({
      parent: { data_source_id: DEMO.ids.readingListDataSource },
      properties: properties as NonNullable<CreatePageParameters['properties']>,
    });

  it('take 100 characters and refuse 101, in selects, multi-selects and schemas', async () => {
    await save({ Type: { select: { name: 's'.repeat(100) } } });
    await save({ Tags: { multi_select: [{ name: 'm'.repeat(100) }] } });
    await expectApiError(
      save({ Type: { select: { name: 's'.repeat(101) } } }),
      400,
      'validation_error',
      bad('body.properties.Type.select.name.length should be ≤ `100`, instead was `101`.'),
    );
    await expectApiError(
      save({ Tags: { multi_select: [{ name: 'ok' }, { name: 'm'.repeat(101) }] } }),
      400,
      'validation_error',
      bad('body.properties.Tags.multi_select[1].name.length should be ≤ `100`, instead was `101`.'),
    );
    await expectApiError(
      client(emulator).databases.create({
        parent: { type: 'page_id', page_id: DEMO.ids.inboxPage },
        initial_data_source: {
          properties: {
            Name: { title: {} },
            Kind: { select: { options: [{ name: 'k'.repeat(101) }] } },
          },
        },
      }),
      400,
      'validation_error',
      bad(
        'body.initial_data_source.properties.Kind.select.options[0].name.length should be ≤ `100`, instead was `101`.',
      ),
    );
  });

  it('refuse commas in select values and schema options', async () => {
    await expectApiError(
      save({ Type: { select: { name: 'a,b' } } }),
      400,
      'validation_error',
      bad('body.properties.Type.select.name should be a name without commas, instead was `"a,b"`.'),
    );
    await expectApiError(
      client(emulator).databases.create({
        parent: { type: 'page_id', page_id: DEMO.ids.inboxPage },
        initial_data_source: {
          properties: {
            Name: { title: {} },
            Tags: { multi_select: { options: [{ name: 'x,y' }] } },
          },
        },
      }),
      400,
      'validation_error',
      bad(
        'body.initial_data_source.properties.Tags.multi_select.options[0].name should be a name without commas, instead was `"x,y"`.',
      ),
    );
  });
});
