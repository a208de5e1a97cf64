import type { BlockObjectRequest } from '@notionhq/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../../tests/notion-emulator';
import { isSupportedEmbed } from '../../../../tests/notion-emulator/validate/embeds';
import { useEmulator } from '../../../notion/testing/emulator';
import { blocksOf } from '../../testing/dom';

// Frames of every kind a page holds: Notion's providers, their look-alikes, video
// players, files and plain pages. The converter may embed only what Notion takes.
const HOSTS = [
  'codepen.io',
  'www.figma.com',
  'figma.com.evil.example',
  'notfigma.com',
  'www.loom.com',
  'gist.github.com',
  'github.com',
  'twitter.com',
  'x.com',
  'mobile.twitter.com',
  'framer.com',
  'site.framer.website',
  'www.google.com',
  'maps.google.co.uk',
  'news.google.com',
  'docs.google.com',
  'miro.com',
  'www.youtube.com',
  'player.vimeo.com',
  'widgets.example.net',
  'example.com',
];
const PATHS = [
  '/',
  '/embed/abc',
  '/maps/place/Seoul',
  '/someone/status/123456',
  '/i/web/status/99',
  '/notionhq',
  '/paper.pdf',
  '/clip.mp4',
  '/song.mp3',
  '/watch?v=abcdefghijk',
  '/video/76979871',
];

const frame = fc
  .tuple(fc.constantFrom(...HOSTS), fc.constantFrom(...PATHS))
  .map(([host, path]) => `https://${host}${path}`);

function embeds(blocks: BlockObjectRequest[]): string[] {
  return blocks.flatMap((b) => ('embed' in b && b.type === 'embed' ? [b.embed.url] : []));
}

describe('embeds the converter writes', () => {
  it('are exactly the frames Notion accepts in an embed block; others become bookmarks or media', () => {
    fc.assert(
      fc.property(frame, (src) => {
        const blocks = blocksOf(`<iframe src="${src}"></iframe>`);
        expect(blocks).toHaveLength(1);
        const [block] = blocks;
        if (block?.type === 'embed') expect(isSupportedEmbed(new URL(src))).toBe(true);
        else if (block?.type === 'bookmark') expect(isSupportedEmbed(new URL(src))).toBe(false);
        else expect(['video', 'audio']).toContain(block?.type);
      }),
      { numRuns: 300 },
    );
  });

  describe('against the emulator', () => {
    const emulator = useEmulator({ eachTest: 'as left' });

    it('every frame, converted, is saved', async () => {
      const html = HOSTS.flatMap((host) =>
        PATHS.map((path) => `<iframe src="https://${host}${path}"></iframe>`),
      ).join('');
      const blocks = blocksOf(html);
      expect(embeds(blocks).length).toBeGreaterThan(0);
      for (let at = 0; at < blocks.length; at += 100) {
        const response = await fetch(`${emulator.url}/v1/blocks/${DEMO.ids.inboxPage}/children`, {
          method: 'PATCH',
          headers: {
            authorization: `Bearer ${DEMO.integrations.main.secret}`,
            'notion-version': '2026-03-11',
            'content-type': 'application/json',
          },
          body: JSON.stringify({ children: blocks.slice(at, at + 100) }),
        });
        expect(response.status, await response.clone().text()).toBe(200);
      }
    });
  });
});
