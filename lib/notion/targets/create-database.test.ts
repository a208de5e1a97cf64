import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../tests/notion-emulator';
import type { PageCapture } from '../../capture/types';
import { buildProperties } from '../properties/build-properties';
import { createCaptureDatabase, DEFAULT_DATABASE_TITLE } from './create-database';
import { describeError } from '../errors/describe-error';
import { initialInputs } from '../properties/initial-inputs';
import { useEmulator } from '../testing/emulator';

const emulator = useEmulator();

const { ids } = DEMO;
const client = (secret?: string) => emulator.client(secret);

const capture: PageCapture = {
  mode: 'article',
  metadata: {
    title: 'A long read',
    url: 'https://example.com/long-read?utm_source=rss',
    canonicalUrl: null,
    description: 'What it is about.',
    image: 'https://example.com/cover.jpg',
    favicon: null,
    siteName: 'Example',
    author: 'Jane Doe',
    publishedTime: '2026-02-01',
    language: 'en',
  },
  blocks: [],
  report: { items: [] },
  text: null,
  link: null,
  image: null,
};

describe('createCaptureDatabase (against the emulator)', () => {
  it('creates a database under a page, mapped and ready, that accepts a capture', async () => {
    const notion = client();
    const { target, schema } = await createCaptureDatabase(notion, ids.inboxPage, {
      connectionId: 'c1',
    });
    expect(target).toMatchObject({
      kind: 'data_source',
      connectionId: 'c1',
      title: 'Quick Capture inbox',
      databaseTitle: 'Quick Capture inbox',
      icon: '📥',
      mappingEdited: false,
    });
    const names = Object.fromEntries(Object.values(schema.properties).map((p) => [p.id, p.name]));
    expect(
      Object.fromEntries(
        Object.entries(target.mapping).map(([field, id]) => [field, id ? names[id] : null]),
      ),
    ).toEqual({
      title: 'Name',
      url: 'URL',
      publishedAt: 'Published',
      capturedAt: 'Saved at',
      tags: 'Tags',
      captureType: 'Type',
      excerpt: 'Excerpt',
      notes: 'Notes',
      site: 'Site',
      author: 'Author',
      image: 'Image',
      screenshot: 'Screenshot',
    });

    const inputs = initialInputs(schema, target.mapping, capture, {
      capturedAt: new Date('2026-03-11T05:30:00Z'),
      tags: ['Reading'],
      notes: 'Worth a second look.',
      timeZone: 'Asia/Seoul',
    });
    const built = buildProperties(schema, inputs, 'en');
    if (!('properties' in built)) throw new Error(JSON.stringify(built.errors));
    const page = await notion.pages.create({
      parent: { type: 'data_source_id', data_source_id: target.dataSourceId },
      properties: built.properties,
    });
    expect(page.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('uses the given title, and the Korean default', async () => {
    const named = await createCaptureDatabase(client(), ids.inboxPage, {
      connectionId: 'c1',
      title: 'Clippings',
    });
    expect(named.target.databaseTitle).toBe('Clippings');
    // The name the person typed (the options page fills in one in their language)…
    const korean = await createCaptureDatabase(client(), ids.inboxPage, {
      connectionId: 'c1',
      title: 'Quick Capture 보관함',
    });
    expect(korean.target.databaseTitle).toBe('Quick Capture 보관함');
    // …and without one, the same name in every browser language.
    const unnamed = await createCaptureDatabase(client(), ids.inboxPage, { connectionId: 'c1' });
    expect(unnamed.target.databaseTitle).toBe(DEFAULT_DATABASE_TITLE);
  });

  it('fails with a readable reason without the insert capability', async () => {
    const error = await createCaptureDatabase(
      client(DEMO.integrations.reader.secret),
      ids.inboxPage,
      {
        connectionId: 'c1',
      },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(describeError(error, 'en').title).toBe('The integration isn’t allowed to do this');
  });
});
