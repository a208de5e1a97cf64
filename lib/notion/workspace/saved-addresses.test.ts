import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import { autoMap } from '../schema/auto-map';
import { fetchSchema } from '../schema/schema';
import { useEmulator } from '../testing/emulator';
import type { DataSourceTarget } from '../types';
import { savedAddresses } from './saved-addresses';

const emulator = useEmulator();
const { ids } = DEMO;

async function readingList(): Promise<DataSourceTarget> {
  const schema = await fetchSchema(emulator.client(), ids.readingListDataSource);
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

async function saveRow(url: string): Promise<void> {
  await emulator.client().pages.create({
    parent: { type: 'data_source_id', data_source_id: ids.readingListDataSource },
    properties: { Name: { title: [{ text: { content: url } }] }, URL: { url } },
  });
}

describe('savedAddresses (against the emulator)', () => {
  it('finds which of many addresses are saved, under any spelling, in few queries', async () => {
    const target = await readingList();
    const urls = Array.from({ length: 60 }, (_, i) => `https://news.example/story/${i}`);
    await saveRow(urls[3]!);
    await saveRow(`${urls[41]!}/`);
    const before = emulator.requestLog().length;
    const found = await savedAddresses(emulator.client(), target, [
      ...urls.map((u, i) => (i === 3 ? `${u}?utm_source=feed#top` : u)),
    ]);
    expect([...found].sort()).toEqual([urls[3], urls[41]].sort());
    // Two or three spellings of each of sixty addresses: two queries of at most 100.
    const queries = emulator
      .requestLog()
      .slice(before)
      .filter((r) => r.path.endsWith('/query'));
    expect(queries).toHaveLength(2);
  });

  it('finds nothing for a target with no address property, without asking', async () => {
    const target = { ...(await readingList()), mapping: { ...(await readingList()).mapping } };
    delete target.mapping.url;
    const before = emulator.requestLog().length;
    expect((await savedAddresses(emulator.client(), target, ['https://a.example/'])).size).toBe(0);
    expect(emulator.requestLog().length).toBe(before);
  });
});
