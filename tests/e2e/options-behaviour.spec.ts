import { expect, saveScreen, test } from './fixtures';
import { openOptions, stored } from './pages/options-page';
import { answerPermissionPrompts, permissionRequests } from './permission-prompts';

interface Stored {
  settings?: {
    defaultMode: string;
    notifications: boolean;
    openAfterSave: boolean;
    uploadImages: boolean;
    requestsPerSecond: number;
    showHighlightsOnRevisit: boolean;
  };
}

test('behaviour settings are saved as they are changed', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openOptions(openExtensionPage);
  const settings = async () => (await stored<Stored>(serviceWorker, ['settings'])).settings;

  await page.getByRole('radio', { name: 'the full article' }).check();
  await expect.poll(async () => (await settings())?.defaultMode).toBe('article');
  await page.getByLabel('Show a notification when a capture is saved or fails').uncheck();
  await page.getByLabel('Open the new Notion page after saving').check();
  await page.getByRole('radio', { name: '10 per second (Business and Enterprise plans)' }).check();
  await expect.poll(settings).toEqual({
    defaultMode: 'article',
    notifications: false,
    openAfterSave: true,
    uploadImages: false,
    requestsPerSecond: 10,
    showHighlightsOnRevisit: false,
  });
  await expect(page.locator('#behaviour').getByRole('status')).toHaveText('Saved.');
  // The page follows storage: a reload shows what was saved.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'the full article' })).toBeChecked();
  await expect(page.getByLabel('Open the new Notion page after saving')).toBeChecked();
});

test('image upload stays off with a sentence when the permission is refused', async ({
  context,
  openExtensionPage,
  serviceWorker,
}) => {
  await answerPermissionPrompts(context, false);
  const page = await openOptions(openExtensionPage);
  const box = page.getByLabel('Copy images into Notion');
  await box.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Quick Capture was not allowed to read images from websites, so images stay linked. To copy them, tick the box again and choose Allow.',
  );
  await expect(box).not.toBeChecked();
  expect(await permissionRequests(page)).toEqual([{ origins: ['https://*/*', 'http://*/*'] }]);
  const { settings } = await stored<Stored>(serviceWorker, ['settings']);
  expect(settings?.uploadImages ?? false).toBe(false);
  await saveScreen(page, 'options-images-refused');
});

test('image upload turns on once the permission is granted, and off again', async ({
  context,
  openExtensionPage,
  serviceWorker,
}) => {
  await answerPermissionPrompts(context, true);
  const page = await openOptions(openExtensionPage);
  const box = page.getByLabel('Copy images into Notion');
  // Controlled by storage: it shows ticked once the setting is saved, not on the click.
  await box.click();
  await expect(box).toBeChecked();
  await expect
    .poll(async () => (await stored<Stored>(serviceWorker, ['settings'])).settings?.uploadImages)
    .toBe(true);
  await box.click();
  await expect(box).not.toBeChecked();
  await expect
    .poll(async () => (await stored<Stored>(serviceWorker, ['settings'])).settings?.uploadImages)
    .toBe(false);
});

test('shortcuts are listed, and the button opens Chrome’s shortcut page', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Open Quick Capture/ })).toContainText('Alt+Shift+Y');
  await expect(table.getByRole('row', { name: /Save this page/ })).toContainText('Alt+Shift+S');
  await expect(page.getByText('chrome://extensions/shortcuts')).toBeVisible();
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Change shortcuts' }).click();
  expect((await opened).url()).toBe('chrome://extensions/shortcuts');
});
