/** Embed blocks take only the providers Notion lists; other pages belong in bookmarks. */
import type { BlockObjectRequest } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index.ts';
import { DEMO, client, expectApiError, start } from './test-helpers.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.close());

const append = (children: BlockObjectRequest[]) =>
  client(emulator).blocks.children.append({ block_id: DEMO.ids.inboxPage, children });
const embed = (url: string): BlockObjectRequest => ({ embed: { url } });
const refusal = (url: string, at = 0) =>
  `body.children[${at}].embed.url is not a URL Notion can embed: ${url}. Embeds take only the providers Notion supports; use a bookmark block for other pages.`;

/** One address per provider of Notion's list. */
const SUPPORTED = [
  'https://framer.com/projects/Prototype--abc123',
  'https://twitter.com/notionhq/status/1234567890',
  'https://x.com/notionhq/status/1234567890',
  'https://drive.google.com/file/d/abc/view',
  'https://docs.google.com/document/d/abc/edit',
  'https://gist.github.com/someone/0123456789abcdef',
  'https://www.figma.com/file/abc/Design',
  'https://projects.invisionapp.com/share/ABC',
  'https://www.loom.com/share/0123456789abcdef',
  'https://someone.typeform.com/to/abc',
  'https://codepen.io/someone/pen/abc',
  'https://example.com/papers/paper.pdf',
  'https://www.google.com/maps/place/Seoul',
  'https://maps.google.com/?q=Seoul',
  'https://whimsical.com/board-abc',
  'https://miro.com/app/board/abc=/',
  'https://app.abstract.com/share/abc',
  'https://excalidraw.com/#room=abc',
  'https://www.sketch.com/s/abc',
  'https://replit.com/@someone/project',
];

describe('embed blocks', () => {
  it('take every provider of Notion’s list', async () => {
    const result = await append(SUPPORTED.map(embed));
    expect(result.results).toHaveLength(SUPPORTED.length);
  });

  it('refuse a plain page address, which a bookmark takes', async () => {
    const page = 'https://example.com/blog/post';
    await expectApiError(append([embed(page)]), 400, 'validation_error', refusal(page));
    const saved = await append([{ bookmark: { url: page } }]);
    expect(saved.results[0]).toMatchObject({ type: 'bookmark', bookmark: { url: page } });
  });

  it('refuse look-alikes: a profile instead of a tweet, a hosted site, a video page', async () => {
    for (const url of [
      'https://twitter.com/notionhq',
      'https://site.framer.website/',
      'https://www.youtube.com/watch?v=abcdefghijk',
      'https://figma.com.example.net/file/abc',
      'https://www.google.com/search?q=maps',
    ]) {
      await expectApiError(
        append([{ bookmark: { url } }, embed(url)]),
        400,
        'validation_error',
        refusal(url, 1),
      );
    }
  });
});
