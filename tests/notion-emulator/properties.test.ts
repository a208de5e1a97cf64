/** Property values checked against the data source's schema, with Notion's limits. */
import type { CreatePageParameters } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, start, text } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

type Properties = NonNullable<CreatePageParameters['properties']>;
const save = (properties: Properties, dataSource: string = DEMO.ids.readingListDataSource) =>
  client(emulator).pages.create({ parent: { data_source_id: dataSource }, properties });
const bad = (detail: string) => `body failed validation: ${detail}`;

describe('schema checks', () => {
  it('rejects unknown properties and values of the wrong type in Notion words', async () => {
    await expectApiError(
      save({ Colour: { rich_text: text('x') } }),
      400,
      'validation_error',
      'Colour is not a property that exists.',
    );
    await expectApiError(
      save({ Notes: { url: 'https://example.com' } }),
      400,
      'validation_error',
      'Notes is expected to be rich_text.',
    );
  });

  it('accepts property ids as keys, but not the same property twice', async () => {
    const page = await save({
      [DEMO.properties.readingList.url]: { url: 'https://example.com/by-id' },
    });
    expect('properties' in page && page.properties.URL).toMatchObject({
      type: 'url',
      url: 'https://example.com/by-id',
    });
    await expectApiError(
      save({ Name: { title: text('a') }, title: { title: text('b') } }),
      400,
      'validation_error',
      'Name was given more than once (by name and by id).',
    );
  });

  it('creates new select and multi-select options, never new status options', async () => {
    const page = await save({
      Type: { select: { name: 'Podcast' } },
      Tags: { multi_select: [{ name: 'Research' }, { name: 'Brand new' }] },
    });
    const ds = await client(emulator).dataSources.retrieve({
      data_source_id: DEMO.ids.readingListDataSource,
    });
    const names = (p: string) => {
      const prop = 'properties' in ds ? ds.properties[p] : undefined;
      return prop?.type === 'select'
        ? prop.select.options.map((o) => o.name)
        : prop?.type === 'multi_select'
          ? prop.multi_select.options.map((o) => o.name)
          : [];
    };
    expect(names('Type')).toContain('Podcast');
    expect(names('Tags')).toContain('Brand new');
    expect('properties' in page && page.properties.Tags).toMatchObject({
      multi_select: [{ name: 'Research' }, { name: 'Brand new' }],
    });
    await save(
      { Name: { title: text('p') }, Status: { status: { name: 'Done' } } },
      DEMO.ids.projectsDataSource,
    );
    await expectApiError(
      save({ Status: { status: { name: 'Blocked' } } }, DEMO.ids.projectsDataSource),
      400,
      'validation_error',
      /Status option "Blocked" does not exist/,
    );
  });

  it('refuses commas in multi-select names', async () => {
    await expectApiError(
      save({ Tags: { multi_select: [{ name: 'a,b' }] } }),
      400,
      'validation_error',
      bad(
        'body.properties.Tags.multi_select[0].name should be a name without commas, instead was `"a,b"`.',
      ),
    );
  });

  it('takes ISO 8601 dates, date-times with an offset or a time_zone, and nothing else', async () => {
    await save({ 'Saved at': { date: { start: '2026-03-11' } } });
    await save({ 'Saved at': { date: { start: '2026-03-11T10:00:00+09:00' } } });
    await save({ 'Saved at': { date: { start: '2026-03-11T10:00:00', time_zone: 'Asia/Seoul' } } });
    await expectApiError(
      save({ 'Saved at': { date: { start: '2026-03-11T10:00:00' } } }),
      400,
      'validation_error',
      /Saved at\.date\.start should be an ISO 8601 date-time with a time zone offset/,
    );
    await expectApiError(
      save({ 'Saved at': { date: { start: '2026-02-30' } } }),
      400,
      'validation_error',
      bad(
        'body.properties.Saved at.date.start should be a valid ISO 8601 date string, instead was `"2026-02-30"`.',
      ),
    );
  });

  it('requires people ids of workspace users', async () => {
    await save({ Owner: { people: [{ id: DEMO.users.grace.id }] } }, DEMO.ids.projectsDataSource);
    await expectApiError(
      save(
        { Owner: { people: [{ id: '00000000-0000-4000-8000-00000000abcd' }] } },
        DEMO.ids.projectsDataSource,
      ),
      400,
      'validation_error',
      bad(
        'body.properties.Owner.people[0].id should be the id of a user in this workspace, instead was `"00000000-0000-4000-8000-00000000abcd"`.',
      ),
    );
  });
});

