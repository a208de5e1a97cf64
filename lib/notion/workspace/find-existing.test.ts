import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { autoMap } from '../schema/auto-map';
import { findExisting } from './find-existing';
import { fetchSchema } from '../schema/schema';
import { useEmulator } from '../testing/emulator';
import type { DataSourceTarget } from '../types';

// A clock of our own: two pages created in the same millisecond would tie on created_time.
let clock = Date.parse('2026-03-11T00:00:00Z');
const emulator = useEmulator({ now: () => clock });

const { ids } = DEMO;
const client = () => emulator.client();

async function readingList(): Promise<DataSourceTarget> {
  const schema = await fetchSchema(client(), ids.readingListDataSource);
  return {
    kind: 'data_source',
    id: 't1',
    connectionId: 'c1',
    title: 'Reading list',
    icon: null,
    url: null,
    dataSourceId: ids.readingListDataSource,
    databaseId: ids.readingListDatabase,
    databaseTitle: 'Reading list',
    mapping: autoMap(schema),
    mappingEdited: false,
  };
}

describe('findExisting (against the emulator)', () => {
  it('finds a saved page under the URL as given, tracked or with a trailing slash', async () => {
    const target = await readingList();
    for (const url of [
      'https://example.com/welcome',
      'https://example.com/welcome/',
      'https://example.com/welcome?utm_source=newsletter&fbclid=x#intro',
    ]) {
      expect(await findExisting(client(), target, url)).toEqual({
        pageId: ids.welcomePage,
        url: expect.stringContaining(ids.welcomePage.replace(/-/g, '')),
        title: 'Welcome to Quick Capture',
        createdTime: expect.any(String),
      });
    }
  });

  it('finds a page saved with tracking parameters, and the newest of several', async () => {
    const notion = client();
    const target = await readingList();
    const make = (url: string, title: string) =>
      notion.pages.create({
        parent: { type: 'data_source_id', data_source_id: ids.readingListDataSource },
        properties: {
          title: { title: [{ text: { content: title } }] },
          [target.mapping.url!]: { url },
        },
      });
    await make('https://news.example/story?id=5', 'First');
    clock += 60_000;
    const second = await make('https://news.example/story?id=5', 'Second');
    const found = await findExisting(
      notion,
      target,
      'https://news.example/story?id=5&utm_medium=email',
    );
    expect(found?.pageId).toBe(second.id);
    expect(await findExisting(notion, target, 'https://news.example/story?id=6')).toBeNull();
  });

  it('answers null when nothing is mapped to the address', async () => {
    const target = { ...(await readingList()), mapping: { title: 'title', url: null } };
    expect(await findExisting(client(), target, 'https://example.com/welcome')).toBeNull();
  });
});
