/**
 * "Copy images into Notion" needs to read images from every website: the options page
 * asks for that access when a person turns the option on. Where Firefox differs from
 * Chrome, and how the test meets it:
 * - Firefox asks in its own prompt, a doorhanger under the address bar naming the
 *   extension and the access; the test reads it and presses Allow or Deny in the
 *   browser window. (Headless Chromium shows no prompt and answers none: the Chromium
 *   suite starts from a profile with the grant recorded, tests/e2e/image-access.ts.)
 * - Firefox runs `permissions.request` only in a handler of real input, so the checkbox
 *   is clicked with the browser's own pointer, not a script's `click()`.
 */
import { FIREFOX_TEST_BUILD_DIR } from '../tools/build';
import { Firefox, waitFor } from './driver/firefox';
import type { ExtensionTab } from './driver/views';
import { expect, stored, test, type Fixtures } from './fixtures';
import { OptionsPage } from './pages/options';

/** The access the option asks for: the manifest's optional host permissions. */
const ORIGINS = (
  Firefox.manifest(FIREFOX_TEST_BUILD_DIR) as { optional_host_permissions: string[] }
).optional_host_permissions;

/**
 * Opens the options page once every section has loaded: the pointer aims at the checkbox
 * where it is, and nothing loading above it may move it meanwhile.
 */
async function openOptions(firefox: Firefox, say: Fixtures['say']): Promise<OptionsPage> {
  const options = await OptionsPage.open(firefox, say);
  await waitFor(async () => !(await options.text()).includes(say('optLoading')), 'every section');
  return options;
}

async function uploadImages(extension: ExtensionTab): Promise<boolean | undefined> {
  const { settings } = await stored<{ settings?: { uploadImages?: boolean } }>(extension, [
    'settings',
  ]);
  return settings?.uploadImages;
}

function granted(extension: ExtensionTab): Promise<boolean> {
  return extension.evaluate((w, origins) => w.browser.permissions.contains({ origins }), ORIGINS);
}

test('turning on “Copy images into Notion” asks in Firefox’s prompt, and Allow turns it on', async ({
  firefox,
  extension,
  say,
}) => {
  expect(ORIGINS.length).toBeGreaterThan(0);
  const options = await openOptions(firefox, say);
  await firefox.clickAsPerson(options.tab, say('optUploadImages'));
  const prompt = await waitFor(() => firefox.permissionPrompt(), 'Firefox’s permission prompt');
  expect(prompt.text).toContain('Quick Capture for Notion');
  expect(prompt.text).toContain('all websites');
  await firefox.answerPermissionPrompt('allow');

  await waitFor(async () => (await uploadImages(extension)) === true, 'the option saved on');
  expect(await granted(extension)).toBe(true);
  expect(await options.tab.act((dom, l) => dom.checked(l), say('optUploadImages'))).toBe(true);
  await waitFor(async () => (await firefox.permissionPrompt()) === null, 'the prompt to close');
});

test('Deny in Firefox’s prompt leaves the option off and says so', async ({
  firefox,
  extension,
  say,
}) => {
  const options = await openOptions(firefox, say);
  await firefox.clickAsPerson(options.tab, say('optUploadImages'));
  await waitFor(() => firefox.permissionPrompt(), 'Firefox’s permission prompt');
  await firefox.answerPermissionPrompt('deny');

  await options.announced(say('optImagesRefused'));
  expect(await granted(extension)).toBe(false);
  expect(await uploadImages(extension)).not.toBe(true);
  expect(await options.tab.act((dom, l) => dom.checked(l), say('optUploadImages'))).toBe(false);
});