describe('property limits', () => {
  it('takes URLs of 2000 characters and refuses 2001', async () => {
    await save({ URL: { url: 'https://e.com/' + 'a'.repeat(1986) } });
    await expectApiError(
      save({ URL: { url: 'https://e.com/' + 'a'.repeat(1987) } }),
      400,
      'validation_error',
      bad('body.properties.URL.url.length should be ≤ `2000`, instead was `2001`.'),
    );
  });

  it('takes 100 multi-select options and refuses 101', async () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `tag ${i}` }));
    await save({ Tags: { multi_select: tags(100) } });
    await expectApiError(
      save({ Tags: { multi_select: tags(101) } }),
      400,
      'validation_error',
      bad('body.properties.Tags.multi_select.length should be ≤ `100`, instead was `101`.'),
    );
  });

  it('takes 100 people and refuses 101', async () => {
    const people = (n: number) => Array.from({ length: n }, () => ({ id: DEMO.users.ada.id }));
    await save({ Owner: { people: people(100) } }, DEMO.ids.projectsDataSource);
    await expectApiError(
      save({ Owner: { people: people(101) } }, DEMO.ids.projectsDataSource),
      400,
      'validation_error',
      bad('body.properties.Owner.people.length should be ≤ `100`, instead was `101`.'),
    );
  });

  it('takes 100 related pages and refuses 101', async () => {
    const notion = client(emulator);
    // A database of our own whose relation points at the shared Reading list.
    const db = await notion.databases.create({
      parent: { type: 'page_id', page_id: DEMO.ids.inboxPage },
      title: text('Relations'),
      initial_data_source: {
        properties: {
          Name: { title: {} },
          Sources: {
            relation: { data_source_id: DEMO.ids.readingListDataSource, single_property: {} },
          },
        },
      },
    });
    const dsId = 'data_sources' in db ? db.data_sources[0]!.id : '';
    const targets: string[] = [];
    for (let i = 0; i < 100; i++)
      targets.push((await save({ Name: { title: text(`target ${i}`) } })).id);
    await save({ Sources: { relation: targets.map((id) => ({ id })) } }, dsId);
    await expectApiError(
      save({ Sources: { relation: [...targets, targets[0]!].map((id) => ({ id })) } }, dsId),
      400,
      'validation_error',
      bad('body.properties.Sources.relation.length should be ≤ `100`, instead was `101`.'),
    );
  });

  it('takes email and phone numbers of 200 characters and refuses 201', async () => {
    const db = await client(emulator).databases.create({
      parent: { type: 'page_id', page_id: DEMO.ids.inboxPage },
      initial_data_source: {
        properties: { Name: { title: {} }, Email: { email: {} }, Phone: { phone_number: {} } },
      },
    });
    const dsId = 'data_sources' in db ? db.data_sources[0]!.id : '';
    await save(
      {
        Email: { email: 'a'.repeat(188) + '@example.com' },
        Phone: { phone_number: '1'.repeat(200) },
      },
      dsId,
    );
    await expectApiError(
      save({ Email: { email: 'a'.repeat(189) + '@example.com' } }, dsId),
      400,
      'validation_error',
      bad('body.properties.Email.email.length should be ≤ `200`, instead was `201`.'),
    );
    await expectApiError(
      save({ Phone: { phone_number: '1'.repeat(201) } }, dsId),
      400,
      'validation_error',
      bad('body.properties.Phone.phone_number.length should be ≤ `200`, instead was `201`.'),
    );
  });

  it('takes 100 rich text items in a title and refuses 101', async () => {
    const items = (n: number) => Array.from({ length: n }, () => ({ text: { content: 'w' } }));
    await save({ Name: { title: items(100) } });
    await expectApiError(
      save({ Name: { title: items(101) } }),
      400,
      'validation_error',
      bad('body.properties.Name.title.length should be ≤ `100`, instead was `101`.'),
    );
  });
});

