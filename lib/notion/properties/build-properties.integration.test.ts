import { APIResponseError, isFullPage } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { DEMO, EmulatorAdmin } from '../../../tests/notion-emulator';
import { buildProperties } from './build-properties';
import { describeError } from '../errors/describe-error';
import { fetchSchema, propertyNamedInValidationError } from '../schema/schema';
import { useEmulator } from '../testing/emulator';
import type { PropertyInputs } from '../types';

const emulator = useEmulator();

const { ids, properties: P } = DEMO;
const client = () => emulator.client();

function built(result: ReturnType<typeof buildProperties>) {
  if (!('properties' in result)) throw new Error(JSON.stringify(result.errors));
  return result.properties;
}

describe('built property values are what Notion accepts (against the emulator)', () => {
  it('text past 2000 characters, new options, dates with a zone and external files', async () => {
    const notion = client();
    const schema = await fetchSchema(notion, ids.readingListDataSource);
    const long = `${'word '.repeat(900)}😀${'more '.repeat(200)}`;
    const inputs: PropertyInputs = {
      title: { type: 'title', text: 'A page with everything' },
      [P.readingList.url]: { type: 'url', text: 'https://example.com/everything' },
      [P.readingList.tags]: { type: 'multi_select', names: ['research, Brand new'] },
      [P.readingList.type]: { type: 'select', name: 'Clipping' },
      [P.readingList.savedAt]: { type: 'date', start: '2026-03-11T09:15', timeZone: 'Asia/Seoul' },
      [P.readingList.notes]: { type: 'rich_text', text: long },
    };
    const page = await notion.pages.create({
      parent: { type: 'data_source_id', data_source_id: ids.readingListDataSource },
      properties: built(buildProperties(schema, inputs, 'en')),
    });
    if (!isFullPage(page)) throw new Error('partial page');
    const notes = page.properties.Notes;
    expect(notes?.type === 'rich_text' && notes.rich_text.map((t) => t.plain_text).join('')).toBe(
      long.trim(),
    );
    const tags = page.properties.Tags;
    expect(tags?.type === 'multi_select' && tags.multi_select.map((o) => o.name)).toEqual([
      'Research',
      'Brand new',
    ]);
    const saved = page.properties['Saved at'];
    expect(saved?.type === 'date' && saved.date).toMatchObject({ time_zone: 'Asia/Seoul' });
  });

  it('status, people and relation values', async () => {
    await new EmulatorAdmin(emulator.url).share(DEMO.integrations.main.name, ids.clientsDatabase);
    const notion = client();
    const schema = await fetchSchema(notion, ids.projectsDataSource);
    const inputs: PropertyInputs = {
      title: { type: 'title', text: 'Launch' },
      [P.projects.status]: { type: 'status', name: 'in progress' },
      [P.projects.owner]: { type: 'people', ids: [DEMO.users.grace.id] },
      [P.projects.client]: {
        type: 'relation',
        ids: [`https://www.notion.so/Acme-${ids.clientPage.replace(/-/g, '')}`],
      },
    };
    const page = await notion.pages.create({
      parent: { type: 'data_source_id', data_source_id: ids.projectsDataSource },
      properties: built(buildProperties(schema, inputs, 'en')),
    });
    if (!isFullPage(page)) throw new Error('partial page');
    expect(page.properties.Status).toMatchObject({ status: { name: 'In progress' } });
    expect(page.properties.Client).toMatchObject({ relation: [{ id: ids.clientPage }] });
  });

  it('a screenshot uploaded first goes into a files property', async () => {
    const notion = client();
    const upload = await notion.fileUploads.create({
      mode: 'single_part',
      filename: 'shot.png',
      content_type: 'image/png',
    });
    await notion.fileUploads.send({
      file_upload_id: upload.id,
      file: {
        filename: 'shot.png',
        data: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
      },
    });
    const created = await notion.databases.create({
      parent: { type: 'page_id', page_id: ids.inboxPage },
      title: [{ type: 'text', text: { content: 'Shots' } }],
      initial_data_source: { properties: { Name: { title: {} }, Shot: { files: {} } } },
    });
    const db = await notion.databases.retrieve({ database_id: created.id });
    const sourceId = 'data_sources' in db ? db.data_sources[0]!.id : '';
    const schema = await fetchSchema(notion, sourceId);
    const shot = Object.values(schema.properties).find((p) => p.name === 'Shot')!;
    const properties = built(
      buildProperties(schema, {
        title: { type: 'title', text: 'Screenshot' },
        [shot.id]: {
          type: 'files',
          files: [{ kind: 'file_upload', id: upload.id, name: 'shot.png' }],
        },
      }),
    );
    await expect(
      notion.pages.create({
        parent: { type: 'data_source_id', data_source_id: sourceId },
        properties,
      }),
    ).resolves.toMatchObject({ object: 'page' });
  });

  it('names the property when a stale schema makes Notion refuse', async () => {
    const notion = client();
    const current = await fetchSchema(notion, ids.readingListDataSource);
    // A property deleted in Notion after the schema was cached. (The emulator has no
    // PATCH /v1/data_sources/{id} yet, so the staleness is made on our side.)
    const rating = {
      id: 'R%3At',
      name: 'Rating',
      description: null,
      type: 'number',
      number: { format: 'number' },
    };
    const stale = {
      ...current,
      properties: { ...current.properties, Rating: rating as (typeof current.properties)[string] },
    };
    const properties = built(
      buildProperties(stale, {
        title: { type: 'title', text: 'x' },
        'R%3At': { type: 'number', text: '4' },
      }),
    );
    const error = await notion.pages
      .create({
        parent: { type: 'data_source_id', data_source_id: ids.readingListDataSource },
        properties,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseError);
    expect(propertyNamedInValidationError(error, stale)?.name).toBe('Rating');
    expect(propertyNamedInValidationError(error, current)).toBeNull();
    expect(describeError(error, 'en').title).toBe('Notion refused what was sent');
  });
});
