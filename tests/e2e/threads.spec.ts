/**
 * A thread saved as a full article: the X page (a small page written to X's shape, served
 * at X's address) lands in Notion with the author's posts in order, then the replies.
 */
import { readFileSync } from 'node:fs';
import { blockLines, expect, plainProperties, test } from './pages/popup-page';
import { DEMO } from '../notion-emulator/index';

const THREAD = readFileSync(new URL('../golden/sites/x-thread.html', import.meta.url), 'utf8');

test('a thread page is saved with its posts, the author’s first and in order', async ({
  connect,
  context,
  openPopupOn,
  emulator,
}) => {
  await connect();
  await context.route(/^https:\/\/x\.com\/alice\/status\/1001/, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: THREAD }),
  );
  const { popup } = await openPopupOn('https://x.com/alice/status/1001');
  await popup.getByRole('radio', { name: 'Full article' }).check();
  await expect(popup.locator('.content-summary')).toContainText(/\d+ blocks/);
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved to Reading list' })).toBeVisible({
    timeout: 30_000,
  });

  const rows = emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .filter((p) => (p as { id: string }).id !== DEMO.ids.welcomePage) as { id: string }[];
  expect(rows).toHaveLength(1);
  expect(plainProperties(rows[0])).toMatchObject({ Type: 'Article' });
  const lines = blockLines(emulator.getPageTree(rows[0]!.id)!.blocks);
  const at = (text: string) => lines.findIndex((line) => line.includes(text));
  const posts = [at('1/ Tide pools'), at('2/ Anemones'), at('3/ Visit at the lowest tide')];
  expect(posts.every((i) => i >= 0)).toBe(true);
  expect([...posts].sort((a, b) => a - b)).toEqual(posts);
  expect(at('Which beach do you recommend')).toBeGreaterThan(posts[2]!);
  expect(lines.join('\n')).not.toContain('sunglasses');
});