describe('parents', () => {
  it('takes only a title for pages under a page', async () => {
    await client(emulator).pages.create({
      parent: { page_id: DEMO.ids.inboxPage },
      properties: { title: { title: text('Child') } },
    });
    await expectApiError(
      client(emulator).pages.create({
        parent: { page_id: DEMO.ids.inboxPage },
        properties: { URL: { url: 'https://example.com' } },
      }),
      400,
      'validation_error',
      /Only `title` can be set/,
    );
  });

  it('needs a data_source_id parent for a database with two data sources', async () => {
    await expectApiError(
      client(emulator).pages.create({
        parent: { database_id: DEMO.ids.mediaDatabase },
        properties: {},
      }),
      400,
      'validation_error',
      /has 2 data sources/,
    );
    const viaDatabase = await client(emulator).pages.create({
      parent: { database_id: DEMO.ids.readingListDatabase },
      properties: { Name: { title: text('via db') } },
    });
    expect('parent' in viaDatabase && viaDatabase.parent).toEqual({
      type: 'data_source_id',
      data_source_id: DEMO.ids.readingListDataSource,
      database_id: DEMO.ids.readingListDatabase,
    });
  });
});

describe('schema size', () => {
  it('refuses new options once the schema would outgrow Notion’s limit, and changes nothing', async () => {
    const notion = client(emulator);
    const tags = (batch: number) =>
      Array.from({ length: 100 }, (_, i) => ({ name: `Tag ${batch}-${i} ${'x'.repeat(24)}` }));
    const optionCount = async () => {
      const ds = await notion.dataSources.retrieve({
        data_source_id: DEMO.ids.readingListDataSource,
      });
      const prop = 'properties' in ds ? ds.properties.Tags : undefined;
      return prop?.type === 'multi_select' ? prop.multi_select.options.length : -1;
    };
    let batch = 0;
    let refused: unknown = null;
    for (; batch < 20 && refused === null; batch++) {
      const before = await optionCount();
      refused = await save({
        Name: { title: text(`b${batch}`) },
        Tags: { multi_select: tags(batch) },
      }).then(
        () => null,
        (error: unknown) => error,
      );
      if (refused === null) expect(await optionCount()).toBe(before + 100);
      else expect(await optionCount()).toBe(before);
    }
    expect(batch).toBeGreaterThan(2);
    expect(refused).toMatchObject({
      status: 400,
      code: 'validation_error',
      message: 'You have exceeded the maximum database property schema size.',
    });
    // Options that exist already still work; only growth is refused.
    await save({ Name: { title: text('reuse') }, Tags: { multi_select: tags(0).slice(0, 3) } });
  });

  it('refuses a new data source whose schema is already too large', async () => {
    const options = Array.from({ length: 100 }, (_, i) => ({ name: `${i} ${'y'.repeat(90)}` }));
    const properties: Record<string, unknown> = { Name: { title: {} } };
    for (let i = 0; i < 6; i++) properties[`Select ${i}`] = { select: { options } };
    await expectApiError(
      client(emulator).databases.create({
        parent: { type: 'page_id', page_id: DEMO.ids.inboxPage },
        initial_data_source: { properties: properties as never },
      }),
      400,
      'validation_error',
      'You have exceeded the maximum database property schema size.',
    );
  });
});
