/**
 * "Show my highlights when I revisit a page", with the access it asks for granted (the
 * profile holds the grant an accepted prompt leaves, as `image-access.ts` explains):
 * a page with highlights is drawn on as soon as it loads, with no click on the toolbar
 * button; turned off, the next load is not.
 */
import { allowImageAccess } from './image-access';
import { openOptions } from './pages/options-page';
import { expect, launchForPopup, test as base } from './pages/popup-page';
import { passagesOf, seededHighlight, seedHighlights } from './highlight-seeds';

const test = base.extend({
  context: async ({ userDataDir, uiLanguage }, use) => {
    await allowImageAccess(userDataDir, uiLanguage);
    const context = await launchForPopup(userDataDir, uiLanguage);
    await use(context);
    await context.close();
  },
});

test('with the setting on, a page with highlights is drawn on as it loads', async ({
  context,
  corpus,
  openExtensionPage,
  serviceWorker,
}) => {
  const options = await openOptions(openExtensionPage);
  const box = options.getByLabel('Show my highlights when I revisit a page');
  // The access is already granted: the request resolves at once, with no prompt.
  await box.click();
  await expect(box).toBeChecked();

  const address = corpus.pageUrl('wikipedia');
  const reader = await context.newPage();
  await reader.goto(corpus.pageUrl('v8-blog'));
  await reader.goto(address);
  const [passage] = await passagesOf(reader, 1);
  await seedHighlights(serviceWorker, address, [seededHighlight('one', passage!, 'green')]);

  // Coming back to it: drawn with no gesture, through the CSS Custom Highlight API.
  await reader.reload();
  await expect
    .poll(() => reader.evaluate(() => CSS.highlights.has('quick-capture-green')))
    .toBe(true);
  expect(await reader.evaluate(() => [...CSS.highlights.get('quick-capture-green')!].length)).toBe(
    1,
  );
});
