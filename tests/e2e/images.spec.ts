/**
 * "Copy images into Notion" end to end: the setting turned on in the options page of a
 * browser that granted access to websites (`image-access.ts`), a corpus article saved
 * from the popup, and its images in Notion as uploads made by the worker — each fetched
 * from its site (served here by Playwright, as the test machine has no internet).
 */
import type { Route } from '@playwright/test';
import { DEMO } from '../notion-emulator/index';
import type { RunningEmulator } from '../notion-emulator/index';
import { allowImageAccess } from './image-access';
import { openOptions, stored } from './pages/options-page';
import { expect, launchForPopup, saveScreen, test as base } from './pages/popup-page';

const test = base.extend({
  context: async ({ userDataDir, uiLanguage }, use) => {
    await allowImageAccess(userDataDir, uiLanguage);
    const context = await launchForPopup(userDataDir, uiLanguage);
    await use(context);
    await context.close();
  },
});

/** Distinct PNG-looking bytes for the n-th image address served. */
function picture(n: number): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(32, n),
  ]);
}

type Tree = Array<{
  type: string;
  image?: Record<string, { url: string }> & { type: string };
  children: Tree;
}>;

function imagesOf(blocks: Tree): Array<NonNullable<Tree[number]['image']>> {
  return blocks.flatMap((b) => [...(b.image ? [b.image] : []), ...imagesOf(b.children)]);
}

function newRow(emulator: RunningEmulator): string {
  const rows = emulator
    .listPages({ dataSource: DEMO.ids.readingListDataSource })
    .map((p) => String(p.id))
    .filter((id) => id !== DEMO.ids.welcomePage);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

test('an article saved with image copying on shows its images as uploads', async ({
  connect,
  corpus,
  context,
  openExtensionPage,
  openPopupOn,
  serviceWorker,
  emulator,
}) => {
  await connect();
  // Every web address off this machine answers with a picture; the worker's fetches are noted.
  const served = new Map<string, Buffer>();
  const fetchedByWorker: string[] = [];
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    async (route: Route) => {
      const url = route.request().url();
      if (!served.has(url)) served.set(url, picture(served.size + 1));
      if (route.request().serviceWorker()) fetchedByWorker.push(url);
      await route.fulfill({ status: 200, contentType: 'image/png', body: served.get(url) });
    },
  );

  const options = await openOptions(openExtensionPage);
  const box = options.getByLabel('Copy images into Notion');
  await box.click();
  await expect(box).toBeChecked();
  await expect
    .poll(
      async () =>
        (await stored<{ settings?: { uploadImages: boolean } }>(serviceWorker, ['settings']))
          .settings?.uploadImages,
    )
    .toBe(true);
  await options.close();

  const { popup } = await openPopupOn(corpus.pageUrl('citylab-1'));
  await popup.getByRole('radio', { name: 'Full article' }).check();
  await expect(popup.locator('.content-summary')).toContainText(/\d+ blocks/);
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved to Reading list' })).toBeVisible({
    timeout: 30_000,
  });
  await saveScreen(popup, 'popup-article-images-saved');

  const tree = emulator.getPageTree(newRow(emulator))!;
  const images = imagesOf(tree.blocks as unknown as Tree);
  // The article's three pictures, each an upload (the emulator shows uploads as files).
  expect(images.map((i) => i.type)).toEqual(['file', 'file', 'file']);
  expect(fetchedByWorker).toHaveLength(3);
  const uploaded = images.map((i) => {
    const id = i.file!.url.split('/').pop()!;
    return emulator.workspace.uploads.get(id)?.data;
  });
  // In the page's order: the n-th image shows the bytes of the n-th address fetched.
  expect(uploaded).toEqual(fetchedByWorker.map((url) => served.get(url)));
});
